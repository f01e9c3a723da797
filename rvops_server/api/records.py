"""Reads beyond the sync stream: a contact's whole history (S8) and a conversation's messages."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from rvops_server.domain.contact_history import contact_history, conversation_messages
from rvops_server.domain.errors import Refused
from rvops_server.edge.deps import CurrentViewer, services
from rvops_server.edge.errors import refused

router = APIRouter(prefix="/api/v1", tags=["records"])


@router.get("/contacts/{contact_id}/history", summary="The contact's past conversations, templates and calls")
async def get_contact_history(contact_id: str, request: Request, viewer: CurrentViewer) -> dict[str, Any]:
    svc = services(request)

    def _do() -> dict[str, Any]:
        with svc.store.read() as conn:
            return contact_history(conn, viewer, contact_id)

    try:
        return await run_in_threadpool(_do)
    except Refused as exc:
        raise refused(exc) from exc


@router.get("/conversations/{conversation_id}/messages", summary="A conversation's messages, oldest first")
async def get_messages(conversation_id: str, request: Request, viewer: CurrentViewer) -> dict[str, Any]:
    svc = services(request)

    def _do() -> list[dict[str, Any]]:
        with svc.store.read() as conn:
            return conversation_messages(conn, viewer, conversation_id)

    try:
        return {"messages": await run_in_threadpool(_do)}
    except Refused as exc:
        raise refused(exc) from exc
