"""POST /api/v1/auth/login, /logout; GET /api/v1/auth/me."""
from __future__ import annotations

import logging
from datetime import timedelta

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from rvops_server.api.deps import bearer_token, current_viewer, language, services
from rvops_server.api.errors import ApiError, ErrorBody
from rvops_server.domain import auth, login_throttle, passwords
from rvops_server.domain.records import load
from rvops_server.domain.sentences import say
from rvops_server.store import schema as t
from rvops_server.domain.visibility import Viewer

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)


class LoginResponse(BaseModel):
    token: str
    user: dict


@router.post("/login", response_model=LoginResponse, summary="Sign in with e-mail and password",
             responses={401: {"model": ErrorBody, "description": "Wrong e-mail or password"},
                        403: {"model": ErrorBody, "description": "The account is deactivated"},
                        429: {"model": ErrorBody, "description": "Too many failed sign-ins for this account or "
                                                                 "from this address; see Retry-After"}})
async def login(body: LoginRequest, request: Request):
    """Throttled per account and per client address (domain/login_throttle.py); the password is
    checked on the password pool (domain/passwords.py), outside every lock and shared worker."""
    svc = services(request)
    address = request.client.host if request.client else "unknown"

    def _check():
        with svc.store.read() as conn:
            return login_throttle.retry_after(conn, body.email, address, svc.clock.now()), \
                auth.find_user(conn, body.email)

    wait, row = await run_in_threadpool(_check)
    if wait is not None:
        log.warning("sign-in throttled: %s from %s for %d s", body.email.strip().lower(), address, wait)
        message = (f"Muitas tentativas de entrar; tente de novo em {wait} s. / "
                   f"Too many sign-in attempts; try again in {wait} s.")
        return JSONResponse({"error": "too_many_attempts", "message": message, "detail": message,
                             "retry_after": wait}, status_code=429, headers={"Retry-After": str(wait)})
    if not await passwords.verify(row.password_hash if row is not None else None, body.password):
        def _failed():
            with svc.store.write() as uow:
                login_throttle.record_failure(uow, body.email, address, svc.clock.now())
        await run_in_threadpool(_failed)
        raise ApiError(401, "invalid_credentials", "E-mail ou senha incorretos. / Wrong e-mail or password.")

    def _signed_in():
        with svc.store.write() as uow:
            if not uow.conn.execute(sa.select(t.users.c.active).where(t.users.c.id == row.id)).scalar():
                return None, None  # deactivated (checked in the transaction that would issue the token)
            login_throttle.clear_account(uow, body.email)
            token = auth.issue_token(uow, row.id, svc.clock.now(), timedelta(hours=svc.settings.token_ttl_hours))
            return token, load(uow.conn, "users", [row.id])[row.id]

    token, user = await run_in_threadpool(_signed_in)
    if token is None:
        log.warning("sign-in of a deactivated account: %s", body.email.strip().lower())
        raise ApiError(403, "account_deactivated", say("account_deactivated", language(request)))
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
