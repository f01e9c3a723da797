"""The sync contract: bootstrap, changes since a cursor, mutations, and the live stream."""
from __future__ import annotations

import asyncio
import logging
import random
import uuid

from fastapi import APIRouter, Depends, Query, Request, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from rvops_contract.wire import MutationBatch
from rvops_server.api.deps import current_viewer, language, services, viewer_for_token
from rvops_server.domain import presence
from rvops_server.domain.auth import resolve_token
from rvops_server.domain.changes import MAX_CHANGES_PAGE, bootstrap, changes_since, visibility
from rvops_server.domain.mutations import apply_one
from rvops_server.domain.visibility import Viewer, load_viewer

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/sync", tags=["sync"])
MAX_CURSOR = 2**63 - 1  # cursors are a bigint sequence: past it is a client's mistake (422), not a 500


@router.get("/bootstrap", summary="Everything the agent may see, with the cursor to continue from")
async def get_bootstrap(request: Request, viewer: Viewer = Depends(current_viewer)):
    svc = services(request)

    def _do():
        with svc.store.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                return bootstrap(conn, viewer)

    return await run_in_threadpool(_do)


@router.get("/changes", summary="What changed after a cursor, in order")
async def get_changes(request: Request, since: int = Query(0, ge=0, le=MAX_CURSOR,
                                                          description="a cursor the server gave (a bigint)"),
                      limit: int = Query(MAX_CHANGES_PAGE, ge=1, le=MAX_CHANGES_PAGE),
                      viewer: Viewer = Depends(current_viewer)):
    svc = services(request)

    def _do():
        with svc.store.read() as conn:
            return changes_since(conn, viewer, since, limit)

    changes, cursor, has_more = await run_in_threadpool(_do)
    return {"cursor": cursor, "changes": changes, "has_more": has_more}


@router.post("/mutations", summary="Apply a batch of client mutations, each at most once")
async def post_mutations(batch: MutationBatch, request: Request, viewer: Viewer = Depends(current_viewer)):
    svc = services(request)
    lang = language(request)

    def _do():
        return [apply_one(svc.store, svc, viewer.id, mutation, lang) for mutation in batch.mutations]

    results = await run_in_threadpool(_do)
    return {"results": [r.model_dump(mode="json") for r in results]}


HEARTBEAT_FRACTION = 3  # heartbeat every grace/3 seconds


@router.websocket("/stream")
async def stream(websocket: WebSocket, since: int = 0, token: str | None = None):
    """Pushes {"type": "changes", "cursor", "changes"} as they happen; holding it keeps you online."""
    svc = websocket.app.state.services
    header = websocket.headers.get("authorization", "")
    token = token or (header[7:].strip() if header.lower().startswith("bearer ") else None)
    viewer = await run_in_threadpool(viewer_for_token, svc, token)
    if viewer is None:
        await websocket.close(code=4401, reason="unauthorized")
        return
    if not 0 <= since <= MAX_CURSOR:
        await websocket.close(code=4422, reason="since must be a cursor between 0 and 2^63-1")
        return
    await websocket.accept()
    connection_id = uuid.uuid4().hex
    wake = svc.feed.subscribe()

    def _connect():
        with svc.store.write() as uow:
            became = presence.connect(uow, connection_id, viewer.id, svc.settings.instance_id, svc.clock.now())
            if became:
                svc.router.drain_queue(uow, svc.clock.now())

    def _heartbeat():
        with svc.store.write() as uow:
            if presence.touch(uow, connection_id, viewer.id, svc.settings.instance_id, svc.clock.now()):
                svc.router.drain_queue(uow, svc.clock.now())

    def _still_signed_in():
        """Re-check the token (logout, expiry) and reload the agent's teams and permissions."""
        with svc.store.read() as conn:
            if resolve_token(conn, token, svc.clock.now()) != viewer.id:
                raise _SignedOut()
            return load_viewer(conn, viewer.id)

    def _concerns_viewer(entries) -> bool:
        return any((e.collection == "users" and e.id == viewer.id) or e.collection == "teams" for e in entries)

    reader = svc.change_reader
    receiver = None
    try:
        await run_in_threadpool(_connect)
        await websocket.send_json({"type": "hello", "user_id": viewer.id, "cursor": since})
        cursor = sent_cursor = since
        receiver = asyncio.create_task(_drain_client(websocket))
        receiver.add_done_callback(lambda _task: wake.set())  # the client left: stop waiting
        loop = asyncio.get_running_loop()
        beat = max(0.2, svc.settings.presence_grace_seconds / HEARTBEAT_FRACTION)
        next_beat = loop.time() + beat * random.uniform(0.5, 1.0)  # streams opened together spread out
        while not receiver.done():
            while True:
                wake.clear()
                entries, next_cursor, has_more = await reader.read_shared(cursor, svc.feed.latest)
                if _concerns_viewer(entries):
                    viewer = await run_in_threadpool(_still_signed_in)
                decisions = visibility(entries, viewer)
                if any(decisions):
                    await websocket.send_text(reader.frame(entries, decisions, next_cursor))
                    sent_cursor = next_cursor
                cursor = next_cursor
                if not has_more:
                    break
            # wait for a new cursor, the client leaving, or the heartbeat, with no task created per
            # wait (fifty streams × every change); the heartbeat runs when due even under steady traffic
            timer = loop.call_at(next_beat, wake.set)
            await wake.wait()
            timer.cancel()
            if loop.time() >= next_beat and not receiver.done():  # due, however busy the log is
                next_beat = loop.time() + beat
                await run_in_threadpool(_heartbeat)
                viewer = await run_in_threadpool(_still_signed_in)
                if cursor != sent_cursor:  # nothing visible moved it: tell the client where it stands
                    await websocket.send_json({"type": "changes", "cursor": cursor, "changes": []})
                    sent_cursor = cursor
    except _SignedOut:
        await websocket.close(code=4401, reason="unauthorized")
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        svc.feed.unsubscribe(wake)
        if receiver is not None:
            receiver.cancel()


class _SignedOut(Exception):
    pass


async def _drain_client(websocket: WebSocket) -> None:
    """Read what the client sends (pings); returns when it disconnects."""
    try:
        while True:
            message = await websocket.receive_json()
            if isinstance(message, dict) and message.get("type") == "ping":
                await websocket.send_json({"type": "pong"})
    except (WebSocketDisconnect, RuntimeError, ValueError):
        return
