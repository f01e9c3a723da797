"""The call setup benchmark runs from its documented command (one short run on the loopback SIP
rig): both callers timed at the caller, the GUI hop after the SIP thread's, the UAS lines, the
pass line, the idle cost, a row per run."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "desktop" / "voip"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import siprig
from call_setup_probe import BARESIP_CTRL_PORT, tcp_port_busy

from rvops_desktop.ui.services.softphone import POLL_MS
from rvops_desktop.voip import availability

pytestmark = [pytest.mark.sip, pytest.mark.timeout(180)]
CELL = r"([\d.]+) \(([\d.]+)–([\d.]+)\)"


def _rig_or_skip() -> None:
    give_up = pytest.fail if os.environ.get("CI") else pytest.skip   # CI must run the real rig
    if missing := siprig.missing_binaries():
        give_up(f"SIP rig binaries not installed: {', '.join(missing)} (scripts/setup installs them)")
    if not availability().available:
        give_up(availability().reason)
    busy = [f"udp {p}" for p in siprig.RIG_PORTS if siprig.udp_port_busy(p)]
    busy += [f"tcp {BARESIP_CTRL_PORT}"] if tcp_port_busy(siprig.HOST, BARESIP_CTRL_PORT) else []
    if busy:
        pytest.skip(f"SIP rig ports busy ({', '.join(busy)}): another SIP test is running")


def test_a_short_run_times_both_callers_at_the_caller(tmp_path):
    _rig_or_skip()
    out = tmp_path / "call_setup.md"
    run = subprocess.run([sys.executable, "benchmarks/bench_call_setup.py", "--calls", "3", "--runs", "1",
                          "--idle", "1", "--out", str(out)],
                         check=False, cwd=ROOT, capture_output=True, text=True, timeout=150)
    if run.returncode == 2 and "busy" in run.stdout:
        pytest.skip(run.stdout.strip().splitlines()[-1])
    assert run.returncode == 0, (run.stdout[-2000:], run.stderr[-2000:])
    report = out.read_text()
    rows = {m[0]: [float(x) for x in m[1:]] for m in re.findall(
        rf"^\| ([^|]+?) \| {CELL} \| {CELL} \| {CELL} \| {CELL} \| {CELL} \| {CELL} \|$", report, re.MULTILINE)}
    assert list(rows) == ["dial → established (caller)", "dial → agent sees it (caller)",
                          "INVITE → 200 OK (at the UAS, secondary)", "dial → ACK (at the UAS, secondary)"]
    for name, v in rows.items():
        ours50, bare50, ratio50, ours99, bare99, ratio99 = v[0], v[3], v[6], v[9], v[12], v[15]
        assert 0 < ours50 <= ours99 < 2000 and 0 < bare50 <= bare99 < 2000, name
        assert ratio99 == pytest.approx(ours99 / bare99, rel=0.02, abs=0.01), name
        assert ratio50 == pytest.approx(ours50 / bare50, rel=0.02, abs=0.01), name
    established, seen = rows["dial → established (caller)"], rows["dial → agent sees it (caller)"]
    assert seen[0] >= established[0] and seen[9] >= established[9]   # the GUI hop comes after
    assert seen[3] == established[3]   # baresip has no GUI hop: the same event
    assert re.search(r"median of the run-by-run ratios: [\d.]+ \(runs [\d.]+\) → \*\*(PASS|FAIL)\*\*", report)
    assert f"POLL_MS = {POLL_MS} ms (the app's constant)" in report
    idle = re.search(rf"ours \(whole process.*?\) {CELL}, of which the SIP thread {CELL}; baresip .*? {CELL}\.",
                     report)
    assert idle and 0 < float(idle[4]) <= float(idle[1]) < 100 and 0 <= float(idle[7]) < 100
    assert re.search(r"^\| 1 \| ours → baresip \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| "
                     r"[\d.]+ / [\d.]+ / [\d.]+ \| [\d.]+ → [\d.]+ \|$", report, re.MULTILINE)
    assert "1-min load average" in report and "Command: `.venv/bin/python benchmarks/bench_call_setup.py" in report
