"""Record a voice note with QtMultimedia (press to start, press again to stop and send)."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from ..resources import icon


class VoiceRecorder(QObject):
    recorded = Signal(str)  # path of the finished recording
    failed = Signal(str)  # a sentence for the agent

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.button = QToolButton(parent)
        self.button.setIcon(icon("mic"))
        self.button.setToolTip(self.tr("Record a voice note"))
        self.button.setAutoRaise(True)
        self.button.setCheckable(True)
        self.button.toggled.connect(self._toggle)
        self._recorder = None
        self._session = None
        self._path: Path | None = None

    def _ensure(self) -> bool:
        if self._recorder is not None:
            return True
        try:
            from PySide6.QtMultimedia import QAudioInput, QMediaCaptureSession, QMediaDevices, QMediaRecorder
        except ImportError:
            return False
        if QMediaDevices.defaultAudioInput().isNull():
            return False
        self._session = QMediaCaptureSession(self)
        self._session.setAudioInput(QAudioInput(self))
        self._recorder = QMediaRecorder(self)
        self._session.setRecorder(self._recorder)
        self._recorder.recorderStateChanged.connect(self._state_changed)
        self._recorder.errorOccurred.connect(lambda _e, text: self.failed.emit(
            self.tr("The voice note could not be recorded: %1").replace("%1", text)))
        return True

    def _toggle(self, on: bool) -> None:
        if on:
            if not self._ensure():
                self.button.setChecked(False)
                self.failed.emit(self.tr("No microphone was found: connect one to record voice notes."))
                return
            self._path = Path(tempfile.gettempdir()) / f"rvops-voice-{int(time.time() * 1000)}.ogg"
            self._recorder.setOutputLocation(QUrl.fromLocalFile(str(self._path)))
            self._recorder.record()
            self.button.setToolTip(self.tr("Stop and send the voice note"))
        elif self._recorder is not None:
            self._recorder.stop()
            self.button.setToolTip(self.tr("Record a voice note"))

    def _state_changed(self, state) -> None:
        from PySide6.QtMultimedia import QMediaRecorder
        if state == QMediaRecorder.RecorderState.StoppedState and self._path is not None:
            location = self._recorder.actualLocation().toLocalFile() or str(self._path)
            self._path = None
            if Path(location).exists():
                self.recorded.emit(location)
