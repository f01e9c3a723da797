"""Call audio through the OS's sound devices (QtMultimedia), on a thread of its own.

`QtCallAudio` is the softphone's `AudioBridge` (see `rvops_desktop/voip/audio_port.py`): the
softphone calls it from the GUI thread; a `_Devices` worker living on the "call-audio"
QThread owns the `QAudioSource` (microphone → `to_call`) and the `QAudioSink`
(`from_call` → headset). The worker only moves bytes between the devices and the two jitter
buffers, so a busy GUI thread (an inbox applying changes) does not starve the audio, and
pjmedia's clock thread never waits on Qt.

Devices are chosen by their description (what the settings remember); a device that is
missing, or that fails while open, is replaced by the system default without ending the call,
and the chosen one is taken back when it is plugged in again (QMediaDevices' change signals).
The ring (an incoming call) plays on its own sink, on the ring device the settings name (the PC's
speaker, say, while calls go to the headset).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QAudioSource, QMediaDevices, QtAudio

from rvops_desktop.voip.audio import AudioDevice
from rvops_desktop.voip.audio_port import (
    BYTES_PER_FRAME,
    CHANNELS,
    CLOCK_RATE_HZ,
    FRAME_MS,
    JitterBuffer,
    ring_cadence,
)

log = logging.getLogger(__name__)

SOURCE_BUFFER_FRAMES = 2     # 40 ms asked of the microphone per delivery (at most)
SINK_BUFFER_FRAMES = 4       # 80 ms queued in the headset's stream: room for a late wake-up
DRAIN_INTERVAL_MS = FRAME_MS // 2   # the worker feeds the sink twice per frame
DRIVER = "qt"
# A device that failed is replaced this long after the failure is seen, not at once: its backend
# (PulseAudio, CoreAudio) may still deliver the removal's callbacks to the failed stream, and a
# stream deleted under them crashes (QTBUG-145704 and kin); a burst of changes collapses into one swap.
SWAP_DELAY_MS = 250


def _format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(CLOCK_RATE_HZ)
    fmt.setChannelCount(CHANNELS)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


def _find(devices: list[QAudioDevice], name: str, default: QAudioDevice) -> QAudioDevice:
    for device in devices:
        if name and device.description() == name:
            return device
    return default


class _Devices(QObject):
    """Lives on the call-audio thread: opens, feeds and closes the two device streams."""

    def __init__(self, to_call: JitterBuffer, from_call: JitterBuffer) -> None:
        super().__init__()
        self._to_call, self._from_call = to_call, from_call
        self._source: QAudioSource | None = None
        self._sink: QAudioSink | None = None
        self._mic = self._out = None      # the QIODevices of the two streams
        self._names = ("", "")
        self._timer: QTimer | None = None
        self.reopens = 0                  # devices replaced after an error
        self._swap: QTimer | None = None  # replaces failed devices, SWAP_DELAY_MS after the failure
        self._retired: list[QAudioSource | QAudioSink] = []   # failed streams, deleted at close()
        self._devices: QMediaDevices | None = None   # created on this thread: its change signals come here
        self._cadence = ring_cadence()    # one 5 s cycle, looped
        self._ring_sink: QAudioSink | None = None
        self._ring_out = None
        self._ring_name: str | None = None
        self._ring_at = 0
        self._ring_timer: QTimer | None = None

    @Slot(str, str)
    def open(self, input_name: str, output_name: str) -> None:
        self.close()
        self._names = (input_name, output_name)
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._timer.setInterval(DRAIN_INTERVAL_MS)
            self._timer.timeout.connect(self._drain)
            self._swap = QTimer(self)
            self._swap.setSingleShot(True)
            self._swap.setInterval(SWAP_DELAY_MS)
            self._swap.timeout.connect(self._replace_failed)
        if self._devices is None:
            self._devices = QMediaDevices(self)
            self._devices.audioInputsChanged.connect(lambda: self._follow_chosen_device(0))
            self._devices.audioOutputsChanged.connect(lambda: self._follow_chosen_device(1))
        self._open_source(_find(QMediaDevices.audioInputs(), input_name, QMediaDevices.defaultAudioInput()))
        self._open_sink(_find(QMediaDevices.audioOutputs(), output_name, QMediaDevices.defaultAudioOutput()))
        self._timer.start()

    def _open_source(self, device: QAudioDevice) -> None:
        if _missing(device, "no microphone; the far end hears silence"):
            return
        self._source = QAudioSource(device, _format(), self)
        self._source.setBufferSize(SOURCE_BUFFER_FRAMES * BYTES_PER_FRAME)
        self._mic = self._source.start()
        self._mic.readyRead.connect(self._capture)

    def _open_sink(self, device: QAudioDevice) -> None:
        if _missing(device, "no speaker; the call is not heard"):
            return
        self._sink = QAudioSink(device, _format(), self)
        self._sink.setBufferSize(SINK_BUFFER_FRAMES * BYTES_PER_FRAME)
        self._out = self._sink.start()

    @Slot()
    def close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._swap.stop()
        for stream in (self._source, self._sink, *self._retired):
            if stream is not None:
                self._discard(stream)
        self._source = self._sink = self._mic = self._out = None
        self._retired = []

    @Slot(str)
    def ring(self, device_name: str) -> None:
        """Play the ring cadence on `device_name` (the default output when missing) until stop_ring."""
        if self._ring_sink is not None and self._ring_name == device_name:
            return
        self.stop_ring()
        device = _find(QMediaDevices.audioOutputs(), device_name, QMediaDevices.defaultAudioOutput())
        if device.isNull():
            log.warning("ring: no output device; the call rings silently")
            return
        self._ring_name = device_name
        self._ring_sink = QAudioSink(device, _format(), self)
        self._ring_sink.setBufferSize(SINK_BUFFER_FRAMES * BYTES_PER_FRAME)
        self._ring_out = self._ring_sink.start()
        self._ring_at = 0
        if self._ring_timer is None:
            self._ring_timer = QTimer(self)
            self._ring_timer.setInterval(DRAIN_INTERVAL_MS)
            self._ring_timer.timeout.connect(self._feed_ring)
        self._ring_timer.start()
        self._feed_ring()
        log.info("ringing on %s", device.description())

    @Slot()
    def stop_ring(self) -> None:
        if self._ring_timer is not None:
            self._ring_timer.stop()
        if self._ring_sink is not None:
            self._discard(self._ring_sink)
        self._ring_sink = self._ring_out = None
        self._ring_name = None

    def _feed_ring(self) -> None:
        if self._ring_sink is None or self._ring_out is None:
            return
        cadence = self._cadence
        while self._ring_sink.bytesFree() >= BYTES_PER_FRAME:
            chunk = cadence[self._ring_at:self._ring_at + BYTES_PER_FRAME]
            self._ring_at = (self._ring_at + BYTES_PER_FRAME) % len(cadence)
            self._ring_out.write(chunk)

    def _capture(self) -> None:
        if self._mic is not None:
            data = self._mic.readAll().data()
            if data:
                self._to_call.write(data)

    def _drain(self) -> None:
        self._check_devices()

        self._capture()   # also when the source's readyRead comes late
        if self._sink is None or self._out is None:
            return
        while self._sink.bytesFree() >= BYTES_PER_FRAME:
            frame = self._from_call.read()
            if frame is None:
                break
            self._out.write(frame)

    def _check_devices(self) -> None:
        """A device that stopped on an error (unplugged) is replaced by the default; the call goes on.
        (Polled from the drain timer: PySide6 cannot hand QAudio::State to a Python slot.)"""
        if (_failed(self._source) or _failed(self._sink)) and not self._swap.isActive():
            self._swap.start()

    def _replace_failed(self) -> None:
        if _failed(self._source):
            log.warning("call audio: the microphone failed (%s); using the default", self._source.error().name)
            self._retire(self._source)
            self._source = self._mic = None
            self._open_source(QMediaDevices.defaultAudioInput())
        if _failed(self._sink):
            log.warning("call audio: the speaker failed (%s); using the default", self._sink.error().name)
            self._retire(self._sink)
            self._sink = self._out = None
            self._open_sink(QMediaDevices.defaultAudioOutput())

    def _follow_chosen_device(self, side: int) -> None:
        """The OS's device list changed during a call: the stream moves (back) to the chosen device
        when it is there. An unplugged device's stream is moved to the default by PulseAudio itself
        (elsewhere it fails: _check_devices); this is what brings it back once plugged in again.
        Any change reopens the stream on the chosen device: one short gap, never a wrong device."""
        name = self._names[side]
        stream = self._source if side == 0 else self._sink
        if not name or stream is None:
            return
        devices = QMediaDevices.audioInputs() if side == 0 else QMediaDevices.audioOutputs()
        chosen = next((d for d in devices if d.description() == name), None)
        if chosen is None:
            log.warning("call audio: %s is gone; the call goes on on the default device", name)
            return
        log.info("call audio: the devices changed; the call is on %s", name)
        self._retire(stream)
        if side == 0:
            self._source = self._mic = None
            self._open_source(chosen)
        else:
            self._sink = self._out = None
            self._open_sink(chosen)

    def _retire(self, stream: QAudioSource | QAudioSink) -> None:
        """Keep a failed stream alive, stopped, until the call's devices close."""
        self.reopens += 1
        stream.stop()
        self._retired.append(stream)

    @staticmethod
    def _discard(stream: QAudioSource | QAudioSink) -> None:
        stream.stop()
        stream.deleteLater()


def _failed(stream: QAudioSource | QAudioSink | None) -> bool:
    """The stream stopped on an error of its device (an underrun is not one)."""
    return (stream is not None and stream.state() == QtAudio.State.StoppedState
            and stream.error() not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError))


class QtCallAudio(QObject):
    """The softphone's audio bridge on QtMultimedia. Create it on the GUI thread, pass it to
    `Softphone(audio_bridge=…)`, and `close()` it after the softphone's `shutdown()`."""

    _opening = Signal(str, str)   # queued to the worker's thread
    _closing = Signal()
    _ringing = Signal(str)
    _ring_stopping = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.to_call = JitterBuffer()
        self.from_call = JitterBuffer()
        self._names = ("", "")
        self._running = False
        self._thread = QThread()
        self._thread.setObjectName("call-audio")
        self._worker = _Devices(self.to_call, self.from_call)
        self._worker.moveToThread(self._thread)
        self._opening.connect(self._worker.open)
        self._closing.connect(self._worker.close)
        self._ringing.connect(self._worker.ring)
        self._ring_stopping.connect(self._worker.stop_ring)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start(QThread.Priority.TimeCriticalPriority)
        app = QCoreApplication.instance()
        if app is not None:   # a QThread still running when the app object goes would abort
            app.aboutToQuit.connect(self.close)

    # ---- AudioBridge ------------------------------------------------------------------------
    def devices(self) -> list[AudioDevice]:
        inputs = [AudioDevice(i, d.description(), DRIVER, d.maximumChannelCount(), 0)
                  for i, d in enumerate(QMediaDevices.audioInputs())]
        outputs = [AudioDevice(len(inputs) + i, d.description(), DRIVER, 0, d.maximumChannelCount())
                   for i, d in enumerate(QMediaDevices.audioOutputs())]
        return inputs + outputs

    def use_devices(self, input: str, output: str) -> None:
        if (input, output) != self._names:
            self._names = (input, output)
            if self._running:
                self._opening.emit(*self._names)

    def start(self) -> None:
        if not self._running:
            self._running = True
            self._opening.emit(*self._names)

    def stop(self) -> None:
        if self._running:
            self._running = False
            self._closing.emit()

    def ring(self, device: str) -> None:
        self._ringing.emit(device)

    def stop_ring(self) -> None:
        self._ring_stopping.emit()

    # ---- for the app and the tests ------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    def stats(self) -> dict[str, dict[str, int]]:
        """The jitter buffers' counters (frames, drops, underruns) in each direction."""
        return {"to_call": self.to_call.stats(), "from_call": self.from_call.stats()}

    def close(self) -> None:
        """Close the devices and end the thread (after the softphone's shutdown). Idempotent."""
        self._running = False
        if self._thread.isRunning():
            QMetaObject.invokeMethod(self._worker, "stop_ring", Qt.ConnectionType.BlockingQueuedConnection)
            QMetaObject.invokeMethod(self._worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait()


def _missing(device: QAudioDevice, consequence: str) -> bool:
    """True (and said in the log) when there is no such device."""
    if device.isNull():
        log.warning("call audio: %s", consequence)
    return device.isNull()
