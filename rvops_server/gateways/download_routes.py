"""An agent's "try again" on a customer's file whose download failed."""
from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from rvops_server.api.deps import current_viewer, services
from rvops_server.api.errors import ApiError
from rvops_server.domain.visibility import Viewer
from rvops_server.store import schema as t


def router(downloads) -> APIRouter:
    routes = APIRouter(prefix="/api/v1", tags=["media"])

    @routes.post("/messages/{message_id}/attachments/{position}/retry", status_code=202,
                 summary="Download a customer's file again after its download failed")
    async def retry(message_id: str, position: int, request: Request, viewer: Viewer = Depends(current_viewer)):
        svc = services(request)

        def _do() -> str:
            with svc.store.write() as uow:
                conversation = uow.conn.execute(sa.select(t.conversations).join(
                    t.messages, t.messages.c.conversation_id == t.conversations.c.id)
                    .where(t.messages.c.id == message_id)).first()
                if conversation is None or not viewer.can_see(dict(conversation._mapping)):
                    return "not_found"
                return "queued" if downloads.retry(uow, message_id, position) else "not_failed"

        outcome = await run_in_threadpool(_do)
        if outcome == "not_found":
            raise ApiError(404, "not_found", "Mensagem não encontrada. / Message not found.")
        if outcome == "not_failed":
            raise ApiError(409, "conflict", "Este arquivo não está com falha no download. / "
                                            "This file's download has not failed.")
        return {"state": "downloading"}

    return routes
