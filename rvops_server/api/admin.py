"""The administrators' reads: GET /api/v1/admin/audit (the audit trail, newest first, `manage_users`)
and GET /api/v1/admin/chatbot (each channel's chatbot, `manage_distribution`)."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from rvops_contract.permissions import Permission, has_permission
from rvops_server.domain.audit import DEFAULT_AUDIT_PAGE, MAX_AUDIT_PAGE, audit_page
from rvops_server.domain.sentences import say
from rvops_server.domain.visibility import Viewer
from rvops_server.edge.deps import CurrentViewer, language, services
from rvops_server.edge.errors import ApiError, ErrorBody

router = APIRouter(prefix="/api/v1/admin", tags=["administration"])
MAX_AUDIT_ID = 2**63 - 1


def _require(request: Request, viewer: Viewer, permission: Permission) -> None:
    """403 with the sentence naming the permission, in the caller's language."""
    if not has_permission(viewer.user, permission):
        raise ApiError(403, "forbidden", say("forbidden_perm", language(request), permission=permission.value))


@router.get("/audit", summary="The audit trail: who changed which user or team, what, and when",
            responses={403: {"model": ErrorBody, "description": "Needs the manage_users permission"}})
async def get_audit(request: Request, viewer: CurrentViewer,
                    before: int | None = Query(None, ge=1, le=MAX_AUDIT_ID,
                                               description="the `next_before` of the previous page"),
                    limit: int = Query(DEFAULT_AUDIT_PAGE, ge=1, le=MAX_AUDIT_PAGE),
                    scope: Literal["admin", "all"] = Query("admin", description="all: conversation events too"),
                    target_id: str | None = Query(None, max_length=64),
                    actor_id: str | None = Query(None, max_length=64)) -> dict[str, Any]:
    _require(request, viewer, Permission.MANAGE_USERS)
    svc = services(request)

    def _do() -> tuple[list[dict[str, Any]], int | None]:
        with svc.store.read() as conn:
            return audit_page(conn, before=before, limit=limit, scope=scope, target_id=target_id,
                              actor_id=actor_id)

    events, next_before = await run_in_threadpool(_do)
    return {"events": events, "next_before": next_before}


@router.get("/chatbot", summary="Each channel's chatbot configuration (null: none), as set_chatbot left it",
            responses={403: {"model": ErrorBody, "description": "Needs the manage_distribution permission"}})
async def get_chatbots(request: Request, viewer: CurrentViewer) -> dict[str, Any]:
    _require(request, viewer, Permission.MANAGE_DISTRIBUTION)
    svc = services(request)

    def _do() -> dict[str, Any]:
        from rvops_server.chatbot.session import configs
        with svc.store.read() as conn:
            return configs(conn)

    return {"chatbots": await run_in_threadpool(_do)}
