"""A rig for tests and local runs: the stand-in and a webhook receiver, both on loopback."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any

from rvops_contract.clock import Clock

from .app import MetaStandin
from .receiver import WebhookReceiver
from .serving import serve
from .state import StandinConfig

WHATSAPP_PATH = "/webhooks/whatsapp"
INSTAGRAM_PATH = "/webhooks/instagram"


@dataclass
class Rig:
    standin: MetaStandin
    url: str  # the stand-in's base URL: set RVOPS_GRAPH_API_URL to it
    receiver: WebhookReceiver
    receiver_url: str


@asynccontextmanager
async def standin_rig(*, clock: Clock | None = None, config: StandinConfig | None = None,
                      **overrides: Any) -> AsyncIterator[Rig]:
    receiver = WebhookReceiver()
    async with serve(receiver.app) as receiver_url:
        base = replace(config or StandinConfig(), whatsapp_webhook_url=receiver_url + WHATSAPP_PATH,
                       instagram_webhook_url=receiver_url + INSTAGRAM_PATH, **overrides)
        standin = MetaStandin(base, clock=clock)
        async with serve(standin.app) as url:
            standin.public_url = url
            yield Rig(standin, url, receiver, receiver_url)
