"""Webchat messages as the visitor may see them: their history, what changed since a cursor, and
whose conversation a conversation is (no notes, no system lines, no agent messages that did not go out)."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from rvops_contract.wire import Channel, Direction, MessageKind, MessageStatus
from rvops_server.store import schema as t

CHANNEL = Channel.WEBCHAT.value
HISTORY_LENGTH = 100
HIDDEN_KINDS = (MessageKind.NOTE.value, MessageKind.SYSTEM.value)
SHOWN_OUTBOUND = (MessageStatus.SENT.value, MessageStatus.DELIVERED.value, MessageStatus.READ.value)


def visible_to_visitor(row: Row[Any]) -> bool:
    if row.kind in HIDDEN_KINDS:
        return False
    return bool(row.direction == Direction.INBOUND or row.status in SHOWN_OUTBOUND)


def _query() -> sa.Select[Any]:
    m, c = t.messages.c, t.conversations.c
    return (sa.select(t.messages, t.contacts.c.webchat_visitor_id.label("visitor_id"),
                      t.users.c.name.label("author_name"))
            .join(t.conversations, c.id == m.conversation_id)
            .join(t.contacts, t.contacts.c.id == c.contact_id)
            .outerjoin(t.users, t.users.c.id == m.author_id)
            .where(m.channel == CHANNEL))


def history_rows(conn: Connection, visitor_id: str) -> list[Row[Any]]:
    """The visitor's latest messages across their conversations, oldest first."""
    m = t.messages.c
    rows = conn.execute(_query().where(t.contacts.c.webchat_visitor_id == visitor_id)
                        .order_by(m.created_at.desc()).limit(HISTORY_LENGTH)).all()
    return [r for r in reversed(rows) if visible_to_visitor(r)]


def changed_rows(conn: Connection, after: int, limit: int = 500) -> tuple[list[Row[Any]], int, bool]:
    """Webchat messages touched after change cursor `after` that their visitor sees (each carries
    `visitor_id`), the next cursor, and whether there is more."""
    ch = t.changes.c
    found = conn.execute(sa.select(ch.cursor, ch.record_id).where(ch.cursor > after, ch.collection == "messages")
                         .order_by(ch.cursor).limit(limit)).all()
    if not found:
        return [], after, False
    ids = list(dict.fromkeys(r.record_id for r in found))
    rows = conn.execute(_query().where(t.messages.c.id.in_(ids))).all()
    by_id = {r.id: r for r in rows}
    out = [by_id[i] for i in ids if i in by_id and by_id[i].visitor_id and visible_to_visitor(by_id[i])]
    return out, int(found[-1].cursor), len(found) == limit


def visitor_of_conversation(conn: Connection, conversation_id: str) -> str | None:
    c = t.conversations.c
    found = conn.execute(sa.select(t.contacts.c.webchat_visitor_id)
                         .join(t.conversations, c.contact_id == t.contacts.c.id)
                         .where(c.id == conversation_id, c.channel == CHANNEL)).scalar()
    return str(found) if found is not None else None
