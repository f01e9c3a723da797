"""What benchmarks/bench_call_setup.py reads its times from, on the bench process's one clock
(`time.perf_counter`): baresip's ctrl_tcp event stream, the app's GUI loop driving our
softphone, process CPU from /proc, and SIPp's message trace at the UAS.
"""
from __future__ import annotations

import json
import random
import re
import socket
import statistics
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

BARESIP_CTRL_PORT = 4444   # ctrl_tcp's default port, on loopback; the bench only
BARESIP_CTRL_CONFIG = f"module_app      ctrl_tcp.so\nctrl_tcp_listen 127.0.0.1:{BARESIP_CTRL_PORT}\n"


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile (inclusive method: interpolated between the measured values)."""
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def tcp_port_busy(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


class BaresipEvents:
    """baresip's ctrl_tcp stream (netstrings of JSON): a reader thread stamps every event with
    `perf_counter()` as it arrives, so an event's time includes one loopback TCP hop and this
    thread's wake-up (both count against baresip)."""

    def __init__(self, host: str, port: int, timeout: float = 5.0) -> None:
        self._sock = socket.create_connection((host, port), timeout=timeout)
        self._sock.settimeout(None)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._events: list[tuple[float, str]] = []
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._read, name="baresip-events", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = self._sock.recv(65536)
            except OSError:
                return
            t = time.perf_counter()
            if not chunk:
                return
            buf += chunk
            while (colon := buf.find(b":")) > 0 and len(buf) >= colon + 2 + int(buf[:colon]):
                end = colon + 1 + int(buf[:colon])
                msg: dict[str, Any] = json.loads(buf[colon + 1:end])
                buf = buf[end + 1:]   # the trailing ","
                if msg.get("event"):
                    with self._cond:
                        self._events.append((t, str(msg.get("type", ""))))
                        self._cond.notify_all()

    def mark(self) -> int:
        """A position in the stream: `first()` looks at the events after it."""
        with self._cond:
            return len(self._events)

    def first(self, kind: str, after: int) -> float | None:
        """When the first `kind` event after `after` arrived (None: not yet)."""
        with self._cond:
            return next((t for t, k in self._events[after:] if k == kind), None)

    def close(self) -> None:
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()
        self._thread.join(2)


class GuiLoop:
    """The app's GUI thread, as far as the softphone sees it: a timer every `period_s` (the app's
    POLL_MS) that calls `phone.poll()`, and a poll on the next turn when the SIP thread asks
    (`ask()`, what SoftphoneService's `GuiThreadCall` handle does); commands (a click on Call)
    come at any moment between ticks. Like QTimer, a late tick fires once and the next one is a
    period later."""

    def __init__(self, poll: Callable[[], object], period_s: float, seed: int = 14) -> None:
        self._poll, self.period_s = poll, period_s
        self._next = time.perf_counter() + period_s
        self._rng = random.Random(seed)
        self._asked = threading.Event()

    def ask(self) -> None:
        """(From the SIP thread.) Poll on the next turn of the loop."""
        self._asked.set()

    def tick(self) -> None:
        """Wait for the next timer tick or a request, then poll."""
        now = time.perf_counter()
        if self._next > now and self._asked.wait(self._next - now):
            self._asked.clear()
            self._poll()
            return
        self._asked.clear()
        self._poll()
        self._next += self.period_s
        if self._next < time.perf_counter():
            self._next = time.perf_counter() + self.period_s

    def until(self, cond: Callable[[], object], timeout: float, what: str) -> None:
        deadline = time.perf_counter() + timeout
        while not cond():
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{what}: not within {timeout} s")
            self.tick()

    def run_for(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.tick()

    def click_moment(self) -> None:
        """Tick, then wait a random part of a period: a click lands anywhere between two ticks."""
        self.tick()
        time.sleep(self._rng.uniform(0, self.period_s * 0.95))


def cpu_seconds(pid: int) -> float:
    """CPU time of a running process, all its threads, in seconds: the sum of their
    /proc/<pid>/task/*/schedstat run times (nanoseconds; /proc/<pid>/stat counts 10 ms ticks)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, IndexError, ValueError):   # the thread ended meanwhile
            continue
    return total / 1e9


_BLOCK = re.compile(r"^-{10,} (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+)\n"
                    r"UDP message (received|sent)[^\n]*\n\n(.*?)(?=^-{10,} \d{4}-|\Z)",
                    re.MULTILINE | re.DOTALL)


def parse_trace(path: Path) -> list[dict[str, Any]]:
    """SIPp's -trace_msg at the UAS: per call, in INVITE order, {"caller", "invite", "200", "ack"}
    (epoch seconds, SIPp's wall clock)."""
    calls: dict[str, dict[str, Any]] = {}
    for stamp, _direction, msg in _BLOCK.findall(path.read_text(errors="replace")):
        t = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f").timestamp()
        first = msg.split("\n", 1)[0]
        cid = re.search(r"^Call-ID:\s*(\S+)", msg, re.MULTILINE | re.IGNORECASE)
        cseq = re.search(r"^CSeq:\s*\d+\s+(\w+)", msg, re.MULTILINE | re.IGNORECASE)
        if not cid or not cseq:
            continue
        c = calls.setdefault(cid.group(1), {})
        if first.startswith("INVITE "):
            c.setdefault("invite", t)
            caller = re.search(r"^From:[^\n]*sip:([^@>]+)@", msg, re.MULTILINE)
            c["caller"] = caller.group(1) if caller else "?"
        elif first.startswith("SIP/2.0 200") and cseq.group(1) == "INVITE":
            c.setdefault("200", t)
        elif first.startswith("ACK "):
            c.setdefault("ack", t)
    return sorted((c for c in calls.values() if "invite" in c), key=lambda c: c["invite"])
