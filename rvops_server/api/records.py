"""Reads beyond the sync stream: a contact's whole history (S8) and a conversation's messages."""
from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from rvops_contract.permissions import can_read_note
from rvops_server.api.deps import current_viewer, services
from rvops_server.api.errors import ApiError
from rvops_server.domain.records import serialize
from rvops_server.domain.visibility import Viewer
from rvops_server.store import schema as t

router = APIRouter(prefix="/api/v1", tags=["records"])


def contact_history(conn, viewer: Viewer, contact_id: str):
    """Every conversation of the contact with its messages, less other teams' hidden notes
    (rvops_contract.permissions.can_read_note), its templates sent and its calls."""
    contact = conn.execute(sa.select(t.contacts).where(t.contacts.c.id == contact_id)).first()
    if contact is None:
        raise ApiError(404, "not_found", "O contato não existe. / The contact does not exist.")
    convs = serialize(conn, "conversations", conn.execute(
        sa.select(t.conversations).where(t.conversations.c.contact_id == contact_id)
        .order_by(t.conversations.c.opened_at)))
    if not viewer.sees_all and not any(viewer.can_see(c) for c in convs):
        raise ApiError(403, "forbidden", "Você não atende este contato. / You do not serve this contact.")
    ids = [c["id"] for c in convs]
    by_id = {c["id"]: c for c in convs}
    messages = [m for m in serialize(conn, "messages", conn.execute(
        sa.select(t.messages).where(t.messages.c.conversation_id.in_(ids)).order_by(t.messages.c.created_at)))
        if m["kind"] != "note" or can_read_note(viewer.user, m, by_id[m["conversation_id"]], viewer.team_ids,
                                                 sees_all=viewer.sees_all)]
    calls = serialize(conn, "calls", conn.execute(
        sa.select(t.calls).where(t.calls.c.contact_id == contact_id).order_by(t.calls.c.started_at)))
    by_conv: dict[str, list] = {}
    for m in messages:
        by_conv.setdefault(m["conversation_id"], []).append(m)
    return {
        "contact": serialize(conn, "contacts", [contact])[0],
        "conversations": [{**c, "messages": by_conv.get(c["id"], [])} for c in convs],
        "templates_sent": [m for m in messages if m["kind"] == "template"],
        "calls": calls,
    }


@router.get("/contacts/{contact_id}/history", summary="The contact's past conversations, templates and calls")
async def get_contact_history(contact_id: str, request: Request, viewer: Viewer = Depends(current_viewer)):
    svc = services(request)

    def _do():
        with svc.store.read() as conn:
            return contact_history(conn, viewer, contact_id)

    return await run_in_threadpool(_do)


@router.get("/conversations/{conversation_id}/messages", summary="A conversation's messages, oldest first")
async def get_messages(conversation_id: str, request: Request, viewer: Viewer = Depends(current_viewer)):
    svc = services(request)

    def _do():
        with svc.store.read() as conn:
            conv = conn.execute(sa.select(t.conversations).where(t.conversations.c.id == conversation_id)).first()
            if conv is None:
                raise ApiError(404, "not_found", "A conversa não existe. / The conversation does not exist.")
            if not viewer.can_see(dict(conv._mapping)):
                raise ApiError(403, "forbidden", "Você não tem acesso a esta conversa. / No access to this conversation.")
            return serialize(conn, "messages", conn.execute(
                sa.select(t.messages).where(t.messages.c.conversation_id == conversation_id)
                .order_by(t.messages.c.created_at)))

    return {"messages": await run_in_threadpool(_do)}
