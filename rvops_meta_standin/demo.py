"""The stand-in and the customer simulator for `--demo`: one async context manager.

    async with demo_standin("http://127.0.0.1:8000") as graph_url:
        os.environ["RVOPS_GRAPH_API_URL"] = graph_url   # or pass it to the server's settings
        ...

Webhooks go to `<server_url>/webhooks/whatsapp` and `<server_url>/webhooks/instagram`, signed
with the demo app secret (`rvops_contract.demo_credentials`).
"""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import timedelta

from rvops_contract.clock import Clock, SystemClock

from .app import MetaStandin
from .serving import serve
from .simulator import DEFAULT_MAX_CUSTOMERS, DEFAULT_MAX_MESSAGES, CustomerSimulator
from .state import StandinConfig

WHATSAPP_WEBHOOK_PATH = "/webhooks/whatsapp"
INSTAGRAM_WEBHOOK_PATH = "/webhooks/instagram"
DEMO_STATUS_DELAYS = (0.5, 1.5, 4.0)  # seconds before sent, delivered, read: visible ticks in the UI


@asynccontextmanager
async def demo_standin(server_url: str, *, host: str = "127.0.0.1", port: int = 0, seed: int = 0,
                       simulate: bool = True, clock: Clock | None = None,
                       max_customers: int = DEFAULT_MAX_CUSTOMERS, max_messages: int = DEFAULT_MAX_MESSAGES,
                       reply_after: timedelta = timedelta(seconds=20),
                       new_customer_every: timedelta = timedelta(seconds=45)) -> AsyncIterator[str]:
    clock = clock or SystemClock()
    base = server_url.rstrip("/")
    config = replace(StandinConfig(), whatsapp_webhook_url=base + WHATSAPP_WEBHOOK_PATH,
                     instagram_webhook_url=base + INSTAGRAM_WEBHOOK_PATH, status_delays=DEMO_STATUS_DELAYS,
                     seed=seed)
    standin = MetaStandin(config, clock=clock)
    async with serve(standin.app, host, port) as url:
        standin.public_url = url
        stop = asyncio.Event()
        task = None
        simulator = None
        if simulate:
            simulator = CustomerSimulator(url, seed=seed, clock=clock, max_customers=max_customers,
                                          max_messages=max_messages, reply_after=reply_after,
                                          new_customer_every=new_customer_every)
            task = asyncio.create_task(simulator.run(stop))
        try:
            yield url
        finally:
            stop.set()
            if task is not None:
                await task
            if simulator is not None:
                await simulator.aclose()
