"""The banner above the inbox while the session is cut off (offline, or signed out by the server):
what still works and what waits. Its strings keep the "MainWindow" translation context."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from rvops_desktop.sync.state import ConnectionState


class OfflineBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("background: #FCE8B2; color: #3C2F00; padding: 6px 12px;")
        self.hide()

    def show_connection(self, cut_off: bool, state: str, pending: int) -> None:
        """Shown while `cut_off`: "signed_out" asks to sign in again, anything else is offline."""
        if not cut_off:
            self.hide()
            return
        if state == ConnectionState.SIGNED_OUT:
            text = QCoreApplication.translate(
                "MainWindow", "Your session is no longer valid: sign in again. What you wrote is kept.")
        else:
            text = QCoreApplication.translate(
                "MainWindow", "You are offline. You can read and search what is on this computer; what you "
                "write is sent when the connection returns (%1 waiting).").replace("%1", str(pending))
        self.setText(text)
        self.show()
