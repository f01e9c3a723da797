"""A call-audio port taken off the conference bridge never crashes the app (pjsua2 2.15's bridge
removes ports on its clock thread after `AudioMediaPort`'s destructor: see `retire_port`)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rvops_desktop.voip import availability

AGENT = Path(__file__).with_name("port_lifetime_agent.py")
ROUNDS = 100   # deleted the old way (`--delete`), 100 rounds crashed the process in 3 runs of 4


def test_ports_retired_while_the_bridge_runs_leave_the_process_whole():
    if not availability().available:
        (pytest.fail if os.environ.get("CI") else pytest.skip)(availability().reason)
    proc = subprocess.run([sys.executable, "-X", "faulthandler", str(AGENT), str(ROUNDS)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"{ROUNDS} DONE" in proc.stdout and "DESTROYED" in proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]   # no callback ran on a half-deleted port
