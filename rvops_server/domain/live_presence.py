"""An agent's live stream as presence sees it: connecting and each heartbeat may make them online,
and then the conversations waiting in the queue are routed (in the same transaction)."""
from __future__ import annotations

from rvops_server.domain import presence
from rvops_server.domain.distribution.router import Router
from rvops_server.domain.presence import PresenceRules
from rvops_server.store.db import Store


def stream_opened(store: Store, router: Router, rules: PresenceRules, connection_id: str, user_id: str,
                  instance_id: str) -> None:
    with store.write() as uow:
        if presence.connect(uow, connection_id, user_id, instance_id, rules.clock.now(), rules.grace):
            router.drain_queue(uow, rules.clock.now())


def stream_beat(store: Store, router: Router, rules: PresenceRules, connection_id: str, user_id: str,
                instance_id: str) -> None:
    with store.write() as uow:
        if presence.touch(uow, connection_id, user_id, instance_id, rules.clock.now(), rules.grace):
            router.drain_queue(uow, rules.clock.now())
