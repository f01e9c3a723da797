"""Record a voice note: press the microphone, talk (a timer and a level meter show it is working),
press again to stop, listen to it, then send or discard it; Cancel drops it while recording.

The microphone is read with QtMultimedia's QAudioSource (PulseAudio/PipeWire, WASAPI, CoreAudio)
as 16-bit mono PCM at 48 kHz; `rvops_desktop.voice_note` encodes it to what the channel takes
(OGG/Opus for WhatsApp, WAV for Instagram), so the file is what its name and mime type say.
"""
from __future__ import annotations

import math
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QToolButton, QWidget

from rvops_desktop.voice_note import RATE, VoiceNoteWriter

from ..resources import icon

MIN_SECONDS = 0.5
TICK_MS = 100


def meter_percent(rms: float, floor_db: float = -60.0) -> int:
    """A level meter's fill: dBFS from `floor_db` (empty) to 0 dB (full), as sound meters show it."""
    if rms <= 0:
        return 0
    return max(0, min(100, round((20 * math.log10(rms) - floor_db) / -floor_db * 100)))


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class VoiceRecorder(QObject):
    recorded = Signal(str, str)  # the finished note the agent chose to send: path, mime type
    failed = Signal(str)  # a sentence for the agent

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.channel = "whatsapp"
        self.button = QToolButton(parent)
        self.button.setObjectName("voiceNoteButton")
        self.button.setIcon(icon("mic"))
        self.button.setToolTip(self.tr("Record a voice note"))
        self.button.setAccessibleName(self.tr("Record a voice note"))
        self.button.setAutoRaise(True)
        self.button.setCheckable(True)
        self.button.toggled.connect(self._toggle)
        self.panel = QWidget(parent)
        self.panel.setObjectName("voiceNotePanel")
        self.status = QLabel(self.panel)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.level = QProgressBar(self.panel)
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setMaximumWidth(160)
        self.listen_button = QPushButton(self.tr("Listen"), self.panel)
        self.send_button = QPushButton(self.tr("Send voice note"), self.panel)
        self.discard_button = QPushButton(self.tr("Discard"), self.panel)
        row = QHBoxLayout(self.panel)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.level, self.listen_button, self.send_button, self.discard_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.listen_button.clicked.connect(self.listen)
        self.send_button.clicked.connect(self.send)
        self.discard_button.clicked.connect(self.discard)
        self.panel.hide()
        self._source = None
        self._io = None
        self._note: VoiceNoteWriter | None = None
        self._finished: tuple[str, str] | None = None
        self._player = None
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last_level = 0.0

    # ---- recording ---------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self._note is not None

    @property
    def seconds(self) -> float:
        """Recorded so far (what the timer shows and the file will hold)."""
        return self._note.seconds if self._note is not None else 0.0

    def _toggle(self, on: bool) -> None:
        if on and not self.recording:
            self.start()
        elif not on and self.recording:
            self.stop()

    def start(self) -> bool:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSource, QMediaDevices
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            self._uncheck()
            self.failed.emit(self.tr("No microphone was found: connect one to record voice notes."))
            return False
        self._drop_finished()
        audio_format = QAudioFormat()
        audio_format.setSampleRate(RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        try:
            self._note = VoiceNoteWriter(Path(tempfile.gettempdir()) / "rvops-voice-notes", channel=self.channel)
        except Exception as exc:  # noqa: BLE001 - no encoder, no space: say so
            self._uncheck()
            self.failed.emit(self.tr("The voice note could not be recorded: %1").replace("%1", str(exc)))
            return False
        self._source = QAudioSource(device, audio_format, self)
        self._source.setBufferSize(RATE * 2 // 10)  # 100 ms: the timer and the meter follow the voice
        self._io = self._source.start()
        self._io.readyRead.connect(self._take)
        self._started = time.monotonic()
        self._timer.start()
        self._show_recording()
        return True

    def _take(self) -> None:
        if self._io is not None and self._note is not None:
            data = self._io.readAll().data()
            if data:
                self._last_level = self._note.write(data)

    def stop(self) -> None:
        """Stop recording and offer the note to listen to, send or discard."""
        if self._note is None:
            return
        self._take()
        self._source.stop()
        self._timer.stop()
        note, self._note = self._note, None
        self._source = self._io = None
        if note.seconds < MIN_SECONDS:
            note.discard()
            self.panel.hide()
            self.failed.emit(self.tr("The voice note was too short: hold on a little longer."))
            return
        path, mime = note.finish()
        self._finished = (str(path), mime)
        self._uncheck()
        self.status.setText(self.tr("Voice note %1").replace("%1", _clock(note.seconds)))
        self.level.hide()
        for button in (self.listen_button, self.send_button):
            button.show()
        self.discard_button.setText(self.tr("Discard"))

    def cancel(self) -> None:
        """While recording: stop and keep nothing."""
        if self._note is not None:
            self._source.stop()
            self._timer.stop()
            self._note.discard()
            self._note = self._source = self._io = None
        self._uncheck()
        self.panel.hide()

    # ---- the finished note -----------------------------------------------------------------------
    def listen(self) -> None:
        if self._finished is None:
            return
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(QAudioOutput(self._player))
            self._player.errorOccurred.connect(lambda _e, text: self.failed.emit(
                self.tr("The voice note could not be played: %1").replace("%1", text)))
        self._player.setSource(QUrl.fromLocalFile(self._finished[0]))
        self._player.play()

    def send(self) -> None:
        if self._finished is None:
            return
        path, mime = self._finished
        self._finished = None
        self.panel.hide()
        self.recorded.emit(path, mime)

    def discard(self) -> None:
        if self.recording:
            self.cancel()
            return
        self._drop_finished()
        self.panel.hide()

    def _drop_finished(self) -> None:
        if self._player is not None:
            self._player.stop()
        if self._finished is not None:
            Path(self._finished[0]).unlink(missing_ok=True)
            self._finished = None

    # ---- display ---------------------------------------------------------------------------------
    def _show_recording(self) -> None:
        self.button.setToolTip(self.tr("Stop recording"))
        self.level.show()
        self.listen_button.hide()
        self.send_button.hide()
        self.discard_button.setText(self.tr("Cancel"))
        self._tick()
        self.panel.show()

    def _tick(self) -> None:
        if self._note is None:
            return
        self._take()
        self.status.setText(self.tr("● Recording %1").replace("%1", _clock(self._note.seconds)))
        self.level.setValue(meter_percent(self._last_level))

    def _uncheck(self) -> None:
        self.button.blockSignals(True)
        self.button.setChecked(False)
        self.button.blockSignals(False)
        self.button.setToolTip(self.tr("Record a voice note"))
