"""What a customer changes after the fact: an edited or unsent message, a new phone number, and
an ad they came through before writing. Each is one small rule over the store."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row

from rvops_contract.preview import preview_of
from rvops_contract.referrals import ad_headline
from rvops_contract.wire import ConversationStatus, Direction, MessageKind
from rvops_server.domain import events
from rvops_server.domain.inbound import CONTACT_KEYS
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc

_m, _c = t.messages.c, t.conversations.c
EDITS_KEPT = 10  # earlier versions kept with an edited message (Meta allows 5 edits; headroom)


def _customer_message(uow: UnitOfWork, channel: str, provider_id: str) -> Row[*tuple[Any, ...]] | None:
    return uow.conn.execute(sa.select(_m.id, _m.text, _m.payload, _m.conversation_id).where(
        _m.channel == channel, _m.provider_id == provider_id, _m.direction == Direction.INBOUND)).first()


def _refresh_preview(uow: UnitOfWork, conversation_id: str, message_id: str, preview: str) -> None:
    """The conversation's preview follows its newest message when that is the one changed."""
    newest = uow.conn.execute(sa.select(_m.id).where(_m.conversation_id == conversation_id, _m.kind != MessageKind.SYSTEM)
                              .order_by(_m.created_at.desc()).limit(1)).scalar()
    if newest == message_id:
        uow.conn.execute(t.conversations.update().where(_c.id == conversation_id)
                         .values(last_message_preview=preview))
        uow.changed("conversations", conversation_id)


def edit_message(uow: UnitOfWork, channel: str, provider_id: str, text: str | None, now: datetime) -> str | None:
    """The customer's new text replaces the old; earlier versions stay with the message (the
    agent may have answered what it said). None when the message is not ours to know."""
    row = _customer_message(uow, channel, provider_id)
    if row is None:
        return None
    message_id: str = row.id
    payload: dict[str, Any] = dict(row.payload or {})
    if (row.text or None) == (text or None):
        return message_id  # a redelivered edit
    history = [*payload.get("edits", []), {"text": row.text, "replaced_at": naive_utc(now).isoformat()}]
    payload.update(edited=True, edits=history[-EDITS_KEPT:])
    uow.conn.execute(t.messages.update().where(_m.id == row.id).values(
        text=text, payload=payload, updated_at=naive_utc(now)))
    uow.changed("messages", row.id)
    _refresh_preview(uow, row.conversation_id, row.id, preview_of(MessageKind.TEXT, text))  # only text is edited
    return message_id


def delete_message(uow: UnitOfWork, channel: str, provider_id: str, now: datetime) -> str | None:
    """The customer unsent a message: its text is dropped (as WhatsApp and Instagram do for the
    other side), the bubble stays as "deleted" so the thread still reads in order."""
    row = _customer_message(uow, channel, provider_id)
    if row is None:
        return None
    message_id: str = row.id
    payload = {k: v for k, v in (row.payload or {}).items() if k != "edits"}
    if payload.get("deleted"):
        return message_id
    payload.update(deleted=True, deleted_at=naive_utc(now).isoformat())
    uow.conn.execute(t.messages.update().where(_m.id == row.id).values(
        text=None, attachments=[], payload=payload, updated_at=naive_utc(now)))
    uow.changed("messages", row.id)
    _refresh_preview(uow, row.conversation_id, row.id, "⊘")
    return message_id


def change_number(uow: UnitOfWork, channel: str, old_address: str, new_address: str, now: datetime,
                  *, provider_id: str) -> str | None:
    """The same customer on a new number: the contact keeps its history and now holds the new
    number; their open conversation replies there and says so in a system line. The contact id,
    or None when nobody had the old number. A new number that already belongs to another contact
    is not merged (an agent decides): the line says so."""
    key = t.contacts.c[CONTACT_KEYS[channel]]
    contact_id: str | None = uow.conn.execute(sa.select(t.contacts.c.id).where(key == old_address)
                                  .order_by(t.contacts.c.created_at).limit(1)).scalar()
    if contact_id is None:
        return None
    taken_by = uow.conn.execute(sa.select(t.contacts.c.id).where(key == new_address, t.contacts.c.id != contact_id)
                                .limit(1)).scalar()
    if taken_by is None:
        uow.conn.execute(t.contacts.update().where(t.contacts.c.id == contact_id)
                         .values({key: new_address, "updated_at": naive_utc(now)}))
        uow.changed("contacts", contact_id)
    open_ids = uow.conn.execute(sa.select(_c.id).where(
        _c.contact_id == contact_id, _c.channel == channel, _c.status == ConversationStatus.OPEN)).scalars().all()
    for conversation_id in open_ids:
        uow.conn.execute(t.conversations.update().where(_c.id == conversation_id).values(address=new_address))
        uow.changed("conversations", conversation_id)
        events.record(uow, now, "number_changed", conversation_id, old=old_address, new=new_address,
                      provider_id=provider_id, duplicate_contact_id=taken_by)
    return contact_id


def note_referral(uow: UnitOfWork, channel: str, sender: str, referral: dict[str, Any], now: datetime) -> str | None:
    """The customer (re)opened the thread from an ad or a link: a line in their open conversation.
    With none open, nothing is opened (a conversation starts with a message); the id or None."""
    conversation_id: str | None = uow.conn.execute(
        sa.select(_c.id).select_from(t.conversations.join(t.contacts, t.contacts.c.id == _c.contact_id))
        .where(t.contacts.c[CONTACT_KEYS[channel]] == sender, _c.channel == channel, _c.status == ConversationStatus.OPEN)
        .order_by(_c.opened_at.desc()).limit(1)).scalar()
    if conversation_id is None:
        return None
    events.record(uow, now, "ad_referral", conversation_id, headline=ad_headline(referral) or "",
                  referral=referral)
    return conversation_id
