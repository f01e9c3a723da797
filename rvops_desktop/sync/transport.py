"""The server's sync API over HTTP (httpx) and the live stream (websockets).

Errors are sorted into the three things the engine does about them:
- `Offline`: the server could not be reached or answered 5xx/408/429: retry with back-off;
- `Unauthorized`: the token is missing, expired or revoked: sign in again;
- `Rejected`: the server refused the request itself (4xx): retrying it unchanged cannot help.
An answer that does not match its model (`rvops_contract.wire.responses`) is `Malformed`, a kind of
`Offline`: nothing of it is applied, and the same request is made again later (all are idempotent).
"""
from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncGenerator, Callable, Sequence
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

import httpx
from pydantic import TypeAdapter, ValidationError
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import InvalidStatus, WebSocketException

from rvops_contract.wire import (
    API_PREFIX,
    SNAPSHOT_FRAME,
    STREAM_MESSAGE,
    Bootstrap,
    ChangesPage,
    MutationResult,
    MutationResults,
)
from rvops_contract.wire.responses import AnySnapshotFrame, AnyStreamMessage

log = logging.getLogger(__name__)

HTTP_TIMEOUT_SECONDS = 30.0  # a bootstrap of a big workspace takes a while
CONNECT_TIMEOUT_SECONDS = 5.0
STREAM_OPEN_TIMEOUT_SECONDS = 10.0
STREAM_PING_SECONDS = 15.0  # keep-alive pings; a dead server is noticed within ~2x this
UNAUTHORIZED_CLOSE_CODE = 4401  # the stream's close code for a bad token
_TRANSIENT_STATUS = {408, 425, 429}


class SyncError(Exception):
    code = "sync_error"


class Offline(SyncError):
    code = "offline"


class Malformed(Offline):
    """The server answered something that is not what the contract says (a proxy's page, a server of
    another version, a body cut in a way that still parses): nothing of it is applied."""
    code = "malformed"


_T = TypeVar("_T")
_CHANGES_PAGE = TypeAdapter(ChangesPage)
_MUTATION_RESULTS = TypeAdapter(MutationResults)
_BOOTSTRAP = TypeAdapter(Bootstrap)


def _checked(model: TypeAdapter[_T], what: str, data: Any) -> _T:
    """`data` (parsed JSON, or raw JSON text/bytes) validated as `model`, else Malformed naming `what`."""
    try:
        return model.validate_json(data) if isinstance(data, (str, bytes)) else model.validate_python(data)
    except ValidationError as exc:
        problems = exc.errors()
        said = f"{problems[0]['msg']} at {tuple(problems[0]['loc'])}" if problems else str(exc)
        raise Malformed(f"{what} is not what the contract says: {said}") from exc


class Unauthorized(SyncError):
    code = "unauthorized"


class Rejected(SyncError):
    code = "rejected"

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"HTTP {status}: {body[:300]}")
        self.status = status


class Throttled(Rejected):
    """Sign-in refused for too many failed attempts (429): the server's sentence, and how long to wait."""
    code = "throttled"

    def __init__(self, message: str, retry_after: int | None) -> None:
        SyncError.__init__(self, message)
        self.status, self.retry_after = 429, retry_after


TokenSource = Callable[[], str | None]


class SyncClient:
    """One server, one signed-in agent. `token` is read on every request (it may change)."""

    def __init__(self, server_url: str, token: TokenSource | str | None = None, *,
                 lang: str = "pt-BR", http: httpx.AsyncClient | None = None) -> None:
        self.server_url = server_url.rstrip("/")
        self._token = token if callable(token) else (lambda: token)
        self.lang = lang
        self._http = http or httpx.AsyncClient(
            base_url=self.server_url,
            timeout=httpx.Timeout(HTTP_TIMEOUT_SECONDS, connect=CONNECT_TIMEOUT_SECONDS))

    @property
    def http(self) -> httpx.AsyncClient:
        return self._http

    async def aclose(self) -> None:
        await self._http.aclose()

    def _headers(self, *, auth: bool = True) -> dict[str, str]:
        headers = {"accept-language": self.lang}
        token = self._token() if auth else None
        if auth and not token:
            raise Unauthorized("not signed in")
        if token:
            headers["authorization"] = f"Bearer {token}"
        return headers

    async def _request(self, method: str, path: str, *, auth: bool = True, parse_off_loop: bool = False,
                       throttle_refuses: bool = False, **kwargs: Any) -> Any:
        try:
            response = await self._http.request(method, API_PREFIX + path, headers=self._headers(auth=auth),
                                                **kwargs)
        except httpx.TransportError as exc:  # refused, reset, timed out, cut mid-body
            raise Offline(f"{exc.__class__.__name__}: {exc}") from exc
        if response.status_code == 401:
            raise Unauthorized(response.text[:300])
        if response.status_code == 429 and throttle_refuses:  # a lock-out: retrying now cannot help
            raise _throttled(response)
        if response.status_code >= 500 or response.status_code in _TRANSIENT_STATUS:
            raise Offline(f"HTTP {response.status_code}")
        if response.status_code >= 400:
            raise Rejected(response.status_code, response.text)
        try:
            if parse_off_loop:  # a large body (the bootstrap): parsing it must not stall the event loop
                return await asyncio.to_thread(json.loads, response.content)
            return response.json()
        except ValueError as exc:  # a body cut short by a dying server
            raise Offline(f"unreadable body: {exc}") from exc

    # ---- endpoints ---------------------------------------------------------------------------
    async def login(self, email: str, password: str) -> dict[str, Any]:
        """POST /auth/login -> {token, user}. Wrong credentials raise Unauthorized; a lock-out Throttled."""
        answer: dict[str, Any] = await self._request("POST", "/auth/login", auth=False, throttle_refuses=True,
                                   json={"email": email, "password": password})
        return answer

    async def accept_invite(self, email: str, code: str, password: str) -> dict[str, Any]:
        """POST /auth/accept-invite -> {token, user}, as login. A wrong, expired or used code raises
        Unauthorized; a lock-out Throttled."""
        answer: dict[str, Any] = await self._request("POST", "/auth/accept-invite", auth=False, throttle_refuses=True,
                                   json={"email": email, "code": code, "password": password})
        return answer

    async def logout(self) -> None:
        await self._request_no_body("POST", "/auth/logout")

    async def _request_no_body(self, method: str, path: str) -> None:
        try:
            response = await self._http.request(method, API_PREFIX + path, headers=self._headers())
        except httpx.TransportError as exc:
            raise Offline(str(exc)) from exc
        if response.status_code == 401:
            raise Unauthorized(response.text[:300])

    async def typing(self, conversation_id: str) -> int:
        """POST /conversations/{id}/typing: the webchat visitor sees the agent typing; how many of
        the visitor's open widgets were told."""
        body = await self._request("POST", f"/conversations/{quote(conversation_id, safe='')}/typing")
        return int(body.get("delivered") or 0)

    async def chatbots(self) -> dict[str, Any]:
        """GET /admin/chatbot: each channel's chatbot configuration (None: none), for its settings."""
        body = await self._request("GET", "/admin/chatbot")
        return dict(body.get("chatbots") or {})

    async def bootstrap(self) -> dict[str, Any]:
        """GET /sync/bootstrap, checked against `Bootstrap` (for tools; the desk signs in by snapshot)."""
        answer: dict[str, Any] = await self._request("GET", "/sync/bootstrap", parse_off_loop=True)
        _checked(_BOOTSTRAP, "the bootstrap", answer)
        return answer

    def read_snapshot(self, at: int | None, resume: str | None, limit: int | None,
                      take: Callable[[AnySnapshotFrame], bool]) -> None:
        """GET /sync/snapshot with a blocking client, for a worker thread: each frame (a SnapshotBegin,
        SnapshotPage or SnapshotEnd, validated) goes to `take` as it arrives, parsed and applied off the
        event loop; `take` returns False to stop. A line that is not a frame (cut short by a dying
        server, or malformed) raises Malformed before anything of it is applied. A link that breaks mid-way raises Offline; the caller asks
        again with `at` and the last page's `resume`. (Blocking on purpose: an asyncio stream
        abandoned mid-body leaves httpx's nested async generators to be finalised in another task.)"""
        params: dict[str, Any] = {k: v for k, v in (("at", at), ("resume", resume), ("limit", limit)) if v is not None}
        timeout = httpx.Timeout(HTTP_TIMEOUT_SECONDS, connect=CONNECT_TIMEOUT_SECONDS)
        try:
            with httpx.Client(base_url=self.server_url, timeout=timeout) as http, http.stream(
                    "GET", API_PREFIX + "/sync/snapshot", params=params, headers=self._headers()) as response:
                if response.status_code >= 400:
                    body = response.read().decode(errors="replace")
                    if response.status_code == 401:
                        raise Unauthorized(body[:300])
                    if response.status_code >= 500 or response.status_code in _TRANSIENT_STATUS:
                        raise Offline(f"HTTP {response.status_code}")
                    raise Rejected(response.status_code, body)
                for line in response.iter_lines():
                    if not line:
                        continue
                    frame = _checked(SNAPSHOT_FRAME, "a snapshot line", line)
                    if not take(frame):
                        return
        except httpx.TransportError as exc:  # refused, reset, timed out, cut mid-body
            raise Offline(f"{exc.__class__.__name__}: {exc}") from exc

    async def changes(self, since: int, limit: int | None = None) -> ChangesPage:
        params = {"since": since} if limit is None else {"since": since, "limit": limit}
        return _checked(_CHANGES_PAGE, "the changes", await self._request("GET", "/sync/changes", params=params))

    async def push(self, mutations: Sequence[dict[str, Any]]) -> list[MutationResult]:
        """POST /sync/mutations; one result per mutation, in order."""
        body = await self._request("POST", "/sync/mutations", json={"mutations": list(mutations)})
        return _checked(_MUTATION_RESULTS, "the mutations' results", body).results

    async def stream(self, since: int) -> AsyncGenerator[AnyStreamMessage, None]:
        """The live stream's messages (validated) until it closes; one that is not a message of the
        contract raises Malformed (the engine reconnects and catches up from its cursor).

        A closed or broken stream raises Offline (or Unauthorized for a bad token)."""
        token = self._token()
        if not token:
            raise Unauthorized("not signed in")
        base = self.server_url.replace("https://", "wss://").replace("http://", "ws://")
        url = f"{base}{API_PREFIX}/sync/stream?{urlencode({'since': since})}"  # the token: a header, never the URL
        try:
            async with ws_connect(url, additional_headers={"Authorization": f"Bearer {token}"},
                                  open_timeout=STREAM_OPEN_TIMEOUT_SECONDS, ping_interval=STREAM_PING_SECONDS,
                                  ping_timeout=STREAM_PING_SECONDS, max_size=None) as ws:
                async for raw in ws:
                    yield _checked(STREAM_MESSAGE, "a stream message", raw)
                if ws.close_code == UNAUTHORIZED_CLOSE_CODE:
                    raise Unauthorized("stream refused the token")
        except InvalidStatus as exc:
            if exc.response.status_code in (401, 403):
                raise Unauthorized(str(exc)) from exc
            raise Offline(str(exc)) from exc
        except (OSError, WebSocketException, TimeoutError) as exc:
            raise Offline(f"{exc.__class__.__name__}: {exc}") from exc
        raise Offline("stream closed")


def _throttled(response: httpx.Response) -> Throttled:
    try:
        message = str(response.json().get("message") or "")
    except (ValueError, AttributeError):
        message = ""
    wait = response.headers.get("retry-after", "")
    return Throttled(message or f"HTTP 429 ({response.text[:200]})", int(wait) if wait.isdigit() else None)
