"""Reads beyond the sync stream: a contact's whole history (S8) and a conversation's messages."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.permissions import can_read_note
from rvops_contract.wire import MessageKind, Reason
from rvops_server.domain.errors import Refused
from rvops_server.domain.records import serialize
from rvops_server.domain.visibility import Viewer
from rvops_server.store import schema as t


def contact_history(conn: Connection, viewer: Viewer, contact_id: str) -> dict[str, Any]:
    """Every conversation of the contact with its messages, less other teams' hidden notes
    (rvops_contract.permissions.can_read_note), its templates sent and its calls."""
    contact = conn.execute(sa.select(t.contacts).where(t.contacts.c.id == contact_id)).first()
    if contact is None:
        raise Refused(Reason.NOT_FOUND, "O contato não existe. / The contact does not exist.")
    convs = serialize(conn, "conversations", conn.execute(
        sa.select(t.conversations).where(t.conversations.c.contact_id == contact_id)
        .order_by(t.conversations.c.opened_at)))
    if not viewer.sees_all and not any(viewer.can_see(c) for c in convs):
        raise Refused(Reason.FORBIDDEN, "Você não atende este contato. / You do not serve this contact.")
    ids = [c["id"] for c in convs]
    by_id = {c["id"]: c for c in convs}
    messages = [m for m in serialize(conn, "messages", conn.execute(
        sa.select(t.messages).where(t.messages.c.conversation_id.in_(ids)).order_by(t.messages.c.created_at)))
        if m["kind"] != MessageKind.NOTE or can_read_note(viewer.user, m, by_id[m["conversation_id"]],
                                                          viewer.team_ids, sees_all=viewer.sees_all)]
    calls = serialize(conn, "calls", conn.execute(
        sa.select(t.calls).where(t.calls.c.contact_id == contact_id).order_by(t.calls.c.started_at)))
    by_conv: dict[str, list[dict[str, Any]]] = {}
    for m in messages:
        by_conv.setdefault(m["conversation_id"], []).append(m)
    return {
        "contact": serialize(conn, "contacts", [contact])[0],
        "conversations": [{**c, "messages": by_conv.get(c["id"], [])} for c in convs],
        "templates_sent": [m for m in messages if m["kind"] == MessageKind.TEMPLATE],
        "calls": calls,
    }


def conversation_messages(conn: Connection, viewer: Viewer, conversation_id: str) -> list[dict[str, Any]]:
    """A conversation's messages, oldest first, for an agent who may see it."""
    conv = conn.execute(sa.select(t.conversations).where(t.conversations.c.id == conversation_id)).first()
    if conv is None:
        raise Refused(Reason.NOT_FOUND, "A conversa não existe. / The conversation does not exist.")
    if not viewer.can_see(dict(conv._mapping)):
        raise Refused(Reason.FORBIDDEN, "Você não tem acesso a esta conversa. / No access to this conversation.")
    return serialize(conn, "messages", conn.execute(
        sa.select(t.messages).where(t.messages.c.conversation_id == conversation_id)
        .order_by(t.messages.c.created_at)))
