"""The paged bootstrap in the replica: one page per transaction with its resume token, the cursor
only at the end, progress that survives a crash, and a second sign-in from scratch that prunes what
the server no longer sends while the agent's queued message stays."""
from __future__ import annotations

from rvops_desktop.models import Replica
from rvops_desktop.sync.actions import Actions
from tests.desktop.models.replica_factories import contact, conversation, message


def test_pages_are_kept_as_they_come_and_the_cursor_is_set_only_at_the_end(replica):
    heard = []
    replica.subscribe(heard.append)
    replica.begin_snapshot(30, {"conversations": 2, "contacts": 1, "messages": 3})
    replica.apply_snapshot_page("conversations", [conversation("c1"), conversation("c2")], "tok-1")
    assert replica.cursor is None and replica.store.conversation("c2") is not None  # shown at once
    replica.apply_snapshot_page("contacts", [contact("k1")], "tok-2")
    progress = replica.apply_snapshot_page("messages", [message("m1", "c1"), message("m2", "c2")], "tok-3")
    assert (progress.at, progress.resume, progress.received, progress.total) == (30, "tok-3", 5, 6)
    assert replica.finish_snapshot() == 30
    assert replica.cursor == 30 and replica.snapshot_progress is None
    pages = [change for change in heard if not change.full]
    assert [sorted(c.touched("conversations")) for c in pages[:1]] == [["c1", "c2"]]
    assert pages[-1].touched("messages") == {"m1", "m2"} and pages[-1].message_parents == {"c1", "c2"}
    assert not any(change.full for change in heard)  # a first sign-in never resets the window


def test_progress_survives_a_crash_mid_way(tmp_path, clock):
    path = tmp_path / "replica.sqlite3"
    first = Replica.open(path, clock=clock)
    first.begin_snapshot(30, {"conversations": 2})
    first.apply_snapshot_page("conversations", [conversation("c1")], "tok-1")
    first.close()  # the process dies here
    again = Replica.open(path, clock=clock)
    try:
        progress = again.snapshot_progress
        assert progress is not None and (progress.at, progress.resume, progress.received) == (30, "tok-1", 1)
        assert again.cursor is None and again.store.conversation("c1") is not None
    finally:
        again.close()


def test_a_fresh_snapshot_over_old_rows_prunes_what_it_did_not_send_but_keeps_a_queued_message(replica):
    replica.begin_snapshot(10, {})
    replica.apply_snapshot_page("conversations", [conversation("c1"), conversation("gone")], None)
    replica.apply_snapshot_page("messages", [message("m1", "c1"), message("old", "gone")], None)
    replica.apply_snapshot_page("snippets", [{"id": "s-old", "shortcut": "x", "title": "X", "body": "x"}], None)
    replica.finish_snapshot()
    queued = Actions(replica, "u1").send_message("c1", "ainda na fila")
    with replica.write() as tx:  # the cursor is lost (a reset): the next sign-in starts from scratch
        tx.conn.exec_driver_sql("DELETE FROM sync_state WHERE key = 'cursor'")
    heard = []
    replica.subscribe(heard.append)
    assert replica.begin_snapshot(50, {"conversations": 1, "messages": 1, "snippets": 0}).replacing
    replica.apply_snapshot_page("conversations", [conversation("c1", status="closed")], None)
    replica.apply_snapshot_page("messages", [message("m1", "c1")], None)
    replica.finish_snapshot()
    assert replica.store.conversation("gone") is None and replica.store.message("old") is None
    assert [s.id for s in replica.store.snippets()] == []
    assert replica.store.message(queued.args["message_id"]).status == "queued"
    assert replica.store.conversation("c1").status == "closed" and replica.cursor == 50
    assert heard[-1].full  # rows left: the window reloads once
