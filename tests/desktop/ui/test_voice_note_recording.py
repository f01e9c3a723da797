"""A voice note recorded from a real microphone (PulseAudio's sine source at 440 Hz) through the
composer is valid OGG/Opus, lasts what was recorded, carries the tone, and is sent as audio/ogg."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.support.pulse import PulseAudio

pytestmark = pytest.mark.gui
HERE = Path(__file__).parent


def test_a_voice_note_from_the_microphone_is_ogg_opus_with_its_duration_and_tone(tmp_path):
    if PulseAudio.missing():
        (pytest.fail if os.environ.get("CI") else pytest.skip)("PulseAudio is needed (scripts/setup installs it)")
    with PulseAudio(tmp_path / "pulse", mic_hz=440) as pulse:
        env = {**pulse.env, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
        done = subprocess.run([sys.executable, str(HERE / "record_voice_note.py"), "2.0"], env=env,
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "failed" not in result, (result, done.stderr[-2000:])
    assert result["panel"] and result["preview"] and result["levels"] > 50  # the meter moved (a tone at -16 dBFS)
    assert result["status"] in ("● Recording 0:01", "● Recording 0:02")  # the timer ran (it ticks every 100 ms)
    path, mime, caption = result["sent"]
    assert caption == ""   # a voice note goes as recorded, without the preview
    assert mime == "audio/ogg" and path.endswith(".ogg") and result["path"] == path
    head = Path(path).read_bytes()[:64]
    assert head.startswith(b"OggS") and b"OpusHead" in head
    info = sf.info(path)
    assert (info.format, info.subtype) == ("OGG", "OPUS")
    assert abs(info.duration - result["seconds"]) <= 0.2, (info.duration, result["seconds"])  # what the timer said
    assert result["elapsed"] >= result["seconds"] - 0.2  # never more audio than time went by
    av = pytest.importorskip("av")   # FFmpeg's own reading (what ffprobe says), as WhatsApp's servers see it
    with av.open(path) as probed:
        (stream,) = probed.streams.audio
        assert probed.format.name == "ogg" and stream.codec_context.name == "opus"
        assert abs(float(probed.duration / av.time_base) - result["seconds"]) <= 0.2
    samples, rate = sf.read(path, dtype="float32")
    middle = samples[len(samples) // 4: 3 * len(samples) // 4]
    spectrum = np.abs(np.fft.rfft(middle * np.hanning(len(middle))))
    assert abs(float(np.fft.rfftfreq(len(middle), 1 / rate)[int(np.argmax(spectrum))]) - 440) <= 5
