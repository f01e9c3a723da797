"""What the agent does to conversations from the main window (claim, transfer, close, reopen,
resume, start one, send a file, retry, open an attachment, edit the contact, mute): the decisions,
with the window only asked to show a dialog or select a row."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from rvops_contract.permissions import Permission
from rvops_contract.wire import ConversationStatus, MessageStatus
from rvops_desktop.models import View
from rvops_desktop.models.summaries import ViewKind

from ..plain_text import plain

if TYPE_CHECKING:
    from rvops_desktop.models import Store

    from ..widgets.main_window import MainWindow


class ConversationController:
    """Strings stay in the "MainWindow" translation context, where the window had them."""

    @property
    def store(self) -> Store:  # the replica's Store, first imported after the window's first paint
        store: Store = self.window.replica.store
        return store

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.session

    def _taken_by_me(self, conversation_id: str) -> None:
        """My own claim or start is no news to notify me of."""
        if self.window.notifier is not None:
            self.window.notifier.taken_by_me.add(conversation_id)

    def _stay_with(self, conversation_id: str) -> None:
        """The pane keeps `conversation_id`, now under Mine (not the next one the old list slides up)."""
        w = self.window
        w.inbox_views.select(View.mine())
        w.inbox_views.reveal(conversation_id)

    def claim(self, conversation_id: str | None) -> None:
        """Claim it and stay with it: the pane keeps the claimed conversation (now under Mine), not
        the next one the queue slides up; my own claim is no news to notify me of."""
        if not conversation_id:
            return
        self._taken_by_me(conversation_id)
        self.session.actions.claim(conversation_id)
        if self.window.inbox.view.kind == ViewKind.QUEUE:
            self._stay_with(conversation_id)

    def claim_open_conversation(self) -> None:
        """Ctrl+Shift+A: claim the queued conversation in front of the agent (the header's Claim)."""
        c = self.window.pane.conversation
        if c is not None and c.status == ConversationStatus.OPEN and c.assignee_id is None:
            self.claim(c.id)

    def transfer(self) -> None:
        c = self.window.pane.conversation
        if c is None or c.status != ConversationStatus.OPEN or not self.session.can_act(c):
            return
        from ..dialogs.transfer import TransferDialog
        dialog = TransferDialog(self.store, exclude_user=c.assignee_id, parent=self.window)
        dialog.accepted.connect(lambda: self.session.actions.transfer(c.id, note=dialog.note(), **dialog.target()))
        self.window.show_dialog(dialog)

    def history(self) -> None:
        contact = self.window.pane.contact
        if contact is None:
            return
        from ..dialogs.history import HistoryDialog
        self.window.show_dialog(HistoryDialog(self.store, contact.id, parent=self.window))

    def close_conversation(self) -> None:
        w = self.window
        c = w.pane.conversation
        if c is None or c.status != ConversationStatus.OPEN or not self.session.can_act(c):
            return
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MainWindow", "Close conversation"),
                          QCoreApplication.translate(
                              "MainWindow", "Close the conversation with %1? It leaves your inbox and the contact's "
                              "record is consolidated.").replace("%1", w.pane.header.title.text()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, w)
        plain(box)  # the contact's name, as they wrote it
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(lambda: self.session.actions.close(c.id))
        w.show_dialog(box)

    def reopen_conversation(self) -> None:
        """A closed conversation back in my inbox: the pane stays with it, now under Mine."""
        c = self.window.pane.conversation
        if c is None or c.status == ConversationStatus.OPEN:
            return
        self.session.actions.reopen(c.id)
        if self.window.inbox.view.kind != ViewKind.MINE:
            self._stay_with(c.id)

    def resume(self) -> None:
        c = self.window.pane.conversation
        if c is None:
            return
        from ..dialogs.resume import ResumeDialog
        # Any: the dialogs' accessors are not annotated yet (ui/dialogs)
        dialog: Any = ResumeDialog(self.store.templates(), self.window.pane.contact, parent=self.window)
        dialog.accepted.connect(lambda: self.session.actions.resume(c.id, *dialog.choice(), dialog.preview_text()))
        self.window.show_dialog(dialog)

    def start_conversation(self, contact: Any = None) -> Any:
        """The New conversation dialog (for `contact`, or the contact the agent searches for); Start
        sends the template and opens the new conversation, under Mine."""
        from rvops_desktop.sync.actions import new_id

        from ..dialogs.start_conversation import StartConversationDialog
        w, store = self.window, self.store
        # Any: the dialog's accessors are not annotated yet (ui/dialogs)
        dialog: Any = StartConversationDialog(store, store.templates(), me=self.session.user_id, contact=contact,
                                         parent=w, directory=w.contacts_directory
                                         if self.session.can(Permission.EDIT_CONTACT) else None)

        def start() -> None:
            template, variables = dialog.choice()
            contact_id = dialog.contact().id
            if contact_id is None:  # a number typed in: the contact first, then the conversation (offline too)
                new = dialog.contact()
                contact_id = self.session.actions.create_contact(new.shown, phone=new.phone)
            conversation_id = new_id()
            self._taken_by_me(conversation_id)
            w.open_conversation(self.session.actions.start_conversation(
                contact_id, template, variables, conversation_id=conversation_id))
        dialog.accepted.connect(start)
        dialog.openRequested.connect(w.open_conversation)
        w.show_dialog(dialog)
        return dialog

    def send_text(self, text: str) -> None:
        composer = self.window.pane.composer
        self.session.actions.send_message(self.window.pane.conversation_id, text, reply_to_id=composer.take_reply())

    def send_file(self, path: str, mime_type: str, caption: str) -> None:
        uploads = getattr(self.window, "uploads", None)
        if uploads is not None:
            uploads.send_file(self.window.pane.conversation_id, path, mime_type, caption)

    def retry(self, message_id: str) -> None:
        message = self.store.message(message_id)
        if message is not None and message.status == MessageStatus.FAILED:
            self.session.actions.retry(message)

    def open_attachment(self, message_id: str, attachment: dict[str, Any]) -> None:
        media = getattr(self.window, "media", None)
        if media is None:
            return
        if attachment.get("state") == "failed":  # a customer's file Meta did not give us: try again
            message = self.store.message(message_id)
            attachments = list(message.attachments or []) if message is not None else []
            if attachment in attachments:
                media.retry_download(message_id, attachments.index(attachment))
            return
        media.open(attachment)

    def contact_edited(self, contact_id: str, field: str, value: Any) -> None:
        contact = self.window.pane.contact
        self.session.actions.update_contact(contact_id, {field: value},
                                            dict(contact.properties or {}) if contact else None)

    def mute(self, muted: bool) -> None:
        notifier, conversation_id = self.window.notifier, self.window.pane.conversation_id
        if notifier is not None and conversation_id:
            notifier.set_muted(conversation_id, muted)
