"""The short way in: registered endpoints answer without the route walk; the rest goes on."""
import asyncio

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from rvops_server.api.direct import DirectRoutes


def make_client():
    walked = []

    async def routed(request: Request):
        walked.append(request.url.path)
        return PlainTextResponse("routed")

    async def direct(request: Request):
        return JSONResponse({"got": (await request.body()).decode(), "sig": request.headers.get("x-sig")})

    inner = Starlette(routes=[Route("/hook", routed, methods=["GET", "POST"]), Route("/other", routed, methods=["POST"])])
    return Client(DirectRoutes(inner, {("POST", "/hook"): direct})), walked


class Client:
    """Requests straight into the ASGI app (httpx's ASGI transport), one event loop each."""

    def __init__(self, app) -> None:
        self.app = app

    def _send(self, method: str, path: str, **kwargs) -> httpx.Response:
        async def go():
            async with httpx.AsyncClient(transport=httpx.ASGITransport(self.app), base_url="http://test") as client:
                return await client.request(method, path, **kwargs)
        return asyncio.run(go())

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self._send("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> httpx.Response:
        return self._send("POST", path, **kwargs)


def test_a_registered_post_is_answered_by_its_endpoint_with_body_and_headers():
    client, walked = make_client()
    answer = client.post("/hook", content=b"corpo", headers={"x-sig": "abc"})
    assert answer.json() == {"got": "corpo", "sig": "abc"} and walked == []


def test_other_methods_and_paths_walk_the_routes_as_before():
    client, walked = make_client()
    assert client.get("/hook").text == "routed"
    assert client.post("/other").text == "routed"
    assert client.get("/nowhere").status_code == 404
    assert walked == ["/hook", "/other"]
