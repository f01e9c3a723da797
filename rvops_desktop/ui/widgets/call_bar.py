"""The call bar above the thread: who, state, duration, Hang up — visible while a call lasts."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..resources import icon


class CallBar(QWidget):
    def __init__(self, service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callBar")
        self._service = service
        self.label = QLabel(self)
        self.hangup_button = QPushButton(icon("call"), self.tr("Hang up"), self)
        self.hangup_button.clicked.connect(service.hangup)
        self.answer_button = QPushButton(icon("call"), self.tr("Answer"), self)
        self.answer_button.clicked.connect(service.answer)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.answer_button)
        layout.addWidget(self.hangup_button)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(lambda: self.show_call(service.current))
        service.callChanged.connect(self.show_call)
        service.callEnded.connect(lambda _record: self.show_call(None))
        service.callFailed.connect(self._failed)
        service.incoming.connect(self.show_call)
        self.hide()

    def show_call(self, session) -> None:
        if session is None or str(session.state) == "ended":
            self._timer.stop()
            self.hide()
            return
        seconds = int(session.duration or 0)
        states = {"calling": self.tr("Calling…"), "ringing": self.tr("Ringing…"),
                  "connecting": self.tr("Connecting…"), "connected": self.tr("In call")}
        self.answer_button.setVisible(str(session.state) == "ringing")
        name = getattr(session.contact, "name", None) if session.contact is not None else None
        self.label.setText(f"{name or ''}  {states.get(str(session.state), str(session.state))}  {session.number}  "
                           f"{seconds // 60}:{seconds % 60:02d}")
        self._timer.start()
        self.show()

    def _failed(self, sentence: str) -> None:
        self.label.setText(sentence)
        self.show()
        QTimer.singleShot(8000, self, self.hide)
