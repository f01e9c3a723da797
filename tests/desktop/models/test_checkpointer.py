"""WAL checkpoints happen on the Checkpointer's thread, never inside a commit on the GUI thread
(issue 14: a read mark that happened to be the hundredth stalled 5–20 ms copying the log back)."""
from __future__ import annotations

import sqlite3

from rvops_desktop.models import Replica
from rvops_desktop.models.checkpointer import BACKSTOP_PAGES, Checkpointer
from tests.desktop.models.replica_factories import conversation


def wal_pages(path) -> int:
    """Pages the log file has room for (it grows while nothing checkpoints; a checkpointed log
    is written over from its start, so its file then stops growing)."""
    with open(f"{path}-wal", "rb") as wal:
        size = len(wal.read())
    return max(0, (size - 32) // (4096 + 24))


def write_many(replica: Replica, commits: int) -> None:
    for n in range(commits):
        replica.apply_bootstrap({"cursor": n + 1, "conversations": [
            conversation(f"c{k}", last_message_preview=f"{n}-{k}".ljust(2000, "x")) for k in range(40)]})


def test_commits_leave_the_log_to_the_checkpointer(tmp_path):
    path = tmp_path / "replica.sqlite3"
    replica = Replica.open(path)
    replica._checkpointer.stop()   # (its thread would checkpoint every 2 s: here, only when told)
    try:
        with replica.read() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == BACKSTOP_PAGES
        write_many(replica, 60)
        grown = wal_pages(path)
        assert grown > 2000   # with SQLite's default a commit checkpoints past 1,000: the file stops there
        checkpointer = Checkpointer(path)
        assert checkpointer.checkpoint() >= grown - 1   # folded back, off the committing thread
        write_many(replica, 1)   # the next writer starts the log over: it stays short
        assert 0 < checkpointer.checkpoint() < grown / 10
    finally:
        replica.close()


def test_the_thread_checkpoints_each_turn_until_stopped(tmp_path):
    path = tmp_path / "replica.sqlite3"
    replica = Replica.open(path)
    replica._checkpointer.stop()
    write_many(replica, 5)
    turns: list[float] = []

    def wait(seconds: float) -> bool:   # no sleeping: two turns, then "stop"
        turns.append(seconds)
        return len(turns) > 2

    checkpointer = Checkpointer(path, every_s=2.0, wait=wait)
    checkpointer.start()
    checkpointer.stop()
    assert turns == [2.0, 2.0, 2.0] and checkpointer.checkpointed > 0
    replica.close()


def test_a_file_that_is_not_in_wal_mode_is_left_alone(tmp_path):
    path = tmp_path / "plain.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    assert Checkpointer(path).checkpoint() == 0


def test_closing_the_replica_stops_its_checkpointer(tmp_path):
    replica = Replica.open(tmp_path / "replica.sqlite3")
    thread = replica._checkpointer._thread
    assert thread.is_alive()
    replica.close()
    assert not thread.is_alive()
    assert Replica.open(None)._checkpointer is None   # an in-memory replica has no log
