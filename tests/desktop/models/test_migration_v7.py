"""v6 -> v7: the labels' catalogue (issue 16) becomes a table of the replica; the labels a v6
replica kept verbatim in `other_records` move into it, no re-download."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from rvops_desktop.models import SCHEMA_VERSION, Replica

V2 = Path(__file__).parent / "fixtures" / "replica_v2.sql"


def _labels(replica: Replica) -> list[tuple]:
    with replica.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT id, name, colour, extra FROM labels ORDER BY id")]


def test_labels_kept_as_other_records_move_into_their_table(tmp_path):
    path = tmp_path / "v2.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(V2.read_text(encoding="utf-8"))
        record = json.dumps({"id": "l1", "name": "vip", "colour": "#1E88E5", "updated_by": "u1"})
        conn.execute("INSERT INTO other_records (collection, id, record) VALUES ('labels', 'l1', ?)", (record,))
    replica = Replica.open(path)
    try:
        assert SCHEMA_VERSION >= 7
        assert _labels(replica) == [("l1", "vip", "#1E88E5", '{"updated_by":"u1"}')]
        with replica.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM other_records").scalar_one() == 0
    finally:
        replica.close()


def test_a_synced_label_lands_in_its_table_and_leaves_on_delete(tmp_path):
    replica = Replica.open(tmp_path / "r.sqlite3")
    try:
        replica.apply_bootstrap({"cursor": 1, "labels": [{"id": "l1", "name": "boleto", "colour": "#FB8C00"}]})
        assert _labels(replica)[0][:3] == ("l1", "boleto", "#FB8C00")
        replica.apply_changes([{"cursor": 2, "collection": "labels", "op": "delete", "id": "l1", "record": None}])
        assert _labels(replica) == []
    finally:
        replica.close()
