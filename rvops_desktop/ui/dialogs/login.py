"""Sign in to a real server (URL, e-mail, password); remembers the server and the account."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..resources import icon
from ..services.login import LoginService

DEFAULT_SERVER = "http://127.0.0.1:8600"


class LoginDialog(QDialog):
    """`accepted` after a successful sign-in; then `session` and `user` hold the result."""

    def __init__(self, parent: QWidget | None = None, *, settings: QSettings | None = None,
                 notice: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Rvops"))
        self.setWindowIcon(icon("rvops"))
        self.settings = settings or QSettings("Rvops", "rvops-desktop")
        self.session = None
        self.user: dict | None = None
        self.server = QLineEdit(str(self.settings.value("login/server", DEFAULT_SERVER)), self)
        self.email = QLineEdit(str(self.settings.value("login/email", "")), self)
        self.email.setPlaceholderText("nome@empresa.com.br")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setObjectName("loginProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #D93025;")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        if notice:  # why we are here again (an expired session)
            self.problem.setText(notice)
        self.keychain = QLabel(self)
        self.keychain.setObjectName("loginKeychain")
        self.keychain.setWordWrap(True)
        self.keychain.setTextFormat(Qt.TextFormat.PlainText)
        from rvops_desktop.sync.credentials import keyring_available
        if not keyring_available():
            self.keychain.setText(self.tr("This computer has no password keychain (Secret Service, Keychain or "
                                          "Credential Manager): you stay signed in only until the app closes."))
        self.keychain.setVisible(bool(self.keychain.text()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.server)  # Alt+S, Alt+E, Alt+P reach each field
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keychain)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.service = LoginService(self)
        self.service.signedIn.connect(self._signed_in)
        self.service.failed.connect(self.problem.setText)
        self.service.busyChanged.connect(lambda busy: self.buttons.setEnabled(not busy))
        (self.password if self.email.text() else self.email).setFocus()
        self.resize(420, 0)

    def submit(self) -> None:
        if not self.server.text().strip() or not self.email.text().strip() or not self.password.text():
            self.problem.setText(self.tr("Fill in the server, your e-mail and your password."))
            return
        self.problem.setText("")
        self.service.sign_in(self.server.text(), self.email.text(), self.password.text())

    def _signed_in(self, session, user: dict) -> None:
        self.session, self.user = session, user
        self.settings.setValue("login/server", self.server.text().strip())
        self.settings.setValue("login/email", self.email.text().strip())
        self.settings.sync()
        self.accept()
