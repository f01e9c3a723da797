"""Our own messages coming back from the channel (Instagram echoes): a send of ours already stored,
one still in flight, or one typed in the channel's own app (stored as sent outside the inbox)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa

from rvops_contract.preview import preview_of
from rvops_contract.wire import ConversationStatus, Direction, MessageKind, MessageStatus
from rvops_server.domain.inbound import CONTACT_KEYS
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc
from rvops_server.store.messages import NewMessage, insert_message


@dataclass(frozen=True)
class Echo:
    channel: str
    provider_id: str
    customer: str  # the contact's key on the channel (domain/inbound.py CONTACT_KEYS)
    kind: str
    text: str | None
    sent_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)
    media: dict[str, Any] | None = None  # mime_type, media_type, filename of its file, if any


class EchoOutcome(Enum):
    KNOWN = "known"  # already stored under its provider id
    NO_CONVERSATION = "no_conversation"  # no open conversation with the customer: not stored
    ADOPTED = "adopted"  # a queued send of ours, now carrying the provider id
    STORED = "stored"  # written in the channel's app: stored as sent outside the inbox


def store_echo(uow: UnitOfWork, echo: Echo, now: datetime) -> EchoOutcome:
    """Record an echo once (raises IntegrityError if our send recorded the same id meanwhile)."""
    channel, mid = echo.channel, echo.provider_id
    m, c = t.messages.c, t.conversations.c
    conn = uow.conn
    if conn.execute(sa.select(m.id).where(m.channel == channel, m.provider_id == mid)).first():
        return EchoOutcome.KNOWN
    contact_id = conn.execute(sa.select(t.contacts.c.id).where(
        t.contacts.c[CONTACT_KEYS[channel]] == echo.customer)).scalar()
    conv_id = contact_id and conn.execute(sa.select(c.id).where(
        c.contact_id == contact_id, c.channel == channel, c.status == ConversationStatus.OPEN.value)
        .order_by(c.opened_at.desc()).limit(1)).scalar()
    if not conv_id:
        return EchoOutcome.NO_CONVERSATION
    # Our send may still be in flight (the echo can overtake the send's answer): adopt it.
    queued = conn.execute(sa.select(m.id, m.text, m.kind).where(
        m.conversation_id == conv_id, m.direction == Direction.OUTBOUND.value,
        m.status == MessageStatus.QUEUED.value, m.provider_id.is_(None)).order_by(m.created_at)).all()
    for row in queued:
        if (echo.media is not None and row.kind == MessageKind.MEDIA) or (row.text or None) == (echo.text or None):
            conn.execute(t.messages.update().where(m.id == row.id).values(provider_id=mid))
            return EchoOutcome.ADOPTED
    message_id = uuid.uuid4().hex
    ts = naive_utc(now)
    insert_message(conn, NewMessage(
        id=message_id, conversation_id=conv_id, direction=Direction.OUTBOUND, kind=echo.kind,
        text=echo.text, status=MessageStatus.SENT, channel=channel, provider_id=mid,
        payload={**echo.payload, "sent_outside": True}, created_at=naive_utc(echo.sent_at),
        updated_at=ts))
    conn.execute(t.conversations.update().where(c.id == conv_id).values(
        last_message_at=ts, last_message_preview=preview_of(echo.kind, echo.text,
                                                            [echo.media] if echo.media is not None else [])))
    uow.changed("messages", message_id)
    uow.changed("conversations", conv_id)
    return EchoOutcome.STORED
