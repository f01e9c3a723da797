"""The one way a message row is written: every column named once, with its defaults (issue 17)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Connection

from rvops_contract.wire import Direction, MessageStatus
from rvops_server.store import schema as t

_INSERT = t.messages.insert()


@dataclass(frozen=True)
class NewMessage:
    """A message about to be stored; `updated_at` defaults to `created_at` (naive UTC, store/db.py)."""
    id: str
    conversation_id: str
    direction: Direction
    kind: str  # a rvops_contract.wire.MessageKind value
    text: str | None
    status: MessageStatus
    channel: str
    created_at: datetime
    updated_at: datetime | None = None
    author_id: str | None = None
    provider_id: str | None = None
    attachments: Sequence[Mapping[str, Any]] = ()
    payload: Mapping[str, Any] = field(default_factory=dict)
    reply_to_id: str | None = None


def _row(message: NewMessage) -> dict[str, Any]:
    # Plain strings, not enum members: a database driver may dump an Enum by its name.
    return {"id": message.id, "conversation_id": message.conversation_id,
            "direction": str(message.direction), "kind": str(message.kind), "text": message.text,
            "status": str(message.status), "author_id": message.author_id, "channel": str(message.channel),
            "provider_id": message.provider_id, "attachments": [dict(a) for a in message.attachments],
            "payload": dict(message.payload), "reply_to_id": message.reply_to_id,
            "created_at": message.created_at,
            "updated_at": message.created_at if message.updated_at is None else message.updated_at}


def insert_message(conn: Connection, message: NewMessage) -> None:
    conn.execute(_INSERT, _row(message))
