"""Settings ▸ Teams (issue 16): their name, members, business hours and away message (manage
users), and how each team and the workspace distribute new conversations (manage distribution)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.permissions import takes_conversations
from rvops_contract.wire import MAX_AWAY_MESSAGE, MutationType
from rvops_desktop.models.administration import TeamForm, team_args

from ..widgets.weekly_hours import WeeklyHoursEditor
from .settings_common import (
    METHOD_NAMES,
    ROLE,
    Verdict,
    action_buttons,
    button_row,
    fill_checks,
    record_list,
    said,
)

METHOD_SETTLES_MS = 700


class TeamsPage(QWidget):
    """Teams: their name and members are user administration (manage users); how each team and the
    workspace distribute is routing (manage distribution), so a supervisor changes only that."""

    def __init__(self, store, run, parent: QWidget | None = None, *, can_edit_teams: bool = True,
                 can_route: bool = True) -> None:
        super().__init__(parent)
        self._store, self._run, self.can_edit_teams = store, run, can_edit_teams
        self._editing: str | None = None
        self._before: TeamForm | None = None
        self._creating = False
        self.workspace_method = QComboBox(self)
        self.workspace_method.setObjectName("workspaceMethod")
        for value, label in said(METHOD_NAMES).items():
            self.workspace_method.addItem(label, value)
        # Applied once the choice settles: typing a method's name walks the list item by item (each
        # one "activated"), and the workspace must not switch to every method on the way.
        self.method_settles = QTimer(self)
        self.method_settles.setSingleShot(True)
        self.method_settles.setInterval(METHOD_SETTLES_MS)
        self.method_settles.timeout.connect(self._set_workspace_method)
        self.workspace_method.activated.connect(lambda _i: self.method_settles.start())
        self.list = record_list(self, self.tr("Teams"), self._load, "teamList")
        self.name = QLineEdit(self)
        self.method = QComboBox(self)
        self.method.addItem(self.tr("The workspace's method"), None)
        for value, label in said(METHOD_NAMES).items():
            self.method.addItem(label, value)
        self.members_box = QGroupBox(self.tr("Members"), self)
        self.member_checks: dict[str, QCheckBox] = {}
        QVBoxLayout(self.members_box).setAlignment(Qt.AlignmentFlag.AlignTop)
        self.hours_box = QGroupBox(self.tr("Business hours"), self)
        self.hours = WeeklyHoursEditor(self.hours_box)
        self.away = QPlainTextEdit(self.hours_box)
        self.away.setObjectName("awayMessage")
        self.away.setAccessibleName(self.tr("Away message"))
        self.away.setPlaceholderText(self.tr("Sent once to a customer who writes while the team is closed "
                                             "(empty: nothing is sent)."))
        self.away.setMaximumHeight(64)
        self.away.setTabChangesFocus(True)
        hours_layout = QVBoxLayout(self.hours_box)
        hours_layout.addWidget(self.hours)
        hours_layout.addWidget(QLabel(self.tr("Away message"), self.hours_box))
        hours_layout.addWidget(self.away)
        self.verdict = Verdict(self)
        self.verdict.setObjectName("teamVerdict")
        self.new_button, self.save_button, self.delete_button = action_buttons(
            self, (self.tr("&New team"), self.new), (self.tr("&Save"), self.save), (self.tr("&Delete"), self.delete))
        for widget in (self.name, self.members_box, self.hours_box, self.new_button, self.delete_button):
            widget.setEnabled(can_edit_teams)
            if not can_edit_teams:
                widget.setToolTip(self.tr("Names, members and hours: with the \"manage users\" permission. "
                                          "You may change how each team distributes."))
        self.workspace_method.setEnabled(can_route)
        self.method.setEnabled(can_route)
        top = QFormLayout()
        top.addRow(self.tr("&Workspace distribution method"), self.workspace_method)   # Alt+W
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Distribution"), self.method)
        right = QVBoxLayout()
        right.addLayout(form)
        boxes = QHBoxLayout()
        boxes.addWidget(self.members_box, 2)
        boxes.addWidget(self.hours_box, 3)
        right.addLayout(boxes)
        right.addWidget(self.verdict)
        right.addStretch(1)
        right.addLayout(button_row((self.new_button, self.save_button, self.delete_button)))
        columns = QHBoxLayout()
        columns.addWidget(self.list, 1)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        self.reload()

    def reload(self) -> None:
        workspace = self._store.workspace()
        method = getattr(workspace, "distribution_method", None)
        index = self.workspace_method.findData(method)
        if index >= 0 and not self.method_settles.isActive():   # never under a choice being made
            self.workspace_method.setCurrentIndex(index)
        keep = self._editing
        self.list.blockSignals(True)
        self.list.clear()
        for team in self._store.teams():
            item = QListWidgetItem(self.tr("%1  ·  %2 members").replace("%1", team.name or team.id)
                                   .replace("%2", str(len(team.member_ids or ()))))
            item.setData(ROLE, team.id)
            self.list.addItem(item)
            if team.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.member_checks = fill_checks(self.members_box, [
            (user.id, user.name or user.email or user.id) for user in self._store.users()
            if takes_conversations(user.role, user.active)])
        if keep is not None:
            self._load(keep, reloaded=True)
        elif self.list.count() and not self._creating:
            self.list.setCurrentRow(0)

    def _load(self, team_id: str | None, *, reloaded: bool = False) -> None:
        team = next((t for t in self._store.teams() if t.id == team_id), None) if team_id else None
        if team is None:
            return
        self._creating = False
        self._editing, self._before = team.id, TeamForm.of(team)
        self._show(self._before)
        self.delete_button.setEnabled(self.can_edit_teams)
        if not reloaded:
            self.verdict.done("")

    def _show(self, form: TeamForm) -> None:
        self.name.setText(form.name)
        index = self.method.findData(form.distribution_method)
        self.method.setCurrentIndex(max(index, 0))
        for user_id, box in self.member_checks.items():
            box.setChecked(user_id in form.member_ids)
        self.hours.set_hours(form.business_hours)
        self.away.setPlainText(form.away_message)

    def form(self) -> TeamForm:
        return TeamForm(self.name.text(), frozenset(u for u, box in self.member_checks.items() if box.isChecked()),
                        self.method.currentData(), self._editing or "", self.hours.hours(),
                        self.away.toPlainText()[:MAX_AWAY_MESSAGE])

    def new(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.blockSignals(False)
        self._editing, self._before, self._creating = None, None, True
        self._show(TeamForm())
        self.delete_button.setEnabled(False)
        self.verdict.done(self.tr("A new team: name it, choose its members, how it distributes and its hours."))
        self.name.setFocus()

    def save(self) -> None:
        form = self.form()
        args = team_args(self._editing, self._before, form)
        if args and not self.can_edit_teams:   # routing only: the team's method
            if form.distribution_method is None:
                self.verdict.done(self.tr("Choose how this team distributes."))
                return
            self._run(self.verdict, MutationType.SET_DISTRIBUTION_METHOD,
                      {"method": form.distribution_method, "team_id": self._editing}, self.tr("Saved."))
            return
        if not args:
            self.verdict.done(self.tr("Nothing changed."))
            return
        if self._editing is None:
            self._run(self.verdict, MutationType.CREATE_TEAM, args,
                      self.tr("Team %1 created.").replace("%1", form.name.strip()),
                      lambda result: setattr(self, "_editing", result.get("team_id") or result.get("id")))
        else:
            self._run(self.verdict, MutationType.UPDATE_TEAM, args, self.tr("Saved."))

    def delete(self) -> None:
        if self._editing is None:
            return
        self._run(self.verdict, MutationType.DELETE_TEAM, {"team_id": self._editing}, self.tr("Team deleted."),
                  lambda _r: setattr(self, "_editing", None))

    def hideEvent(self, event: QHideEvent) -> None:
        if self.method_settles.isActive():   # the dialog closes on a choice: it counts
            self.method_settles.stop()
            self._set_workspace_method()
        super().hideEvent(event)

    def _set_workspace_method(self) -> None:
        chosen = self.workspace_method.currentData()
        if chosen == getattr(self._store.workspace(), "distribution_method", None):
            return   # back where it was: nothing to change
        self._run(self.verdict, MutationType.SET_DISTRIBUTION_METHOD,
                  {"method": chosen},
                  self.tr("New conversations are distributed this way from now on."))
