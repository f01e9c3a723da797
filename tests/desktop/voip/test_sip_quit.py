"""Quitting mid-call never crashes (pjsua2 aborts if a Call outlives libDestroy) or hangs."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import siprig

pytestmark = [pytest.mark.sip, pytest.mark.timeout(60)]
SCRIPT = Path(__file__).with_name("quit_mid_call.py")
QUIT_BUDGET_S = 8.0


@pytest.mark.parametrize("mode", ["shutdown", "exit"])
def test_quitting_mid_call_exits_cleanly_and_quickly(mode, kamailio, baresip):
    offset = baresip.log.stat().st_size
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, str(SCRIPT), mode], capture_output=True, text=True, check=False,
                          timeout=30, cwd=SCRIPT.parent)
    took = time.monotonic() - t0
    assert proc.returncode == 0, proc.stderr[-2000:]       # 134 would be pjsua2's SIGABRT
    assert "IN CALL" in proc.stdout
    if mode == "shutdown":
        assert "SHUTDOWN OK" in proc.stdout
    assert took < QUIT_BUDGET_S, took
    # the far end saw the call end (our BYE), it was not left hanging
    siprig.wait_until(lambda: "quitter@127.0.0.1: session closed" in baresip.log_since(offset), 5,
                      "baresip sees the BYE")
