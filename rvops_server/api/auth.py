"""POST /api/v1/auth/login, /logout; GET /api/v1/auth/me."""
from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from rvops_server.api.deps import bearer_token, current_viewer, services
from rvops_server.api.errors import ApiError
from rvops_server.domain import auth
from rvops_server.domain.records import load
from rvops_server.domain.visibility import Viewer

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)


class LoginResponse(BaseModel):
    token: str
    user: dict


@router.post("/login", response_model=LoginResponse, summary="Sign in with e-mail and password")
async def login(body: LoginRequest, request: Request):
    svc = services(request)

    def _do():
        with svc.store.write() as uow:
            found = auth.login(uow, body.email, body.password, svc.clock.now(),
                               timedelta(hours=svc.settings.token_ttl_hours))
            if found is None:
                return None
            row, token = found
            return token, load(uow.conn, "users", [row.id])[row.id]

    result = await run_in_threadpool(_do)
    if result is None:
        raise ApiError(401, "invalid_credentials", "E-mail ou senha incorretos. / Wrong e-mail or password.")
    token, user = result
    return {"token": token, "user": user}


@router.post("/logout", status_code=204, summary="Revoke the current token")
async def logout(request: Request, viewer: Viewer = Depends(current_viewer)):
    svc = services(request)
    token = bearer_token(request)

    def _do():
        with svc.store.write() as uow:
            auth.logout(uow, token, svc.clock.now())

    await run_in_threadpool(_do)
    return Response(status_code=204)


@router.get("/me", summary="The signed-in user")
async def me(request: Request, viewer: Viewer = Depends(current_viewer)):
    svc = services(request)

    def _do():
        with svc.store.read() as conn:
            return load(conn, "users", [viewer.id])[viewer.id]

    return await run_in_threadpool(_do)
