"""Sign in to a real server (URL, e-mail, password), or accept an invite (its code and a new password,
twice) and be signed in; remembers the server and the account."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.wire import MIN_PASSWORD_LENGTH

from ..resources import icon
from ..services.login import LoginService
from .buttons import ok_cancel
from .fit import fit_height

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
        self.invite_code = QLineEdit(self)   # the invite form: the code, the new password twice
        self.invite_code.setPlaceholderText("K7QX-M2PA-9RTW")
        self.new_password = QLineEdit(self)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(self.tr("At least %1 characters").replace("%1", str(MIN_PASSWORD_LENGTH)))
        self.repeat_password = QLineEdit(self)
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.inviting = False
        self.invite_toggle = QPushButton(self.tr("I &have an invite"), self)
        self.invite_toggle.setObjectName("inviteToggle")
        self.invite_toggle.setFlat(True)
        self.invite_toggle.setAutoDefault(False)   # Enter still signs in (or accepts the invite)
        self.invite_toggle.clicked.connect(self._toggle_inviting)
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
        self.buttons = ok_cancel(self, self.tr("Sign in"), self.submit)
        self.form = form = QFormLayout()
        form.addRow(self.tr("&Server"), self.server)  # Alt+S, Alt+E, Alt+P reach each field
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("Invite &code"), self.invite_code)
        form.addRow(self.tr("&New password"), self.new_password)
        form.addRow(self.tr("&Repeat the new password"), self.repeat_password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.invite_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.keychain)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.service = LoginService(self)
        self.service.signedIn.connect(self._signed_in)
        self.service.failed.connect(self.problem.setText)
        self.service.busyChanged.connect(lambda busy: self.buttons.setEnabled(not busy))
        self.set_inviting(False)
        (self.password if self.email.text() else self.email).setFocus()
        fit_height(self, 420)

    def set_inviting(self, inviting: bool) -> None:
        """The invite form (code, new password twice) in place of the password, or back."""
        self.inviting = inviting
        self.form.setRowVisible(self.password, not inviting)
        for field in (self.invite_code, self.new_password, self.repeat_password):
            self.form.setRowVisible(field, inviting)
        self.invite_toggle.setText(self.tr("I have a &password") if inviting else self.tr("I &have an invite"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Accept the invite and sign in") if inviting else self.tr("Sign in"))
        if inviting:
            (self.invite_code if self.email.text() else self.email).setFocus()
        if self.isVisible():
            fit_height(self, self.width())  # three rows more, or fewer

    def _toggle_inviting(self) -> None:
        self.problem.setText("")
        self.set_inviting(not self.inviting)

    def submit(self) -> None:
        if self.inviting:
            self._accept_invite()
            return
        if not self.server.text().strip() or not self.email.text().strip() or not self.password.text():
            self.problem.setText(self.tr("Fill in the server, your e-mail and your password."))
            return
        self.problem.setText("")
        self.service.sign_in(self.server.text(), self.email.text(), self.password.text())

    def _accept_invite(self) -> None:
        password = self.new_password.text()
        if not all((self.server.text().strip(), self.email.text().strip(), self.invite_code.text().strip(), password)):
            self.problem.setText(self.tr("Fill in the server, your e-mail, the invite code and a new password."))
        elif len(password) < MIN_PASSWORD_LENGTH:
            self.problem.setText(self.tr("The new password needs at least %1 characters.")
                                 .replace("%1", str(MIN_PASSWORD_LENGTH)))
        elif password != self.repeat_password.text():
            self.problem.setText(self.tr("The two passwords differ: type the same new password twice."))
        else:
            self.problem.setText("")
            self.service.accept_invite(self.server.text(), self.email.text(), self.invite_code.text(), password)

    def _signed_in(self, session, user: dict) -> None:
        self.session, self.user = session, user
        self.settings.setValue("login/server", self.server.text().strip())
        self.settings.setValue("login/email", self.email.text().strip())
        self.settings.sync()
        self.accept()
