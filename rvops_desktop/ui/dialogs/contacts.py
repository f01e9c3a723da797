"""The contacts directory (issue 18; File › Contacts…, Ctrl+Shift+O): every contact of the replica,
found as the agent types (offline too), and a contact's page — its properties typed by their
definitions (the contact panel's editors), tags, owner, deals, companies, tasks, conversations and
calls — with New contact, Merge (with the `merge_contacts` permission) and Start conversation.

Every write goes through the outbox (queued offline); the server's refusal comes back here in the
agent's language. The rules — the search, the phone, the merge — live in models/ and the contract.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.permissions import Permission
from rvops_contract.phones import shown
from rvops_contract.wire import ConversationStatus, Direction, channel_name
from rvops_desktop.models.contacts_directory import ContactsDirectory, parse_tags

from ..local_time import short_date
from ..plain_text import plain
from ..qt_models.contacts_model import ContactsListModel, EntryRole
from ..theme import colors
from ..widgets.contact_panel import ContactPanel
from ..widgets.empty_state import ListWithEmptyText
from .buttons import ok_cancel
from .new_contact import NewContactDialog

# the mutations whose refusal this window says (others are the main window's)
OWN_MUTATIONS = frozenset({"create_contact", "merge_contacts", "update_contact", "create_deal",
                           "create_company", "create_task", "update_deal", "update_task"})


class MergeDialog(QDialog):
    """Pick the duplicate to fold into `keep`: it goes, with everything of it moved to `keep`."""

    def __init__(self, directory: ContactsDirectory, keep_id: str, keep_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a duplicate into %1").replace("%1", keep_name))
        self.resize(460, 420)
        self.search = QLineEdit(self)
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Find the duplicate"))
        self.model = ContactsListModel(directory, self, hidden=frozenset({keep_id}))
        self.search.textChanged.connect(self.model.set_query)
        self.list = QListView(self)
        self.list.setObjectName("mergeList")
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda _c, _p: self._update())
        note = plain(QLabel(self.tr("Its conversations, calls, deals, companies, tasks and tags move to %1, "
                                    "with the fields %1 has empty; then the duplicate is deleted.")
                            .replace("%1", keep_name), self))
        note.setWordWrap(True)
        self.buttons = ok_cancel(self, self.tr("Merge"))
        layout = QVBoxLayout(self)
        for widget in (self.search, self.list, note, self.buttons):
            layout.addWidget(widget)
        self.finished.connect(lambda _r: self.model.close())
        self._update()

    def duplicate(self):
        index = self.list.currentIndex()
        return index.data(EntryRole) if index.isValid() else None

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.duplicate() is not None)


@dataclass
class _Page:
    contact_id: str | None = None
    record: dict[str, Any] = field(default_factory=dict)


class ContactsDialog(QDialog):
    openConversation = Signal(str)   # a conversation of the contact, to open in the main window
    startConversation = Signal(str)  # the contact to start a WhatsApp conversation with
    callRequested = Signal(str, str)  # the contact panel's Call: phone, contact id

    def __init__(self, session, directory: ContactsDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDirectory")
        self.setWindowTitle(self.tr("Contacts"))
        self.resize(980, 680)
        self._session, self._directory, self._page = session, directory, _Page()
        self.store = session.replica.store
        self.search = QLineEdit(self)
        self.search.setObjectName("directorySearch")
        self.search.setPlaceholderText(self.tr("Search by name, phone, e-mail, tag or property"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.model = ContactsListModel(directory, self)
        self.list = QListView(self)
        self.list.setObjectName("directoryList")
        self.list.setAccessibleName(self.tr("Contacts"))
        self.list.setModel(self.model)
        self.search.textChanged.connect(self._search)
        self.list.selectionModel().currentChanged.connect(lambda current, _p: self.show_contact(
            current.data(EntryRole).id if current.isValid() else None))
        self.new_button = QPushButton(self.tr("&New contact…"), self)
        self.new_button.setObjectName("newContactButton")
        self.new_button.setEnabled(session.can(Permission.EDIT_CONTACT))
        self.new_button.clicked.connect(lambda: self.new_contact())   # not clicked(checked) as the phone
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.list, self.new_button):
            ll.addWidget(widget)
        # the page
        self.panel = ContactPanel(session, self)
        self.panel.fieldEdited.connect(lambda contact_id, key, value: session.actions.update_contact(
            contact_id, {key: value}))
        self.panel.createRequested.connect(lambda kind, contact_id, fields: session.actions.create(
            kind, contact_id, **fields))
        self.panel.dealStageChosen.connect(lambda deal_id, stage: session.actions.update_deal(deal_id, stage=stage))
        self.panel.taskTicked.connect(lambda task_id, done: session.actions.update_task(task_id, done=done))
        self.panel.callRequested.connect(self.callRequested)
        self.owner = plain(QLabel(self))
        self.owner.setObjectName("contactOwner")
        self.tags = QLineEdit(self)
        self.tags.setObjectName("contactTags")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setReadOnly(not session.can(Permission.EDIT_CONTACT))
        self.tags.editingFinished.connect(self._tags_edited)
        self.conversations = QListWidget(self)
        self.conversations.setObjectName("contactConversations")
        self.conversations.setAccessibleName(self.tr("Conversations"))
        self.conversations.itemActivated.connect(self._open)
        self.conversations.itemClicked.connect(self._open)
        self.calls = ListWithEmptyText(self.tr("No calls with this contact"), self)
        self.calls.setObjectName("contactCalls")
        self.calls.setAccessibleName(self.tr("Calls"))
        for listing in (self.conversations, self.calls):  # a long line ends with "…" (whole in its tooltip)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.start_button = QPushButton(self.tr("&Start conversation"), self)
        self.start_button.setObjectName("startFromContact")
        self.start_button.clicked.connect(lambda: self._page.contact_id and self.startConversation.emit(
            self._page.contact_id))
        self.merge_button = QPushButton(self.tr("Merge a duplicate…"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setVisible(session.can(Permission.MERGE_CONTACTS))  # only offered when permitted
        self.merge_button.clicked.connect(self.merge)
        self.refusal = plain(QLabel(self))  # the server's refusal of this window's last write
        self.refusal.setObjectName("directoryRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(f"color: {colors().danger.name()};")
        self.refusal.hide()
        details = QWidget(self)
        dl = QVBoxLayout(details)
        dl.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.merge_button)
        actions.addStretch(1)
        dl.addLayout(actions)
        about = QFormLayout()
        about.addRow(self.tr("Owner"), self.owner)
        about.addRow(self.tr("Tags"), self.tags)
        dl.addLayout(about)
        for title, widget in ((self.tr("Conversations"), self.conversations), (self.tr("Calls"), self.calls)):
            box = QGroupBox(title, details)
            QVBoxLayout(box).addWidget(widget)
            dl.addWidget(box)
        self.details = details
        page = QSplitter(Qt.Orientation.Horizontal, self)
        page.addWidget(self.panel)
        page.addWidget(details)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(page)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.refusal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._unsubscribe = directory.subscribe(self._contacts_changed)
        session.refused.connect(self._refused)
        self.finished.connect(self._closed)
        self.show_contact(None)

    # ---- the list -----------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.model.set_query(text)
        if self.model.rowCount() and self._page.contact_id is None:
            self.list.setCurrentIndex(self.model.index(0))
        self._select(self._page.contact_id)

    def _select(self, contact_id: str | None) -> None:
        row = self.model.row_of(contact_id) if contact_id else -1
        if row >= 0:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)

    def _contacts_changed(self) -> None:
        """After the model refreshed: the page follows its contact (gone after a merge: the page empties)."""
        contact_id = self._page.contact_id
        contact = self.store.contact(contact_id) if contact_id else None
        if contact_id and contact is None:
            self.show_contact(None)
        elif contact is not None and contact.model_dump() != self._page.record:
            self.show_contact(contact_id)
        self._select(self._page.contact_id)

    # ---- the page -----------------------------------------------------------------------------
    def show_contact(self, contact_id: str | None) -> None:
        contact = self.store.contact(contact_id) if contact_id else None
        self._page = _Page(contact.id if contact else None, contact.model_dump() if contact else {})
        history = self.store.contact_history(contact.id) if contact else None
        self.panel.show_contact(contact, history)
        self.details.setEnabled(contact is not None)
        self.panel.setVisible(contact is not None)
        self.conversations.clear()
        self.calls.clear()
        if contact is None:
            self.owner.setText("")
            self.tags.setText("")
            return
        owner = self.store.user(contact.owner_id) if contact.owner_id else None
        self.owner.setText(owner.name if owner else self.tr("nobody"))
        self.tags.setText(", ".join(contact.tags or []))
        for c in history.conversations:
            when = short_date(c.last_message_at or c.opened_at)
            status = self.tr("open") if c.status == ConversationStatus.OPEN else self.tr("closed")
            item = QListWidgetItem(" · ".join(x for x in (channel_name(c.channel), status, when, c.last_message_preview or "")
                                              if x), self.conversations)
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, c.id)
        outcomes = {"answered": self.tr("answered"), "missed": self.tr("missed"), "rejected": self.tr("rejected"),
                    "failed": self.tr("failed")}
        for call in history.calls:
            arrow = "↘" if call.direction == Direction.INBOUND else "↗"
            minutes, seconds = divmod(int(call.duration_seconds or 0), 60)
            QListWidgetItem(f"{arrow} {shown(call.number) if call.number else ''} · "
                            f"{outcomes.get(call.outcome or '', call.outcome or '')} · "
                            f"{short_date(call.started_at)} · {minutes}:{seconds:02d}", self.calls)
        self.start_button.setEnabled(bool(contact.phone))
        self.start_button.setToolTip("" if contact.phone else self.tr("This contact has no WhatsApp number."))

    def current_contact_id(self) -> str | None:
        return self._page.contact_id

    def _open(self, item: QListWidgetItem) -> None:
        self.openConversation.emit(item.data(Qt.ItemDataRole.UserRole))

    def _tags_edited(self) -> None:
        contact_id = self._page.contact_id
        if contact_id is None or self.tags.isReadOnly():
            return
        tags = parse_tags(self.tags.text())
        if tags != list(self._page.record.get("tags") or []):
            self._session.actions.update_contact(contact_id, {"tags": tags})

    # ---- new, merge ---------------------------------------------------------------------------
    def new_contact(self, phone: str = "") -> NewContactDialog:
        required = [spec for spec in self.store.property_definitions(hidden=True) if spec.required]
        dialog = NewContactDialog(self._directory, self, phone=phone, required=required)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def create() -> None:
            contact_id = self._session.actions.create_contact(dialog.name.text().strip(), **dialog.fields())
            self.search.clear()
            self.show_contact(contact_id)
            self._select(contact_id)
        dialog.accepted.connect(create)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def merge(self) -> MergeDialog | None:
        keep_id = self._page.contact_id
        if keep_id is None or not self._session.can(Permission.MERGE_CONTACTS):
            return None
        keep_name = self._page.record.get("name") or self._page.record.get("phone") or ""
        dialog = MergeDialog(self._directory, keep_id, keep_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.duplicate() is not None and self._session.actions.merge_contacts(
            keep_id, dialog.duplicate().id))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _refused(self, type_: str, sentence: str) -> None:
        if type_ in OWN_MUTATIONS:
            self.refusal.setText(sentence)
            self.refusal.show()

    def _closed(self, _result: int) -> None:
        self._unsubscribe()
        self.model.close()
        try:
            self._session.refused.disconnect(self._refused)
        except (RuntimeError, TypeError):
            pass
