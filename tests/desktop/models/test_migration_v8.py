"""v7 -> v8: the conversations' view indexes carry the inbox's order; an older replica gets them
(and loses the indexes they replace) when it is opened, nothing downloaded again."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from rvops_desktop.models import SCHEMA_VERSION, Replica

V2 = Path(__file__).parent / "fixtures" / "replica_v2.sql"


def test_an_older_replica_gets_the_ordered_view_indexes(tmp_path):
    path = tmp_path / "v2.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(V2.read_text(encoding="utf-8"))
        before = conn.execute("SELECT count(*) FROM conversations").fetchone()[0]
    Replica.open(path).close()
    with sqlite3.connect(path) as conn:
        indexes = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'conversations'")}
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 8
        assert conn.execute("SELECT count(*) FROM conversations").fetchone()[0] == before
    assert {"ix_conversations_assignee_order", "ix_conversations_team_order",
            "ix_conversations_status_order"} <= indexes
    assert not {"ix_conversations_assignee", "ix_conversations_team"} & indexes
