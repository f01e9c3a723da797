"""Start a conversation (issue 18 #2; S10's active messages): find the contact in the replica (as
the inbox search does, offline too), pick an approved WhatsApp template and fill its variables with
the bubble's preview, send. While the contact is in an open conversation the dialog says who holds
it and offers to open it instead; the server's own refusal, if any, comes back like any other. A
typed number no contact has is offered as a new contact, unless the workspace requires properties
of new contacts (issue 16): then the offer says to create it in Contacts, which asks for them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from rvops_contract.phones import looks_like_phone, shown
from rvops_contract.wire import Channel, ConversationStatus

from ..plain_text import plain
from .resume import ResumeDialog

SEARCH_PAUSE_MS = 250


@dataclass(frozen=True)
class NewContact:
    """A number typed into the search that is no contact's: created (create_contact) just before the
    conversation starts, so both go out in that order, offline too."""

    phone: str                 # E.164
    id: None = None
    name: str = ""             # the template's {{1}} is the agent's to fill
    properties: dict[str, Any] = field(default_factory=dict)

    @property
    def shown(self) -> str:
        return shown(self.phone)


class StartConversationDialog(ResumeDialog):
    openRequested = Signal(str)   # the contact's open conversation, to open instead

    def __init__(self, store, templates, *, me: str | None, contact=None, parent: QWidget | None = None,
                 directory=None) -> None:
        self._store, self._me, self.busy_conversation_id = store, me, None
        self._directory = directory  # models.contacts_directory: reads a typed number by the contract's rule
        super().__init__(templates, contact, parent)
        self.setWindowTitle(self.tr("New conversation"))
        self.resize(540, 640)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Start conversation"))
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Search contacts by name, phone or e-mail"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.contacts = QListWidget(self)
        self.contacts.setObjectName("contactList")
        self.contacts.setAccessibleName(self.tr("Contacts"))
        self.contacts.setMaximumHeight(150)
        self.busy = plain(QLabel(self))   # names the colleague
        self.busy.setWordWrap(True)
        self.busy.hide()
        self.open_instead = QPushButton(self.tr("Open that conversation"), self)
        self.open_instead.hide()
        self.open_instead.clicked.connect(self._open_instead)
        self.new_contact = QPushButton(self)   # "New contact +55 11 98765-4321": a number no contact has
        self.new_contact.setObjectName("newContactFromNumber")
        self.new_contact.hide()
        self.new_contact.clicked.connect(self._choose_new_contact)
        self._typed_number: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.contacts.currentItemChanged.connect(lambda item, _p: self.choose(item.data(Qt.ItemDataRole.UserRole))
                                                 if item is not None else None)
        layout = self.layout()
        for row, widget in enumerate((QLabel(self.tr("Contact"), self), self.search, self.contacts,
                                      self.new_contact, self.busy, self.open_instead)):
            layout.insertWidget(row, widget)
        if contact is not None:
            self.choose(contact)
            self.templates.setFocus()   # the contact is chosen: the template comes next
        else:
            self.search.setFocus()   # typed into at once; Tab goes on to the contacts found
        self._chain_tabs()
        self._update()

    def _tabs_before_templates(self) -> list[QWidget]:
        return [self.search, self.new_contact, self.contacts, self.open_instead] if hasattr(self, "new_contact") \
            else []

    def _find(self) -> None:
        """Contacts matching the search (the inbox search's contact hits), with a phone for WhatsApp."""
        self.contacts.clear()
        query = self.search.text().strip()
        self._offer_new_contact(query)
        if len(query) < 2:
            return
        for hit in self._store.search(query):
            contact = self._store.contact(hit.contact_id) if hit.kind == "contact" and hit.contact_id else None
            if contact is None:
                continue
            item = QListWidgetItem(f"{contact.name or ''}  ·  {contact.phone or self.tr('no WhatsApp number')}")
            item.setData(Qt.ItemDataRole.UserRole, contact)
            self.contacts.addItem(item)

    def _offer_new_contact(self, query: str) -> None:
        """A valid number that matches no contact: offer to create the contact and write to it."""
        self._typed_number = None
        if self._directory is not None and looks_like_phone(query):
            reading = self._directory.read_phone(query)
            if reading.e164 is not None and reading.taken_by is None:
                self._typed_number = reading.e164
        # a workspace that requires properties of a new contact: the directory's form asks for them
        required = [spec.label for spec in self._store.property_definitions(hidden=True) if spec.required] \
            if self._typed_number else []
        self.new_contact.setEnabled(not required)
        self.new_contact.setText(
            self.tr("New contact %1: fill in %2 first, in Contacts").replace("%1", shown(self._typed_number))
            .replace("%2", ", ".join(required)) if required else
            self.tr("New contact %1").replace("%1", shown(self._typed_number)) if self._typed_number else "")
        self.new_contact.setVisible(self._typed_number is not None)

    def _choose_new_contact(self) -> None:
        if self._typed_number is not None:
            self.contacts.clearSelection()
            self.choose(NewContact(self._typed_number))

    def contact(self):
        return self._contact

    def choose(self, contact) -> None:
        """The contact to write to: variables filled from them, and whether they are free."""
        self._contact = contact
        self.busy_conversation_id = None
        for conversation_id in (self._store.conversation_ids_of_contacts([contact.id]) if contact.id else []):
            c = self._store.conversation(conversation_id)
            if c is not None and c.status == ConversationStatus.OPEN and c.channel == Channel.WHATSAPP:
                self.busy_conversation_id = c.id
                holder = self._store.user(c.assignee_id) if c.assignee_id else None
                self.busy.setText(
                    self.tr("%1 is already in an open conversation, with %2: continue there.")
                    .replace("%1", contact.name or contact.phone or "")
                    .replace("%2", (self.tr("you") if c.assignee_id == self._me else holder.name if holder
                                    else self.tr("the queue"))))
                break
        self.busy.setVisible(self.busy_conversation_id is not None)
        self.open_instead.setVisible(self.busy_conversation_id is not None)
        self._template_changed()

    def _open_instead(self) -> None:
        if self.busy_conversation_id:
            self.openRequested.emit(self.busy_conversation_id)
            self.reject()

    def _update(self) -> None:
        super()._update()
        if not hasattr(self, "busy"):   # still being built
            return
        contact = self._contact
        why = ""
        if contact is None:
            why = self.tr("Choose the contact to write to.")
        elif not contact.phone:
            why = self.tr("This contact has no WhatsApp number.")
        elif self.busy_conversation_id is not None:
            why = " "   # said above, with the way to it
        if why:
            self.missing.setText(why.strip() or self.missing.text())
            self.missing.setVisible(bool(why.strip()))
            self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(False)
