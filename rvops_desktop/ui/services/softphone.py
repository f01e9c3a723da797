"""The softphone for the window (S9): polled by a Qt timer on the GUI thread; its plain-Python
observer lists become Qt signals; a finished call is logged through the outbox (LOG_CALL)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
POLL_MS = 20


class SoftphoneService(QObject):
    callFailed = Signal(str)  # a sentence for the agent
    callStarted = Signal(str)  # the number dialled
    callChanged = Signal(object)  # the CallSession (state, duration, muted…)
    incoming = Signal(object)  # a ringing inbound CallSession
    callEnded = Signal(object)  # the CallRecord

    def __init__(self, softphone, actions=None, replica=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.softphone = softphone
        self._actions = actions
        self._replica = replica
        self.current = None
        softphone.on_call_state.connect(self._state)
        softphone.on_incoming_call.connect(self._incoming)
        softphone.on_call_ended.connect(self._ended)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        if self.softphone.running:
            self.softphone.poll()

    def call(self, number: str, *, conversation_id: str | None = None, contact_id: str | None = None) -> None:
        try:
            self.current = self.softphone.call(number, conversation_id=conversation_id)
        except Exception as exc:  # NumberError, SoftphoneUnavailable, CallError: all carry a sentence
            self.callFailed.emit(str(exc))
            return
        self.callStarted.emit(number)
        self.callChanged.emit(self.current)

    def _incoming(self, session) -> None:
        self.current = session
        self.incoming.emit(session)

    def answer(self) -> None:
        if self.current is not None:
            try:
                self.current.answer()
            except Exception as exc:
                self.callFailed.emit(str(exc))

    def hangup(self) -> None:
        if self.current is not None:
            try:
                self.current.hangup()
            except Exception as exc:
                self.callFailed.emit(str(exc))

    def _state(self, session) -> None:
        self.current = session
        self.callChanged.emit(session)

    def _ended(self, record) -> None:
        self.current = None
        self.callEnded.emit(record)
        if self._actions is not None:
            from rvops_desktop.calls import log_finished_call
            try:
                log_finished_call(self._actions, record, self._replica)
            except Exception:
                log.exception("could not log call %s", record.id)
