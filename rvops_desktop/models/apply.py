"""Applying server data to the replica: the bootstrap snapshot and deltas of Change lists.

Both run in one write transaction that also stores the cursor, so the cursor can only advance
together with the rows it stands for. The server is authoritative: an upsert replaces the row
(unknown fields kept in `extra`); rows with pending outbox effects get the server's version as
their new base and the effects replayed on top (see outbox.py).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .cursor import CURSOR_KEY, get_cursor
from .cursor import set_cursor as _set_cursor
from .outbox import based_keys, rebase
from .rows import SPECS, spec_for
from .schema import dumps

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from .replica import WriteTx


@dataclass
class ApplyResult:
    cursor: int | None
    applied: int = 0  # rows written or deleted
    skipped: int = 0  # changes at or below the stored cursor (already applied)
    by_collection: dict[str, int] = field(default_factory=dict)


def _upsert_other(conn: Connection, collection: str, records: list[Mapping[str, Any]]) -> None:
    conn.exec_driver_sql(
        "INSERT INTO other_records (collection, id, record) VALUES (?, ?, ?) "
        "ON CONFLICT(collection, id) DO UPDATE SET record = excluded.record",
        [(collection, str(r["id"]), dumps(dict(r))) for r in records])


def _rebase_touched(tx: WriteTx, touched: Mapping[str, set[str]]) -> None:
    keys = based_keys(tx.conn)
    for collection, row_id in keys:
        if row_id in touched.get(collection, ()):
            rebase(tx.conn, collection, row_id)


# ---- bootstrap ------------------------------------------------------------------------------
def apply_bootstrap(tx: WriteTx, payload: Mapping[str, Any]) -> ApplyResult:
    """Replace every collection present in `payload` by its snapshot; store its cursor.

    A collection's records may be a list or any iterable (e.g. a streaming JSON parser's): they
    are written BOOTSTRAP_CHUNK rows per executemany, so memory stays flat. Rows absent from a
    collection's snapshot are deleted, except rows with pending effects (they are rebased: a
    queued message stays). Collections absent from the payload are kept.
    """
    conn = tx.conn
    cursor = int(payload["cursor"])
    result = ApplyResult(cursor=cursor)
    keys = based_keys(conn)
    for collection, records in payload.items():
        if collection == "cursor" or isinstance(records, (str, bytes, Mapping)):
            continue
        spec = spec_for(collection)
        count = 0
        if spec is None:
            conn.exec_driver_sql("DELETE FROM other_records WHERE collection = ?", (collection,))
            for chunk in _chunked(records):
                _upsert_other(conn, collection, chunk)
                count += len(chunk)
        else:
            table = spec.name
            replacing = not conn.exec_driver_sql(
                f'SELECT NOT EXISTS (SELECT 1 FROM "{table}")').scalar()
            if replacing:
                conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS _snapshot_ids "
                                     "(id TEXT PRIMARY KEY)")
                conn.exec_driver_sql("DELETE FROM _snapshot_ids")
                kept = [(r,) for c, r in keys if c == collection]
                if kept:
                    conn.exec_driver_sql("INSERT OR IGNORE INTO _snapshot_ids VALUES (?)", kept)
            to_row, upsert = spec.to_row, spec.upsert_sql
            for chunk in _chunked(records):
                rows = [to_row(r) for r in chunk]
                conn.exec_driver_sql(upsert, rows)
                if replacing:
                    conn.exec_driver_sql("INSERT OR IGNORE INTO _snapshot_ids VALUES (?)",
                                         [(row[0],) for row in rows])
                count += len(rows)
            if replacing:
                conn.exec_driver_sql(
                    f'DELETE FROM "{table}" WHERE id NOT IN (SELECT id FROM _snapshot_ids)')
                conn.exec_driver_sql("DELETE FROM _snapshot_ids")
        result.by_collection[collection] = count
        result.applied += count
    for collection, row_id in keys:
        if collection in payload:
            rebase(conn, collection, row_id)
    _set_cursor(conn, cursor)
    tx.touch_all()
    return result


BOOTSTRAP_CHUNK = 5000


def _chunked(records: Iterable[Mapping[str, Any]]) -> Iterable[list[Mapping[str, Any]]]:
    chunk: list[Mapping[str, Any]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= BOOTSTRAP_CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---- deltas ---------------------------------------------------------------------------------
def _fields(change: Any) -> tuple[int, str, str, str, Mapping[str, Any] | None]:
    if isinstance(change, Mapping):
        return (int(change["cursor"]), change["collection"], str(change["op"]),
                str(change["id"]), change.get("record"))
    return (int(change.cursor), change.collection, str(change.op), str(change.id), change.record)


def apply_changes(tx: WriteTx, changes: Iterable[Any], cursor: int | None = None) -> ApplyResult:
    """Apply Change objects (models or dicts) in order; store the new cursor with them.

    Changes at or below the stored cursor are skipped (a replay after a reconnect is harmless).
    Within one call only each row's last change matters (the transaction is atomic and every
    change names one row), so changes are coalesced per row and written with at most one
    executemany per collection and op. The stored cursor becomes max(stored, the changes'
    cursors, `cursor`).
    """
    conn = tx.conn
    stored = get_cursor(conn) or 0
    result = ApplyResult(cursor=stored)
    newest = stored
    last: dict[tuple[str, str], tuple[str, Mapping[str, Any] | None]] = {}
    for change in changes:
        change_cursor, collection, op, row_id, record = _fields(change)
        if change_cursor <= stored:
            result.skipped += 1
            continue
        if op not in ("upsert", "delete"):
            raise ValueError(f"unknown change op {op!r}")
        key = (collection, row_id)
        last.pop(key, None)  # re-inserted: dict order follows each row's last change
        last[key] = (op, record)
        newest = max(newest, change_cursor)
        result.applied += 1
        result.by_collection[collection] = result.by_collection.get(collection, 0) + 1
    groups: dict[tuple[str, str], list[tuple[str, Mapping[str, Any] | None]]] = {}
    for (collection, row_id), (op, record) in last.items():
        groups.setdefault((collection, op), []).append((row_id, record))
    touched: dict[str, set[str]] = {}
    for (collection, op), run in groups.items():
        _write_run(conn, collection, op, run)
        touched.setdefault(collection, set()).update(row_id for row_id, _ in run)
    hidden = _drop_hidden_history(conn, groups.get(("conversations", "delete"), []), last)
    if hidden:
        touched.setdefault("messages", set()).update(hidden)
    if touched:
        _rebase_touched(tx, touched)
        for collection, ids in touched.items():
            tx.touch(collection, *ids)
    if cursor is not None:
        newest = max(newest, int(cursor))
    if newest != stored:
        _set_cursor(conn, newest)
    result.cursor = newest
    return result


def _drop_hidden_history(conn: Connection, deleted_conversations: list[tuple[str, Mapping[str, Any] | None]],
                         last: Mapping[tuple[str, str], tuple[str, Mapping[str, Any] | None]]) -> list[str]:
    """A conversation the agent may no longer see arrives as a delete, but its messages cannot (the
    server sends nothing about rows we may not see): they leave the replica with it, in the same
    transaction. Messages re-announced in this same batch (transferred back) are kept, and so are the
    agent's own queued or failed drafts: the outbox still owes them an answer, or they carry the
    server's reason for the agent to read."""
    if not deleted_conversations:
        return []
    ids = [row_id for row_id, _ in deleted_conversations]
    marks = ",".join("?" * len(ids))
    doomed = [mid for (mid,) in conn.exec_driver_sql(  # the agent's own drafts stay, with their reason
        f"SELECT id FROM messages WHERE conversation_id IN ({marks}) AND status NOT IN ('queued', 'failed')",
        tuple(ids))
        if last.get(("messages", mid), ("delete",))[0] != "upsert"]
    if doomed:
        conn.exec_driver_sql("DELETE FROM messages WHERE id = ?", [(mid,) for mid in doomed])
    return doomed


def _write_run(conn: Connection, collection: str, op: str,
               run: list[tuple[str, Mapping[str, Any] | None]]) -> None:
    spec = spec_for(collection)
    if op == "delete":
        if spec is None:
            conn.exec_driver_sql("DELETE FROM other_records WHERE collection = ? AND id = ?",
                                 [(collection, row_id) for row_id, _ in run])
        else:
            conn.exec_driver_sql(spec.delete_sql, [(row_id,) for row_id, _ in run])
        return
    records = [record if record is not None and record.get("id") == row_id
               else {**(record or {}), "id": row_id} for row_id, record in run]
    if spec is None:
        _upsert_other(conn, collection, records)
    else:
        to_row = spec.to_row
        conn.exec_driver_sql(spec.upsert_sql, [to_row(r) for r in records])


def other_records(conn: Connection, collection: str) -> list[dict[str, Any]]:
    """Records of a collection this version has no table for (kept verbatim)."""
    return [json.loads(r) for (r,) in conn.exec_driver_sql(
        "SELECT record FROM other_records WHERE collection = ? ORDER BY id", (collection,))]


__all__ = ["CURSOR_KEY", "SPECS", "ApplyResult", "apply_bootstrap", "apply_changes", "get_cursor", "other_records"]
