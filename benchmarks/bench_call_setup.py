"""Call setup time of our softphone (pjsua2) vs baresip, against the same local SIPp UAS
in the same run, reported as ratios (ours / baresip).

    .venv/bin/python benchmarks/bench_call_setup.py [--calls 100] [--out PATH]

Needs kamailio, sipp and baresip (scripts/setup installs them) and the UDP ports of the
loopback SIP rig free (see tests/desktop/voip/siprig.py). Both callers dial the UAS
directly (sip:uas@127.0.0.1:5070), alternately. Every time comes from the same clock:
the dial command's timestamp, and SIPp's message trace at the UAS for the rest:
  dial->INVITE   the caller's work before its INVITE reaches the wire
  INVITE->200    the INVITE-to-200 OK exchange seen at the UAS (mostly the UAS itself)
  INVITE->ACK    the whole INVITE/200/ACK handshake, including the caller handling the 200
  dial->ACK      what the agent waits for: click to call established
Results (p50 and p99 of each, ours, baresip, ratio; machine; command) go to
benchmarks/results/call_setup.md (`--out -` only prints them).
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "desktop" / "voip"))

import siprig
from voip_helpers import alice_settings, pump, rig_passwords

from rvops_desktop.voip import CallState, RegistrationState, Softphone, availability

UAS_URI = f"sip:uas@{siprig.HOST}:{siprig.UAS_PORT}"
_BLOCK = re.compile(r"^-{10,} (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+)\n"
                    r"UDP message (received|sent)[^\n]*\n\n(.*?)(?=^-{10,} \d{4}-|\Z)",
                    re.MULTILINE | re.DOTALL)


def parse_trace(path: Path) -> dict[str, dict[str, float]]:
    """Call-ID -> {"caller", "invite", "200", "ack"} epoch seconds, from SIPp's -trace_msg."""
    calls: dict[str, dict] = {}
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
            c["caller"] = re.search(r"^From:[^\n]*sip:([^@>]+)@", msg, re.MULTILINE).group(1)
        elif first.startswith("SIP/2.0 200") and cseq.group(1) == "INVITE":
            c.setdefault("200", t)
        elif first.startswith("ACK "):
            c.setdefault("ack", t)
    return calls


MEASURES = {"dial->INVITE": ("dial", "invite"), "INVITE->200": ("invite", "200"),
            "INVITE->ACK": ("invite", "ack"), "dial->ACK": ("dial", "ack")}
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "call_setup.md"


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile (inclusive method: interpolated between the measured values)."""
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def summary(rows: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    """measure -> {"p50", "p99"} in ms."""
    out = {}
    for k, (a, b) in MEASURES.items():
        ms = [(r[b] - r[a]) * 1000 for r in rows]
        out[k] = {"p50": percentile(ms, 50), "p99": percentile(ms, 99)}
    return out


def _first_line(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    lines = [ln.strip() for ln in (out.stdout + out.stderr).splitlines() if ln.strip()]
    return lines[0] if lines else "?"


def _deb_version(package: str) -> str:
    v = _first_line(["dpkg-query", "-W", "-f", "${Version}", package])
    return v if v and "no packages" not in v.lower() else "?"


def machine_info(pj_version: str, load_at_start: tuple[float, ...]) -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " → ".join(f"{x[0]:.2f}" for x in (load_at_start, os.getloadavg()))
    sipp = re.sub(r"^SIPp\s*", "", _first_line(["sipp", "-v"])).rstrip(".")
    kam = _first_line(["kamailio", "-v"]).replace("version: ", "")
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores shared with other "
            f"work (1-min load average {load}, start → end); Python {platform.python_version()}, pjproject "
            f"{pj_version} (`pjsua2-python`), baresip {_deb_version('baresip-core')}, SIPp {sipp}, {kam}")


def report(ours: dict, theirs: dict, internal_ms: list[float], calls: int, command: str,
           machine: str, when: str) -> str:
    lines = [
        "# Call setup benchmark: our softphone (pjsua2) vs baresip", "",
        (f"Command: `{command}` — {calls} calls from each caller, alternately, to the same local SIPp "
         f"UAS (`sip:uas@127.0.0.1:5070`, SIPp's stock UAS) in the same run, {when}."), "",
        f"Machine: {machine}.", "",
        ("Every time is in ms on one clock: the dial command's timestamp, and SIPp's message trace "
         "at the UAS for the rest. dial→INVITE is the caller's work before its INVITE is on the wire; "
         "INVITE→200 OK is the exchange seen at the UAS (mostly the UAS itself); INVITE→ACK adds the "
         "caller handling the 200 OK; dial→ACK is what the agent waits for, click to established. "
         "Ratio = ours / baresip (below 1: ours is faster)."), "",
        "| measure | ours p50 | baresip p50 | ratio p50 | ours p99 | baresip p99 | ratio p99 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for k in MEASURES:
        o, t = ours[k], theirs[k]
        name = k.replace("->", "→").replace("200", "200 OK")
        lines.append(f"| {name} | {o['p50']:.2f} | {t['p50']:.2f} | {o['p50'] / t['p50']:.2f} | "
                     f"{o['p99']:.2f} | {t['p99']:.2f} | {o['p99'] / t['p99']:.2f} |")
    lines += ["", (f"Inside our softphone, `Softphone.call()` until the 200 OK is handled (CONNECTING): "
                   f"p50 {percentile(internal_ms, 50):.2f} ms, p99 {percentile(internal_ms, 99):.2f} ms "
                   f"(no baresip counterpart)."), ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=100, help="calls per caller (default 100)")
    parser.add_argument("--out", default=str(DEFAULT_OUT),
                        help=f"markdown results file (default {DEFAULT_OUT.relative_to(ROOT)}; - = print only)")
    args = parser.parse_args()
    load_at_start = os.getloadavg()
    command = ".venv/bin/python benchmarks/bench_call_setup.py " + shlex.join(sys.argv[1:])
    if siprig.missing_binaries() or not availability().available:
        print("cannot run:", siprig.missing_binaries() or availability().reason)
        return 2
    busy = [p for p in siprig.RIG_PORTS if siprig.udp_port_busy(p)]
    if busy:
        print(f"UDP ports busy: {busy}")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="bench_call_setup_"))
    helpers = [siprig.start_kamailio(folder), siprig.start_baresip(folder)]
    uas = siprig.start_sipp_uas(folder, calls=2 * args.calls, tag="uas_bench")
    helpers.append(uas)
    trace = folder / "uas_bench_msg.log"
    phone = Softphone(alice_settings(), passwords=rig_passwords(), null_audio=True,
                      bind_address=siprig.HOST, rtp_port=siprig.PHONE_RTP_PORT)
    dials: dict[str, list[float]] = {"alice": [], "bob": []}
    internal_ms: list[float] = []
    try:
        assert phone.start(), phone.availability
        pj_version = phone._ep.libVersion().full
        pump(phone, lambda: phone.registration.state is RegistrationState.REGISTERED)
        for _ in range(args.calls):
            # ours
            dials["alice"].append(time.time())
            t0 = time.monotonic()
            call = phone.call(UAS_URI)
            pump(phone, lambda c=call: c.state in (CallState.CONNECTING, CallState.CONNECTED, CallState.ENDED))
            internal_ms.append((time.monotonic() - t0) * 1000)
            pump(phone, lambda c=call: c.state is CallState.CONNECTED)
            call.hangup()
            pump(phone, lambda: not phone.calls)
            # baresip
            seen = len([c for c in parse_trace(trace).values() if c.get("caller") == "bob" and "ack" in c])
            dials["bob"].append(time.time())
            siprig.baresip_command(f"/dial {UAS_URI}")
            siprig.wait_until(lambda n=seen: len([c for c in parse_trace(trace).values()
                                                  if c.get("caller") == "bob" and "ack" in c]) > n,
                              5, "baresip's call to be established")
            siprig.baresip_command("/hangup")
        assert uas.wait(15) == 0, uas.tail()
    finally:
        phone.shutdown()
        for h in reversed(helpers):
            h.stop()
    calls = sorted(parse_trace(trace).values(), key=lambda c: c["invite"])
    rows: dict[str, list[dict[str, float]]] = {"alice": [], "bob": []}
    for who in rows:
        mine = [c for c in calls if c.get("caller") == who]
        assert len(mine) == args.calls, (who, len(mine))
        rows[who] = [dict(c, dial=d) for c, d in zip(mine, dials[who], strict=True)]
    ours, theirs = summary(rows["alice"]), summary(rows["bob"])
    text = report(ours, theirs, internal_ms, args.calls, command.strip(), machine_info(pj_version, load_at_start),
                  datetime.now().strftime("%Y-%m-%d %H:%M"))
    print(text)
    if args.out != "-":
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text)
        print(f"written to {out}")
    print(f"traces kept in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
