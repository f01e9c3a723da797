"""Hands numbers to the softphone (S9); its errors become sentences on a signal."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 20


class SoftphoneService(QObject):
    callFailed = Signal(str)
    callStarted = Signal(str)  # the number dialled

    def __init__(self, softphone, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.softphone = softphone
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(lambda: softphone.poll() if softphone.running else None)
        self._timer.start()

    def call(self, number: str, *, conversation_id: str | None = None, contact_id: str | None = None) -> None:
        try:
            self.softphone.call(number, conversation_id=conversation_id)
        except Exception as exc:  # NumberError, SoftphoneUnavailable, CallError: all carry a sentence
            self.callFailed.emit(str(exc))
            return
        self.callStarted.emit(number)
