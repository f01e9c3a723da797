"""v3 -> v4: `queued_at` (waiting in the queue since), which older versions kept in `extra`,
becomes a column the inbox reads; nothing else in `extra` is lost, and no re-download."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from rvops_desktop.models import SCHEMA_VERSION, Replica, View

V2 = Path(__file__).parent / "fixtures" / "replica_v2.sql"


def test_queued_at_moves_out_of_extra_into_its_column(tmp_path):
    path = tmp_path / "v2.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(V2.read_text(encoding="utf-8"))
        conn.execute("INSERT INTO conversations (id, status, opened_at, extra) VALUES "
                     "('cq', 'open', '2026-01-05T11:00:00Z', "
                     "'{\"queued_at\":\"2026-01-05T11:40:00Z\",\"address\":\"5511\"}')")
        conn.execute("INSERT INTO conversations (id, status, opened_at, extra) VALUES "
                     "('cz', 'open', '2026-01-05T11:00:00Z', '{\"queued_at\":\"2026-01-05T11:50:00Z\"}')")
    replica = Replica.open(path)
    try:
        assert replica.migrated_from == 2 and SCHEMA_VERSION >= 4
        assert replica.cursor == 41
        summaries = {s.id: s for s in replica.store.conversation_summaries(["cq", "cz"])}
        assert summaries["cq"].queued_at == "2026-01-05T11:40:00Z"
        assert summaries["cz"].queued_at == "2026-01-05T11:50:00Z"
        assert replica.store.conversation("cq").extra == {"address": "5511"}
        assert not replica.store.conversation("cz").extra
        assert {s.id for s in replica.store.conversations_for_view(View.queue())} >= {"cq", "cz"}
    finally:
        replica.close()


def test_a_synced_conversation_keeps_queued_at_in_its_column(tmp_path):
    replica = Replica.open(tmp_path / "r.sqlite3")
    try:
        replica.apply_bootstrap({"cursor": 1, "conversations": [
            {"id": "c1", "status": "open", "opened_at": "2026-01-05T11:00:00Z",
             "queued_at": "2026-01-05T11:30:00Z"}]})
        assert replica.store.conversations_for_view(View.queue())[0].queued_at == "2026-01-05T11:30:00Z"
        assert not replica.store.conversation("c1").extra
    finally:
        replica.close()
