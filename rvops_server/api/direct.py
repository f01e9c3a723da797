"""A short way in for the hottest endpoints (pure ASGI): Meta's webhook deliveries.

Every request otherwise walks FastAPI's route table and dependency resolution before its
endpoint runs; for webhook deliveries (one per customer message, hundreds a second at peak) that
walk cost more CPU than checking the signature and parsing the body (benchmarks/results/load.md).
Endpoints registered here are plain Starlette endpoints (`Request` in, `Response` out) that are
*also* declared as ordinary routes, so they are documented in `/openapi.json` and behave the
same either way: this middleware only skips the walk. It sits inside the body-size cap and the
server-error handler, so oversized bodies and unexpected errors are answered as everywhere else.
"""
from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from rvops_server.services import Endpoint


class DirectRoutes:
    def __init__(self, app: ASGIApp, routes: dict[tuple[str, str], Endpoint]) -> None:
        self.app = app
        self.routes = routes  # (method, path) → endpoint

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            endpoint = self.routes.get((scope["method"], scope["path"]))
            if endpoint is not None:
                response = await endpoint(Request(scope, receive))
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
