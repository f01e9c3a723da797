"""WhatsApp templates (S13) kept in sync with GET /{waba-id}/message_templates: on start and on demand."""
from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from rvops_contract.permissions import Permission, has_permission
from rvops_server.channels.graph_client import GraphApiError, Template
from rvops_server.domain.template_catalog import upsert_templates
from rvops_server.edge.deps import CurrentViewer
from rvops_server.edge.errors import ApiError
from rvops_server.gateways.gateway import MetaGateway

log = logging.getLogger(__name__)
FORBIDDEN_SYNC = ("Seu perfil não tem a permissão \"sync_templates\": peça a um supervisor ou administrador. / "
                  "Your role lacks the \"sync_templates\" permission: ask a supervisor or an administrator.")


async def sync_templates(gateway: MetaGateway) -> dict[str, int]:
    """Fetch every template of the WABA and upsert them; returns counts. Raises GraphApiError."""
    if not gateway.config.waba_id or not gateway.config.access_token:
        raise ApiError(409, "not_configured", "O WhatsApp não está configurado neste servidor. / "
                                              "WhatsApp is not configured on this server.")
    graph = await gateway.client()
    templates = await graph.list_templates(gateway.config.waba_id)
    counts = await run_in_threadpool(_upsert, gateway, templates)
    log.info("templates synced: %s", counts)
    return counts


def _upsert(gateway: MetaGateway, templates: list[Template]) -> dict[str, int]:
    with gateway.services.store.write() as uow:
        return upsert_templates(uow, templates, gateway.services.clock.now())


async def sync_on_start(gateway: MetaGateway) -> None:
    if not (gateway.config.waba_id and gateway.config.access_token):
        return
    try:
        await sync_templates(gateway)
    except GraphApiError as exc:
        log.warning("template sync on start failed: %s code=%s", exc.error.reason, exc.error.code)
    except Exception:
        log.exception("template sync on start failed")


def templates_router(gateway: MetaGateway) -> APIRouter:
    router = APIRouter(prefix="/api/v1/templates", tags=["templates"])

    @router.post("/sync", summary="Fetch the WhatsApp templates from Meta now")
    async def sync_now(request: Request, viewer: CurrentViewer) -> dict[str, int]:
        if not has_permission(viewer.user, Permission.SYNC_TEMPLATES):
            raise ApiError(403, "forbidden", FORBIDDEN_SYNC)
        try:
            return await sync_templates(gateway)
        except GraphApiError as exc:
            log.warning("template sync failed: %s code=%s", exc.error.reason, exc.error.code)
            raise ApiError(502, exc.error.reason.value, exc.error.stored_text) from exc

    return router
