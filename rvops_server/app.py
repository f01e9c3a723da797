"""The ASGI application: storage, migrations, services, routes and background tasks."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from rvops_contract.clock import Clock, SystemClock
from rvops_server import access_log
from rvops_server.api import admin, media, records, sync
from rvops_server.api import auth as auth_api
from rvops_server.api.direct import DirectRoutes
from rvops_server.api.limits import BodySizeLimit
from rvops_server.config import Settings
from rvops_server.edge import errors
from rvops_server.services import Services
from rvops_server.store.db import Store, make_engine, migrate

log = logging.getLogger(__name__)
PRESENCE_SWEEP_SECONDS = 1.0

# Channel gateways plug in here: each is a function(app, services) that adds routes and senders.
Installer = Callable[[FastAPI, Services], None]
CHANNEL_INSTALLERS: list[Installer] = []


def _install_channel_gateways(app: FastAPI, services: Services) -> None:
    from rvops_server import gateways, webchat
    gateways.install(app, services)
    webchat.install(app, services)


CHANNEL_INSTALLERS.append(_install_channel_gateways)


def create_app(settings: Settings | None = None, clock: Clock | None = None, *,
               background: bool = True) -> FastAPI:
    settings = settings or Settings.from_env()
    clock = clock or SystemClock()
    access_log.install()  # no query-string token in any log line
    engine = make_engine(settings.database_url)
    migrate(engine)
    store = Store(engine, clock)
    services = Services.build(settings, store)
    if settings.demo:
        from rvops_server.demo.seed import seed_if_empty
        seed_if_empty(store)
    else:
        from rvops_server.domain.first_run import say_if_nobody_can_sign_in
        say_if_nobody_can_sign_in(store)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services.outbound.loop = asyncio.get_running_loop()
        tasks: list[asyncio.Task[None]] = []
        for start in services.on_startup:
            await start()
        tasks.append(asyncio.create_task(services.outbound.run_forever()))  # the durable send queue
        if background:
            tasks.append(asyncio.create_task(_sweep_presence_forever(services)))
        if engine.dialect.name == "postgresql":  # live changes committed by the other instances
            from rvops_server.pg_listen import start_listener
            services.pg_listener, listen_task = start_listener(
                settings.database_url, services.feed, settings.instance_id)
            tasks.append(listen_task)
        for task_factory in services.background:
            tasks.append(asyncio.create_task(task_factory()))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for stop in services.on_shutdown:
                with contextlib.suppress(Exception):
                    await stop()
            await services.outbound.drain()
            engine.dispose()

    app = FastAPI(title="Rvops server", version="0.1.0", lifespan=lifespan,
                  description="Agents' API and sync contract of the Rvops distribution server.")
    app.state.services = services
    errors.install(app)
    app.include_router(auth_api.router)
    app.include_router(sync.router)
    app.include_router(records.router)
    app.include_router(media.router)
    app.include_router(admin.router)

    @app.get("/healthz", tags=["health"], summary="Liveness and database reachability, for load balancers",
             response_model=None)
    async def healthz() -> dict[str, Any] | JSONResponse:
        def _check() -> int:
            from rvops_server.domain.changes import current_cursor
            with store.read() as conn:
                return current_cursor(conn)
        try:
            cursor = await run_in_threadpool(_check)
        except Exception:
            log.exception("health check: database unreachable")
            return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
        body = {"status": "ok", "database": "ok", "instance_id": settings.instance_id, "cursor": cursor}
        listener = services.pg_listener
        if listener is not None:  # fan-out between instances; streams catch up when it reconnects
            body["listener"] = "connected" if listener.state.connected else "reconnecting"
            if not listener.state.connected:
                body["status"] = "degraded"
        return body

    for install in CHANNEL_INSTALLERS:
        install(app, services)
    app.add_middleware(DirectRoutes, routes=services.direct_routes)  # inside the size cap
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes, upload_max_bytes=settings.max_upload_bytes)
    return app


async def _sweep_presence_forever(services: Services) -> None:
    while True:
        await asyncio.sleep(PRESENCE_SWEEP_SECONDS)
        try:
            gone = await run_in_threadpool(services.sweep_presence)
            if gone:
                log.info("offline after grace: %s", gone)
        except Exception:
            log.exception("presence sweep failed")
