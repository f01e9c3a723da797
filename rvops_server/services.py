"""The server's long-lived parts, built once per app and shared by the routes.

Each part is a typed attribute: the core ones are built here; the channel installers
(`rvops_server.app.CHANNEL_INSTALLERS`) fill in the channel gateway, the webchat hub and the
tasks to start and stop with the app.
"""
from __future__ import annotations

import random
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol

from starlette.requests import Request
from starlette.responses import Response

from rvops_contract.clock import Clock
from rvops_server.change_reader import SharedChangeReader
from rvops_server.config import Settings
from rvops_server.domain.channel_ports import MetaTemplatesApi
from rvops_server.domain.distribution.router import Router
from rvops_server.domain.presence import PresenceRules, sweep
from rvops_server.feed import ChangeFeed
from rvops_server.outbound import Outbound
from rvops_server.store.db import Store
from rvops_server.store.group_commit import GroupCommit

if TYPE_CHECKING:
    from rvops_server.chatbot import Chatbot
    from rvops_server.pg_listen import ChangeListener

Task = Callable[[], Coroutine[Any, Any, None]]  # started (or awaited) by the app's lifespan
Endpoint = Callable[[Request], Awaitable[Response]]  # a route served ahead of FastAPI (api/direct.py)


class VisitorHub(Protocol):
    """The webchat visitors' sockets of this instance (rvops_server.webchat.hub.WebchatHub)."""
    async def push(self, visitor_id: str, message: dict[str, Any]) -> int: ...
    async def typing(self, conversation_id: str, author: str | None) -> int: ...


@dataclass
class Services:
    settings: Settings
    store: Store
    router: Router
    feed: ChangeFeed
    outbound: Outbound
    change_reader: SharedChangeReader
    group_commit: GroupCommit  # webhook writes that arrive together share a transaction
    chatbot: Chatbot  # it holds new conversations before routing
    presence: PresenceRules  # the grace period and clock presence is judged by
    # The channels' parts, typed by what others ask of them: the edges stay independent of each other.
    meta_gateway: MetaTemplatesApi | None = None  # WhatsApp and Instagram (rvops_server.gateways)
    webchat_hub: VisitorHub | None = None  # visitors' sockets (rvops_server.webchat)
    server_secret: bytes | None = None  # signs webchat tokens and public media links (edge/secrets.py)
    pg_listener: ChangeListener | None = None  # live changes of the other instances (PostgreSQL)
    on_startup: list[Task] = field(default_factory=list)
    on_shutdown: list[Task] = field(default_factory=list)
    background: list[Task] = field(default_factory=list)  # long-running tasks, cancelled at shutdown
    direct_routes: dict[tuple[str, str], Endpoint] = field(default_factory=dict)  # (method, path) → endpoint

    @property
    def clock(self) -> Clock:
        return self.presence.clock  # the store's (Services.build)

    @classmethod
    def build(cls, settings: Settings, store: Store) -> Services:
        from rvops_server.chatbot import Chatbot
        presence = PresenceRules(timedelta(seconds=settings.presence_grace_seconds), store.clock)
        rng = random.Random(settings.random_seed)
        feed = ChangeFeed()
        store.on_commit.append(feed.publish)
        router, outbound = Router(presence.grace, rng), Outbound(store, settings.instance_id)
        chatbot = Chatbot(store, router, outbound, settings.instance_id)
        services = cls(settings, store, router, feed, outbound, SharedChangeReader(store, presence),
                       GroupCommit(store), chatbot, presence)
        services.background.append(chatbot.run_forever)  # its timeouts
        return services

    def sweep_presence(self) -> list[str]:
        """Expire dropped connections; route waiting conversations if presence changed."""
        with self.store.write() as uow:
            return sweep(uow, self.clock.now(), self.presence.grace)
