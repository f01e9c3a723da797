"""An invite's code, shown once to the administrator who made it (Settings ▸ Users, issue 16): the
text to send the new user — the server's address, their e-mail, the code and until when it works —
with a button that copies it. The server keeps only a hash of the code: closed, it is gone (a new
invite makes another)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..local_time import clock_time, short_date
from ..plain_text import plain


class InviteCodeDialog(QDialog):
    def __init__(self, *, name: str, email: str, server_url: str, code: str, expires_at: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        until = f"{short_date(expires_at)} {clock_time(expires_at)}".strip()
        self.setWindowTitle(self.tr("Invite for %1").replace("%1", name))
        explanation = QLabel(self.tr("Send this to %1. The code works once, until %2. It is not shown again: copy "
                                     "it now (a new invite makes another).").replace("%1", name).replace("%2", until),
                             self)
        plain(explanation)
        explanation.setWordWrap(True)
        self.code_label = QLabel(code, self)
        self.code_label.setObjectName("inviteCode")
        plain(self.code_label)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.code_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.message = QPlainTextEdit(self)
        self.message.setObjectName("inviteMessage")
        self.message.setReadOnly(True)
        self.message.setAccessibleName(self.tr("The text to send"))
        self.message.setPlainText(
            self.tr("%1, you are invited to Rvops.\n\nServer: %2\nE-mail: %3\nInvite code: %4 (valid until %5)\n\n"
                    "Open Rvops, choose “I have an invite”, type these in and choose your password.")
            .replace("%1", name).replace("%2", server_url).replace("%3", email).replace("%4", code)
            .replace("%5", until))
        self.copied = QLabel(self)
        plain(self.copied)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.code_label)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.copy_button.setFocus()
        self.resize(480, 320)

    def copy(self) -> None:
        """The text to send, on the clipboard."""
        QGuiApplication.clipboard().setText(self.message.toPlainText())
        self.copied.setText(self.tr("Copied: paste it in an e-mail or a message to them."))
