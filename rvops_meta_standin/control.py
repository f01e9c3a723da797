"""The stand-in's control routes, under /_standin/ (what the simulator and tests call): make a
customer write in, list what our server sent, inject an error, hold answers back, and change a
template's status (the signed `message_template_status_update` webhook follows, as after Meta's review)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import payloads as P
from .state import InjectedError

if TYPE_CHECKING:
    from .app import MetaStandin


class ControlApi:
    def __init__(self, standin: MetaStandin) -> None:
        self.standin = standin
        self.config, self.state = standin.config, standin.state

    def routes(self) -> list[Route]:
        return [
            Route("/_standin/health", self.health),
            Route("/_standin/whatsapp/inbound", self.whatsapp_inbound, methods=["POST"]),
            Route("/_standin/instagram/inbound", self.instagram_inbound, methods=["POST"]),
            Route("/_standin/sent", self.sent),
            Route("/_standin/errors", self.inject_error, methods=["POST"]),
            Route("/_standin/hold", self.hold, methods=["POST"]),
            Route("/_standin/templates/status", self.template_status, methods=["POST"]),
        ]

    async def health(self, request: Request) -> Response:
        return JSONResponse({"ok": True})

    async def whatsapp_inbound(self, request: Request) -> Response:
        self.standin.public_url = self.standin.public_url or str(request.base_url).rstrip("/")
        body = await request.json()
        return JSONResponse(await self.standin.customer_writes_whatsapp(**body))

    async def instagram_inbound(self, request: Request) -> Response:
        self.standin.public_url = self.standin.public_url or str(request.base_url).rstrip("/")
        body = await request.json()
        return JSONResponse(await self.standin.customer_writes_instagram(**body))

    async def sent(self, request: Request) -> Response:
        after = int(request.query_params.get("after", "0"))
        records = self.state.sent[after:]
        return JSONResponse({"messages": [
            {"cursor": r.cursor, "channel": r.channel, "id": r.provider_message_id, "to": r.to, "type": r.type,
             "payload": r.payload, "at": r.at.isoformat(), "outcome": r.outcome} for r in records],
            "next": len(self.state.sent)})

    async def inject_error(self, request: Request) -> Response:
        body = await request.json()
        for _ in range(int(body.get("count", 1))):
            self.state.injected_errors.append(InjectedError(int(body["code"]), body.get("message", "Injected error"),
                                                            body.get("subcode"), int(body.get("http_status", 400))))
        return JSONResponse({"queued": len(self.state.injected_errors)})

    async def hold(self, request: Request) -> Response:
        """Hold back the answers of the next `count` sends or media downloads for `seconds`."""
        body = await request.json()
        self.state.holds.setdefault(body["what"], []).extend([float(body["seconds"])] * int(body.get("count", 1)))
        return JSONResponse({"holds": self.state.holds})

    async def template_status(self, request: Request) -> Response:
        body = await request.json()
        template = self.state.find_template(body["name"], body["language"])
        if template is None:
            return JSONResponse({"error": "no such template"}, status_code=404)
        template["status"] = body["event"]
        payload = P.template_status_update(waba_id=self.config.waba_id, template_id=template["id"],
                                           name=template["name"], language=template["language"],
                                           event=body["event"], reason=body.get("reason", "NONE"),
                                           category=template.get("category"), time=self.state.clock.now())
        return JSONResponse({"webhook_status": await self.standin.deliver(self.config.whatsapp_webhook_url, payload)})
