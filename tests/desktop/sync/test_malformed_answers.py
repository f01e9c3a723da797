"""An answer that is not what the contract says (rvops_contract.wire.responses) is refused whole:
nothing of it reaches the replica, the engine reports it, and the same request is made again later.

The desk talks to the real server through a small proxy on loopback that passes everything
through, and, when told, damages one endpoint's answer as a misbehaving proxy or a server of
another version would."""
from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from rvops_desktop.sync import ConnectionState
from rvops_desktop.sync.transport import Malformed, Offline
from rvops_server.domain.inbound import Inbound, ingest
from tests.support.servers import free_port
from tests.support.waiting import wait_until

Damage = Callable[[bytes], bytes]


class Proxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.damage: dict[str, Damage] = {}  # path -> what it does to the answer's body
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    async def forward(self, request: Request) -> Response:
        async with httpx.AsyncClient(base_url=self.upstream, timeout=30) as http:
            answer = await http.request(request.method, request.url.path, params=request.query_params,
                                        content=await request.body(),
                                        headers={k: v for k, v in request.headers.items() if k != "host"})
        body = answer.content
        damage = self.damage.get(request.url.path)
        if damage is not None and answer.status_code == 200:
            body = damage(body)
        return Response(body, answer.status_code, media_type=answer.headers.get("content-type"))


@contextmanager
def proxy_to(upstream: str) -> Iterator[Proxy]:
    proxy = Proxy(upstream)
    app = Starlette(routes=[Route("/{path:path}", proxy.forward, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=proxy.port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_until(lambda: server.started, 15, "the proxy listening")
    try:
        yield proxy
    finally:
        server.should_exit = True
        thread.join(10)


def customer_writes(server, text: str) -> None:
    with server.services.store.write() as uow:
        ingest(uow, server.services.router, Inbound(channel="whatsapp", sender="+5511900000042",
                                                    provider_id=f"wamid.{text}", text=text, profile_name="Rita"),
               server.services.clock.now())


def message_texts(replica) -> set[str]:
    with replica.read() as conn:
        return {text for (text,) in conn.exec_driver_sql("SELECT text FROM messages WHERE text IS NOT NULL")}


async def test_changes_that_break_the_contract_are_refused_whole_and_pulled_again(server, clients):
    with proxy_to(server.url) as proxy:
        ana = await clients(proxy.url, "ana@demo.rvops", start=False)
        await ana.engine.sync_once()
        cursor, texts = ana.replica.cursor, message_texts(ana.replica)
        customer_writes(server, "Oi, tem alguém aí?")

        proxy.damage["/api/v1/sync/changes"] = lambda body: json.dumps(
            {**json.loads(body), "cursor": "later"}).encode()  # a cursor that is not a number
        with pytest.raises(Malformed, match="the changes is not what the contract says") as refused:
            await ana.engine.sync_once()
        assert isinstance(refused.value, Offline)  # so the engine backs off and asks again
        assert ana.replica.cursor == cursor and message_texts(ana.replica) == texts  # nothing of it applied

        del proxy.damage["/api/v1/sync/changes"]
        assert await ana.engine.sync_once() > cursor
        assert message_texts(ana.replica) == texts | {"Oi, tem alguém aí?"}


async def test_a_snapshot_line_that_breaks_the_contract_stops_the_sign_in_which_resumes_later(server, clients):
    def second_page_broken(body: bytes) -> bytes:
        lines = body.split(b"\n")
        page = json.loads(lines[2])
        lines[2] = json.dumps({**page, "records": "not rows"}).encode()
        return b"\n".join(lines)

    with proxy_to(server.url) as proxy:
        proxy.damage["/api/v1/sync/snapshot"] = second_page_broken
        ana = await clients(proxy.url, "ana@demo.rvops", start=False)
        ana.engine.snapshot_page_rows = 2
        with pytest.raises(Malformed, match="a snapshot line"):
            await ana.engine.sync_once()
        progress = ana.replica.snapshot_progress
        assert ana.replica.cursor is None and progress is not None
        assert progress.collection == "workspace" and progress.received == 1  # the first page only

        del proxy.damage["/api/v1/sync/snapshot"]
        await ana.engine.sync_once()  # resumes after the first page
        assert ana.replica.cursor is not None and ana.replica.snapshot_progress is None
        assert len(message_texts(ana.replica)) > 2


async def test_the_running_engine_says_the_answer_was_malformed(server, clients):
    with proxy_to(server.url) as proxy:
        proxy.damage["/api/v1/sync/changes"] = lambda body: b'{"portal": "Entre com seu e-mail"}'  # JSON, not ours
        ana = await clients(proxy.url, "ana@demo.rvops")
        status = await ana.engine.wait_for(lambda s: s.error == "malformed", 15)
        assert status.state is ConnectionState.OFFLINE  # shown as a link problem, retried with back-off
        assert ana.replica.cursor is not None  # the snapshot (undamaged) is kept
