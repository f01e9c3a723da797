"""The microphone level in the softphone settings (issue 13 #2: test the headset before a shift),
measured from a real PulseAudio source that hears a 440 Hz tone at −15.3 dBFS."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.support.pulse import PulseAudio

SCRIPT = """
import json, sys, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from rvops_desktop.ui.services.mic_level import MicLevel
meter = MicLevel()
levels = []
meter.level.connect(levels.append)
meter.listen(sys.argv[1])
deadline = time.monotonic() + 10
while len(levels) < 15 and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
meter.stop()
print(json.dumps({"device": meter.device_name, "levels": levels}))
"""


def test_the_level_of_the_chosen_microphone_is_measured(tmp_path):
    if PulseAudio.missing():
        (pytest.fail if os.environ.get("CI") else pytest.skip)("PulseAudio is needed (scripts/setup installs it)")
    with PulseAudio(tmp_path / "pulse", mic_hz=440) as pulse:
        done = subprocess.run([sys.executable, "-c", SCRIPT, "Microphone"], env={**pulse.env, "QT_QPA_PLATFORM": "offscreen"},
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["device"] == "Microphone"
    steady = sorted(result["levels"][5:])   # past the first buffers
    assert steady, result
    assert abs(steady[len(steady) // 2] - (-15.3)) <= 3, result["levels"]


def test_level_dbfs_of_silence_and_of_a_full_scale_square():
    from array import array

    from rvops_desktop.voip.audio_port import SILENCE_DBFS, level_dbfs
    assert level_dbfs(bytes(3200)) == SILENCE_DBFS
    assert abs(level_dbfs(array("h", [32767, -32767] * 800).tobytes()) - 0.0) < 0.01
    assert level_dbfs(b"") == SILENCE_DBFS
