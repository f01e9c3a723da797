"""A newer app opens an older replica without losing data or forcing a re-download."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rvops_desktop.models import SCHEMA_VERSION, Replica, ReplicaTooNew

V1 = Path(__file__).parent / "fixtures" / "replica_v1.sql"


@pytest.fixture
def v1_file(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(V1.read_text(encoding="utf-8"))
    return path


def test_v1_replica_is_migrated_in_place_with_its_data(v1_file):
    replica = Replica.open(v1_file)
    try:
        assert replica.migrated_from == 1
        with replica.read() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
        assert replica.cursor == 777  # no re-download
        contact = replica.store.contact("k1")
        assert contact.name == "Conceição Araújo" and contact.properties == {"cidade": "Niterói"}
        assert [m.text for m in replica.store.messages_page("c1")] == ["Preciso de ajuda com a fatura"]
        assert [p.mutation_id for p in replica.outbox.peek()] == ["queued-before-upgrade"]
        # the new search index was built from the old rows
        assert [h.message_id for h in replica.store.search("FATURA")] == ["m1"]
        assert [h.contact_id for h in replica.store.search("conceicao")] == ["k1"]
        assert [h.contact_id for h in replica.store.search("9876")] == ["k1"]
        # and the new columns/tables work
        replica.apply_changes([{"cursor": 778, "collection": "calls", "op": "upsert", "id": "call1",
                                "record": {"id": "call1", "contact_id": "k1", "outcome": "missed"}}])
        assert [c.id for c in replica.store.contact_history("k1").calls] == ["call1"]
    finally:
        replica.close()


def test_migrated_schema_matches_a_fresh_one(v1_file, tmp_path):
    Replica.open(v1_file).close()
    Replica.open(tmp_path / "fresh.sqlite3").close()

    def columns(path):
        with sqlite3.connect(path) as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index') "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%' ORDER BY name")]
            return {t: sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")'))
                    for t in tables}

    assert columns(v1_file) == columns(tmp_path / "fresh.sqlite3")


def test_opening_twice_is_a_no_op(tmp_path):
    path = tmp_path / "r.sqlite3"
    first = Replica.open(path)
    first.apply_bootstrap({"cursor": 3, "contacts": [{"id": "k1", "name": "Zé"}]})
    first.close()
    again = Replica.open(path)
    assert again.migrated_from == SCHEMA_VERSION and again.store.contact("k1").name == "Zé"
    again.close()


def test_a_replica_from_a_newer_app_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    Replica.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(ReplicaTooNew):
        Replica.open(path)
