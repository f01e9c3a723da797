"""POST /api/v1/auth/login, /accept-invite, /logout; GET /api/v1/auth/me."""
from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from rvops_contract.wire import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH
from rvops_server.domain import accounts, auth, invites, login_throttle, passwords
from rvops_server.domain.accounts import InviteRefusal, SignedIn
from rvops_server.domain.records import load
from rvops_server.domain.sentences import say
from rvops_server.edge.deps import CurrentViewer, bearer_token, language, services
from rvops_server.edge.errors import ApiError, ErrorBody
from rvops_server.services import Services

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)


class LoginResponse(BaseModel):
    token: str
    user: dict[str, Any]


THROTTLED = {"model": ErrorBody, "description": "Too many failed sign-ins for this account or from this address; "
                                                "see Retry-After"}


class AcceptInviteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str = Field(min_length=3, max_length=320)
    code: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=MAX_PASSWORD_LENGTH)


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _too_many_attempts(email: str, address: str, wait: int) -> JSONResponse:
    log.warning("sign-in throttled: %s from %s for %d s", email.strip().lower(), address, wait)
    message = (f"Muitas tentativas de entrar; tente de novo em {wait} s. / "
               f"Too many sign-in attempts; try again in {wait} s.")
    return JSONResponse({"error": "too_many_attempts", "message": message, "detail": message,
                         "retry_after": wait}, status_code=429, headers={"Retry-After": str(wait)})


async def _failed(svc: Services, email: str, address: str) -> None:
    def _record() -> None:
        with svc.store.write() as uow:
            login_throttle.record_failure(uow, email, address, svc.clock.now())
    await run_in_threadpool(_record)


def _token_ttl(svc: Services) -> timedelta:
    return timedelta(hours=svc.settings.token_ttl_hours)


def _deactivated(request: Request, email: str) -> ApiError:
    log.warning("sign-in of a deactivated account: %s", email.strip().lower())
    return ApiError(403, "account_deactivated", say("account_deactivated", language(request)))


@router.post("/login", response_model=LoginResponse, summary="Sign in with e-mail and password",
             responses={401: {"model": ErrorBody, "description": "Wrong e-mail or password"},
                        403: {"model": ErrorBody, "description": "The account is deactivated"},
                        429: THROTTLED})
async def login(body: LoginRequest, request: Request) -> dict[str, Any] | JSONResponse:
    """Throttled per account and per client address (domain/login_throttle.py); the password is
    checked on the password pool (domain/passwords.py), outside every lock and shared worker."""
    svc = services(request)
    address = _address(request)

    def _check() -> tuple[int | None, Any]:  # the wait, the user's row (auth.find_user)
        with svc.store.read() as conn:
            return login_throttle.retry_after(conn, body.email, address, svc.clock.now()), \
                auth.find_user(conn, body.email)

    wait, row = await run_in_threadpool(_check)
    if wait is not None:
        return _too_many_attempts(body.email, address, wait)
    if not await passwords.verify(row.password_hash if row is not None else None, body.password):
        await _failed(svc, body.email, address)
        raise ApiError(401, "invalid_credentials", "E-mail ou senha incorretos. / Wrong e-mail or password.")

    signed_in = await run_in_threadpool(accounts.sign_in, svc.store, row.id, body.email, svc.clock,
                                        _token_ttl(svc))
    if signed_in is None:
        raise _deactivated(request, body.email)
    return {"token": signed_in.token, "user": signed_in.user}


@router.post("/accept-invite", response_model=LoginResponse, summary="Accept an invite: set a password, sign in",
             responses={401: {"model": ErrorBody, "description": "The code is wrong, expired or already used "
                                                                 "(`invalid_invite`)"},
                        403: {"model": ErrorBody, "description": "The account is deactivated"},
                        429: THROTTLED})
async def accept_invite(body: AcceptInviteRequest, request: Request) -> dict[str, Any] | JSONResponse:
    """The code an administrator sent (domain/invites.py), for this e-mail, unexpired, once: the
    password becomes the user's, the code is spent, and the answer is /login's. Wrong codes count
    against the account and the address as wrong passwords do (domain/login_throttle.py)."""
    svc = services(request)
    address = _address(request)

    def _check() -> tuple[int | None, Any, Any]:  # the wait, the user's row, their pending invite
        with svc.store.read() as conn:
            row = auth.find_user(conn, body.email)
            invite = invites.pending(conn, row.id) if row is not None else None
            return login_throttle.retry_after(conn, body.email, address, svc.clock.now()), row, invite

    wait, row, invite = await run_in_threadpool(_check)
    if wait is not None:
        return _too_many_attempts(body.email, address, wait)
    refusal = ApiError(401, "invalid_invite", say("invite_invalid", language(request)))
    if not invites.matches(invite, body.code, svc.clock.now()):
        log.info("invite refused for %s from %s", body.email.strip().lower(), address)
        await _failed(svc, body.email, address)
        raise refusal
    password_hash = await passwords.hash_password(body.password)  # on the password pool, before the transaction

    accepted = await run_in_threadpool(accounts.accept_invite, svc.store, row.id, body.email, body.code,
                                       password_hash, svc.clock, _token_ttl(svc))
    if accepted is InviteRefusal.INVALID:
        raise refusal
    if accepted is InviteRefusal.DEACTIVATED:
        raise _deactivated(request, body.email)
    assert isinstance(accepted, SignedIn)
    log.info("invite accepted by %s", body.email.strip().lower())
    return {"token": accepted.token, "user": accepted.user}


@router.post("/logout", status_code=204, summary="Revoke the current token")
async def logout(request: Request, viewer: CurrentViewer) -> Response:
    svc = services(request)
    token = bearer_token(request)
    assert token is not None  # current_viewer found the agent by it

    def _do() -> None:
        with svc.store.write() as uow:
            auth.logout(uow, token, svc.clock.now())

    await run_in_threadpool(_do)
    return Response(status_code=204)


@router.get("/me", summary="The signed-in user")
async def me(request: Request, viewer: CurrentViewer) -> dict[str, Any]:
    svc = services(request)

    def _do() -> dict[str, Any]:
        with svc.store.read() as conn:
            return load(conn, "users", [viewer.id])[viewer.id]

    return await run_in_threadpool(_do)
