"""The engine against the real server on loopback: bootstrap, live stream, optimistic send, status."""
from __future__ import annotations

import asyncio
import threading

import sqlalchemy as sa

from rvops_desktop.models import View
from rvops_desktop.sync import ConnectionState
from tests.desktop.sync.syncrig import eventually
from tests.support.servers import Agent


def server_messages(server, conversation_id: str) -> list[dict]:
    with server.services.store.read() as conn:
        from rvops_server.store import schema as t
        rows = conn.execute(sa.select(t.messages).where(t.messages.c.conversation_id == conversation_id)
                            .order_by(t.messages.c.created_at, t.messages.c.id)).all()
    return [dict(r._mapping) for r in rows]


async def test_first_login_bootstraps_then_follows_the_live_stream(server, clients):
    seen = []
    ana = await clients(server.url, "ana@demo.rvops")
    ana.engine.subscribe(seen.append)
    await ana.engine.wait_idle(15)
    assert ana.replica.cursor is not None
    assert {s.id for s in ana.replica.store.conversations_for_view(View.mine(), ana.user_id)} >= {"cv_maria"}

    # another agent changes a contact: it arrives through the stream, no polling by the test's client
    carla = Agent(server.url, "carla@demo.rvops")  # a supervisor: she may change any contact
    assert carla.mutate("update_contact", contact_id="c_maria", fields={"cidade": "Campinas"})["status"] == "accepted"
    await eventually(lambda: (ana.replica.store.contact("c_maria").properties or {}).get("cidade") == "Campinas")
    assert seen[-1].state is ConnectionState.ONLINE


async def test_the_bootstrap_is_written_off_the_event_loop_and_heard_on_its_thread(server, clients):
    ana = await clients(server.url, "ana@demo.rvops", start=False)
    loop_thread, written_on, heard_on, queued = threading.get_ident(), [], [], []
    apply = ana.replica.apply_snapshot_page

    def recording_apply(collection, records, resume):
        written_on.append(threading.get_ident())
        return apply(collection, records, resume)

    ana.replica.apply_snapshot_page = recording_apply
    # as the window does (ReplicaBridge): commits from other threads reach listeners on this one
    ana.replica.deliver_listeners_with(queued.append)
    ana.replica.subscribe(lambda change: heard_on.append((threading.get_ident(), change.touched("conversations"))))
    await ana.engine.sync_once()
    assert written_on and loop_thread not in written_on  # the event loop (the GUI) kept turning
    assert not heard_on  # not heard on the writing thread...
    for run in queued:
        run()  # ...but when the GUI thread runs what was handed to it, page by page
    assert any(thread == loop_thread and "cv_maria" in ids for thread, ids in heard_on)
    assert {s.id for s in ana.replica.store.conversations_for_view(View.mine(), ana.user_id)} >= {"cv_maria"}


async def test_the_first_sign_in_shows_rows_page_by_page_with_its_progress(server, clients):
    """Issue 14 #2: the bootstrap is consumed as it arrives: conversations are in the replica (and
    heard by the window) before the snapshot ends, and the status counts the rows up to the total."""
    ana = await clients(server.url, "carla@demo.rvops", start=False)
    ana.engine.snapshot_page_rows = 2
    progress, before_the_end, showable = [], [], []
    ana.engine.subscribe(lambda status: progress.append(status.snapshot))
    ana.engine.subscribe(lambda status: showable.append((status.inbox_arriving, status.snapshot)))
    ana.replica.subscribe(lambda change: before_the_end.append(change.touched("conversations"))
                          if ana.replica.cursor is None else None)
    pages, apply = [], ana.replica.apply_snapshot_page
    ana.replica.apply_snapshot_page = lambda *args: pages.append(apply(*args)) or pages[-1]
    await ana.engine.sync_once()
    shown = set().union(*before_the_end)
    assert len([ids for ids in before_the_end if ids]) >= 2 and "cv_maria" in shown  # page by page
    assert pages and pages[-1].received == pages[-1].total > 0  # every row the server announced arrived
    # the status counts up to the total; it may skip the last count when the end is read before
    # the event loop publishes it (the bar hides at the end anyway)
    counts = [p for p in progress if p is not None]
    assert counts and all(received <= total == pages[-1].total for received, total in counts)
    assert [received for received, _ in counts] == sorted(received for received, _ in counts)
    assert progress[-1] is None and ana.engine.status.snapshot is None
    # the window may open from the first page of conversations on, long before the end
    first = next(snapshot for arriving, snapshot in showable if arriving)
    assert first[0] <= counts[-1][1] - 10 and not showable[-1][0]  # ten rows and more still to come
    assert ana.replica.cursor is not None and ana.replica.snapshot_progress is None


async def test_send_message_is_optimistic_then_confirmed_with_the_same_id(server, clients):
    ana = await clients(server.url, "ana@demo.rvops")
    await ana.engine.wait_idle(15)
    states = []
    ana.engine.subscribe(lambda s: states.append((s.state, s.pending)))

    pending = ana.actions.send_message("cv_maria", "Segue a proposta em PDF.")
    message_id = pending.args["message_id"]
    local = ana.replica.store.message(message_id)
    assert local.status == "queued" and local.text == "Segue a proposta em PDF."

    await ana.engine.wait_idle(15)
    assert (ConnectionState.SYNCING, 1) in states
    assert [m["id"] for m in server_messages(server, "cv_maria")].count(message_id) == 1
    await eventually(lambda: ana.replica.store.message(message_id).status != "queued"
                     or ana.replica.cursor >= server_cursor(server))
    assert ana.replica.outbox.pending_count() == 0


def server_cursor(server) -> int:
    from rvops_server.domain.changes import current_cursor
    with server.services.store.read() as conn:
        return current_cursor(conn)


async def test_a_link_loop_left_by_an_error_closes_its_stream_at_once(server, clients):
    """Not whenever the collector finds the suspended generator (maybe with no event loop running,
    the socket open meanwhile)."""
    ana = await clients(server.url, "ana@demo.rvops", start=False)
    streams, stream = [], ana.engine.client.stream

    def recording_stream(since):
        streams.append(stream(since))
        return streams[-1]

    def broken(_message):
        raise RuntimeError("a message the window could not apply")

    ana.engine.client.stream = recording_stream
    ana.engine._on_stream = broken  # the stream's first message (its hello) breaks the link loop
    ana.engine.start()
    await eventually(lambda: bool(streams) and streams[0].ag_frame is None)


def stream_that_on_close(stream, closing):
    """`stream` (SyncClient.stream) whose generator, once left, awaits `closing()` before it ends."""
    async def wrapped(since):
        try:
            async for message in stream(since):
                yield message
        finally:
            await closing()
    return wrapped


async def test_stop_returns_once_the_stream_is_closed(server, clients):
    """A cancelled gather ends with its first loop: stop() returned while the link loop was still
    in its stream's closing handshake, and a test's (or the app's) loop closed under it."""
    ana = await clients(server.url, "ana@demo.rvops", start=False)
    closed = []

    async def slow_to_close():
        await asyncio.sleep(0.05)  # as a closing handshake waits for the server's answer
        closed.append(True)

    ana.engine.client.stream = stream_that_on_close(ana.engine.client.stream, slow_to_close)
    ana.engine.start()
    await ana.engine.wait_idle(20)
    await ana.engine.stop()
    assert closed == [True]


async def test_a_stream_that_never_finishes_closing_delays_stop_by_a_bound_and_is_named(
        server, clients, monkeypatch, caplog):
    """A server that never answers the closing handshake must not keep the app from quitting."""
    from rvops_desktop.sync import engine as engine_module
    monkeypatch.setattr(engine_module, "LOOPS_END_SECONDS", 0.2)
    ana = await clients(server.url, "ana@demo.rvops", start=False)
    released = asyncio.Event()

    async def never_closes():
        while not released.is_set():  # deaf to cancellation, as a peer that never answers
            try:
                await released.wait()
            except asyncio.CancelledError:
                continue

    ana.engine.client.stream = stream_that_on_close(ana.engine.client.stream, never_closes)
    ana.engine.start()
    await ana.engine.wait_idle(20)
    await asyncio.wait_for(ana.engine.stop(), 5)
    assert ana.engine.status.state is ConnectionState.STOPPED
    assert any("has not ended" in record.getMessage() and "sync-link" in record.getMessage()
               for record in caplog.records)
    released.set()
