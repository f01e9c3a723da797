"""Meta's webhook endpoints: the GET handshake and signed POST deliveries, for both channels.

A missing signature is 401, a wrong one 403; neither stores anything. A signed body is answered
200 whatever it holds: each element is parsed alone, the valid ones stored, the others logged and
kept in the dead-letter table (gateways/delivery.py). A duplicate delivery is answered 200 like
the first one.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from rvops_server.channels.events import Event
from rvops_server.channels.signatures import SIGNATURE_HEADER, verify_signature, verify_subscription
from rvops_server.gateways.delivery import accept
from rvops_server.gateways.gateway import MetaGateway
from rvops_server.gateways.intake import Intake

log = logging.getLogger(__name__)
Parser = Callable[[Any], list[Event]]


def webhook_router(gateway: MetaGateway, channel: str, parse: Parser) -> APIRouter:
    router = APIRouter(tags=["webhooks"])
    intake = Intake(gateway)
    path = f"/webhooks/{channel}"

    @router.get(path, summary=f"{channel} webhook subscription handshake (hub.challenge)")
    async def handshake(request: Request) -> PlainTextResponse:
        challenge = verify_subscription(request.query_params, gateway.config.verify_token)
        if challenge is None:
            log.warning("%s webhook handshake refused (mode=%s)", channel, request.query_params.get("hub.mode"))
            return PlainTextResponse("verification failed", status_code=403)
        return PlainTextResponse(challenge)

    async def deliver(request: Request) -> JSONResponse:
        raw = await request.body()
        header = request.headers.get(SIGNATURE_HEADER)
        if not header:
            log.warning("%s webhook refused: signature_missing (%d bytes)", channel, len(raw))
            return _refusal(401, "signature_missing", "Assinatura ausente. / Missing signature.")
        if not verify_signature(gateway.config.app_secret, raw, header):
            log.warning("%s webhook refused: signature_invalid (%d bytes)", channel, len(raw))
            return _refusal(403, "signature_invalid", "Assinatura inválida. / Invalid signature.")
        return await accept(intake, channel, parse, raw)  # element by element; dead letters kept

    # Declared as a route (documented, reachable) and served straight by `DirectRoutes` (api/direct.py).
    router.add_api_route(path, deliver, methods=["POST"],
                         summary=f"{channel} webhook deliveries, signed with X-Hub-Signature-256")
    gateway.services.direct_routes[("POST", path)] = deliver
    return router


def _refusal(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)
