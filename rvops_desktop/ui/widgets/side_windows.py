"""The windows that stay beside the inbox (not modal, one of each, raised when asked again):
Settings, Supervision and the contacts directory. A mixin of MainWindow, which it reaches through
`session`, `replica`, `bridge` and its conversation actions."""
from __future__ import annotations

from PySide6.QtCore import Qt

from rvops_contract.permissions import Permission

# who sees Tools ▸ Settings: anyone who may manage one of its pages
SETTINGS_PERMISSIONS = (Permission.MANAGE_USERS, Permission.MANAGE_DISTRIBUTION, Permission.MANAGE_PROPERTIES,
                        Permission.MANAGE_LABELS, Permission.MANAGE_TEMPLATES)


class SideWindows:
    def _beside(self, attribute: str, make):
        """The window kept in `attribute`: raised if open, else made by `make()` and shown, and
        forgotten when it closes (deleted on close)."""
        dialog = getattr(self, attribute, None)
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, attribute, None))
        setattr(self, attribute, dialog)
        dialog.show()
        return dialog

    def settings(self):
        """The workspace's settings, a page per permission the user holds (not modal: the inbox goes on)."""
        can = self.session.can
        if not any(can(p) for p in SETTINGS_PERMISSIONS) or self.session.engine is None:
            return None

        def make():
            from rvops_desktop.sync.administration import Administration

            from ..dialogs.settings import SettingsDialog
            dialog = SettingsDialog(
                self.replica.store, Administration(self.session.engine.client), self.session.me,
                can_manage_users=can(Permission.MANAGE_USERS), can_manage_teams=can(Permission.MANAGE_DISTRIBUTION),
                can_manage_properties=can(Permission.MANAGE_PROPERTIES), can_manage_labels=can(Permission.MANAGE_LABELS),
                can_manage_templates=can(Permission.MANAGE_TEMPLATES), parent=self)
            self.bridge.changed.connect(dialog.replica_changed)
            return dialog
        return self._beside("settings_dialog", make)

    def supervision(self):
        """The supervisor's dashboard (those who see every conversation): the queues by waiting time,
        the agents' load, assigning from the queue. Kept current until closed."""
        if not self.session.can(Permission.SEE_ALL_CONVERSATIONS):
            return None

        def make():
            from ..dialogs.supervision import SupervisionDialog
            dialog = SupervisionDialog(self.replica.store, self.session.actions, self.session.clock, self)
            self.bridge.changed.connect(dialog.replica_changed)
            dialog.openRequested.connect(self.open_conversation)
            return dialog
        return self._beside("supervision_dialog", make)

    @property
    def contacts_directory(self):
        """The replica's contacts, searched by the directory and the New conversation dialog (one, kept)."""
        if getattr(self, "_contacts_directory", None) is None:
            from rvops_desktop.models.contacts_directory import ContactsDirectory
            self._contacts_directory = ContactsDirectory(self.replica)
        return self._contacts_directory

    def contacts(self):
        """The contacts directory (File › Contacts…, Ctrl+Shift+O): a conversation opened from it
        shows in the inbox while the directory stays."""
        def make():
            from ..dialogs.contacts import ContactsDialog
            dialog = ContactsDialog(self.session, self.contacts_directory, self)
            dialog.setWindowFlag(Qt.WindowType.Window)
            dialog.setModal(False)
            dialog.openConversation.connect(self._open_from_directory)
            dialog.startConversation.connect(lambda contact_id: self.start_conversation(
                self.replica.store.contact(contact_id)))
            dialog.callRequested.connect(self.call_number)
            if getattr(self, "call_gate", None) is not None:
                self.call_gate.add(dialog.panel.call_button)
            return dialog
        return self._beside("contacts_dialog", make)

    def _open_from_directory(self, conversation_id: str) -> None:
        self.open_conversation(conversation_id)
        self.raise_()
        self.activateWindow()
