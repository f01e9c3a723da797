"""Applying the paged bootstrap (the server's /sync/snapshot) to the replica, one page per write
transaction, with where it stands stored beside the rows it stands for:

    progress = begin_snapshot(tx, cursor, counts)        # the begin frame
    apply_snapshot_page(tx, "conversations", records, resume_token)   # each page
    finish_snapshot(tx)                                  # the end frame: the cursor is set at last

The replica's cursor stays unset until the end, so a crash or a dropped link at any page leaves a
replica that knows it is mid-snapshot (`snapshot_progress`) and asks the server for the rest with
the stored `at` and `resume`; the window meanwhile shows what has arrived. A replica that held
rows before the snapshot began (a second sign-in from scratch) has the rows the server no longer
sends removed at the end; rows with pending outbox effects are kept and rebased, as always.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .apply import _upsert_other
from .cursor import set_cursor
from .outbox import based_keys, rebase
from .rows import SPECS, spec_for

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from .replica import WriteTx

SNAPSHOT_KEY = "snapshot"


@dataclass
class SnapshotProgress:
    """A snapshot under way: its cursor, the last page kept, and how far along it is."""

    at: int
    resume: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # rows the server said it would send
    received: int = 0
    replacing: bool = False  # the replica held rows before: prune what the snapshot did not send
    collection: str | None = None  # of the last page kept

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def snapshot_progress(conn: Connection) -> SnapshotProgress | None:
    value = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (SNAPSHOT_KEY,)).scalar()
    return None if value is None else SnapshotProgress(**json.loads(value))


def _store(conn: Connection, progress: SnapshotProgress | None) -> None:
    if progress is None:
        conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (SNAPSHOT_KEY,))
        return
    conn.exec_driver_sql("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                         (SNAPSHOT_KEY, json.dumps(asdict(progress))))


def _holds_rows(conn: Connection) -> bool:
    tables = [spec.name for spec in SPECS.values()] + ["other_records"]
    return any(conn.exec_driver_sql(f'SELECT EXISTS (SELECT 1 FROM "{name}")').scalar() for name in tables)


def begin_snapshot(tx: WriteTx, cursor: int, counts: Mapping[str, int]) -> SnapshotProgress:
    """A new snapshot at `cursor` (a resumed one keeps its progress: see `snapshot_progress`)."""
    conn = tx.conn
    previous = snapshot_progress(conn)
    replacing = (previous is not None and previous.replacing) or _holds_rows(conn)
    progress = SnapshotProgress(at=int(cursor), counts=dict(counts), replacing=replacing)
    if replacing:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS snapshot_seen (collection TEXT NOT NULL, "
                             "id TEXT NOT NULL, PRIMARY KEY (collection, id)) WITHOUT ROWID")
        conn.exec_driver_sql("DELETE FROM snapshot_seen")
    _store(conn, progress)
    return progress


def apply_snapshot_page(tx: WriteTx, collection: str, records: Sequence[Mapping[str, Any]],
                        resume: str | None) -> SnapshotProgress:
    """Write one page and remember it was kept; listeners hear of exactly these rows."""
    conn = tx.conn
    progress = snapshot_progress(conn)
    if progress is None:
        raise RuntimeError("a snapshot page without a snapshot under way")
    ids = [str(r["id"]) for r in records]
    spec = spec_for(collection)
    if records:
        if spec is None:
            _upsert_other(conn, collection, list(records))
        else:
            conn.exec_driver_sql(spec.upsert_sql, [spec.to_row(r) for r in records])
        if progress.replacing:
            conn.exec_driver_sql("INSERT OR IGNORE INTO snapshot_seen VALUES (?, ?)",
                                 [(collection, i) for i in ids])
        mine = set(ids)
        for based_collection, row_id in based_keys(conn):
            if based_collection == collection and row_id in mine:
                rebase(conn, collection, row_id)
        tx.touch(collection, *ids)
        tx.change.snapshot = True
        if collection == "messages":
            tx.change.message_parents.update(str(r.get("conversation_id")) for r in records)
    progress.resume, progress.collection = resume, collection
    progress.received += len(records)
    _store(conn, progress)
    return progress


def finish_snapshot(tx: WriteTx) -> int:
    """The end frame: prune what a replacing snapshot did not send, set the cursor; returns it."""
    conn = tx.conn
    progress = snapshot_progress(conn)
    if progress is None:
        raise RuntimeError("no snapshot under way")
    if progress.replacing:
        kept = based_keys(conn)
        for collection in progress.counts:
            spec = spec_for(collection)
            table, where = (f'"{spec.name}"', "") if spec else ("other_records", "collection = ? AND ")
            params: tuple[str, ...] = () if spec else (collection,)
            doomed = [row_id for (row_id,) in conn.exec_driver_sql(
                f"SELECT id FROM {table} WHERE {where}id NOT IN "
                "(SELECT id FROM snapshot_seen WHERE collection = ?)", (*params, collection))
                if (collection, row_id) not in kept]
            if doomed:
                if spec:
                    conn.exec_driver_sql(spec.delete_sql, [(row_id,) for row_id in doomed])
                else:
                    conn.exec_driver_sql("DELETE FROM other_records WHERE collection = ? AND id = ?",
                                         [(collection, row_id) for row_id in doomed])
        for collection, row_id in kept:
            rebase(conn, collection, row_id)
        conn.exec_driver_sql("DROP TABLE IF EXISTS snapshot_seen")
        tx.touch_all()
    set_cursor(conn, progress.at)
    _store(conn, None)
    return progress.at
