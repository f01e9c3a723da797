"""What a mutation handler is given: its transaction, who acts, when, and the services it may call."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Connection

from rvops_server.domain.channel_ports import MetaTemplatesApi
from rvops_server.domain.distribution.router import Router
from rvops_server.domain.presence import PresenceRules
from rvops_server.domain.visibility import Viewer
from rvops_server.store.db import Store, UnitOfWork

if TYPE_CHECKING:  # the outbound queue imports the domain: only its type here
    from rvops_server.outbound import Outbound


class MutationServices(Protocol):
    """The parts of rvops_server.services.Services the handlers and their preparers use."""
    @property
    def store(self) -> Store: ...

    @property
    def router(self) -> Router: ...

    @property
    def outbound(self) -> Outbound: ...

    @property
    def presence(self) -> PresenceRules: ...

    @property
    def meta_gateway(self) -> MetaTemplatesApi | None: ...


@dataclass
class Context:
    uow: UnitOfWork
    viewer: Viewer
    services: MutationServices
    now: datetime
    # "lang", "prepared" (the preparer's values) and "once" (answer_once): a JSON-like scratchpad
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def conn(self) -> Connection:
        return self.uow.conn
