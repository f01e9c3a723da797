"""An agent's "try again" on a customer's file whose download failed."""
from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from rvops_server.domain import media_downloads
from rvops_server.domain.media_downloads import RetryOutcome
from rvops_server.edge.deps import CurrentViewer, services
from rvops_server.edge.errors import ApiError
from rvops_server.gateways.downloads import Downloads


def router(downloads: Downloads) -> APIRouter:
    routes = APIRouter(prefix="/api/v1", tags=["media"])

    @routes.post("/messages/{message_id}/attachments/{position}/retry", status_code=202,
                 summary="Download a customer's file again after its download failed")
    async def retry(message_id: str, position: int, request: Request, viewer: CurrentViewer) -> dict[str, str]:
        svc = services(request)
        outcome = await run_in_threadpool(media_downloads.retry, svc.store, viewer, message_id, position,
                                          svc.clock.now(), downloads.worker.wake)
        if outcome is RetryOutcome.NOT_FOUND:
            raise ApiError(404, "not_found", "Mensagem não encontrada. / Message not found.")
        if outcome is RetryOutcome.NOT_FAILED:
            raise ApiError(409, "conflict", "Este arquivo não está com falha no download. / "
                                            "This file's download has not failed.")
        return {"state": "downloading"}

    return routes
