"""A tiny webhook receiver for tests and debugging: records every POST (raw body and headers)
and lets a test await the n-th delivery instead of sleeping."""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

DEFAULT_WAIT_SECONDS = 10.0


@dataclass(frozen=True)
class ReceivedWebhook:
    path: str
    body: bytes
    headers: dict[str, str]

    @property
    def payload(self) -> Any:
        return json.loads(self.body)

    @property
    def signature(self) -> str | None:
        return self.headers.get("x-hub-signature-256")


class WebhookReceiver:
    def __init__(self, status_code: int = 200) -> None:
        self.received: list[ReceivedWebhook] = []
        self.status_code = status_code
        self._changed = asyncio.Condition()
        self.app = Starlette(routes=[Route("/{path:path}", self._receive, methods=["POST"])])

    async def _receive(self, request: Request) -> PlainTextResponse:
        body = await request.body()
        async with self._changed:
            self.received.append(ReceivedWebhook(request.url.path, body, dict(request.headers)))
            self._changed.notify_all()
        return PlainTextResponse("EVENT_RECEIVED", status_code=self.status_code)

    async def wait_for(self, count: int, *, path: str | None = None,
                       timeout: float = DEFAULT_WAIT_SECONDS) -> list[ReceivedWebhook]:
        """The first `count` deliveries (to `path`, if given), waiting for them up to `timeout`."""
        def matching() -> list[ReceivedWebhook]:
            return [r for r in self.received if path is None or r.path == path]

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: len(matching()) >= count), timeout)
            return matching()[:count]
