"""What arrives from the channels: customer messages (stored once) and delivery statuses."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import sqlalchemy as sa

from rvops_contract.preview import preview_of
from rvops_contract.wire import Channel, ConversationStatus, Direction, MessageKind, MessageStatus
from rvops_server.domain import events
from rvops_server.domain.away import Replies, answer_if_away
from rvops_server.domain.distribution.router import Router
from rvops_server.domain.media_access import link_attachments
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc
from rvops_server.store.messages import NewMessage, insert_message

CONTACT_KEYS = {"whatsapp": "phone", "instagram": "instagram_id", "webchat": "webchat_visitor_id"}
# A status never goes backwards (Meta may deliver "delivered" after "read").
STATUS_RANK = {"queued": 0, "sent": 1, "delivered": 2, "read": 3, "failed": 4}
WINDOW_CLOSED_CODES = {"131047", "window_closed"}  # Meta's code, or the reason it maps to


@dataclass
class Inbound:
    channel: str
    sender: str  # E.164 phone (whatsapp), IG-scoped id (instagram) or visitor id (webchat)
    provider_id: str
    kind: str = "text"
    text: str | None = None
    profile_name: str | None = None
    attachments: list[dict[str, Any]] = field(default_factory=list)
    payload: dict[str, Any] = field(default_factory=dict)
    reply_to_provider_id: str | None = None
    sent_at: datetime | None = None
    opens_window: bool = True  # a bare reaction does not reopen the 24-hour window (as at Meta)


@dataclass
class Ingested:
    message_id: str | None  # None: a duplicate delivery, already stored (or a removed reaction)
    conversation_id: str | None
    contact_id: str | None
    new_conversation: bool = False


def _preview(item: Inbound) -> str:
    return preview_of(item.kind, item.text, item.attachments)


# The statements every customer message runs, built once: building and cache-keying SQLAlchemy
# statements per message cost about as much CPU as running them (benchmarks/results/load.md).
_m, _c = t.messages.c, t.conversations.c
_STORED = sa.select(_m.id).where(_m.channel == sa.bindparam("channel"), _m.provider_id == sa.bindparam("provider_id"))


def _lookup(channel: str) -> sa.Select[Any]:
    """In one round trip: the message if already stored, the customer's contact, and their open
    conversation on this channel (the newest), each None when there is none."""
    contact = (sa.select(t.contacts.c.id).where(t.contacts.c[CONTACT_KEYS[channel]] == sa.bindparam("sender"))
               .order_by(t.contacts.c.created_at).limit(1).scalar_subquery())
    return sa.select(
        _STORED.scalar_subquery().label("stored_id"), contact.label("contact_id"),
        sa.select(_c.id).where(_c.contact_id == contact, _c.channel == sa.bindparam("channel"), _c.status == ConversationStatus.OPEN.value)
        .order_by(_c.opened_at.desc()).limit(1).scalar_subquery().label("conversation_id"))


_LOOKUP = {channel: _lookup(channel) for channel in CONTACT_KEYS}
_TOUCHED = {"last_message_at": sa.bindparam("ts"), "last_message_preview": sa.bindparam("preview"),
            "unread_count": _c.unread_count + 1, "snoozed_until": None}   # the customer wrote: awake


def _touch(**reopened: Any) -> sa.Update:
    """A follow-up's touch of its conversation; it returns what says whether the bot or the team's
    away message need a look (most messages need neither: no query is spent on them)."""
    return (t.conversations.update().where(_c.id == sa.bindparam("cid")).values(**_TOUCHED, **reopened)
            .returning(_c.bot_status, _c.team_id))


_TOUCH_CONVERSATION = {  # by whether the message reopens the 24-hour window
    False: _touch(), True: _touch(last_inbound_at=sa.bindparam("ts"), window_closed_by_provider=False)}


class Chatbot(Protocol):
    """The channel bots, as inbound messages reach them (rvops_server.chatbot.engine.Chatbot)."""

    @property
    def replies(self) -> Replies: ...

    def begin(self, uow: UnitOfWork, conversation_id: str, channel: str, now: datetime) -> bool: ...

    def answer(self, uow: UnitOfWork, conversation_id: str, bot_status: str | None, kind: str,
               text: str | None, reply_id: str | None, now: datetime) -> bool: ...


def create_contact(uow: UnitOfWork, channel: str, sender: str, profile_name: str | None, now: datetime) -> str:
    key = CONTACT_KEYS[channel]
    contact_id = uuid.uuid4().hex
    name = profile_name or (sender if channel == Channel.WHATSAPP else f"Visitante {sender[-4:]}")
    uow.conn.execute(t.contacts.insert().values(id=contact_id, name=name, **{key: sender}, tags=[], properties={},
                                                created_at=naive_utc(now), updated_at=naive_utc(now)))
    uow.changed("contacts", contact_id)
    return contact_id


def ingest(uow: UnitOfWork, router: Router, item: Inbound, now: datetime, chatbot: Chatbot | None = None) -> Ingested:
    """Store a customer's message once; open (and route) a conversation when none is open.

    With a `chatbot` (rvops_server.chatbot), a new conversation goes to the channel's bot first
    when it is enabled, and the bot reads the answers of the conversations it holds; then, a
    conversation whose team is closed gets the team's away message (domain/away.py)."""
    conn = uow.conn
    found = conn.execute(_LOOKUP[item.channel], {"channel": item.channel, "provider_id": item.provider_id,
                                                 "sender": item.sender}).one()
    if found.stored_id is not None:
        existing = conn.execute(sa.select(_m.conversation_id, _c.contact_id).join(
            t.conversations, _c.id == _m.conversation_id).where(_m.id == found.stored_id)).one()
        return Ingested(None, existing.conversation_id, existing.contact_id)
    reaction = item.payload.get("reaction") if item.kind == MessageKind.REACTION else None
    if reaction is not None:  # one reaction per customer and message: a new one replaces, "" removes
        removed_from = _drop_earlier_reactions(uow, item, reaction.get("target_id"))
        if not reaction.get("emoji"):  # an un-reaction: no bubble of its own
            return Ingested(None, removed_from, None)
    contact_id = found.contact_id or create_contact(uow, item.channel, item.sender, item.profile_name, now)
    ts = naive_utc(now)
    new = found.conversation_id is None
    preview = _preview(item)
    if new:  # born touched by its first message; no bot holds it and no team has it yet
        conversation_id = uuid.uuid4().hex
        conn.execute(t.conversations.insert().values(
            id=conversation_id, contact_id=contact_id, channel=item.channel, status="open", opened_at=ts,
            unread_count=1, window_closed_by_provider=False, queued_at=ts, address=item.sender,
            last_message_at=ts, last_message_preview=preview, last_inbound_at=ts if item.opens_window else None))
    else:
        conversation_id = found.conversation_id
    reply_to = None
    if item.reply_to_provider_id:
        reply_to = conn.execute(sa.select(t.messages.c.id).where(
            t.messages.c.channel == item.channel, t.messages.c.provider_id == item.reply_to_provider_id)).scalar()
    message_id = uuid.uuid4().hex
    insert_message(conn, NewMessage(
        id=message_id, conversation_id=conversation_id, direction=Direction.INBOUND, kind=item.kind,
        text=item.text, status=MessageStatus.RECEIVED, channel=item.channel, provider_id=item.provider_id,
        attachments=item.attachments, payload=item.payload, reply_to_id=reply_to,
        created_at=naive_utc(item.sent_at or now), updated_at=ts))
    link_attachments(conn, conversation_id, item.attachments)
    bot_status = team_id = None
    if not new:
        bot_status, team_id = conn.execute(_TOUCH_CONVERSATION[bool(item.opens_window)],
                                           {"cid": conversation_id, "ts": ts, "preview": preview}).one()
    uow.changed("conversations", conversation_id)
    uow.changed("messages", message_id)
    if new:
        uow.changed("contacts", contact_id)  # announced with its conversation to those who may now see it
        events.record(uow, now, "opened", conversation_id, system_line=False)
        if chatbot is None or not chatbot.begin(uow, conversation_id, item.channel, now):
            router.route(uow, conversation_id, now)
    bot_took = False
    if not new and chatbot is not None:
        bot_took = chatbot.answer(uow, conversation_id, bot_status, item.kind, item.text,
                                  (item.payload.get("interactive") or {}).get("id"), now)
    # its team closed (maybe just chosen by the bot's menu): say so, once; no team, no look (neither the
    # router nor the bot's greeting gives a new conversation a team)
    if chatbot is not None and item.kind != MessageKind.REACTION and (bot_took or team_id is not None):
        answer_if_away(uow, chatbot.replies, conversation_id, now)
    return Ingested(message_id, conversation_id, contact_id, new)


def _drop_earlier_reactions(uow: UnitOfWork, item: Inbound, target_id: str | None) -> str | None:
    """Delete this customer's earlier reactions to `target_id` (a changed or removed reaction);
    the conversation they were in, if any."""
    m, c = t.messages.c, t.conversations.c
    rows = uow.conn.execute(
        sa.select(m.id, m.conversation_id, m.payload).select_from(t.messages.join(
            t.conversations, c.id == m.conversation_id).join(t.contacts, t.contacts.c.id == c.contact_id))
        .where(m.channel == item.channel, m.kind == MessageKind.REACTION.value, m.direction == Direction.INBOUND.value,
               t.contacts.c[CONTACT_KEYS[item.channel]] == item.sender)).all()
    conversation_id = None
    for row in rows:
        if ((row.payload or {}).get("reaction") or {}).get("target_id") == target_id:
            uow.conn.execute(t.messages.delete().where(m.id == row.id))
            uow.changed("messages", row.id, "delete")
            conversation_id = row.conversation_id
    return conversation_id


def apply_status(uow: UnitOfWork, channel: str, provider_id: str, status: str, now: datetime, *,
                 error_code: str | None = None, error_text: str | None = None) -> str | None:
    """A delivery status from the provider; returns the message id, or None if unknown."""
    row = uow.conn.execute(sa.select(t.messages.c.id, t.messages.c.status, t.messages.c.conversation_id).where(
        t.messages.c.channel == channel, t.messages.c.provider_id == provider_id)).first()
    if row is None:
        return None
    message_id: str = row.id
    if STATUS_RANK.get(status, 0) <= STATUS_RANK.get(row.status, 0) and status != MessageStatus.FAILED:
        return message_id
    values: dict[str, Any] = {"status": status, "updated_at": naive_utc(now)}
    if status == MessageStatus.FAILED:
        values.update(error_code=error_code, error_text=error_text)
    uow.conn.execute(t.messages.update().where(t.messages.c.id == message_id).values(**values))
    uow.changed("messages", message_id)
    if error_code in WINDOW_CLOSED_CODES:
        uow.conn.execute(t.conversations.update().where(t.conversations.c.id == row.conversation_id)
                         .values(window_closed_by_provider=True))
        uow.changed("conversations", row.conversation_id)
    return message_id


def mark_sent(uow: UnitOfWork, message_id: str, provider_id: str | None, now: datetime) -> None:
    uow.conn.execute(t.messages.update().where(t.messages.c.id == message_id, t.messages.c.status == MessageStatus.QUEUED.value)
                     .values(status="sent", provider_id=provider_id, updated_at=naive_utc(now)))
    uow.changed("messages", message_id)


def mark_failed(uow: UnitOfWork, message_id: str, code: str, text: str, now: datetime) -> None:
    row = uow.conn.execute(sa.select(t.messages.c.conversation_id).where(t.messages.c.id == message_id)).first()
    uow.conn.execute(t.messages.update().where(t.messages.c.id == message_id)
                     .values(status="failed", error_code=code, error_text=text, updated_at=naive_utc(now)))
    uow.changed("messages", message_id)
    if row is not None and code in WINDOW_CLOSED_CODES:
        uow.conn.execute(t.conversations.update().where(t.conversations.c.id == row.conversation_id)
                         .values(window_closed_by_provider=True))
        uow.changed("conversations", row.conversation_id)
