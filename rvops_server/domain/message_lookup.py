"""Small reads the channel edges make of messages and conversations."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_server.domain.records import get_row
from rvops_server.store import schema as t


def conversation_by_id(conn: Connection, conversation_id: str) -> dict[str, Any] | None:
    row = get_row(conn, t.conversations, conversation_id)
    return dict(row._mapping) if row is not None else None


def conversation_of_message(conn: Connection, message_id: str) -> dict[str, Any] | None:
    """The conversation the message belongs to (None for an unknown message)."""
    row = conn.execute(sa.select(t.conversations).join(t.messages, t.messages.c.conversation_id == t.conversations.c.id)
                       .where(t.messages.c.id == message_id)).first()
    return dict(row._mapping) if row is not None else None


def provider_id_of(conn: Connection, message_id: str) -> str | None:
    """The provider's id of a message we know (what a reply quotes to the channel)."""
    found = conn.execute(sa.select(t.messages.c.provider_id).where(t.messages.c.id == message_id)).scalar()
    return str(found) if found is not None else None
