"""The Meta gateway's long-lived parts: its config, one Graph API client, background retries."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

import httpx

from rvops_server.channels.graph_client import REQUEST_TIMEOUT_SECONDS, GraphClient
from rvops_server.domain.workspace_channels import configured_channel_ids
from rvops_server.edge.secrets import server_secret
from rvops_server.gateways.config import MetaConfig, load_meta_config
from rvops_server.services import Services

if TYPE_CHECKING:
    from rvops_server.gateways.downloads import Downloads

log = logging.getLogger(__name__)


class MetaGateway:
    """Shared by the WhatsApp and Instagram routes and senders (one app, one token, one pool)."""

    def __init__(self, services: Services, config: MetaConfig | None = None) -> None:
        self.services = services
        self.config = config or load_meta_config(services.settings, configured_channel_ids(services.store))
        self.secret = server_secret(services.settings)
        self.http: httpx.AsyncClient | None = None
        self.graph: GraphClient | None = None
        self.jobs_graph: GraphClient | None = None  # for durable jobs: one try per attempt, the job retries
        self._tasks: set[asyncio.Task[Any]] = set()
        self.downloads: Downloads | None = None  # set by `install`

    async def start(self) -> None:
        self.http = httpx.AsyncClient(timeout=REQUEST_TIMEOUT_SECONDS)
        self.graph = GraphClient(self.config.access_token, base_url=self.config.graph_api_url, http=self.http,
                                 backoff_base=self.config.backoff_seconds)
        self.jobs_graph = GraphClient(self.config.access_token, base_url=self.config.graph_api_url, http=self.http,
                                      max_retries=0)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.http is not None:
            await self.http.aclose()
            self.http = None

    async def client(self) -> GraphClient:
        if self.graph is None:  # an app used without its lifespan (never in production)
            await self.start()
        assert self.graph is not None  # start() made it
        return self.graph

    async def job_client(self) -> GraphClient:
        """The Graph client of durable jobs: no retries inside an attempt (the job backs off instead)."""
        if self.jobs_graph is None:
            await self.start()
        assert self.jobs_graph is not None  # start() made it
        return self.jobs_graph

    def spawn(self, coro: Coroutine[Any, Any, Any], what: str) -> None:
        """Run `coro` in the background; its failure is logged, never lost."""
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)

        def _done(done: asyncio.Task[Any]) -> None:
            self._tasks.discard(done)
            if not done.cancelled() and done.exception() is not None:
                log.error("%s failed: %r", what, done.exception(), exc_info=done.exception())
        task.add_done_callback(_done)

    async def settle(self) -> None:
        """Wait for background work (tests and shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
