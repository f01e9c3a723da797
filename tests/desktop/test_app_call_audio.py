"""The shipped app gives its softphone the audio bridge (calls through the OS's devices), and
closes it on the way out: checked in a process of its own, as the app runs (one pjsua2 endpoint
per process)."""
import os
import subprocess
import sys

import pytest

from rvops_desktop.voip import availability

SCRIPT = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rvops_desktop.app import _start_softphone
phone = _start_softphone()
assert phone is not None, "softphone did not start"
print("bridge:", type(phone.audio_bridge).__name__)
phone.shutdown()
phone.audio_bridge.close()
print("closed")
"""


@pytest.mark.skipif(not availability().available, reason="pjsua2 is not installed")
def test_the_apps_softphone_sends_call_audio_through_the_os_devices(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "bridge: QtCallAudio" in done.stdout and "closed" in done.stdout
