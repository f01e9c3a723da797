"""Creating and migrating the replica's schema (`PRAGMA user_version` + a numbered list).

A fresh file gets the current schema in one go. An older file is brought forward in one
transaction: a reconciliation creates the tables, columns and indexes the SQLModel classes declare
but the file lacks (new columns are always nullable, so adding them never loses a row), then every
numbered step above its `user_version` runs. A file written by a *newer* app is
refused with `ReplicaTooNew` rather than guessed at.

A file already at the current version is opened as it is: no reconciliation, and the table
classes (SQLModel, ≈ 0.2 s to import) are not imported on the way to the window's first paint.

To change the schema: edit the table classes, append a step to `MIGRATIONS` (a step that
does nothing when the reconciliation does it all: new tables, nullable columns, indexes;
code for what it cannot do: backfills, renames, new FTS columns, moving data out of `extra`) and
record the new `declared_digest()` as `SCHEMA_DIGEST` (tests/desktop/models/test_schema_digest.py
fails until both are done). `SCHEMA_VERSION` is the last step's number.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # SQLAlchemy is imported by what runs a migration, not by opening a current file
    from sqlalchemy import Connection, MetaData

FTS_TOKENIZER = "unicode61 remove_diacritics 2"
# FTS5 prefix indexes: a 2- or 3-character prefix query ("sa"*, "com"*) reads one doclist
# instead of merging those of every word it begins (half the index for a common syllable).
FTS_PREFIXES = "2 3"
MIN_PHONE_FRAGMENT = 3  # digits; shorter fragments would match half the address book


class ReplicaTooNew(RuntimeError):
    """The file was written by a newer version of the app; this version must not touch it."""


def phone_search_text(phone: str | None) -> str | None:
    """Every digit suffix of a phone number, space-separated, for FTS5 prefix matching.

    "+55 (11) 98765-4321" -> "5511987654321 511987654321 ... 321"; the query "98765" then finds
    it as the prefix of the suffix "987654321".
    """
    if not phone:
        return None
    digits = re.sub(r"\D", "", phone)
    if len(digits) < MIN_PHONE_FRAGMENT:
        return digits or None
    return " ".join(digits[i:] for i in range(len(digits) - MIN_PHONE_FRAGMENT + 1))


_FTS_DDL = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5(
    text, content='messages', content_rowid='pk', prefix='{FTS_PREFIXES}',
    tokenize="{FTS_TOKENIZER}");
CREATE TRIGGER IF NOT EXISTS messages_fts_ai AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, text) VALUES (new.pk, new.text);
END;
CREATE TRIGGER IF NOT EXISTS messages_fts_ad AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.pk, old.text);
END;
CREATE TRIGGER IF NOT EXISTS messages_fts_au AFTER UPDATE OF text ON messages
WHEN old.text IS NOT new.text BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.pk, old.text);
    INSERT INTO messages_fts(rowid, text) VALUES (new.pk, new.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS contacts_fts USING fts5(
    name, phone, email, phone_search, content='contacts', content_rowid='pk',
    prefix='{FTS_PREFIXES}', tokenize="{FTS_TOKENIZER}");
CREATE TRIGGER IF NOT EXISTS contacts_fts_ai AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts(rowid, name, phone, email, phone_search)
    VALUES (new.pk, new.name, new.phone, new.email, new.phone_search);
END;
CREATE TRIGGER IF NOT EXISTS contacts_fts_ad AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, name, phone, email, phone_search)
    VALUES ('delete', old.pk, old.name, old.phone, old.email, old.phone_search);
END;
CREATE TRIGGER IF NOT EXISTS contacts_fts_au AFTER UPDATE OF name, phone, email, phone_search
ON contacts WHEN old.name IS NOT new.name OR old.phone IS NOT new.phone
    OR old.email IS NOT new.email OR old.phone_search IS NOT new.phone_search BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, name, phone, email, phone_search)
    VALUES ('delete', old.pk, old.name, old.phone, old.email, old.phone_search);
    INSERT INTO contacts_fts(rowid, name, phone, email, phone_search)
    VALUES (new.pk, new.name, new.phone, new.email, new.phone_search);
END;
"""


def _run_script(conn: Connection, script: str) -> None:
    # Split on the statement terminators that are not inside a trigger body.
    statements, buf, depth = [], [], 0
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        buf.append(line)
        if re.search(r"\bBEGIN$", stripped):
            depth += 1
        if stripped == "END;":
            depth -= 1
        if depth == 0 and stripped.endswith(";"):
            statements.append("\n".join(buf))
            buf = []
    for statement in statements:
        conn.exec_driver_sql(statement)


def create_search_index(conn: Connection, *, rebuild: bool = False) -> None:
    _run_script(conn, _FTS_DDL)
    if rebuild:
        conn.exec_driver_sql("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')")


# ---- numbered migrations --------------------------------------------------------------------
def _v2_search(conn: Connection) -> None:
    """v1 -> v2: full-text search, derived phone fragments; presence, calls, extra columns.

    Tables and nullable columns are added by the reconciliation that runs before the steps;
    this step only backfills and indexes what v1 already held (no re-download)."""
    rows = conn.exec_driver_sql("SELECT pk, phone FROM contacts WHERE phone IS NOT NULL").all()
    conn.exec_driver_sql("UPDATE contacts SET phone_search = ? WHERE pk = ?",
                         [(phone_search_text(phone), pk) for pk, phone in rows])
    create_search_index(conn, rebuild=True)


def _v3_prefix_indexes(conn: Connection) -> None:
    """v2 -> v3: the FTS5 indexes gain prefix indexes (`FTS_PREFIXES`). FTS5 cannot add them to
    an existing index, so each is dropped and rebuilt from its content table (no row is lost:
    the indexes hold no data of their own; the triggers keep their names)."""
    stale = [index for index in ("messages_fts", "contacts_fts") if "prefix=" not in (
        conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (index,)).scalar()
        or "")]  # a v1 file got the current DDL in step 2 already
    for index in stale:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {index}")
    create_search_index(conn)
    for index in stale:
        conn.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('rebuild')")


def _v4_queued_at(conn: Connection) -> None:
    """v3 -> v4: `conversations.queued_at` (waiting in the queue since) becomes a column; the
    reconciliation added it, this step moves the values older versions kept in `extra`."""
    conn.exec_driver_sql(
        "UPDATE conversations SET queued_at = json_extract(extra, '$.queued_at'), "
        "extra = nullif(json_remove(extra, '$.queued_at'), '{}') "
        "WHERE extra IS NOT NULL AND json_type(extra, '$.queued_at') IS NOT NULL")


def _v5_snoozed_until(conn: Connection) -> None:
    """v4 -> v5: `conversations.snoozed_until` (issue 15 #16) becomes a column, moved out of
    `extra` where a v4 replica kept it after syncing with a server that has snooze."""
    conn.exec_driver_sql(
        "UPDATE conversations SET snoozed_until = json_extract(extra, '$.snoozed_until'), "
        "extra = nullif(json_remove(extra, '$.snoozed_until'), '{}') "
        "WHERE extra IS NOT NULL AND json_type(extra, '$.snoozed_until') IS NOT NULL")


def _v6_labels(conn: Connection) -> None:
    """v5 -> v6: `conversations.labels` (issue 15 #16) becomes a column, moved out of `extra`."""
    conn.exec_driver_sql(
        "UPDATE conversations SET labels = json_extract(extra, '$.labels'), "
        "extra = nullif(json_remove(extra, '$.labels'), '{}') "
        "WHERE extra IS NOT NULL AND json_type(extra, '$.labels') = 'array'")


def _v7_label_catalogue(conn: Connection) -> None:
    """v6 -> v7: the labels' catalogue (issue 16) gets its table (the reconciliation created it);
    records a v6 replica kept in `other_records` move there, so nothing is downloaded again."""
    rows = conn.exec_driver_sql("SELECT id, record FROM other_records WHERE collection = 'labels'").all()
    for label_id, record in rows:
        values = json.loads(record or "{}")
        extra = {k: v for k, v in values.items() if k not in ("id", "name", "colour")}
        conn.exec_driver_sql(
            "INSERT INTO labels (id, name, colour, extra) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "name = excluded.name, colour = excluded.colour, extra = excluded.extra",
            (label_id, values.get("name"), values.get("colour"), dumps(extra or None)))
    conn.exec_driver_sql("DELETE FROM other_records WHERE collection = 'labels'")


def _v8_views_in_order(conn: Connection) -> None:
    """v7 -> v8: the conversations' view indexes carry the inbox's order (the reconciliation made
    the new ones); the old ones, their prefixes, go."""
    for old in ("ix_conversations_assignee", "ix_conversations_team"):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {old}")


# version -> step bringing the file from version-1 to version
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    2: _v2_search,
    3: _v3_prefix_indexes,
    4: _v4_queued_at,
    5: _v5_snoozed_until,
    6: _v6_labels,
    7: _v7_label_catalogue,
    8: _v8_views_in_order,
}
SCHEMA_VERSION = max(MIGRATIONS)
# The table classes' DDL at SCHEMA_VERSION (declared_digest()): a replica already at SCHEMA_VERSION
# is opened as it is, without importing the table classes, so any change to them needs a new step.
SCHEMA_DIGEST = "4576b21c1249c671"


def raw_connection(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under SQLAlchemy's, for the bulk and search paths (plain tuples,
    none of SQLAlchemy's per-row result machinery)."""
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection), "the replica is a SQLite file"
    return driver


def user_version(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def declared() -> MetaData:
    """The schema the SQLModel table classes declare (importing them: SQLModel, ≈ 0.2 s)."""
    from sqlmodel import SQLModel

    from . import tables as _tables  # noqa: F401  (registers every table on SQLModel.metadata)
    return SQLModel.metadata


def declared_digest() -> str:
    """A fingerprint of the declared schema (every table's and index's DDL): SCHEMA_DIGEST records
    it for SCHEMA_VERSION, and tests/desktop/models/test_schema_digest.py holds them together."""
    import hashlib

    from sqlalchemy.dialects import sqlite as dialect
    from sqlalchemy.schema import CreateIndex, CreateTable
    ddl = []
    for table in declared().sorted_tables:
        ddl.append(str(CreateTable(table).compile(dialect=dialect.dialect())).strip())
        ddl.extend(sorted(str(CreateIndex(index).compile(dialect=dialect.dialect())).strip()
                          for index in table.indexes))
    return hashlib.sha256("\n".join(ddl).encode()).hexdigest()[:16]


def _reconcile(conn: Connection) -> None:
    """Create missing tables, nullable columns and indexes declared by the SQLModel classes."""
    from sqlalchemy import inspect
    metadata = declared()
    metadata.create_all(conn, checkfirst=True)
    inspector = inspect(conn)
    for table in metadata.sorted_tables:
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present:
                ddl_type = column.type.compile(dialect=conn.dialect)
                conn.exec_driver_sql(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {ddl_type}')
        indexes = {name for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table.name,))}
        for index in table.indexes:  # by name: SQLAlchemy cannot reflect an index on expressions
            if index.name not in indexes:
                index.create(conn)


HAS_TABLES_SQL = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'conversations'"


def is_current(version: int, has_tables: bool) -> bool:
    """A replica at the version this code writes, tables made, is taken as it is: nothing to
    reconcile, so no table class is imported (the SCHEMA_DIGEST test keeps that safe)."""
    return version == SCHEMA_VERSION and has_tables


def ensure_schema(conn: Connection) -> int:
    """Create or migrate the schema inside the caller's transaction; returns the old version."""
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise ReplicaTooNew(
            f"This replica was written by a newer version of Rvops Desktop (schema {version}, "
            f"this version reads up to {SCHEMA_VERSION}). Update the app to open it.")
    existing = conn.exec_driver_sql(HAS_TABLES_SQL).first() is not None
    if is_current(version, existing):
        return version
    if not existing:
        declared().create_all(conn)
        create_search_index(conn)
    else:
        _reconcile(conn)
        for step in range(max(version, 1) + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[step](conn)
    conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return version


def dumps(value: Any) -> str | None:
    """JSON text as the replica stores it (None stays SQL NULL)."""
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
