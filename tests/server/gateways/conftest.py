"""The real server on loopback wired to the Meta stand-in on loopback: the server's Graph API URL
points at the stand-in, and the stand-in posts its signed webhooks to the server."""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from rvops_contract.clock import FakeClock
from rvops_meta_standin.app import MetaStandin
from rvops_meta_standin.serving import serve
from rvops_meta_standin.state import StandinConfig
from tests.support.servers import LiveServer, running_demo_server, signed_in
from tests.support.waiting import wait_until

WAIT_SECONDS = 10.0


class StandinThread:
    """The stand-in served by uvicorn in its own event loop and thread."""

    def __init__(self, clock: FakeClock) -> None:
        self.standin = MetaStandin(StandinConfig(), clock=clock)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self._serving = serve(self.standin.app)
        self.url = self.call(self._serving.__aenter__())
        self.standin.public_url = self.url

    def call(self, coro, timeout: float = 30.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def customer_whatsapp(self, **kwargs) -> dict:
        kwargs.setdefault("profile_name", "Cliente Teste")
        return self.call(self.standin.customer_writes_whatsapp(**kwargs))

    def customer_instagram(self, **kwargs) -> dict:
        return self.call(self.standin.customer_writes_instagram(**kwargs))

    def drain(self) -> None:
        self.call(self.standin.drain())

    def inject_error(self, code: int, subcode: int | None = None, count: int = 1, http_status: int = 400) -> None:
        httpx.post(f"{self.url}/_standin/errors", json={"code": code, "subcode": subcode, "count": count,
                                                        "http_status": http_status}).raise_for_status()

    def stop(self) -> None:
        self.call(self._serving.__aexit__(None, None, None))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture
def meta_clock() -> FakeClock:
    """Meta's own clock: the tests move it to make Meta disagree with our window on purpose."""
    return FakeClock()


@pytest.fixture
def meta(meta_clock):
    rig = StandinThread(meta_clock)
    yield rig
    rig.stop()


@pytest.fixture
def server(database_url, fake_clock, tmp_path, meta):
    with running_demo_server(database_url, fake_clock, tmp_path, graph_api_url=meta.url) as live:
        meta.standin.config.whatsapp_webhook_url = live.url + "/webhooks/whatsapp"
        meta.standin.config.instagram_webhook_url = live.url + "/webhooks/instagram"
        yield live


@pytest.fixture
def admin(server):
    """The admin on this folder's `server` (wired to the stand-in), not on `live_server`."""
    with signed_in(server, "admin@demo.rvops") as agent:
        yield agent


def wait_for(condition: Callable[[], Any], what: str, timeout: float = WAIT_SECONDS) -> Any:
    """Poll `condition` until it returns something truthy (never a fixed sleep)."""
    return wait_until(condition, timeout, what)


def rows(server: LiveServer, query) -> list[dict]:
    with server.services.store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def message_by_provider_id(server: LiveServer, channel: str, provider_id: str) -> dict | None:
    from rvops_server.store import schema as t
    found = rows(server, sa.select(t.messages).where(t.messages.c.channel == channel,
                                                     t.messages.c.provider_id == provider_id))
    return found[0] if found else None


def settled_message(server: LiveServer, channel: str, provider_id: str, timeout: float = WAIT_SECONDS) -> dict:
    """The stored message once its files are downloaded or given up (a durable job after the ack)."""
    def settled():
        found = message_by_provider_id(server, channel, provider_id)
        if found and all(a.get("state") != "downloading" for a in found["attachments"]):
            return found
        return None
    return wait_for(settled, f"the files of {provider_id} to be downloaded", timeout)
