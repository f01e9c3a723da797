"""Settings ▸ Users (issue 16): create with a first password or an invite, name, role, permission
flags, teams, capacity and SIP extension; deactivate / reactivate; reset a password; a new invite
for who has not accepted theirs (manage users). An invite's code is shown once (invite_code.py)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.permissions import ROLE_PERMISSIONS, Permission
from rvops_contract.wire import MIN_PASSWORD_LENGTH, MutationType
from rvops_desktop.models.administration import (
    UserForm,
    create_user_args,
    permissions_offered,
    roles_offered,
    update_user_args,
)

from ..local_time import clock_time, short_date
from ..plain_text import plain_tooltip
from ..theme import colors
from .invite_code import InviteCodeDialog
from .settings_common import (
    PERMISSION_NAMES,
    ROLE,
    ROLE_NAMES,
    Verdict,
    fill_checks,
    list_beside_form,
    record_list,
    said,
)


class UsersPage(QWidget):
    def __init__(self, store, run, me: dict, parent: QWidget | None = None, *, server_url: str = "") -> None:
        super().__init__(parent)
        self._store, self._run, self._me = store, run, me
        self._server_url = server_url   # in the text an invitee receives
        self.invite_dialog: InviteCodeDialog | None = None
        self._editing: str | None = None   # the user id, None for a new user
        self._before: UserForm | None = None
        self._creating = False
        self.list = record_list(self, self.tr("Users"), self._load, "userList")
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.role = QComboBox(self)
        names = said(ROLE_NAMES)
        for role in roles_offered(me):
            self.role.addItem(names[role], role)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 200)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.sip_extension = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least %1 characters").replace("%1", str(MIN_PASSWORD_LENGTH)))
        self.password_label = QLabel(self.tr("First password"), self)
        self.invite = QCheckBox(self.tr("Send an &invite: they choose their own password"), self)
        self.invite.toggled.connect(self._invite_toggled)
        self.permissions: dict[Permission, QCheckBox] = {}
        offered = permissions_offered(me)
        perms_box = QGroupBox(self.tr("Permissions"), self)
        grid = QGridLayout(perms_box)
        for i, (permission, label) in enumerate(said(PERMISSION_NAMES).items()):
            box = QCheckBox(label, perms_box)
            box.setEnabled(permission in offered)
            if permission not in offered:
                box.setToolTip(self.tr("You cannot hand out a permission you do not hold."))
            self.permissions[permission] = box
            grid.addWidget(box, i // 2, i % 2)
        self.teams_box = QGroupBox(self.tr("Teams"), self)
        self.team_checks: dict[str, QCheckBox] = {}
        QVBoxLayout(self.teams_box)
        form = QFormLayout()
        form.addRow(self.tr("N&ame"), self.name)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Capacity (open conversations)"), self.capacity)
        form.addRow(self.tr("SIP extension"), self.sip_extension)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.invite)
        self.verdict = Verdict(self)
        self.verdict.setObjectName("userVerdict")
        self.new_button = QPushButton(self.tr("&New user"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.reinvite_button = QPushButton(self.tr("New in&vite"), self)
        self.reinvite_button.setToolTip(self.tr("A new invite code for who has not accepted theirs: the old one "
                                                "stops working."))
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.reinvite_button.clicked.connect(self.reissue_invite)
        list_beside_form(self, self.list, [form, perms_box, self.teams_box, self.verdict],
                         [self.new_button, self.save_button, self.active_button, self.reset_button,
                          self.reinvite_button])
        self.reload()

    # ---- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self._editing
        names = said(ROLE_NAMES)
        self.list.blockSignals(True)
        self.list.clear()
        for user in self._store.users():
            text = f"{user.name or user.email}  ·  {names.get(user.role or '', user.role or '')}"
            if not user.active:
                text += "  ·  " + self.tr("deactivated")
            invited = user.invite_pending
            if invited:
                text += "  ·  " + self.tr("invite pending")
            item = QListWidgetItem(text)
            if invited:
                until = (user.extra or {}).get("invite_expires_at")
                item.setToolTip(plain_tooltip(self.tr("Has not accepted the invite; its code works until %1.")
                                              .replace("%1", f"{short_date(until)} {clock_time(until)}")))
            item.setData(ROLE, user.id)
            if not user.active:
                item.setForeground(colors().muted)
            self.list.addItem(item)
            if user.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.team_checks = fill_checks(self.teams_box, [(team.id, team.name or team.id) for team in self._store.teams()])
        if keep is not None and self.list.currentItem() is not None:
            self._load(keep, reloaded=True)
        elif keep is None and not self._creating:
            first = self.list.item(0)
            if first is not None:
                self.list.setCurrentItem(first)

    def _load(self, user_id: str | None, *, reloaded: bool = False) -> None:
        """Show `user_id`'s record; `reloaded`: the same user, fresh from the replica (what the
        server just said stays under the form)."""
        user = self._store.user(user_id) if user_id else None
        if user is None:
            return
        self._creating = False
        self._editing, self._before = user.id, UserForm.of(user)
        self._show(self._before, new=False)
        self.active_button.setText(self.tr("&Deactivate") if user.active else self.tr("Re&activate"))
        self.active_button.setEnabled(user.id != self._me.get("id"))
        self.reset_button.setEnabled(True)
        self.reinvite_button.setEnabled(user.invite_pending)
        if not reloaded:
            self.verdict.done("")

    def _show(self, form: UserForm, *, new: bool) -> None:
        self.name.setText(form.name)
        self.email.setText(form.email)
        self.email.setReadOnly(not new)   # the sign-in name: set once
        index = self.role.findData(form.role)
        self.role.blockSignals(True)
        self.role.setCurrentIndex(index if index >= 0 else self.role.count() - 1)
        self.role.blockSignals(False)
        for permission, box in self.permissions.items():
            box.setChecked(permission in form.permissions)
        for team_id, box in self.team_checks.items():
            box.setChecked(team_id in form.team_ids)
        self.capacity.setValue(form.capacity or 0)
        self.sip_extension.setText(form.sip_extension)
        self.password.clear()
        self.invite.setChecked(False)
        self.password.setVisible(new)
        self.password_label.setVisible(new)
        self.invite.setVisible(new)

    def form(self) -> UserForm:
        return UserForm(self.name.text(), self.email.text().strip(), self.role.currentData() or "agent",
                        frozenset(p for p, box in self.permissions.items() if box.isChecked()),
                        frozenset(t for t, box in self.team_checks.items() if box.isChecked()),
                        self.capacity.value() or None, self.sip_extension.text())

    def _role_changed(self) -> None:
        """A new role brings its own flags (the administrator may then add or take away single ones)."""
        role_flags = ROLE_PERMISSIONS.get(self.role.currentData() or "agent", frozenset())
        for permission, box in self.permissions.items():
            box.setChecked(permission in role_flags)

    # ---- changing --------------------------------------------------------------------------------
    def new(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.blockSignals(False)
        self._editing, self._before, self._creating = None, None, True
        self._show(UserForm(), new=True)
        self.active_button.setEnabled(False)
        self.reset_button.setEnabled(False)
        self.reinvite_button.setEnabled(False)
        self.verdict.done(self.tr("A new user: they sign in with this e-mail and the first password, or accept an "
                                  "invite and choose theirs."))
        self.name.setFocus()

    def save(self) -> None:
        form = self.form()
        if not form.name.strip() or not form.email.strip():   # said here, in the admin's words: nothing sent
            self.verdict.problem(self.tr("Fill in the name and the e-mail."))
            return
        if self._editing is None and self.invite.isChecked():
            self._run(self.verdict, MutationType.CREATE_USER, create_user_args(form, None),
                      self.tr("%1 is invited: send them the code.").replace("%1", form.name.strip()),
                      lambda result: self._created(result, form))
            return
        if self._editing is None:
            self._run(self.verdict, MutationType.CREATE_USER, create_user_args(form, self.password.text()),
                      self.tr("%1 can sign in now.").replace("%1", form.name.strip()), self._created)
            return
        args = update_user_args(self._editing, self._before or form, form)
        if not args:
            self.verdict.done(self.tr("Nothing changed."))
            return
        self._run(self.verdict, MutationType.UPDATE_USER, args, self.tr("Saved."))

    def _created(self, result: dict, invited: UserForm | None = None) -> None:
        self._editing = result.get("user_id") or result.get("id")
        self.password.clear()
        if invited is not None:
            self._show_code(invited.name.strip(), invited.email.strip(), result)

    def _invite_toggled(self, inviting: bool) -> None:
        """An invite: no first password (the user chooses theirs)."""
        if inviting:
            self.password.clear()
        self.password.setEnabled(not inviting)

    def reissue_invite(self) -> None:
        user = self._store.user(self._editing) if self._editing else None
        if user is None:
            return
        self._run(self.verdict, MutationType.REISSUE_INVITE, {"user_id": user.id},
                  self.tr("A new invite for %1: the code before no longer works.").replace("%1", user.name or ""),
                  lambda result: self._show_code(user.name or "", user.email or "", result))

    def _show_code(self, name: str, email: str, result: dict) -> None:
        """The code the server answered with, once (a replayed answer has none: nothing to show)."""
        if not result.get("invite_code"):
            return
        if self.invite_dialog is not None:
            self.invite_dialog.close()
        self.invite_dialog = InviteCodeDialog(name=name, email=email, server_url=self._server_url,
                                              code=result["invite_code"], expires_at=result.get("invite_expires_at"),
                                              parent=self)
        self.invite_dialog.open()

    def toggle_active(self) -> None:
        user = self._store.user(self._editing) if self._editing else None
        if user is None:
            return
        if user.active:
            self._run(self.verdict, MutationType.DEACTIVATE_USER, {"user_id": user.id},
                      self.tr("%1 is deactivated: signed out everywhere; their open conversations went back "
                              "to routing.").replace("%1", user.name or ""))
        else:
            self._run(self.verdict, MutationType.REACTIVATE_USER, {"user_id": user.id},
                      self.tr("%1 can sign in again.").replace("%1", user.name or ""))

    def reset_password(self, password: str | None = None) -> None:
        user = self._store.user(self._editing) if self._editing else None
        if user is None:
            return
        if not password:
            password, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                                self.tr("New password for %1:").replace("%1", user.name or ""),
                                                QLineEdit.EchoMode.Password)
            if not ok or not password:
                return
        self._run(self.verdict, MutationType.RESET_PASSWORD, {"user_id": user.id, "new_password": password},
                  self.tr("Password reset; %1 was signed out everywhere.").replace("%1", user.name or ""))
