"""v2 -> v3: the search indexes are rebuilt with prefix indexes, from the rows the file holds."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from rvops_desktop.models import SCHEMA_VERSION, Replica

V2 = Path(__file__).parent / "fixtures" / "replica_v2.sql"


def test_v2_replica_gets_prefix_indexes_without_losing_a_row(tmp_path):
    path = tmp_path / "v2.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(V2.read_text(encoding="utf-8"))
        assert "prefix=" not in conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'messages_fts'").fetchone()[0]
    replica = Replica.open(path)
    try:
        assert replica.migrated_from == 2 and SCHEMA_VERSION >= 3
        assert replica.cursor == 41  # no re-download
        with replica.read() as conn:
            for index in ("messages_fts", "contacts_fts"):
                assert "prefix='2 3'" in conn.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE name = ?", (index,)).scalar()
        assert [h.message_id for h in replica.store.search("fatura")] == ["m1", "m2"]
        assert {h.contact_id for h in replica.store.search("sa")} == {"k1", "k2"}
        assert [h.contact_id for h in replica.store.search("98765")] == ["k1"]
        # the triggers still feed the rebuilt index
        replica.apply_changes([{"cursor": 42, "collection": "messages", "op": "upsert", "id": "m3",
                                "record": {"id": "m3", "conversation_id": "c1", "kind": "text",
                                           "text": "fatura paga", "created_at": "2026-01-03T10:00:00Z"}}])
        assert replica.store.search("fatura")[0].message_id == "m3"
    finally:
        replica.close()
