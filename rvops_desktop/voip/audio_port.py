"""Call audio across pjsua2's conference bridge and the platform's sound devices.

The `pjsua2-python` wheel has no sound devices: pjsua2 runs on its null device, whose clock
thread drives the conference bridge every 20 ms. A `CallAudioPort` (an `AudioMediaPort`) sits
on that bridge in place of the sound device: the softphone connects each call's audio to it
and it to the call. Its two callbacks run on pjmedia's clock thread and only touch two
`JitterBuffer`s; the other side of those buffers is an `AudioBridge` that owns the real
devices on its own thread (QtMultimedia: `rvops_desktop/ui/services/call_audio.py`).

    microphone → bridge.to_call   → onFrameRequested → call
    call       → onFrameReceived  → bridge.from_call → speaker/headset

No Qt here; pjsua2 is imported only when a port is created (as `_engine` is).
"""
from __future__ import annotations

import logging
import math
import threading
from array import array
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .audio import AudioDevice

log = logging.getLogger(__name__)

CLOCK_RATE_HZ = 16_000     # the port's format: 16 kHz mono signed 16-bit little-endian
CHANNELS = 1
SAMPLE_BYTES = 2
FRAME_MS = 20              # pjsua's conference bridge period
SAMPLES_PER_FRAME = CLOCK_RATE_HZ * FRAME_MS // 1000     # 320
BYTES_PER_FRAME = SAMPLES_PER_FRAME * CHANNELS * SAMPLE_BYTES   # 640
JITTER_TARGET_FRAMES = 3   # 60 ms: reading starts (again) at this depth; an overflow trims back to it
JITTER_MAX_FRAMES = 10     # 200 ms: a deeper buffer drops its oldest audio (clock drift, a stall)
JITTER_TRIM_WINDOW = 50    # 1 s of reads: a buffer that never got below its target in that time is trimmed


class JitterBuffer:
    """A thread-safe queue of 20 ms frames between two clocks (pjmedia's and a sound card's).

    The writer hands over bytes of any length (a device delivers what it has); whole frames
    are queued and the remainder is kept for the next write. The reader takes one frame at a
    time, or None (play silence) while the buffer fills up to `target_frames` — at the start
    and after an underrun — so that a late writer costs one gap, not a crackle of many.
    Beyond `max_frames` the oldest frames are dropped down to `target_frames`, which bounds
    the delay a drifting clock or a stall can build up; and a buffer that stayed above its
    target for `trim_window` reads is trimmed back to it, so that delay does not linger.
    """

    def __init__(self, *, frame_bytes: int = BYTES_PER_FRAME, target_frames: int = JITTER_TARGET_FRAMES,
                 max_frames: int = JITTER_MAX_FRAMES, trim_window: int = JITTER_TRIM_WINDOW) -> None:
        if not 0 < target_frames <= max_frames:
            raise ValueError("0 < target_frames <= max_frames")
        self.frame_bytes, self.target_frames, self.max_frames = frame_bytes, target_frames, max_frames
        self.trim_window = trim_window
        self._reads, self._lowest = 0, max_frames   # the lowest depth seen in this trim window
        self._lock = threading.Lock()
        self._frames: list[bytes] = []
        self._partial = b""
        self._primed = False
        self.frames_in = 0        # whole frames written
        self.frames_out = 0       # frames read (not counting the None answers)
        self.dropped_frames = 0   # frames thrown away because the buffer overflowed
        self.underruns = 0        # times the reader found it empty while playing

    @property
    def depth(self) -> int:
        """Whole frames waiting."""
        with self._lock:
            return len(self._frames)

    def write(self, data: bytes) -> None:
        with self._lock:
            data = self._partial + data
            whole = len(data) - len(data) % self.frame_bytes
            self._partial = data[whole:]
            for offset in range(0, whole, self.frame_bytes):
                self._frames.append(data[offset:offset + self.frame_bytes])
            self.frames_in += whole // self.frame_bytes
            if len(self._frames) > self.max_frames:
                excess = len(self._frames) - self.target_frames
                del self._frames[:excess]
                self.dropped_frames += excess

    def read(self) -> bytes | None:
        """One frame, or None when there is nothing to play yet."""
        with self._lock:
            if not self._primed:
                if len(self._frames) < self.target_frames:
                    return None
                self._primed = True
            if not self._frames:
                self._primed = False
                self.underruns += 1
                return None
            self._trim()
            self.frames_out += 1
            return self._frames.pop(0)

    def _trim(self) -> None:
        self._lowest = min(self._lowest, len(self._frames))
        self._reads += 1
        if self._reads >= self.trim_window:
            excess = self._lowest - self.target_frames
            if excess > 0:
                del self._frames[:excess]
                self.dropped_frames += excess
            self._reads, self._lowest = 0, len(self._frames)

    def clear(self) -> None:
        """Forget what is queued (a new call must not hear the end of the last one)."""
        with self._lock:
            self._frames.clear()
            self._partial = b""
            self._primed = False
            self._reads, self._lowest = 0, self.max_frames

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"frames_in": self.frames_in, "frames_out": self.frames_out, "depth": len(self._frames),
                    "dropped_frames": self.dropped_frames, "underruns": self.underruns}


class AudioBridge(Protocol):
    """The platform side of call audio, injected into `Softphone(audio_bridge=…)`.

    The softphone calls every method from its own thread; an implementation does its device
    work on a thread of its own and meets the port only through the two buffers."""

    to_call: JitterBuffer     # microphone frames, read by the port for the call
    from_call: JitterBuffer   # call frames, written by the port for the speaker

    def devices(self) -> list[AudioDevice]:
        """The platform's devices (names are what the settings remember)."""
        ...

    def use_devices(self, input: str, output: str) -> None:
        """Open these devices by name ("" = the system default), now or at the next start."""
        ...

    def start(self) -> None:
        """Open the devices and move audio (a call exists). Idempotent."""
        ...

    def stop(self) -> None:
        """Close the devices (no call left). Idempotent."""
        ...

    def ring(self, device: str) -> None:
        """Play the ring cadence (`ring_cadence`) on this device by name ("" = the system default)
        until `stop_ring`. Idempotent; a new device name moves the ring there."""
        ...

    def stop_ring(self) -> None:
        """Stop ringing. Idempotent."""
        ...


RING_TONE = (425, 1000, 4000)  # Hz, ms on, ms off (the Brazilian/European ring cadence)
RING_AMPLITUDE = 8000          # −15 dBFS: heard across a room, not a shout in the headset


def ring_cadence(rate: int = CLOCK_RATE_HZ) -> bytes:
    """One cycle of the ring (425 Hz for 1 s, then 4 s of silence) as 16-bit mono PCM at `rate`."""
    freq, on_ms, off_ms = RING_TONE
    on = rate * on_ms // 1000
    tone = array("h", (int(RING_AMPLITUDE * math.sin(2 * math.pi * freq * i / rate)) for i in range(on)))
    return tone.tobytes() + bytes(2 * rate * off_ms // 1000)


SILENCE_DBFS = -90.0


def level_dbfs(pcm: bytes) -> float:
    """The RMS level of 16-bit PCM in dBFS (a full-scale sine is −3; silence is SILENCE_DBFS)."""
    samples = array("h", pcm[: len(pcm) // 2 * 2])
    if not samples:
        return SILENCE_DBFS
    rms = math.sqrt(sum(x * x for x in samples) / len(samples))
    return max(SILENCE_DBFS, 20 * math.log10(rms / 32768)) if rms else SILENCE_DBFS


_port_class: type | None = None


def create_port(bridge: AudioBridge, name: str = "call-audio") -> Any:
    """A `CallAudioPort` on the conference bridge of the running endpoint (pjsua2 loaded)."""
    import pjsua2 as pj

    global _port_class
    if _port_class is None:
        _port_class = _define_port_class(pj)
    port = _port_class(bridge)
    fmt = pj.MediaFormatAudio()
    fmt.init(pj.PJMEDIA_FORMAT_PCM, CLOCK_RATE_HZ, CHANNELS, FRAME_MS * 1000, SAMPLE_BYTES * 8)
    port.createPort(name, fmt)
    return port


def retire_port(port: Any) -> None:
    """Take a port off duty for good, without deleting it: it lets go of its bridge (its
    callbacks pass silence from now on) and is handed to the C++ side, which never deletes it.

    Deleting an `AudioMediaPort` is not safe with pjsua2 2.15's asynchronous conference bridge:
    its destructor only queues the port's removal, which pjmedia's clock thread carries out at
    its next tick, after the object is gone — and a callback already waiting for the GIL while
    Python deallocates the port runs on a half-deleted object (a segfault, seen in CI and
    reproduced by `tests/desktop/voip/test_audio_port_lifetime.py`; pjproject #3928, #4200).
    After `libDestroy()` the destructor would touch the destroyed library instead. So a retired
    port stays in memory (about a kilobyte for each softphone start) until the process ends."""
    port.bridge = None
    port.__disown__()


def _define_port_class(pj: Any) -> type:
    audio, none = pj.PJMEDIA_FRAME_TYPE_AUDIO, pj.PJMEDIA_FRAME_TYPE_NONE

    class CallAudioPort(pj.AudioMediaPort):
        """The sound device of the conference bridge, as far as calls can tell. Both callbacks
        run on pjmedia's clock thread; an exception must not cross the SWIG director."""

        def __init__(self, bridge: AudioBridge) -> None:
            super().__init__()
            self.bridge: AudioBridge | None = bridge   # None once retired
            self._failed = False

        def onFrameRequested(self, frame: Any) -> None:   # what the call hears from us
            try:
                bridge = self.bridge
                data = None if bridge is None else bridge.to_call.read()
                if data is None:
                    frame.type, frame.size = none, 0
                else:
                    frame.type, frame.size = audio, len(data)
                    frame.buf = pj.ByteVector(list(data))
            except Exception:  # noqa: BLE001 - see the class docstring
                self._log_once()

        def onFrameReceived(self, frame: Any) -> None:    # what the call says to us
            try:
                bridge = self.bridge
                if bridge is not None and frame.type == audio and frame.size:
                    bridge.from_call.write(bytes(frame.buf))
            except Exception:  # noqa: BLE001 - see the class docstring
                self._log_once()

        def _log_once(self) -> None:
            if not self._failed:
                self._failed = True
                log.exception("call audio port failed; the call goes on without sound")

    return CallAudioPort
