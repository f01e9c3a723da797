"""Always visible: my status (online/away/offline) and the connection state."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QStatusBar, QWidget


class StatusBar(QStatusBar):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.presence = QComboBox(self)
        self.presence.setObjectName("presenceCombo")
        for value, label in (("online", self.tr("● Online")), ("away", self.tr("● Away")),
                             ("offline", self.tr("● Offline"))):
            self.presence.addItem(label, value)
        self.presence.setCurrentIndex(max(0, self.presence.findData(session.presence)))
        self.presence.currentIndexChanged.connect(lambda _i: session.set_presence(self.presence.currentData()))
        session.presenceChanged.connect(lambda s: self.presence.setCurrentIndex(self.presence.findData(s)))
        self.connection = QLabel(self)
        self.connection.setObjectName("connectionLabel")
        self.addPermanentWidget(self.presence)
        self.addPermanentWidget(self.connection)
        session.connectionChanged.connect(self._connection)
        state, pending = session.connection
        from ..services.session import _state_label
        self._connection(state, pending, _state_label(state, pending))

    def _connection(self, state: str, pending: int, label: str) -> None:
        self.connection.setText(label)
        color = {"online": "#1E8E3E", "syncing": "#2F80ED", "offline": "#D93025"}.get(state, "#6B7280")
        self.connection.setStyleSheet(f"color: {color};")
