"""Call audio through the OS's devices: our softphone (pjsua2 + QtCallAudio) vs baresip, in the
same run, through the same private PulseAudio, reported as ratios (ours / baresip).

    .venv/bin/python benchmarks/bench_audio.py [--seconds 10] [--runs 3] [--out PATH]

Needs kamailio, baresip, PulseAudio (pulseaudio, pactl, parec) and the ALSA PulseAudio plugin
(scripts/setup installs them), and the UDP ports of the rig free. It reuses the test rig of
tests/desktop/voip/test_call_audio.py: PulseAudio from tests/support/pulse.py (`mic` fed a 440 Hz
tone, `headset` null sink), kamailio (siprig.py), carol as the far end (audio_rig.py) and the
softphone in its own process (call_audio_agent.py). Here carol's microphone is a PulseAudio pipe
source, `farmic`, that this script feeds in real time with a steady 1 kHz tone and, once a second,
a 60 ms burst at 2 kHz (the marker), noting on CLOCK_MONOTONIC when each burst enters the pipe.
The headset's monitor is recorded with `parec` (10 ms fragments), every fragment stamped on its
arrival, so each recorded sample has a time on the same clock.

Each run makes three calls to carol, `--seconds` of talk each:
  baresip   a second baresip (the baseline) with the same devices (ALSA → PulseAudio plugin:
            Debian's baresip has no PulseAudio module), default settings;
  ours      call_audio_agent.py, GUI thread idle;
  ours busy call_audio_agent.py --busy: 15 ms of pure-Python work between every 10 ms poll of
            the main thread (the busy test of test_call_audio.py), standing for an inbox applying
            200 changes/s.
Measured on each: mouth-to-ear latency (marker into farmic → marker on the headset, median over
the call once two seconds of sound were heard), dropouts (gaps > 40 ms in the tone, as the test
defines them) per minute of talk, and CPU seconds per call-second of the process making the
call (the agent's `time.process_time()` over its talk, all threads; baresip's utime+stime from
/proc). Results go to benchmarks/results/audio.md (`--out -` only prints them). It exits 1 when
the tone or the markers do not get through a call.
"""
from __future__ import annotations

import argparse
import fcntl
import json
import math
import os
import platform
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import termios
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "desktop" / "voip"))

import siprig
from audio_rig import CAROL_CONS_PORT, CAROL_PORT, CAROL_URI, start_carol
from bench_call_setup import _deb_version, _first_line
from test_call_audio import (
    DROPOUT_S,
    RECORD_RATE,
    TONE_DBFS,
    WINDOW_S,
    _agent,
    _dbfs,
    _gaps,
    _peak_hz,
    _tone_windows,
)

from tests.support.pulse import PulseAudio

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "audio.md"
KINDS = ("baresip", "ours", "ours busy")
# the far end's microphone
FEED_RATE, FEED_CHUNK = 48_000, 960        # 20 ms written every 20 ms, as a sound card delivers
PIPE_BYTES = 4096                          # the fifo holds at most 43 ms (one page)
TONE_HZ, MARKER_HZ = 1000, 2000
MARKER_PERIOD_S, MARKER_S = 1.0, 0.060     # a marker at the start of every second of the feed
AMPLITUDE = 8000                           # −15.3 dBFS RMS, as the tests' tones
# the recording and its analysis
RECORD_LATENCY_MS = 10
SETTLE_S = 2.0                             # jitter buffers settle: markers sent earlier are left out
MARKER_MATCH_S = 0.9 * MARKER_PERIOD_S     # a marker heard later than this is not told from the next
MARKER_WINDOW, MARKER_HOP = 64, 16         # 4 ms (4 and 8 whole periods of the two tones), 1 ms steps
# the baseline: a second baresip, same devices as the agent
BASELINE_PORT, BASELINE_CONS_PORT = 5084, 5559
BASELINE_CONFIG = """poll_method     epoll
sip_listen      127.0.0.1:5084
net_interface   127.0.0.1
audio_player    alsa,headset
audio_source    alsa,mic
audio_alert     aubridge,nul
rtp_ports       41200-41299
module_path     /usr/lib/baresip/modules
module          g711.so
module          alsa.so
module          aubridge.so
module          cons.so
module_tmp      account.so
module_app      menu.so
cons_listen     127.0.0.1:5559
"""
BASELINE_ACCOUNTS = "<sip:baseline@127.0.0.1:5084>;regint=0;audio_codecs=PCMU\n"
# ALSA names for PulseAudio's devices (baresip has no PulseAudio module in Debian)
ASOUNDRC = "".join(f"pcm.{name} {{ type pulse; device {name} }}\n" for name in ("headset", "mic", "farmic"))


class MarkerFeed:
    """carol's microphone: a pipe source fed, in real time, a 1 kHz tone with a 2 kHz marker at
    the start of every second; `emitted` holds when each marker entered the pipe (monotonic s),
    plus what was still queued in the pipe before it."""

    def __init__(self, pulse: PulseAudio, folder: Path) -> None:
        self.fifo = folder / "farmic.fifo"
        pulse.pactl("load-module", "module-pipe-source", "source_name=farmic", f"file={self.fifo}",
                    "format=s16le", f"rate={FEED_RATE}", "channels=1",
                    "source_properties=device.description=FarEnd")
        t = np.arange(FEED_RATE) / FEED_RATE   # one second: whole periods of both tones
        second = AMPLITUDE * np.sin(2 * np.pi * TONE_HZ * t)
        marker = t < MARKER_S
        second[marker] = AMPLITUDE * np.sin(2 * np.pi * MARKER_HZ * t[marker])
        self._second = second.astype("<i2").tobytes()
        self.emitted: list[float] = []
        self._running = threading.Event()
        self._thread = threading.Thread(target=self._feed, name="farmic", daemon=True)

    def start(self) -> MarkerFeed:
        self._running.set()
        self._thread.start()
        return self

    def _feed(self) -> None:
        """Like a sound card: what the source does not take in time is lost, never queued up (a
        pipe of one page, writes that would block are dropped, no catching up after a stall)."""
        per_second, size = FEED_RATE // FEED_CHUNK, FEED_CHUNK * 2
        queued = bytearray(4)
        fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        try:
            started = time.monotonic()
            while self._running.is_set():
                n = int((time.monotonic() - started) * FEED_RATE / FEED_CHUNK)   # the chunk due now
                offset = (n % per_second) * size
                fcntl.ioctl(fd, termios.FIONREAD, queued)
                ahead = int.from_bytes(queued, sys.byteorder) / (2 * FEED_RATE)
                try:
                    os.write(fd, self._second[offset:offset + size])
                    if offset == 0:
                        self.emitted.append(time.monotonic() + ahead)
                except BlockingIOError:
                    pass   # the source is not reading: this chunk is lost
                wait = started + (n + 1) * FEED_CHUNK / FEED_RATE - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
        except OSError:
            pass   # PulseAudio went away
        finally:
            os.close(fd)

    def stop(self) -> None:
        self._running.clear()


class HeadsetRecording:
    """parec of headset.monitor; every fragment stamped when it arrives, so that a sample's time
    is `start + index / RECORD_RATE` with `start` the earliest that fits every arrival."""

    def __init__(self, pulse: PulseAudio) -> None:
        self._proc = subprocess.Popen(
            ["parec", "--device=headset.monitor", "--raw", "--format=s16le", f"--rate={RECORD_RATE}",
             "--channels=1", f"--latency-msec={RECORD_LATENCY_MS}"], env=pulse.env, stdout=subprocess.PIPE)
        self._data = bytearray()
        self._arrivals: list[tuple[float, int]] = []
        self._reader = threading.Thread(target=self._read, name="parec", daemon=True)
        self._reader.start()
        siprig.wait_until(lambda: len(self._arrivals) > 5, 10, "the headset's recording")

    def _read(self) -> None:
        fd = self._proc.stdout.fileno()
        while chunk := os.read(fd, 1 << 16):
            now = time.monotonic()
            self._data += chunk
            self._arrivals.append((now, len(self._data) // 2))

    def stop(self) -> tuple[np.ndarray, float]:
        """The samples and the monotonic time of the first one."""
        self._proc.terminate()
        self._proc.wait(10)
        self._reader.join(10)
        start = min(t - n / RECORD_RATE for t, n in self._arrivals)
        return np.frombuffer(bytes(self._data[:len(self._data) // 2 * 2]), dtype="<i2"), start


def marker_onsets(x: np.ndarray) -> np.ndarray:
    """Sample indexes where the 2 kHz marker takes over from the 1 kHz tone."""
    if len(x) < MARKER_WINDOW:
        return np.array([], dtype=int)
    frames = np.lib.stride_tricks.sliding_window_view(x.astype(float), MARKER_WINDOW)[::MARKER_HOP]
    n = np.arange(MARKER_WINDOW)
    tone, marker = (np.abs(frames @ np.exp(-2j * np.pi * hz * n / RECORD_RATE))
                    for hz in (TONE_HZ, MARKER_HZ))
    on = (marker > tone) & (marker > 0.1 * AMPLITUDE * MARKER_WINDOW / 2)
    onsets, last = [], -np.inf
    for k in np.flatnonzero(on):
        if (k - last) * MARKER_HOP > RECORD_RATE * MARKER_PERIOD_S / 2:
            onsets.append(k * MARKER_HOP + MARKER_WINDOW // 2)   # half the window is marker
        last = k
    return np.array(onsets, dtype=int)


@dataclass
class Call:
    kind: str
    talk_s: float
    cpu_s: float
    latencies_ms: list[float] = field(default_factory=list)   # markers sent once settled
    early_ms: list[float] = field(default_factory=list)       # markers sent in the first SETTLE_S of sound
    dropouts: int = 0
    analysed_s: float = 0.0
    tone_share: float = 0.0   # of the 10 ms windows after the first tone, those with the tone
    level_dbfs: float = float("nan")
    markers: tuple[int, int] = (0, 0)   # heard, sent (after settling)
    problem: str = ""

    @property
    def latency_ms(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else float("nan")

    @property
    def early_worst_ms(self) -> float:
        return max(self.early_ms, default=float("nan"))

    @property
    def dropouts_per_min(self) -> float:
        return self.dropouts / (self.analysed_s / 60) if self.analysed_s else float("nan")


def analyse(call: Call, x: np.ndarray, start: float, window: tuple[float, float],
            emitted: list[float]) -> Call:
    """Latency, dropouts and level on the headset between the first tone heard and the end of the talk."""
    on = _tone_windows(x, RECORD_RATE)
    if not on.any():
        call.problem = "no tone on the headset"
        return call
    first = start + int(np.argmax(on)) * WINDOW_S
    begin, end = max(window[0], first), window[1]
    talk = x[int((begin - start) * RECORD_RATE):int((end - start) * RECORD_RATE)]
    call.analysed_s = len(talk) / RECORD_RATE
    talk_on = _tone_windows(talk, RECORD_RATE)
    call.tone_share = float(talk_on.mean()) if len(talk_on) else 0.0
    call.dropouts = len([g for g in _gaps(talk_on) if g > DROPOUT_S])
    call.level_dbfs = _dbfs(talk) if len(talk) else float("nan")
    heard = start + marker_onsets(x) / RECORD_RATE
    sent = [e for e in emitted if first <= e <= end - MARKER_MATCH_S]
    for e in sent:   # each marker is the first onset heard within MARKER_MATCH_S of its sending
        after = heard[(heard >= e) & (heard < e + MARKER_MATCH_S)]
        if len(after):
            (call.latencies_ms if e >= first + SETTLE_S else call.early_ms).append(float(after[0] - e) * 1000)
    call.markers = (len(call.latencies_ms) + len(call.early_ms), len(sent))
    if call.analysed_s < 1 or call.tone_share < 0.5:
        call.problem = f"the tone got through only {call.tone_share:.0%} of {call.analysed_s:.1f} s"
    elif abs(hz := _peak_hz(talk, RECORD_RATE) - TONE_HZ) > 5:
        call.problem = f"the headset played {hz + TONE_HZ:.0f} Hz, not the far end's {TONE_HZ} Hz"
    elif not call.latencies_ms:
        call.problem = "no marker heard on the headset"
    return call


def call_ours(pulse: PulseAudio, folder: Path, seconds: float, busy: bool, feed: MarkerFeed) -> Call:
    recording = HeadsetRecording(pulse)
    try:
        agent = _agent(pulse, folder, round(seconds * 50), *(["--busy"] if busy else []))
        out, err = agent.communicate(timeout=seconds * 3 + 60)
    finally:
        x, start = recording.stop()
    kind = "ours busy" if busy else "ours"
    if agent.returncode != 0:
        return Call(kind, 0, 0, problem=f"the agent failed: {err[-1500:]}")
    result = json.loads(out.strip().splitlines()[-1])
    call = Call(kind, result["talk_seconds"], result["talk_cpu_seconds"])
    return analyse(call, x, start, tuple(result["talk_window"]), feed.emitted)


def _console(command: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto((command + "\n").encode(), (siprig.HOST, BASELINE_CONS_PORT))


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")   # utime + stime


def call_baresip(pulse: PulseAudio, baseline: siprig.Helper, seconds: float, feed: MarkerFeed) -> Call:
    recording = HeadsetRecording(pulse)
    try:
        offset = baseline.log.stat().st_size
        _console(f"/dial {CAROL_URI}")
        siprig.wait_until(lambda: "established" in baseline.log_since(offset), 10, "baresip's call to carol")
        cpu, started = _cpu_seconds(baseline.proc.pid), time.monotonic()
        time.sleep(seconds)
        cpu, ended = _cpu_seconds(baseline.proc.pid) - cpu, time.monotonic()
        _console("/hangup")
        siprig.wait_until(lambda: "terminated" in baseline.log_since(offset), 10, "baresip's hang-up")
    finally:
        x, start = recording.stop()
    return analyse(Call("baresip", ended - started, cpu), x, start, (started, ended), feed.emitted)


def start_baseline(folder: Path) -> siprig.Helper:
    conf = folder / "baseline"
    conf.mkdir(exist_ok=True)
    (conf / "config").write_text(BASELINE_CONFIG)
    (conf / "accounts").write_text(BASELINE_ACCOUNTS)
    return siprig.Helper("baresip-baseline", ["baresip", "-f", str(conf), "-v"], folder,
                         folder / "baseline.log",
                         (BASELINE_PORT, BASELINE_CONS_PORT))


# ---- the report ---------------------------------------------------------------------------------
def _range(values: list[float], fmt: str) -> str:
    values = [v for v in values if not math.isnan(v)]
    if not values:
        return "–"
    lo, hi = min(values), max(values)
    if format(lo, fmt) == format(hi, fmt):
        return format(lo, fmt)
    return f"{lo:{fmt}} to {hi:{fmt}}" if lo < 0 else f"{lo:{fmt}}–{hi:{fmt}}"


def machine_info(load_at_start: tuple[float, ...]) -> str:
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    load = " → ".join(f"{x[0]:.2f}" for x in (load_at_start, os.getloadavg()))
    import PySide6
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores shared with other work "
            f"(1-min load average {load}, start → end); Python {platform.python_version()}, PySide6 "
            f"{PySide6.__version__}, {_first_line(['pulseaudio', '--version'])}, baresip "
            f"{_deb_version('baresip-core')}, libasound2-plugins {_deb_version('libasound2-plugins')}")


def report(runs: list[dict[str, Call]], seconds: float, command: str, machine: str, when: str) -> str:
    def col(kind: str, attr: str) -> list[float]:
        return [getattr(r[kind], attr) for r in runs]

    def ratio(kind: str, attr: str) -> list[float]:
        return [getattr(r[kind], attr) / getattr(r["baresip"], attr) for r in runs]

    lat = ratio("ours", "latency_ms")
    busy_lat = ratio("ours busy", "latency_ms")
    cpu = [r["ours"].cpu_s / r["ours"].talk_s / (r["baresip"].cpu_s / r["baresip"].talk_s) for r in runs]

    def per_s(kind: str) -> list[float]:
        return [r[kind].cpu_s / r[kind].talk_s for r in runs]

    def diff(kind: str) -> list[float]:
        return [r[kind].latency_ms - r["baresip"].latency_ms for r in runs]

    def verdict(ok: bool) -> str:
        return "met" if ok else "**not met**"

    busy_drops = col("ours busy", "dropouts_per_min")
    lines = [
        "# Call audio benchmark: our softphone (pjsua2 + QtCallAudio) vs baresip", "",
        (f"Command: `{command}` — {len(runs)} runs; each run makes three calls of {seconds:g} s of talk "
         f"to the same far end (carol, a baresip, PCMU), one by baresip (the baseline) and two by our "
         f"softphone, through the same private PulseAudio, {when}."), "",
        f"Machine: {machine}.", "",
        ("How: carol's microphone is a PulseAudio pipe source fed in real time (20 ms every 20 ms) with a "
         "steady 1 kHz tone at −15.3 dBFS and, at the start of every second, a 60 ms burst at 2 kHz (the "
         "marker); the script notes on CLOCK_MONOTONIC when each marker enters the pipe (plus what the "
         "pipe, one page, still held), and what the source does not take in time is lost, as with a sound "
         "card. The caller plays the call on the `headset` null sink, whose monitor `parec` records in "
         "10 ms fragments, each "
         "stamped when it arrives, so every sample has a time on the same clock. **Mouth-to-ear** = marker "
         "heard on the headset (where 2 kHz takes over from 1 kHz, 1 ms steps) − marker into the pipe, "
         f"median per call over the markers sent from {SETTLE_S:g} s after the first sound heard until "
         f"{MARKER_MATCH_S:g} s before the end of the talk (a marker counts if heard within "
         f"{MARKER_MATCH_S:g} s). It includes what both calls share (the pipe source, carol's capture, "
         "encoding and sending, loopback RTP, the null sink), which pulls the ratio towards 1; the "
         "difference ours − baresip compares the two clients' own parts exactly. **Dropouts**: silent "
         "gaps > 40 ms in the tone (10 ms windows under −30 dBFS, the definition of "
         "`tests/desktop/voip/test_call_audio.py`) "
         "from the first sound to the end of the talk, per minute. **CPU per call**: CPU seconds of the "
         "calling process per second of talk — ours `time.process_time()` of the agent process (all "
         "threads: GUI thread polling every 10 ms, pjsua2's media threads, the call-audio thread) over its "
         "talk, baresip's utime+stime from `/proc`."), "",
        ("Calls: **baresip** — a second baresip (default settings) with `audio_player alsa,headset` and "
         "`audio_source alsa,mic` through the ALSA PulseAudio plugin (Debian's baresip 1.0 has no PulseAudio "
         "module; the plugin is the way it reaches the same sinks; its log: 20 ms ALSA periods, a receive "
         "buffer of 20–160 ms, and baresip 1.0's default jitter buffer of 5–10 packets, so it is baresip as "
         "shipped, not a low-latency floor). **ours** — "
         "`tests/desktop/voip/call_audio_agent.py`, the softphone with `QtCallAudio` in its own process, "
         "GUI thread idle between its 10 ms polls. **ours busy** — the same with `--busy`: 15 ms of "
         "pure-Python work between every 10 ms poll, the main thread busy about 60% of the time (the load of "
         "the test's busy mode). It stands for the inbox applying 200 changes/s and is heavier than the "
         "replica's share of it (`results/replica.md`: 25,099 changes/s applied, so 200/s is ~8 ms of "
         "work a second); the list views' repaints are not modelled."), "",
        "| measure | ours | baresip | ratio (ours / baresip) | target |  |",
        "| --- | ---: | ---: | ---: | --- | --- |",
        (f"| mouth-to-ear latency (ms), GUI thread idle | {_range(col('ours', 'latency_ms'), '.0f')} | "
         f"{_range(col('baresip', 'latency_ms'), '.0f')} | {_range(lat, '.2f')} | ≤ 1.5× baresip | "
         f"{verdict(max(lat) <= 1.5)} |"),
        (f"| mouth-to-ear latency (ms), GUI thread busy | {_range(col('ours busy', 'latency_ms'), '.0f')} | "
         f"{_range(col('baresip', 'latency_ms'), '.0f')} | {_range(busy_lat, '.2f')} | ≤ 1.5× baresip | "
         f"{verdict(max(busy_lat) <= 1.5)} |"),
        (f"| mouth-to-ear difference ours − baresip (ms), idle / busy | {_range(diff('ours'), '.0f')} / "
         f"{_range(diff('ours busy'), '.0f')} |  |  |  |  |"),
        (f"| worst marker in the first {SETTLE_S:g} s of sound (ms), idle / busy | "
         f"{_range(col('ours', 'early_worst_ms'), '.0f')} / "
         f"{_range(col('ours busy', 'early_worst_ms'), '.0f')} | "
         f"{_range(col('baresip', 'early_worst_ms'), '.0f')} |  | reported |  |"),
        (f"| dropouts > 40 ms per minute, GUI thread busy | {_range(busy_drops, '.1f')} | "
         f"{_range(col('baresip', 'dropouts_per_min'), '.1f')} |  | 0 | {verdict(max(busy_drops) == 0)} |"),
        (f"| dropouts > 40 ms per minute, GUI thread idle | "
         f"{_range(col('ours', 'dropouts_per_min'), '.1f')} | "
         f"{_range(col('baresip', 'dropouts_per_min'), '.1f')} |  | 0 | "
         f"{verdict(max(col('ours', 'dropouts_per_min')) == 0)} |"),
        (f"| CPU per call (CPU s per call s), GUI thread idle | {_range(per_s('ours'), '.3f')} | "
         f"{_range(per_s('baresip'), '.3f')} | {_range(cpu, '.1f')} | reported |  |"),
        (f"| CPU per call (CPU s per call s), GUI thread busy (includes the load) | "
         f"{_range(per_s('ours busy'), '.3f')} | {_range(per_s('baresip'), '.3f')} |  | reported |  |"),
        "", "Ranges are min–max over the runs; a ratio is taken within each run, then its range given.", "",
        "## Each call", "",
        ("| run | call | talk (s) | mouth-to-ear median (ms) | min–max (ms) | first 2 s of sound (ms) | "
         "markers heard / sent | dropouts | tone present | level (dBFS) | CPU s per call s |"),
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for i, run in enumerate(runs, 1):
        for kind in KINDS:
            c = run[kind]
            lines.append(f"| {i} | {kind} | {c.talk_s:.1f} | {c.latency_ms:.0f} | "
                         f"{_range(c.latencies_ms, '.0f')} | {_range(c.early_ms, '.0f')} | "
                         f"{c.markers[0]} / {c.markers[1]} | {c.dropouts} | "
                         f"{c.tone_share:.0%} | {c.level_dbfs:.1f} | {c.cpu_s / c.talk_s:.3f} |")
    lines += ["", (f"Tone level expected on the headset: {TONE_DBFS:.1f} dBFS. \"Markers sent\" counts those "
                   "that entered the pipe in the analysed part of the call.")]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10, help="talk per call (default 10)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the three calls (default 3)")
    parser.add_argument("--out", default=str(DEFAULT_OUT),
                        help=f"markdown results file (default {DEFAULT_OUT.relative_to(ROOT)}; "
                             "- = print only)")
    args = parser.parse_args()
    load_at_start = os.getloadavg()
    command = (".venv/bin/python benchmarks/bench_audio.py " + shlex.join(sys.argv[1:])).strip()
    missing = [b for b in ("kamailio", "baresip") if b in siprig.missing_binaries()] + PulseAudio.missing()
    if missing:
        print("cannot run, missing:", ", ".join(missing))
        return 2
    ports = (siprig.KAMAILIO_PORT, CAROL_PORT, CAROL_CONS_PORT, BASELINE_PORT, BASELINE_CONS_PORT)
    busy = [p for p in ports if siprig.udp_port_busy(p)]
    if busy:
        print(f"UDP ports busy (a test run of tests/desktop/voip?): {busy}")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="bench_audio_"))
    runs: list[dict[str, Call]] = []
    with PulseAudio(folder / "pulse") as pulse:
        (folder / "pulse" / ".asoundrc").write_text(ASOUNDRC)   # pulse.env's HOME
        os.environ.update(pulse.env)   # the baresips (children of this process) reach this PulseAudio
        feed = MarkerFeed(pulse, folder).start()
        helpers = [siprig.start_kamailio(folder)]
        try:
            helpers.append(start_carol(folder, source="alsa,farmic")[0])
            baseline = start_baseline(folder)
            helpers.append(baseline)
            for i in range(args.runs):
                run = {"baresip": call_baresip(pulse, baseline, args.seconds, feed),
                       "ours": call_ours(pulse, folder, args.seconds, False, feed),
                       "ours busy": call_ours(pulse, folder, args.seconds, True, feed)}
                runs.append(run)
                print(f"run {i + 1}: " + "; ".join(
                    f"{k} {c.latency_ms:.0f} ms, {c.dropouts} dropouts, "
                    f"{c.cpu_s / max(c.talk_s, 1e-9):.3f} CPU s/s"
                    + (f" ({c.problem})" if c.problem else "") for k, c in run.items()), flush=True)
                failed = [f"{k}: {c.problem}" for k, c in run.items() if c.problem]
                if failed:
                    print("the tone did not get through:", "; ".join(failed))
                    print(f"logs kept in {folder}")
                    return 1
        finally:
            feed.stop()
            for h in reversed(helpers):
                h.stop()
    text = report(runs, args.seconds, command, machine_info(load_at_start),
                  datetime.now().strftime("%Y-%m-%d %H:%M"))
    print(text)
    if args.out != "-":
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text)
        print(f"written to {out}")
    print(f"logs kept in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
