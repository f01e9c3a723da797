"""A request-body size cap (pure ASGI): oversized bodies get 413 before anything reads them.

Three caps: uploads (`upload_max_bytes`), Meta's webhook deliveries (`WEBHOOK_MAX_BYTES`: Meta
documents payloads of up to 3 MB, batched), and everything else (`max_bytes`).
"""
from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

WEBHOOK_MAX_BYTES = 4 * 1024 * 1024
WEBHOOK_PREFIX = "/webhooks/"


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int, upload_max_bytes: int,
                 upload_prefixes: tuple[str, ...] = ("/api/v1/attachments",),
                 webhook_max_bytes: int = WEBHOOK_MAX_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = upload_max_bytes
        self.upload_prefixes = upload_prefixes
        self.webhook_max_bytes = webhook_max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        limit = (self.upload_max_bytes if path.startswith(self.upload_prefixes)
                 else self.webhook_max_bytes if path.startswith(WEBHOOK_PREFIX) else self.max_bytes)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._too_large(send, limit)
            return
        seen = 0
        too_large = False

        async def counted_receive() -> Message:
            nonlocal seen, too_large
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    too_large = True
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, counted_receive, send)
        except _TooLarge:
            await self._too_large(send, limit)

    @staticmethod
    async def _too_large(send: Send, limit: int) -> None:
        body = json.dumps({"error": "too_large", "message": f"Request body larger than {limit} bytes.",
                           "detail": f"Request body larger than {limit} bytes."}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass
