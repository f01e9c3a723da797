"""Who may download a stored file, and attach it to a message.

A file belongs to the conversations whose messages carry it (`media_links`). An agent may
download it when they may see one of those conversations, or read the history of its contact
(the same rule as `GET /contacts/{id}/history`, which shows those messages); and the uploader
may download their own upload until it is attached. An agent may attach a file they uploaded,
or one already in a conversation they see.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Row

from rvops_server.domain.visibility import Viewer
from rvops_server.store import schema as t


def link_attachments(conn: Connection, conversation_id: str, attachments: Iterable[dict[str, Any]]) -> None:
    """Record that the conversation carries these stored files (attachments without an id, e.g. a
    failed download, carry none)."""
    ids = sorted({a["id"] for a in attachments if isinstance(a, dict) and a.get("id")})
    if not ids:
        return
    insert = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(t.media_links)
    conn.execute(insert.on_conflict_do_nothing(),
                 [{"media_id": media_id, "conversation_id": conversation_id} for media_id in ids])


def _conversations_of(conn: Connection, media_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(sa.select(t.conversations).join(
        t.media_links, t.media_links.c.conversation_id == t.conversations.c.id)
        .where(t.media_links.c.media_id == media_id))
    return [dict(row._mapping) for row in rows]


def may_download(conn: Connection, viewer: Viewer, media: Row[Any]) -> bool:
    conversations = _conversations_of(conn, media.id)
    if not conversations:
        return media.uploaded_by is not None and media.uploaded_by == viewer.id
    if viewer.sees_all or any(viewer.can_see(c) for c in conversations):
        return True
    contact_ids = sorted({c["contact_id"] for c in conversations})
    serves_contact = conn.execute(sa.select(t.conversations.c.id).where(
        t.conversations.c.contact_id.in_(contact_ids), viewer.conversation_filter()).limit(1)).first()
    return serves_contact is not None


def may_attach(conn: Connection, viewer: Viewer, media: Row[Any]) -> bool:
    if media.uploaded_by is not None and media.uploaded_by == viewer.id:
        return True
    return any(viewer.can_see(c) for c in _conversations_of(conn, media.id))
