"""The sync contract: bootstrap, changes since a cursor, mutations, and the live stream."""
from __future__ import annotations

import asyncio
import json
import logging
import random
import uuid
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request, Response, WebSocket, WebSocketDisconnect
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from rvops_contract.wire import (
    ChangesPage,
    MutationBatch,
    MutationResults,
    SnapshotBegin,
    SnapshotEnd,
    StreamChanges,
    StreamHello,
    StreamPong,
)
from rvops_server.domain import snapshot
from rvops_server.domain.auth import token_viewer
from rvops_server.domain.changes import MAX_CHANGES_PAGE, Entry, changes_since, current_cursor, visibility
from rvops_server.domain.live_presence import stream_beat, stream_opened
from rvops_server.domain.mutations import apply_one
from rvops_server.domain.visibility import Viewer
from rvops_server.edge.deps import (
    CurrentViewer,
    bearer_token,
    language,
    services,
    signed_in,
    viewer_for_token,
)
from rvops_server.services import Services

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/sync", tags=["sync"])
MAX_CURSOR = 2**63 - 1  # cursors are a bigint sequence: past it is a client's mistake (422), not a 500


@router.get("/bootstrap", summary="Everything the agent may see, with the cursor to continue from",
            response_class=StreamingResponse)
async def get_bootstrap(request: Request, viewer: CurrentViewer) -> StreamingResponse:
    """One JSON document, `{"cursor": n, "<collection>": [records…], …}`, written as its pages are
    read (the server never holds a whole workspace). For scripts and tools; the desktop signs in
    through /sync/snapshot, which it can resume."""
    svc = services(request)
    at = await run_in_threadpool(_current_cursor, svc)

    def _document() -> Iterator[bytes]:
        yield b'{"cursor":%d' % at
        collection = None
        for page in snapshot.pages(svc.store.read, viewer, svc.presence):
            if page.collection != collection:
                yield (b"]" if collection else b"") + b',"%s":[' % page.collection.encode()
                first, collection = True, page.collection
            for record in page.records:
                yield (b"" if first else b",") + _json(record)
                first = False
        yield b"]}"

    return StreamingResponse(_document(), media_type="application/json")


@router.get("/snapshot", summary="The bootstrap in resumable pages (NDJSON)", response_class=StreamingResponse,
            responses={200: {"description": "One JSON frame per line (rvops_contract.wire.responses): a "
                                            "SnapshotBegin, SnapshotPage…, then a SnapshotEnd",
                             "content": {"application/x-ndjson": {}}}})
async def get_snapshot(request: Request, viewer: CurrentViewer,
                       at: int | None = Query(None, ge=0, le=MAX_CURSOR,
                                              description="the cursor of the snapshot being resumed"),
                       resume: str | None = Query(None, max_length=2000,
                                                  description="the last page's `resume` token"),
                       limit: int = Query(snapshot.PAGE_ROWS, ge=1, le=snapshot.MAX_PAGE_ROWS,
                                          description="rows per page")) -> StreamingResponse:
    """Lines of JSON: `{"type": "begin", "cursor", "counts"}`, then `{"type": "page", "collection",
    "records", "resume"}` per page of at most `limit` rows (1000 by default), then `{"type": "end", "cursor"}`. A client
    cut off mid-way asks again with `at` (the begin's cursor) and the last page's `resume` token, and
    gets the rest; once it has the end, it pulls /changes since that cursor."""
    svc = services(request)
    current = await run_in_threadpool(_current_cursor, svc)
    if at is not None and at > current:
        raise HTTPException(422, "at: not a cursor of this server")
    if resume is not None and at is None:
        raise HTTPException(422, "resume: needs the snapshot's cursor in at")
    try:
        start = snapshot.Resume.parse(resume) if resume else None
    except ValueError as exc:
        raise HTTPException(422, f"resume: {exc}") from exc
    at = current if at is None else at

    def _counts() -> dict[str, int]:
        with svc.store.read() as conn:
            return snapshot.counts(conn, viewer, svc.presence)

    def _frames() -> Iterator[bytes]:
        yield SnapshotBegin(type="begin", cursor=at, counts=_counts()).model_dump_json().encode() + b"\n"
        for page in snapshot.pages(svc.store.read, viewer, svc.presence, start, limit):
            token = page.resume.token() if page.resume else None
            # a SnapshotPage, written by the fast path: its records are already JSON-ready rows
            yield _json({"type": "page", "collection": page.collection, "records": page.records,
                         "resume": token}) + b"\n"
        yield SnapshotEnd(type="end", cursor=at).model_dump_json().encode() + b"\n"

    return StreamingResponse(_frames(), media_type="application/x-ndjson")


def _current_cursor(svc: Services) -> int:
    with svc.store.read() as conn:
        return current_cursor(conn)


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str).encode()


@router.get("/changes", summary="What changed after a cursor, in order", response_model=ChangesPage)
async def get_changes(request: Request, viewer: CurrentViewer,
                      since: int = Query(0, ge=0, le=MAX_CURSOR, description="a cursor the server gave (a bigint)"),
                      limit: int = Query(MAX_CHANGES_PAGE, ge=1, le=MAX_CHANGES_PAGE)) -> ChangesPage:
    svc = services(request)

    def _do() -> tuple[list[dict[str, Any]], int, bool]:
        with svc.store.read() as conn:
            return changes_since(conn, viewer, since, limit, presence=svc.presence)

    changes, cursor, has_more = await run_in_threadpool(_do)
    return ChangesPage.model_validate({"cursor": cursor, "changes": changes, "has_more": has_more})


@router.post("/mutations", summary="Apply a batch of client mutations, each at most once",
             response_model=MutationResults)
async def post_mutations(batch: MutationBatch, request: Request) -> Response:
    """Signed-in agents only (401). The token is resolved in the same worker thread as the batch
    (one hop off the event loop per request, not two: a burst of 1000 claims is 1000 hops fewer)
    and the answer is written as JSON straight from the results (no second validation)."""
    svc = services(request)
    lang, token = language(request), bearer_token(request)

    def _do() -> bytes:
        viewer = signed_in(svc, token)
        results = [apply_one(svc.store, svc, viewer.id, mutation, lang, viewer) for mutation in batch.mutations]
        return MutationResults(results=results).model_dump_json().encode()

    return Response(await run_in_threadpool(_do), media_type="application/json")


HEARTBEAT_FRACTION = 3  # heartbeat every grace/3 seconds


@router.websocket("/stream")
async def stream(websocket: WebSocket, since: int = 0, token: str | None = None) -> None:
    """Pushes {"type": "changes", "cursor", "changes"} as they happen; holding it keeps you online."""
    svc: Services = websocket.app.state.services
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

    user_id, signed_with = viewer.id, token or ""
    live = (svc.store, svc.router, svc.presence, connection_id, user_id, svc.settings.instance_id)

    def _still_signed_in() -> Viewer:
        """Re-check the token (logout, expiry) and reload the agent's teams and permissions."""
        with svc.store.read() as conn:
            reloaded = token_viewer(conn, signed_with, svc.clock.now())
        if reloaded is None or reloaded.id != user_id:
            raise _SignedOut()
        return reloaded

    def _concerns_viewer(entries: list[Entry]) -> bool:
        return any((e.collection == "users" and e.id == user_id) or e.collection == "teams" for e in entries)

    reader = svc.change_reader
    receiver = None
    try:
        await run_in_threadpool(stream_opened, *live)
        await websocket.send_text(StreamHello(type="hello", user_id=user_id, cursor=since).model_dump_json())
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
                await run_in_threadpool(stream_beat, *live)
                viewer = await run_in_threadpool(_still_signed_in)
                if cursor != sent_cursor:  # nothing visible moved it: tell the client where it stands
                    await websocket.send_text(StreamChanges(type="changes", cursor=cursor, changes=[]).model_dump_json())
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
                await websocket.send_text(StreamPong(type="pong").model_dump_json())
    except (WebSocketDisconnect, RuntimeError, ValueError):
        return
