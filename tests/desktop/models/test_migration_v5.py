"""v4 -> v5: `snoozed_until`, which a v4 replica kept in `extra` after syncing with a server that
has snooze, becomes a column the inbox reads; the rest of `extra` stays, no re-download."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from rvops_desktop.models import SCHEMA_VERSION, Replica

V2 = Path(__file__).parent / "fixtures" / "replica_v2.sql"


def test_snoozed_until_moves_out_of_extra_into_its_column(tmp_path):
    path = tmp_path / "v2.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(V2.read_text(encoding="utf-8"))
        conn.execute("INSERT INTO conversations (id, status, opened_at, extra) VALUES "
                     "('cs', 'open', '2026-01-05T11:00:00Z', "
                     "'{\"snoozed_until\":\"2026-01-06T12:00:00Z\",\"address\":\"5511\"}')")
    replica = Replica.open(path)
    try:
        assert SCHEMA_VERSION >= 5
        (summary,) = replica.store.conversation_summaries(["cs"])
        assert summary.snoozed_until == "2026-01-06T12:00:00Z"
        assert replica.store.conversation("cs").extra == {"address": "5511"}
    finally:
        replica.close()


def test_a_synced_conversation_keeps_snoozed_until_in_its_column(tmp_path):
    replica = Replica.open(tmp_path / "r.sqlite3")
    try:
        replica.apply_bootstrap({"cursor": 1, "conversations": [
            {"id": "c1", "status": "open", "opened_at": "2026-01-05T11:00:00Z", "assignee_id": "u1",
             "snoozed_until": "2026-01-05T15:00:00Z"}]})
        (summary,) = replica.store.conversation_summaries(["c1"])
        assert summary.snoozed_until == "2026-01-05T15:00:00Z" and not replica.store.conversation("c1").extra
    finally:
        replica.close()
