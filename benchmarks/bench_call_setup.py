"""Call setup time of our softphone (pjsua2) vs baresip, against the same local SIPp UAS
in the same run, reported as ratios (ours / baresip).

    .venv/bin/python benchmarks/bench_call_setup.py [--calls 20]

Needs kamailio, sipp and baresip (scripts/setup installs them) and the UDP ports of the
loopback SIP rig free (see tests/desktop/voip/siprig.py). Both callers dial the UAS
directly (sip:uas@127.0.0.1:5070), alternately. Every time comes from the same clock:
the dial command's timestamp, and SIPp's message trace at the UAS for the rest:
  dial->INVITE   the caller's work before its INVITE reaches the wire
  INVITE->200    the INVITE-to-200 OK exchange seen at the UAS (mostly the UAS itself)
  INVITE->ACK    the whole INVITE/200/ACK handshake, including the caller handling the 200
  dial->ACK      what the agent waits for: click to call established
"""
from __future__ import annotations

import argparse
import re
import statistics
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


def summary(rows: list[dict[str, float]]) -> dict[str, float]:
    keys = {"dial->INVITE": ("dial", "invite"), "INVITE->200": ("invite", "200"),
            "INVITE->ACK": ("invite", "ack"), "dial->ACK": ("dial", "ack")}
    return {k: statistics.median((r[b] - r[a]) * 1000 for r in rows) for k, (a, b) in keys.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=20, help="calls per caller (default 20)")
    args = parser.parse_args()
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
    print(f"call setup against one local SIPp UAS, {args.calls} calls each, medians in ms")
    print(f"{'':14}{'rvops (pjsua2)':>16}{'baresip':>10}{'ratio':>8}")
    for k in ours:
        print(f"{k:14}{ours[k]:16.2f}{theirs[k]:10.2f}{ours[k] / theirs[k]:8.2f}")
    print(f"rvops call() -> 200 OK handled (inside the softphone): "
          f"{statistics.median(internal_ms):.2f} ms median")
    print(f"traces kept in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
