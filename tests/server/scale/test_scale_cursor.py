"""The change-log cursor on PostgreSQL: no reader ever passes a cursor that is not committed yet.

A write transaction is held open after its change rows got their cursor (the UnitOfWork's real
code, paused just before COMMIT). Meanwhile other writers — in this process and inside a server
instance — must wait, and readers on the server must stay before the held cursor; once released,
both changes arrive, in cursor order.
"""
from __future__ import annotations

import threading

import httpx
import psycopg
import pytest
import sqlalchemy as sa

from rvops_contract.clock import SystemClock
from rvops_server.pg_listen import libpq_dsn
from rvops_server.store.db import Store, make_engine
from tests.server.scale.rig import Stream, demo_token

pytestmark = pytest.mark.postgres
STILL_BLOCKED = 0.5  # seconds a blocked writer is watched to stay blocked


class HeldCommit:
    """Pause the next COMMIT of a chosen thread until released (SQLAlchemy's `commit` event)."""

    def __init__(self, engine) -> None:
        self.thread: int | None = None
        self.reached, self.release = threading.Event(), threading.Event()
        sa.event.listen(engine, "commit", self._on_commit)

    def _on_commit(self, _conn) -> None:
        if threading.get_ident() == self.thread:
            self.reached.set()
            self.release.wait(30)


def _changes(url: str, token: str, since: int) -> dict:
    return httpx.get(f"{url}/api/v1/sync/changes", params={"since": since},
                     headers={"authorization": f"Bearer {token}"}, timeout=15).json()


def _write(store: Store, collection: str, record_id: str, out: dict) -> None:
    with store.write() as uow:
        uow.changed(collection, record_id)
    out["cursor"] = uow.last_cursor


async def test_a_reader_never_passes_a_cursor_whose_transaction_is_still_open(cluster, pg_url):
    (server,) = cluster.start(1)
    token = demo_token(server.url)
    engine = make_engine(pg_url)
    store = Store(engine, SystemClock())
    held = HeldCommit(engine)
    stream = await Stream(server.url, token).open()  # connecting makes Ana online: one change
    start = _changes(server.url, token, 0)["cursor"]
    await stream.wait_for(lambda: stream.cursor == start)
    first, second, from_server = {}, {}, {}
    try:
        def _held_write():
            held.thread = threading.get_ident()
            _write(store, "conversations", "cv_maria", first)

        holder = threading.Thread(target=_held_write)
        holder.start()
        assert held.reached.wait(10), "the held transaction never reached COMMIT"

        # Two more writers: one here, one inside the server (an agent's note over HTTP).
        follower = threading.Thread(target=_write, args=(store, "conversations", "cv_joao", second))
        follower.start()
        note = threading.Thread(target=lambda: from_server.update(httpx.post(
            f"{server.url}/api/v1/sync/mutations", headers={"authorization": f"Bearer {token}"}, timeout=30,
            json={"mutations": [{"mutation_id": "held-note", "type": "add_note",
                                 "args": {"conversation_id": "cv_maria", "text": "nota durante a espera"}}]}
        ).json()))
        note.start()
        follower.join(STILL_BLOCKED)
        note.join(0.01)
        assert follower.is_alive() and note.is_alive(), "a writer committed past an open cursor"
        assert _changes(server.url, token, start)["cursor"] == start
        assert stream.cursor == start

        held.release.set()
        for thread in (holder, follower, note):
            thread.join(15)
        assert from_server["results"][0]["status"] == "accepted"
        assert start < first["cursor"] < second["cursor"]
        page = _changes(server.url, token, start)
        cursors = [c["cursor"] for c in page["changes"]]
        assert cursors == sorted(cursors) and first["cursor"] in cursors and second["cursor"] in cursors
        await stream.wait_for(lambda: stream.cursor >= page["cursor"])
        streamed = [c["cursor"] for c in stream.changes()]
        assert streamed == sorted(set(streamed)) and {first["cursor"], second["cursor"]} <= set(streamed)
    finally:
        held.release.set()
        await stream.close()
        engine.dispose()


def test_without_the_lock_a_reader_would_skip_a_late_commit(cluster, pg_url):
    """Why the lock exists: a sequence alone lets a later cursor commit first, and a reader that
    follows it never comes back for the earlier one."""
    (server,) = cluster.start(1)
    token = demo_token(server.url)
    dsn = libpq_dsn(pg_url)
    insert = "INSERT INTO changes (collection, record_id, op, at) VALUES ('contacts', 'c_maria', 'upsert', now()) " \
             "RETURNING cursor"
    with psycopg.connect(dsn) as slow, psycopg.connect(dsn) as fast:
        early = slow.execute(insert).fetchone()[0]  # allocated, not committed
        late = fast.execute(insert).fetchone()[0]
        fast.commit()
        reader = _changes(server.url, token, early - 1)
        slow.commit()
    assert late > early and reader["cursor"] == late  # the reader went past `early` …
    assert all(c["cursor"] != early for c in _changes(server.url, token, reader["cursor"])["changes"])  # … for good
