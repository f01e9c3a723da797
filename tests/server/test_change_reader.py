"""The shared change reader: one database read per new stretch of the log, for every stream."""
import asyncio
import json
from contextlib import ExitStack

from websockets.sync.client import connect

from rvops_server.change_reader import SharedChangeReader
from tests.support.servers import Agent


def test_many_readers_share_one_database_read(live_server):
    ana = Agent(live_server.url, "ana@demo.rvops")
    start = ana.bootstrap()["cursor"]
    reader = SharedChangeReader(live_server.services.store, live_server.services.presence)
    reader.read(start)  # opens the window at `start`
    ana.mutate("add_note", conversation_id="cv_maria", text="um")
    before = reader.database_reads
    pages = [reader.read(start) for _ in range(50)]
    assert reader.database_reads == before + 1
    assert all(p == pages[0] for p in pages) and pages[0][0]
    assert reader.cached(start, latest_published=pages[0][1]) == pages[0]
    assert reader.cached(start, latest_published=pages[0][1] + 1) is None  # something newer: must read


def test_fifty_streams_waking_together_hand_one_read_to_a_worker_thread(live_server):
    ana = Agent(live_server.url, "ana@demo.rvops")
    start = ana.bootstrap()["cursor"]
    reader = SharedChangeReader(live_server.services.store, live_server.services.presence)
    reader.read(start)
    ana.mutate("add_note", conversation_id="cv_maria", text="para todos")
    latest = ana.changes(start)["cursor"]

    async def fifty_streams_wake():
        return await asyncio.gather(*(reader.read_shared(start, latest) for _ in range(50)))

    pages = asyncio.run(fifty_streams_wake())
    assert reader.thread_reads == 1 and reader.database_reads == 2  # the opening read, then one
    assert all(p == pages[0] for p in pages)
    assert [e.record["text"] for e in pages[0][0] if e.collection == "messages"] == ["para todos"]
    assert asyncio.run(reader.read_shared(start, latest)) == pages[0] and reader.thread_reads == 1  # cached


def test_a_cursor_older_than_the_window_reads_the_log_directly_and_eviction_keeps_order(live_server):
    ana = Agent(live_server.url, "ana@demo.rvops")
    start = ana.bootstrap()["cursor"]
    reader = SharedChangeReader(live_server.services.store, live_server.services.presence, capacity=3)
    reader.read(start)
    for i in range(4):
        ana.mutate("add_note", conversation_id="cv_maria", text=f"nota {i}")
        reader.read(reader._upto)
    entries, _, _ = reader.read(start)  # older than the window now
    texts = [e.record["text"] for e in entries if e.collection == "messages"]
    assert texts == ["nota 0", "nota 1", "nota 2", "nota 3"]
    assert len(reader._entries) <= 3 and reader._cursors == sorted(reader._cursors)


def test_fifty_streams_get_their_change_once_encoded_once_and_others_nothing(live_server):
    agents = [Agent(live_server.url, email) for email in ("ana@demo.rvops", "bruno@demo.rvops", "carla@demo.rvops")]
    admin = Agent(live_server.url, "admin@demo.rvops")
    cursor = agents[0].bootstrap()["cursor"]
    reader = live_server.services.change_reader
    with ExitStack() as stack:
        sockets = [stack.enter_context(connect(f"ws://127.0.0.1:{live_server.port}/api/v1/sync/stream?since={cursor}"
                                               f"&token={agents[i % 3].token}", open_timeout=10)) for i in range(50)]
        for ws in sockets:
            assert json.loads(ws.recv(timeout=10))["type"] == "hello"
        encodings = reader.encodings
        note = agents[0].mutate("add_note", conversation_id="cv_maria", text="para todos os streams da Ana")
        note_id = note["data"]["message_id"]
        admin.mutate("set_distribution_method", method="manual")  # a change every agent receives
        for i, ws in enumerate(sockets):
            seen = []
            while True:
                frame = json.loads(ws.recv(timeout=10))
                seen += [c["id"] for c in frame["changes"]]
                if "default" in seen:  # the workspace change came after the note
                    break
            assert seen.count(note_id) == (0 if i % 3 == 1 else 1), (i, seen)  # Bruno may not see it
        # Carla sees every conversation, Bruno only the queue: at most a few distinct frames, not fifty
        assert reader.encodings - encodings <= 6
