"""Request dependencies: the services, the signed-in agent, the language for sentences."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from rvops_contract.sentences import is_english
from rvops_server.domain.auth import token_viewer
from rvops_server.domain.visibility import Viewer
from rvops_server.edge.errors import ApiError
from rvops_server.services import Services


def services(request: Request) -> Services:
    found: Services = request.app.state.services  # set once by create_app
    return found


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return None


def language(request: Request) -> str:
    return "en" if is_english(request.headers.get("accept-language")) else "pt-BR"


def viewer_for_token(svc: Services, token: str | None) -> Viewer | None:
    if not token:
        return None
    with svc.store.read() as conn:
        return token_viewer(conn, token, svc.clock.now())


def signed_in(svc: Services, token: str | None) -> Viewer:
    """The token's agent, or the 401 (blocking: in a worker thread)."""
    viewer = viewer_for_token(svc, token)
    if viewer is None:
        raise ApiError(401, "unauthorized", "Sign in first: the token is missing, expired or revoked.")
    return viewer


async def current_viewer(request: Request) -> Viewer:
    return await run_in_threadpool(signed_in, services(request), bearer_token(request))


CurrentViewer = Annotated[Viewer, Depends(current_viewer)]  # a route's signed-in agent (401 otherwise)
