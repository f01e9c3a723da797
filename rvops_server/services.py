"""The server's long-lived parts, built once per app and shared by the routes."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from rvops_server.change_reader import SharedChangeReader
from rvops_server.config import Settings
from rvops_server.domain.distribution.router import Router
from rvops_server.feed import ChangeFeed
from rvops_server.outbound import Outbound
from rvops_server.store.db import Store
from rvops_server.store.group_commit import GroupCommit


@dataclass
class Services:
    settings: Settings
    store: Store
    router: Router
    feed: ChangeFeed
    outbound: Outbound
    change_reader: SharedChangeReader
    group_commit: GroupCommit  # webhook writes that arrive together share a transaction
    chatbot: Any = None  # rvops_server.chatbot.Chatbot: it holds new conversations before routing
    extras: dict[str, Any] = field(default_factory=dict)  # channel gateways, webchat hub, …

    @property
    def clock(self):
        return self.store.clock

    @classmethod
    def build(cls, settings: Settings, store: Store) -> "Services":
        rng = random.Random(settings.random_seed)
        feed = ChangeFeed()
        store.on_commit.append(feed.publish)
        from rvops_server.chatbot import Chatbot
        router, outbound = Router(rng), Outbound(store, settings.instance_id)
        services = cls(settings, store, router, feed, outbound, SharedChangeReader(store), GroupCommit(store),
                       Chatbot(store, router, outbound, settings.instance_id))
        services.extras.setdefault("background", []).append(services.chatbot.run_forever)  # its timeouts
        return services

    def sweep_presence(self) -> list[str]:
        """Expire dropped connections; route waiting conversations if presence changed."""
        from rvops_server.domain.presence import sweep
        with self.store.write() as uow:
            return sweep(uow, self.clock.now())
