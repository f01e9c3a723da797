"""Voice notes are what they claim: OGG/Opus (`audio/ogg`) for WhatsApp, WAV for Instagram."""
import math

import numpy as np
import soundfile as sf

from rvops_desktop.voice_note import RATE, VoiceNoteWriter


def _tone(seconds: float, hz: float = 440.0, amplitude: float = 0.3) -> bytes:
    t = np.arange(int(RATE * seconds)) / RATE
    return (amplitude * 32767 * np.sin(2 * math.pi * hz * t)).astype("<i2").tobytes()


def _peak_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(spectrum))])


def test_a_whatsapp_voice_note_is_ogg_opus_with_its_duration_and_tone(tmp_path):
    note = VoiceNoteWriter(tmp_path, channel="whatsapp")
    levels = [note.write(_tone(0.1)) for _ in range(25)]  # 2.5 s in 100 ms chunks, as the recorder feeds it
    assert abs(note.seconds - 2.5) < 1e-6
    assert all(0.15 < level < 0.3 for level in levels)  # RMS of a 0.3 sine ≈ 0.21
    path, mime = note.finish()
    assert (path.suffix, mime) == (".ogg", "audio/ogg")
    head = path.read_bytes()[:64]
    assert head.startswith(b"OggS") and b"OpusHead" in head
    info = sf.info(str(path))
    assert (info.format, info.subtype) == ("OGG", "OPUS") and abs(info.duration - 2.5) <= 0.2
    samples, rate = sf.read(str(path), dtype="float32")
    assert abs(_peak_hz(samples[rate // 2: rate * 2], rate) - 440) <= 5


def test_an_instagram_voice_note_is_wav_and_silence_has_no_level(tmp_path):
    note = VoiceNoteWriter(tmp_path, channel="instagram")
    assert note.write(bytes(9600)) == 0.0
    assert note.write(b"") == 0.0
    path, mime = note.finish()
    assert (path.suffix, mime) == (".wav", "audio/wav")
    assert sf.info(str(path)).format == "WAV" and abs(sf.info(str(path)).duration - 0.1) < 1e-6


def test_a_discarded_note_leaves_no_file(tmp_path):
    note = VoiceNoteWriter(tmp_path)
    note.write(_tone(0.2))
    note.discard()
    assert list(tmp_path.iterdir()) == []
