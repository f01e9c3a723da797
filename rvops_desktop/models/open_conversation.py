"""What the open conversation allows, decided once and without Qt (issue 15: the pane only lays out).

`conversation_state(conversation, contact, me, can_act, now)` reads the replica's row, the
contact, who the agent is and the clock, and answers what the header, the composer and the thread
may offer: claim, transfer/close or reopen, snooze and wake, call, reply (or why the composer is
locked: closed, the 24-hour window, someone else's), react. The rules come from the contract
(window, snooze, reactions); the pane turns the answer into buttons and sentences."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from rvops_contract.clock import from_iso
from rvops_contract.reactions import reactions_sent_on
from rvops_contract.snooze import is_snoozed
from rvops_contract.window import WindowState, window_state
from rvops_contract.wire import ConversationStatus

if TYPE_CHECKING:
    from .replica import Replica, ReplicaChange
    from .store import Store
    from .tables import Contact, Conversation


class ComposerLock(StrEnum):
    """Why the agent cannot write (NONE: they can)."""

    NONE = "none"
    CLOSED = "closed"                      # closed: reopen it to write
    WINDOW_RESUMABLE = "window_resumable"  # past 24 hours on WhatsApp: resume with a template
    WINDOW_WAIT = "window_wait"            # past 24 hours on Instagram: the customer must write first


@dataclass(frozen=True)
class ConversationState:
    is_open: bool
    can_act: bool                 # may write, transfer, close, snooze (its holder, or a see-all role)
    can_claim: bool               # in the queue: nobody has it
    can_call: bool                # the contact has a phone number
    snoozed_until: str | None     # while it sleeps (None: awake)
    window: WindowState
    minutes_left: int | None      # of an open 24-hour window that will close
    lock: ComposerLock
    can_resume: bool              # the lock offers Resume (a template), and the agent may
    claim_first: bool             # someone else's (or the queue's) and not the agent's to write in
    reactions_allowed: bool


def conversation_state(conversation: Conversation, contact: Contact | None, *, me: str | None, can_act: bool, now: datetime) -> ConversationState:
    """`conversation`: the replica's row (status, channel, assignee_id, last_inbound_at,
    window_closed_by_provider, snoozed_until); `contact`: its contact or None; `can_act`: the
    permission rule's answer for this agent (rvops_contract.permissions)."""
    channel = conversation.channel or "webchat"
    is_open = conversation.status == ConversationStatus.OPEN
    window = window_state(channel, from_iso(conversation.last_inbound_at), now,
                          closed_by_provider=bool(conversation.window_closed_by_provider))
    left = window.time_left(now) if is_open and window.is_open and window.closes_at is not None else None
    if not is_open:
        lock = ComposerLock.CLOSED
    elif not window.is_open:
        lock = ComposerLock.WINDOW_RESUMABLE if window.can_resume else ComposerLock.WINDOW_WAIT
    else:
        lock = ComposerLock.NONE
    return ConversationState(
        is_open=is_open, can_act=can_act, can_claim=is_open and conversation.assignee_id is None,
        can_call=bool(contact is not None and contact.phone),
        snoozed_until=conversation.snoozed_until if is_open and is_snoozed(conversation.snoozed_until, now) else None,
        window=window, minutes_left=None if left is None else int(left.total_seconds() // 60), lock=lock,
        can_resume=lock is ComposerLock.WINDOW_RESUMABLE and can_act,
        claim_first=is_open and conversation.assignee_id != me and not can_act,
        reactions_allowed=is_open and can_act and window.is_open and reactions_sent_on(channel))


# ---- the open conversation, kept current --------------------------------------------------------
@dataclass(frozen=True)
class Opened:
    conversation_id: str | None   # None: nothing open


@dataclass(frozen=True)
class ConversationChanged:
    conversation_id: str
    gone: bool                    # no longer in the replica (the agent lost sight of it)


@dataclass(frozen=True)
class ContactChanged:
    contact_id: str               # its fields, or its deals, companies or tasks


class OpenConversation:
    """The conversation open in the pane and its contact, re-read when a replica change touches
    them; `events` says what changed (Opened, ConversationChanged, ContactChanged). No Qt: the
    pane and the contact panel follow the events; the window only hands it the replica's changes."""

    def __init__(self, replica: Replica) -> None:
        from .evented import EventEmitter
        self._replica = replica
        self.conversation: Conversation | None = None
        self.contact: Contact | None = None
        self.events = EventEmitter()

    @property
    def _store(self) -> Store:  # read when first needed: its import is not the window's first paint's
        return self._replica.store

    @property
    def conversation_id(self) -> str | None:
        return self.conversation.id if self.conversation is not None else None

    def open(self, conversation_id: str | None) -> bool:
        """Open `conversation_id` (None: none); True when another conversation is now open."""
        conversation = self._store.conversation(conversation_id) if conversation_id else None
        changed = (conversation.id if conversation is not None else None) != self.conversation_id
        self.conversation = conversation
        if conversation is None:
            self.contact = None
        elif changed or self.contact is None:
            self.contact = self._store.contact(conversation.contact_id) if conversation.contact_id else None
        if changed:
            self.events.emit(Opened(self.conversation_id))
        return changed

    def apply(self, change: ReplicaChange) -> None:
        """A replica commit (models.replica.ReplicaChange): re-read what it touched of ours."""
        c = self.conversation
        if c is None:
            return
        if change.full or c.id in change.touched("conversations"):
            fresh = self._store.conversation(c.id)
            self.conversation = fresh
            if fresh is None:
                self.contact = None
            self.events.emit(ConversationChanged(c.id, gone=fresh is None))
            if fresh is None:
                return
        contact = self.contact
        if contact is not None and (change.full or contact.id in change.touched("contacts")
                                    or change.touched("deals") or change.touched("companies")
                                    or change.touched("tasks") or change.touched("property_definitions")):
            self.contact = self._store.contact(contact.id)
            self.events.emit(ContactChanged(contact.id))
