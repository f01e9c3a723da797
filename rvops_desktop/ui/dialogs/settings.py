"""Settings (issue 16): the workspace's users and teams, for those who may manage them.

The pages (settings_users.py, settings_teams.py) list from the replica and follow it; each change
goes straight to the server (sync/administration.py), never through the outbox, and the server's
verdict is said under the form."""
from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from rvops_contract.wire import MutationType
from rvops_desktop.sync.administration import AdminRefused

from .settings_catalogue import LabelsPage, PropertiesPage
from .settings_chatbot import ChatbotPage
from .settings_common import Verdict, enter_in_form
from .settings_teams import TeamsPage
from .settings_templates import TemplatesPage
from .settings_users import UsersPage

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    finished_change = Signal(str)   # what was applied (tests and the log)

    def __init__(self, store, administration, me: dict, *, can_manage_users: bool, can_manage_teams: bool,
                 can_manage_properties: bool = False, can_manage_labels: bool = False,
                 can_manage_templates: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(860, 600)
        self._store, self._admin, self._me = store, administration, me
        self.tabs = QTabWidget(self)
        self.users: UsersPage | None = None
        self.teams: TeamsPage | None = None
        if can_manage_users:
            self.users = UsersPage(store, self._run, me, self, server_url=administration.server_url)
            self.tabs.addTab(self.users, self.tr("Users"))
        if can_manage_teams or can_manage_users:
            self.teams = TeamsPage(store, self._run, self, can_edit_teams=can_manage_users,
                                   can_route=can_manage_teams)
            self.tabs.addTab(self.teams, self.tr("Teams"))
        self.chatbot: ChatbotPage | None = None
        if can_manage_teams:
            from PySide6.QtCore import QCoreApplication
            app = QCoreApplication.instance()
            language = str(app.property("rvopsLanguage") or "pt_BR") if app is not None else "pt_BR"
            self.chatbot = ChatbotPage(store, self._run, administration, language.replace("_", "-"), self)
            self.tabs.addTab(self.chatbot, self.tr("Chatbot"))
        self.properties = PropertiesPage(store, self._run, self) if can_manage_properties else None
        self.labels = LabelsPage(store, self._run, self) if can_manage_labels else None
        self.templates = TemplatesPage(store, self._run, self) if can_manage_templates else None
        for page, title in ((self.properties, self.tr("Properties")), (self.labels, self.tr("Labels")),
                            (self.templates, self.tr("Templates"))):
            if page is not None:
                self.tabs.addTab(page, title)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.busy = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_in_form(self, event, getattr(self.tabs.currentWidget(), "save_button", None)):
            super().keyPressEvent(event)

    def replica_changed(self, change) -> None:
        if self.users is not None and (change.full or change.touched("users") or change.touched("teams")):
            self.users.reload()
        if self.teams is not None and (change.full or change.touched("teams") or change.touched("users")
                                       or change.touched("workspace")):
            self.teams.reload()
        for page, table in ((self.properties, "property_definitions"), (self.labels, "labels"),
                            (self.templates, "templates")):
            if page is not None and (change.full or change.touched(table)):
                page.reload()

    def _run(self, verdict: Verdict, type_: MutationType, args: dict, done: str, then=None) -> None:
        """Send one change; say the verdict under the form; `then(result)` after an acceptance."""
        if self.busy:
            return
        self.busy = True
        verdict.done(self.tr("Saving…"))

        async def send() -> None:
            try:
                result = await self._admin.apply(type_, **args)
            except AdminRefused as exc:
                log.info("settings: %s refused (%s)", type_, exc.reason)
                verdict.refused(exc)
            else:
                log.info("settings: %s applied", type_)
                verdict.done(done)
                if then is not None:
                    then(result)
                self.finished_change.emit(str(type_))
            finally:
                self.busy = False
        asyncio.ensure_future(send())
