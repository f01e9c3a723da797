"""The microphone's level, for the softphone settings: agents check their headset before a shift.

`MicLevel` reads the chosen input device (by name, the default when missing) with QtMultimedia
while the settings are open and says its level in dBFS about ten times a second."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QAudioSource, QMediaDevices

from rvops_desktop.voip.audio_port import SILENCE_DBFS, level_dbfs

from .call_audio import _find, _format

log = logging.getLogger(__name__)
WINDOW_BYTES = 3200  # 100 ms at 16 kHz mono 16-bit


class MicLevel(QObject):
    level = Signal(float)  # dBFS of the last 100 ms

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: QAudioSource | None = None
        self._io = None
        self._pending = b""
        self.device_name = ""

    def listen(self, device_name: str) -> None:
        """Measure `device_name` ("" = the system default) from now on."""
        self.stop()
        device = _find(QMediaDevices.audioInputs(), device_name, QMediaDevices.defaultAudioInput())
        if device.isNull():
            self.level.emit(SILENCE_DBFS)
            return
        self.device_name = device.description()
        self._source = QAudioSource(device, _format(), self)
        self._io = self._source.start()
        self._io.readyRead.connect(self._read)

    def _read(self) -> None:
        if self._io is None:
            return
        self._pending += self._io.readAll().data()
        while len(self._pending) >= WINDOW_BYTES:
            window, self._pending = self._pending[:WINDOW_BYTES], self._pending[WINDOW_BYTES:]
            self.level.emit(level_dbfs(window))

    def stop(self) -> None:
        if self._source is not None:
            self._source.stop()
            self._source.deleteLater()
        self._source = self._io = None
        self._pending = b""
