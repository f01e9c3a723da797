"""A replica already at SCHEMA_VERSION opens as it is: no reconciliation, no table classes imported,
no engine made yet. So the classes must not change without a new migration step (SCHEMA_DIGEST pins
their DDL to the version), and the file is put in WAL mode at once."""
from __future__ import annotations

import sqlite3

from rvops_desktop.models import Replica
from rvops_desktop.models.schema import SCHEMA_DIGEST, SCHEMA_VERSION, declared_digest


def test_the_table_classes_are_the_ones_recorded_for_the_schema_version():
    assert declared_digest() == SCHEMA_DIGEST, (
        f"The replica's table classes changed: append a step to MIGRATIONS (schema {SCHEMA_VERSION + 1}) "
        f"and set SCHEMA_DIGEST = {declared_digest()!r} in rvops_desktop/models/schema.py")


def test_a_replica_at_the_current_version_is_opened_as_it_is(tmp_path):
    path = tmp_path / "replica.sqlite3"
    Replica.open(path).close()
    db = sqlite3.connect(path)
    db.execute("DROP INDEX ix_messages_thread")  # what the reconciliation would put back
    db.close()
    replica = Replica.open(path)
    replica.close()
    assert replica.migrated_from == SCHEMA_VERSION
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ix_messages_thread'").fetchone() == (0,)
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    finally:
        db.close()


def test_an_older_replica_is_reconciled(tmp_path):
    path = tmp_path / "replica.sqlite3"
    Replica.open(path).close()
    db = sqlite3.connect(path)
    db.execute("DROP INDEX ix_messages_thread")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    db.commit()
    db.close()
    Replica.open(path).close()
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ix_messages_thread'").fetchone() == (1,)
    finally:
        db.close()


def test_a_current_replica_not_in_wal_mode_opens_while_the_inbox_reads_it(tmp_path):
    """A file restored or copied in rollback-journal mode: the window's first rows are read on a
    private connection that holds its read across turns; the engine made meanwhile must not need
    to switch the journal mode then (it would wait for that read, then fail: database is locked)."""
    path = tmp_path / "replica.sqlite3"
    Replica.open(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    db.close()
    replica = Replica.open(path)
    try:
        with replica.views._scan() as cursor:
            cursor.execute("SELECT count(*) FROM conversations").fetchone()  # a read held open
            replica.store.warm()
            assert replica.cursor is None
    finally:
        replica.close()
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        db.close()
