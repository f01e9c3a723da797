"""Voice notes: PCM from the microphone in, a file the channel takes out — what the file claims
(name, mime type) is what it is.

    note = VoiceNoteWriter(folder, channel="whatsapp")   # OGG/Opus, `audio/ogg`: WhatsApp's voice note
    level = note.write(pcm_chunk)                        # 16-bit mono PCM at note.rate; returns 0..1 RMS
    note.seconds                                          # recorded so far
    path, mime = note.finish()                            # or note.discard()

Encoding is libsndfile's (through `soundfile`): Opus in Ogg for WhatsApp (and the default), WAV for
Instagram, whose messaging API takes no Ogg audio (see rvops_contract.attachments).
"""
from __future__ import annotations

import math
import time
from pathlib import Path

RATE = 48_000  # Opus's native rate: no resampling inside the encoder
FORMATS = {  # channel -> (extension, soundfile format, subtype, mime type)
    "whatsapp": ("ogg", "OGG", "OPUS", "audio/ogg"),
    "instagram": ("wav", "WAV", "PCM_16", "audio/wav"),
}


class VoiceNoteWriter:
    def __init__(self, folder: Path, *, channel: str = "whatsapp", rate: int = RATE) -> None:
        import soundfile
        extension, fmt, subtype, self.mime_type = FORMATS.get(channel, FORMATS["whatsapp"])
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"voice-note-{time.strftime('%Y%m%d-%H%M%S')}-{time.monotonic_ns() % 10**6}.{extension}"
        self.rate = rate
        self.frames = 0
        self._file = soundfile.SoundFile(str(self.path), "w", samplerate=rate, channels=1, format=fmt,
                                         subtype=subtype)

    @property
    def seconds(self) -> float:
        return self.frames / self.rate

    def write(self, pcm: bytes) -> float:
        """Append 16-bit little-endian mono samples; the chunk's level (RMS, 0..1)."""
        import numpy as np
        samples = np.frombuffer(pcm[: len(pcm) - len(pcm) % 2], dtype="<i2")
        if not samples.size:
            return 0.0
        self._file.write(samples)
        self.frames += int(samples.size)
        return min(1.0, math.sqrt(float(np.mean(samples.astype(np.float32) ** 2))) / 32768.0)

    def finish(self) -> tuple[Path, str]:
        self._file.close()
        return self.path, self.mime_type

    def discard(self) -> None:
        if not self._file.closed:
            self._file.close()
        self.path.unlink(missing_ok=True)
