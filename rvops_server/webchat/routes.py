"""Webchat routes: the widget script, a demo page, the visitor WebSocket, visitor uploads, and the
agents' typing signal."""
from __future__ import annotations

import logging
import re
import uuid
from importlib import resources
from typing import Any

from fastapi import APIRouter, Form, Request, UploadFile, WebSocket, WebSocketDisconnect
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection

from rvops_contract.attachments import check_attachment
from rvops_contract.wire import MAX_TEXT_LENGTH
from rvops_server.domain.media_files import store_media
from rvops_server.domain.message_lookup import conversation_by_id
from rvops_server.domain.sentences import say
from rvops_server.edge.deps import CurrentViewer, services
from rvops_server.edge.errors import ApiError
from rvops_server.services import Services
from rvops_server.webchat import threads, tokens
from rvops_server.webchat.hub import WebchatHub
from rvops_server.webchat.limits import WebchatLimits

log = logging.getLogger(__name__)
CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
UPLOAD_PATH = "/api/v1/attachments/webchat-visitor"  # under the upload size limit's prefix
CORS = {"Access-Control-Allow-Origin": "*"}
# Our own page: only our script, our socket and our files; never framed by another site.
DEMO_PAGE_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data: blob:; "
                                "media-src 'self' blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
                                "base-uri 'none'; form-action 'none'"),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
def _address(connection: HTTPConnection) -> str:
    return connection.client.host if connection.client else "unknown"


def _asset(name: str) -> str:
    return resources.files("rvops_server.webchat").joinpath("static", name).read_text(encoding="utf-8")


def _provider_id(visitor_id: str, client_id: str | None) -> str:
    client_id = client_id if client_id and CLIENT_ID.match(client_id) else uuid.uuid4().hex
    return f"webchat.{visitor_id}.{client_id}"


def webchat_router(hub: WebchatHub) -> APIRouter:
    router = APIRouter(tags=["webchat"])
    secret = hub.secret
    limits = WebchatLimits(hub.services.clock)

    @router.get("/webchat/widget.js", summary="The embeddable widget: one <script> tag on any site")
    async def widget_js() -> Response:
        return Response(_asset("widget.js"), media_type="application/javascript",
                        headers={**CORS, "Cache-Control": "no-cache"})

    @router.get("/webchat/demo", summary="A demo page with the widget", response_class=HTMLResponse)
    async def demo_page() -> HTMLResponse:
        return HTMLResponse(_asset("demo.html"), headers=DEMO_PAGE_HEADERS)

    @router.websocket("/webchat/ws")
    async def visitor_socket(websocket: WebSocket, token: str | None = None, lang: str | None = None) -> None:
        svc: Services = websocket.app.state.services
        await websocket.accept()
        address = _address(websocket)
        if not limits.open_socket(address):
            log.warning("webchat socket refused: %s has %d open", address, limits.sockets[address])
            await websocket.send_json({"type": "error", "code": "rate_limited",
                                       "message": say("webchat_too_many_sockets", lang)})
            await websocket.close(code=1013)  # try again later
            return
        try:
            await _visitor_session(websocket, svc, token, lang, address)
        finally:
            limits.close_socket(address)

    async def _visitor_session(websocket: WebSocket, svc: Services, token: str | None, lang: str | None,
                               address: str) -> None:
        visitor_id = tokens.visitor_of(secret, token)
        if visitor_id is None:
            visitor_id, token = tokens.new_visitor(secret)
        hub.join(visitor_id, websocket)

        def _history() -> list[dict[str, Any]]:
            with svc.store.read() as conn:
                return threads.history(conn, svc, secret, visitor_id)
        try:
            await websocket.send_json({"type": "hello", "visitor_id": visitor_id, "token": token,
                                       "history": await run_in_threadpool(_history)})
            while True:
                data = await websocket.receive_json()
                if not isinstance(data, dict):
                    await websocket.send_json({"type": "error", "message": say("webchat_unknown", lang)})
                elif data.get("type") == "ping":
                    await websocket.send_json({"type": "pong"})
                elif data.get("type") == "message":
                    await _visitor_text(websocket, svc, visitor_id, data, lang, address)
        except (WebSocketDisconnect, RuntimeError, ValueError):
            pass
        finally:
            hub.leave(visitor_id, websocket)

    async def _visitor_text(websocket: WebSocket, svc: Services, visitor_id: str, data: dict[str, Any],
                            lang: str | None, address: str) -> None:
        text = data["text"] if isinstance(data.get("text"), str) else ""
        client_id = data.get("client_id") if isinstance(data.get("client_id"), str) else None
        problem = "webchat_empty" if not text.strip() else "webchat_too_long" if len(text) > MAX_TEXT_LENGTH else None
        if problem:
            await websocket.send_json({"type": "error", "client_id": client_id, "message": say(problem, lang, limit=MAX_TEXT_LENGTH)})
            return
        wait = limits.message(address, visitor_id)  # only a real message may open a conversation
        if wait is not None:
            log.info("webchat message refused: rate limited (%s, %s, %d s)", address, visitor_id, wait)
            await websocket.send_json({"type": "error", "code": "rate_limited", "client_id": client_id,
                                       "retry_after": wait, "message": say("webchat_rate_limited", lang, wait=wait)})
            return
        message_id = await run_in_threadpool(threads.store_visitor_message, svc, visitor_id,
                                             _provider_id(visitor_id, client_id), text=text)
        await websocket.send_json({"type": "ack", "client_id": client_id, "message_id": message_id})

    @router.post(UPLOAD_PATH, summary="A webchat visitor sends a file (checked by the channel's rules)")
    async def visitor_upload(request: Request, file: UploadFile, token: str = Form(...),
                             client_id: str | None = Form(None), lang: str | None = Form(None)) -> JSONResponse:
        svc = services(request)
        visitor_id = tokens.visitor_of(secret, token)
        if visitor_id is None:
            return JSONResponse({"error": "unauthorized", "message": say("webchat_identity", lang)}, 401, headers=CORS)
        wait = limits.message(_address(request), visitor_id)
        if wait is not None:
            return JSONResponse({"error": "rate_limited", "retry_after": wait,
                                 "message": say("webchat_rate_limited", lang, wait=wait)}, 429,
                                headers={**CORS, "Retry-After": str(wait)})
        data = await file.read()
        decision = check_attachment(threads.CHANNEL, file.content_type, len(data), file.filename)
        if not decision.allowed:
            assert decision.reason is not None  # a refusal carries its reason
            log.info("webchat upload refused: %s (%s, %d bytes)", decision.reason, decision.mime_type, len(data))
            return JSONResponse({"error": decision.reason.value, "message": decision.message(lang or "pt-BR")},
                                422, headers=CORS)
        record = await run_in_threadpool(store_media, svc.store, svc.settings.media_dir, data, decision.mime_type,
                                         file.filename, None, svc.clock.now())
        assert decision.media_type is not None  # an allowed file has the type the channel carries it as
        attachment = {**record, "media_type": decision.media_type.value}
        message_id = await run_in_threadpool(threads.store_visitor_message, svc, visitor_id,
                                             _provider_id(visitor_id, client_id), text=None,
                                             attachments=[attachment])
        return JSONResponse({"message_id": message_id, "attachment": {"id": record["id"]}}, headers=CORS)

    @router.post("/api/v1/conversations/{conversation_id}/typing",
                 summary="The agent is typing: shown to the webchat visitor for a few seconds")
    async def agent_typing(conversation_id: str, request: Request, viewer: CurrentViewer) -> dict[str, int]:
        svc = services(request)

        def _conversation() -> dict[str, Any] | None:
            with svc.store.read() as conn:
                return conversation_by_id(conn, conversation_id)
        conversation = await run_in_threadpool(_conversation)
        if conversation is None or not viewer.can_see(conversation):
            raise ApiError(404, "not_found", "Conversa não encontrada. / Conversation not found.")
        delivered = 0
        if conversation["channel"] == threads.CHANNEL:
            delivered = await hub.typing(conversation_id, viewer.user.get("name"))
        return {"delivered": delivered}

    return router
