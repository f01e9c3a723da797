"""The open conversation: header with actions, the thread, and the composer with its lock."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rvops_contract.clock import to_iso
from rvops_contract.permissions import Permission
from rvops_contract.snooze import SnoozeChoice, awaits_reply, snooze_until
from rvops_contract.wire import ConversationStatus, channel_name
from rvops_desktop.models import ThreadModel
from rvops_desktop.models.open_conversation import (
    ComposerLock,
    ContactChanged,
    ConversationChanged,
    ConversationState,
    OpenConversation,
    conversation_state,
)

from ..local_time import clock_time, day_and_month
from ..qt_models.thread_model import ThreadListModel
from .composer import Composer
from .conversation_header import ConversationHeader
from .empty_state import muted
from .thread_view import ThreadView

# Messages read a page at a time as the agent scrolls up. A conversation opens with fewer: enough
# one-line rows to fill the pane's height (ThreadView.rows_to_fill; 17 in an 800-pixel window):
# each message more costs the switch ≈ 50 µs of reading, measuring and modelling (results/ui.md).
THREAD_PAGE = 40
log = logging.getLogger(__name__)


class ConversationPane(QWidget):
    opened = Signal(str)  # conversation id
    said = Signal(str)  # a sentence for the status bar
    conversationChanged = Signal(str)  # the open conversation's row changed (still there)
    contactChanged = Signal(str)  # its contact (or the contact's deals, companies, tasks) changed
    thread: ThreadView  # type: ignore[assignment]  # the messages' view (hides QObject.thread())

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._replica = session.replica
        self.model = OpenConversation(self._replica)   # what is open, kept current (Qt-free)
        self.model.events.connect(self._model_event)
        self.header = ConversationHeader(self)
        self.thread = ThreadView(self)
        self.thread_model = ThreadListModel(user_names=self._user_name, parent=self)
        self.thread.setModel(self.thread_model)
        self.thread.replyRequested.connect(self._reply_to)
        self.thread.reactRequested.connect(self._react)
        self.thread.forwardRequested.connect(self.forward)
        self.composer = Composer(snippets=lambda typed: self._replica.store.snippets(typed), parent=self, colleagues=self._colleagues)
        self.header.snooze.connect(self.snooze)
        self.header.labels.connect(self.edit_labels)
        self.last_dialog = None
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        muted(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.thread, 1)
        layout.addWidget(self.composer)
        self._names: dict[str, str] = {}
        self.show_conversation(None)

    def _user_name(self, user_id: str) -> str:
        """A user's name, or a team's (a transfer's target may be either)."""
        if user_id not in self._names:
            name = self._replica.views.display_name(user_id)
            if not name:
                return ""  # not (yet) in the replica: asked again next time
            self._names[user_id] = name
        return self._names[user_id]

    def _reply_to(self, message_id: str) -> None:
        row = self.thread_model.row_of(message_id)
        message = self.thread_model.message_at(row) if row >= 0 else None
        if message is not None:
            log.info("replying to message %s of %s", message.id, self.conversation_id)
            self.composer.set_reply(message.id, message.text or self.tr("Attachment"))

    def _react(self, message_id: str, emoji: str) -> None:
        if self.conversation is not None:
            self._session.actions.react(self.conversation.id, message_id, emoji)

    def forward(self, message_id: str):
        """Pick one of the agent's writable conversations (models/forwarding.py) and send the message's
        text there as the agent's own message, queued offline like any other. Opens the dialog
        window-modal without a nested event loop (qasync-friendly) and returns it."""
        from rvops_desktop.models.forwarding import forward_targets

        from ..dialogs.forward import ForwardDialog
        message = self._replica.store.message(message_id)
        if message is None or not message.text:
            return None
        targets = forward_targets(self._replica.store, self._session.user_id, self._session.clock.now(),
                                  exclude=message.conversation_id)
        names = {t.id: t.display_name for t in targets}
        dialog = ForwardDialog(message.text, targets, self)
        dialog.setObjectName("forwardDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def send() -> None:
            target = dialog.target()
            if target is None:
                return
            log.info("forwarding message %s to %s", message_id, target)
            self._session.actions.send_message(target, message.text)
            self.said.emit(self.tr("Forwarded to %1").replace("%1", names.get(target, "")))

        dialog.accepted.connect(send)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    @property
    def conversation(self):
        return self.model.conversation

    @property
    def contact(self):
        return self.model.contact

    def refresh_placeholder(self) -> None:
        """What the pane says with nothing open: pick one — or, with no conversation at all yet (a
        new workspace), where to start."""
        if self._replica.views.has_conversations():
            text = self.tr("Pick a conversation on the left.")
        elif self._session.can(Permission.MANAGE_USERS):
            text = self.tr("No conversations to show yet. Invite your team in Tools ▸ Settings… (Ctrl+,); "
                           "customers' conversations come in once WhatsApp, Instagram or the website chat "
                           "is connected.")
        else:
            text = self.tr("No conversations yet: they show on the left as customers write.")
        self.placeholder.setText(text)

    @property
    def conversation_id(self) -> str | None:
        return self.model.conversation_id

    def focus_target(self) -> QWidget | None:
        """Where F6 puts the focus: the composer when it takes text, else the thread; None with
        nothing open."""
        if self.conversation is None:
            return None
        edit = self.composer.edit
        return edit if edit.isVisible() and not edit.isReadOnly() else self.thread

    def show_conversation(self, conversation_id: str | None, around: str | None = None) -> None:
        changed = self.model.open(conversation_id) or bool(around)
        conversation = self.conversation
        for widget in (self.header, self.thread, self.composer):
            widget.setVisible(conversation is not None)
        self.placeholder.setVisible(conversation is None)
        if conversation is None:
            self.refresh_placeholder()
        if conversation is None:
            self.thread_model.set_thread(None)
            if changed:   # nothing open any more: the window's contact panel and title follow
                self.opened.emit("")
            return
        if changed:
            self.thread_model.set_thread(ThreadModel(
                self._replica, conversation.id, page_size=THREAD_PAGE, around=around,
                first_page=self.thread.rows_to_fill(self.height())))  # the pane's: the thread's at most
            self.thread.focus_message(around)
            self.composer.set_conversation(conversation.channel, {
                "contact.name": (self.contact.name if self.contact else "") or "",
                "contact.first_name": ((self.contact.name if self.contact else "") or "").split(" ")[0],
                "agent.name": self._session.me.get("name") or ""})
        self.refresh()
        if changed:
            self.opened.emit(conversation.id)

    def _model_event(self, event) -> None:
        """The open conversation or its contact changed in the replica: the chrome follows."""
        if isinstance(event, ConversationChanged):
            if event.gone:   # e.g. a start the server refused, rolled back: nothing is open now
                self.show_conversation(None)
                self.opened.emit("")
                return
            self.refresh()
            self.conversationChanged.emit(event.conversation_id)
        elif isinstance(event, ContactChanged):
            self.refresh()
            self.contactChanged.emit(event.contact_id)

    def _colleagues(self) -> list[tuple[str, str]]:
        """Who a hidden note may @mention: the active colleagues."""
        me = self._session.user_id
        return [(u.id, u.name) for u in self._replica.store.users()
                if u.id != me and u.name and u.active]

    def edit_labels(self):
        """The labels dialog for the open conversation; Save sets them (the server normalises too)."""
        c = self.conversation
        if c is None or not self._session.can_act(c):
            return None
        from ..dialogs.labels import LabelsDialog
        dialog = LabelsDialog(list(c.labels or []), self._replica.store.labels_in_use(), parent=self)
        dialog.accepted.connect(lambda: self._session.actions.set_labels(c.id, dialog.labels()))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def snooze(self, choice: str) -> None:
        """Snooze the open conversation until a choice's time ("" wakes it now); say what follows."""
        c = self.conversation
        if c is None or c.status != ConversationStatus.OPEN or not self._session.can_act(c):
            return
        if not choice:
            self._session.actions.snooze(c.id, None)
            self.said.emit(self.tr("Awake: the conversation is back in Mine."))
            return
        until = snooze_until(SnoozeChoice(choice), self._session.clock.now())
        self._session.actions.snooze(c.id, to_iso(until))
        if choice == SnoozeChoice.UNTIL_REPLY:
            self.said.emit(self.tr("Pending: it comes back to Mine when the customer writes."))
            return
        self.said.emit(self.tr("Snoozed until %1: it comes back to Mine then, or as soon as the customer writes.")
                       .replace("%1", self._moment(until)))

    @staticmethod
    def _moment(moment) -> str:
        return f"{day_and_month(moment)} {clock_time(moment)}"

    def state(self) -> ConversationState:
        """What the open conversation allows now (models/open_conversation.py decides)."""
        c = self.conversation
        return conversation_state(c, self.contact, me=self._session.user_id, can_act=self._session.can_act(c),
                                  now=self._session.clock.now())

    def refresh(self) -> None:
        """Header buttons and composer lock, from the conversation's state."""
        c = self.conversation
        if c is None:
            return
        state = self.state()
        assignee = self._user_name(c.assignee_id) if c.assignee_id else self.tr("Unassigned")
        subtitle = [channel_name(c.channel), assignee]
        if state.snoozed_until and awaits_reply(state.snoozed_until):
            subtitle.append(self.tr("Pending: until the customer replies"))
        elif state.snoozed_until:
            subtitle.append(self.tr("Snoozed until %1").replace("%1", self._moment(state.snoozed_until)))
        if not state.is_open:
            subtitle.append(self.tr("Closed"))
        elif state.minutes_left is not None:
            subtitle.append(self.tr("Window: %1 h %2 min left").replace("%1", str(state.minutes_left // 60))
                            .replace("%2", str(state.minutes_left % 60)))
        elif not state.window.is_open:
            subtitle.append(self.tr("Window closed"))
        bot = c.extra or {}  # the chatbot's fields (server issue 18 #3), kept in `extra` by the replica
        if bot.get("bot_status") == "active":
            subtitle.append(self.tr("With the chatbot"))
        elif bot.get("bot_option"):
            subtitle.append(self.tr("Chatbot: %1").replace("%1", str(bot["bot_option"])))
        if c.labels:   # last: the window's time matters more, and a narrow header elides from the end
            subtitle.append(" ".join(f"#{label}" for label in c.labels))
        phone = self.contact.phone if self.contact else None
        self.header.show_conversation(name=(self.contact.name or phone or "") if self.contact else "",
                                      channel=c.channel or "webchat", subtitle="  ·  ".join(s for s in subtitle if s),
                                      can_claim=state.can_claim, can_act=state.can_act, is_open=state.is_open,
                                      can_call=state.can_call, snoozed=state.snoozed_until is not None)
        locks = {
            ComposerLock.CLOSED: self.tr("This conversation is closed."),
            ComposerLock.WINDOW_RESUMABLE: self.tr(
                "The 24-hour window is closed: the contact's last message is more than 24 hours "
                "old. Resume the conversation with an approved template."),
            ComposerLock.WINDOW_WAIT: self.tr(
                "The 24-hour window is closed: on Instagram the contact must write first; "
                "the conversation unlocks when they do."),
        }
        self.composer.set_locked(locks.get(state.lock), can_resume=state.can_resume)
        self.thread.reactions_allowed = state.reactions_allowed
        self.composer.set_read_only(self.tr("Claim this conversation to reply.") if state.claim_first else None)
