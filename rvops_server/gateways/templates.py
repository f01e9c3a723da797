"""WhatsApp templates (S13) kept in sync with GET /{waba-id}/message_templates: on start and on demand."""
from __future__ import annotations

import logging

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from rvops_contract.permissions import Permission, has_permission
from rvops_server.api.deps import current_viewer
from rvops_server.api.errors import ApiError
from rvops_server.channels.graph_client import GraphApiError, Template
from rvops_server.domain.visibility import Viewer
from rvops_server.gateways.gateway import MetaGateway
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc

log = logging.getLogger(__name__)
MISSING_STATUS = "DELETED"  # a template we knew that Meta no longer lists
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
    tc = t.templates.c
    now = naive_utc(gateway.services.clock.now())
    counts = {"created": 0, "updated": 0, "unchanged": 0, "missing": 0}
    seen: set[tuple[str, str]] = set()
    with gateway.services.store.write() as uow:
        conn = uow.conn
        existing = {(r.name, r.language): r for r in conn.execute(sa.select(t.templates))}
        for item in templates:
            key = (item.name, item.language)
            seen.add(key)
            values = {"status": item.status.upper(), "category": (item.category or "").upper() or "UTILITY",
                          "components": item.components}
            row = existing.get(key)
            if row is None:
                template_id = item.id or f"{item.name}:{item.language}"
                conn.execute(t.templates.insert().values(id=template_id, name=item.name, language=item.language,
                                                         updated_at=now, **values))
                uow.changed("templates", template_id)
                counts["created"] += 1
            elif any(getattr(row, k) != v for k, v in values.items()):
                conn.execute(t.templates.update().where(tc.id == row.id).values(updated_at=now, **values))
                uow.changed("templates", row.id)
                counts["updated"] += 1
            else:
                counts["unchanged"] += 1
        for key, row in existing.items():
            if key not in seen and row.status != MISSING_STATUS:
                conn.execute(t.templates.update().where(tc.id == row.id).values(status=MISSING_STATUS,
                                                                               updated_at=now))
                uow.changed("templates", row.id)
                counts["missing"] += 1
    return counts


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
    async def sync_now(request: Request, viewer: Viewer = Depends(current_viewer)):
        if not has_permission(viewer.user, Permission.SYNC_TEMPLATES):
            raise ApiError(403, "forbidden", FORBIDDEN_SYNC)
        try:
            return await sync_templates(gateway)
        except GraphApiError as exc:
            log.warning("template sync failed: %s code=%s", exc.error.reason, exc.error.code)
            raise ApiError(502, exc.error.reason.value, exc.error.stored_text) from exc

    return router
