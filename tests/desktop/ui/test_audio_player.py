"""The audio player: how long a voice note is, where it is, seeking; a broken file says so."""
from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication
import soundfile as sf

from rvops_desktop.ui.dialogs.audio_player import AudioPlayerDialog
from rvops_desktop.voice_note import VoiceNoteWriter

pytestmark = pytest.mark.gui


def _tone(seconds: float, rate: int = 48_000) -> np.ndarray:
    return (0.3 * np.sin(2 * math.pi * 440 * np.arange(int(rate * seconds)) / rate)).astype("float32")


@pytest.fixture
def voice_note(tmp_path):
    note = VoiceNoteWriter(tmp_path, channel="whatsapp")
    note.write((_tone(2.5) * 32767).astype("<i2").tobytes())
    return str(note.finish()[0])


@pytest.fixture
def mp3(tmp_path):
    path = tmp_path / "audio.mp3"
    sf.write(str(path), _tone(3.0, 44_100), 44_100, format="MP3", subtype="MPEG_LAYER_III")
    return str(path)


def _encode(path, codec: str, rate: int, seconds: float) -> str:
    """A file as the customer's phone sends it, encoded by FFmpeg (PyAV): AAC in MP4 (iPhone voice
    notes, audio/mp4), AMR-NB (older Android recorders, audio/amr)."""
    av = pytest.importorskip("av")
    samples = (_tone(seconds, rate) * 32767).astype("<i2")
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=rate, layout="mono")
        if codec == "libopencore_amrnb":
            stream.bit_rate = 12_200
        frame_size = stream.codec_context.frame_size or 1024
        for start in range(0, len(samples), frame_size):
            chunk = samples[start:start + frame_size]
            frame = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="s16", layout="mono")
            frame.sample_rate = rate
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return str(path)


@pytest.fixture
def aac(tmp_path):
    return _encode(tmp_path / "audio.m4a", "aac", 44_100, 3.0)


@pytest.fixture
def amr(tmp_path):
    return _encode(tmp_path / "audio.amr", "libopencore_amrnb", 8_000, 3.0)


@pytest.mark.parametrize(("fixture", "seconds"), [("voice_note", 2.5), ("mp3", 3.0), ("aac", 3.0), ("amr", 3.0)])
def test_the_player_shows_the_duration_and_seeks(qtbot, request, fixture, seconds):
    dialog = AudioPlayerDialog(request.getfixturevalue(fixture), "nota.ogg")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.duration_ms > 0, timeout=10_000)
    assert abs(dialog.duration_ms / 1000 - seconds) <= 0.2
    assert dialog.slider.maximum() == dialog.duration_ms
    assert dialog.time.text().endswith(f"/ 0:0{int(seconds)}")
    dialog.seek(1500)
    qtbot.waitUntil(lambda: dialog.time.text().startswith("0:01 /"), timeout=10_000)
    assert dialog.problem.isHidden()


def test_a_file_that_is_not_audio_says_it_cannot_be_played(qtbot, tmp_path):
    broken = tmp_path / "nota.ogg"
    broken.write_bytes(b"OggS" + bytes(200))  # claims Ogg, is not
    dialog = AudioPlayerDialog(str(broken))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert "cannot be played" in dialog.problem.text() and not dialog.play_button.isEnabled()
    QApplication.processEvents()
    squeezed = [w.objectName() or type(w).__name__ for w in (dialog.play_button, dialog.problem)
                if w.height() < w.heightForWidth(w.width()) or w.height() < w.minimumSizeHint().height()]
    assert squeezed == []  # the wrapped sentence gets its lines, the controls their height
