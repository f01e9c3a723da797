"""The outbox: local actions as pending mutations, with their optimistic effects on the replica.

`enqueue` writes the optimistic effects AND the outbox row in one SQLite transaction: either
both are on disk or neither is. Each effect is declarative (`Effect.insert/update/delete`), so
the replica can always be recomputed as

    row shown = server's row (the "base")  +  pending effects on that row, in FIFO order

which is what happens when the server sends a newer version of a row that has pending effects
(the server's row becomes the base, the pending effects are replayed on top: a queued message
keeps showing as queued), when a mutation is refused (its effects are dropped and the row
recomputed; a message is kept as `failed` with the server's reason and sentence) and when one is
accepted. An accepted result names the change-log cursor holding its effects: if the replica is
already at or past it, the base already is the server's answer (perhaps with later edits by others
on top) and the effects are simply dropped; otherwise they are folded into the base until the
server's own change arrives and replaces it.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from rvops_contract import wire
from rvops_contract.wire import MAX_MUTATIONS_PER_BATCH, MessageStatus, MutationType

from .cursor import get_cursor
from .schema import dumps

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from .replica import Replica, WriteTx

_FAILABLE = frozenset({"messages"})  # tables with status / error_code / error_text


@dataclass(frozen=True)
class Effect:
    """One optimistic change to one replica row. Build with `insert`, `update` or `delete`."""

    collection: str
    id: str
    op: Literal["insert", "update", "delete"]
    fields: Mapping[str, Any] = field(default_factory=dict)
    on_refuse: Literal["restore", "fail"] = "restore"

    @classmethod
    def insert(cls, collection: str, id: str, fields: Mapping[str, Any], *,
               keep_as_failed: bool = False) -> Effect:
        """A new row (or its full replacement). `keep_as_failed` (messages): on refusal the row
        stays, with status `failed` and the server's reason, instead of disappearing."""
        if keep_as_failed and collection not in _FAILABLE:
            raise ValueError(f"only {sorted(_FAILABLE)} rows can be kept as failed")
        return cls(collection, id, "insert", dict(fields), "fail" if keep_as_failed else "restore")

    @classmethod
    def update(cls, collection: str, id: str, fields: Mapping[str, Any]) -> Effect:
        """Changed fields of an existing row (nothing happens if the row is not there)."""
        return cls(collection, id, "update", dict(fields))

    @classmethod
    def delete(cls, collection: str, id: str) -> Effect:
        return cls(collection, id, "delete")

    def check(self) -> None:
        from .rows import spec_for  # the table classes load on first use (not for the first paint)
        spec = spec_for(self.collection)
        if spec is None:
            raise ValueError(f"unknown collection {self.collection!r}")
        unknown = set(self.fields) - set(spec.columns) - {"extra"}
        if unknown:
            raise ValueError(f"{self.collection} has no field(s) {sorted(unknown)}")


@dataclass(frozen=True)
class PendingMutation:
    seq: int
    mutation_id: str
    type: MutationType
    args: dict[str, Any]
    created_at: str | None

    def to_wire(self) -> dict[str, Any]:
        """The `{mutation_id, type, args}` entry of POST /sync/mutations."""
        return {"mutation_id": self.mutation_id, "type": str(self.type), "args": self.args}


@dataclass(frozen=True)
class RefusalRecord:
    mutation_id: str
    type: str
    args: dict[str, Any]
    reason: str | None
    message: str | None
    targets: list[tuple[str, str]]
    refused_at: str | None


def new_mutation_id() -> str:
    return uuid.uuid4().hex


# ---- row arithmetic ---------------------------------------------------------------------------
def _read(conn: Connection, collection: str, row_id: str) -> dict[str, Any] | None:
    from .rows import SPECS
    spec = SPECS[collection]
    row = conn.exec_driver_sql(spec.select_sql, (row_id,)).first()
    return None if row is None else spec.from_row(row)


def _write(conn: Connection, collection: str, row_id: str, record: dict[str, Any] | None) -> None:
    from .rows import SPECS
    spec = SPECS[collection]
    if record is None:
        conn.exec_driver_sql(spec.delete_sql, (row_id,))
    else:
        conn.exec_driver_sql(spec.upsert_sql, spec.to_row({**record, "id": row_id}))


def _layer(record: dict[str, Any] | None, op: str, fields: Mapping[str, Any],
           row_id: str) -> dict[str, Any] | None:
    if op == "delete":
        return None
    if op == "insert":
        return {**(record or {}), **fields, "id": row_id}
    return None if record is None else {**record, **fields}


def _effects_on(conn: Connection, collection: str, row_id: str) -> list[tuple[str, dict[str, Any], str]]:
    rows = conn.exec_driver_sql(
        "SELECT op, fields, on_refuse FROM outbox_effects WHERE collection = ? AND row_id = ? "
        "ORDER BY seq, pk", (collection, row_id)).all()
    return [(op, json.loads(fields) if fields else {}, on_refuse) for op, fields, on_refuse in rows]


def _base(conn: Connection, collection: str, row_id: str) -> tuple[bool, dict[str, Any] | None, bool]:
    """(has a base, the base row, server_seen)."""
    row = conn.exec_driver_sql("SELECT row, server_seen FROM outbox_bases "
                               "WHERE collection = ? AND row_id = ?", (collection, row_id)).first()
    if row is None:
        return False, None, False
    return True, (json.loads(row[0]) if row[0] else None), bool(row[1])


def _set_base(conn: Connection, collection: str, row_id: str, row: dict[str, Any] | None,
              server_seen: bool) -> None:
    conn.exec_driver_sql(
        "INSERT INTO outbox_bases (collection, row_id, row, server_seen) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(collection, row_id) DO UPDATE SET row = excluded.row, "
        "server_seen = excluded.server_seen", (collection, row_id, dumps(row), int(server_seen)))


def _drop_base(conn: Connection, collection: str, row_id: str) -> None:
    conn.exec_driver_sql("DELETE FROM outbox_bases WHERE collection = ? AND row_id = ?",
                         (collection, row_id))


def _recompute(conn: Connection, collection: str, row_id: str, base: dict[str, Any] | None) -> None:
    record = base
    for op, fields, _ in _effects_on(conn, collection, row_id):
        record = _layer(record, op, fields, row_id)
    _write(conn, collection, row_id, record)


def based_keys(conn: Connection) -> set[tuple[str, str]]:
    """Rows that pending effects are layered on (usually a handful)."""
    return set(conn.exec_driver_sql("SELECT collection, row_id FROM outbox_bases").all())


def rebase(conn: Connection, collection: str, row_id: str) -> None:
    """The server just wrote this row (or deleted it): make that the base, replay pending effects.

    Called by the apply path, inside its transaction, for rows with pending effects."""
    server_row = _read(conn, collection, row_id)
    _set_base(conn, collection, row_id, server_row, server_seen=True)
    _recompute(conn, collection, row_id, server_row)


# ---- the outbox operations (each runs inside a replica write transaction) -------------------------
def enqueue(tx: WriteTx, type: MutationType | str, args: Mapping[str, Any],
            effects: Sequence[Effect] = (), *, mutation_id: str | None = None) -> PendingMutation:
    type = MutationType(type)
    # a malformed mutation never reaches the disk (the models load on the first one: wire/__init__)
    wire.ARGS_BY_TYPE[type].model_validate(dict(args))
    for effect in effects:
        effect.check()
    conn = tx.conn
    mutation_id = mutation_id or new_mutation_id()
    created_at = tx.now_iso()
    args = json.loads(json.dumps(dict(args)))
    seq = conn.exec_driver_sql(
        "INSERT INTO outbox (mutation_id, type, args, created_at) VALUES (?, ?, ?, ?)",
        (mutation_id, str(type), dumps(args), created_at)).lastrowid
    for effect in effects:
        current = _read(conn, effect.collection, effect.id)
        has_base, _, _ = _base(conn, effect.collection, effect.id)
        if not has_base:
            _set_base(conn, effect.collection, effect.id, current, server_seen=False)
        conn.exec_driver_sql(
            "INSERT INTO outbox_effects (seq, collection, row_id, op, fields, on_refuse) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (seq, effect.collection, effect.id, effect.op, dumps(dict(effect.fields)),
             effect.on_refuse))
        _write(conn, effect.collection, effect.id,
               _layer(current, effect.op, effect.fields, effect.id))
        tx.touch(effect.collection, effect.id)
    return PendingMutation(seq, mutation_id, type, dict(args), created_at)


def peek(conn: Connection, limit: int = MAX_MUTATIONS_PER_BATCH) -> list[PendingMutation]:
    rows = conn.exec_driver_sql(
        "SELECT seq, mutation_id, type, args, created_at FROM outbox ORDER BY seq LIMIT ?",
        (limit,)).all()
    return [PendingMutation(seq, mid, MutationType(t), json.loads(a) if a else {}, created)
            for seq, mid, t, a, created in rows]


def pending_count(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one())


def _take(tx: WriteTx, mutation_id: str
          ) -> tuple[tuple[Any, ...], list[tuple[str, str, str, dict[str, Any], str]]] | None:
    conn = tx.conn
    entry = conn.exec_driver_sql("SELECT seq, type, args FROM outbox WHERE mutation_id = ?",
                                 (mutation_id,)).first()
    if entry is None:
        return None
    seq = entry[0]
    effects = conn.exec_driver_sql(
        "SELECT collection, row_id, op, fields, on_refuse FROM outbox_effects WHERE seq = ? "
        "ORDER BY pk", (seq,)).all()
    conn.exec_driver_sql("DELETE FROM outbox_effects WHERE seq = ?", (seq,))
    conn.exec_driver_sql("DELETE FROM outbox WHERE seq = ?", (seq,))
    parsed = [(c, r, op, json.loads(f) if f else {}, how) for c, r, op, f, how in effects]
    return tuple(entry), parsed


def accept(tx: WriteTx, mutation_id: str, cursor: int | None = None) -> bool:
    """The server applied the mutation, its effects at change `cursor` (None: not said).
    False if it was not pending (already resolved)."""
    taken = _take(tx, mutation_id)
    if taken is None:
        return False
    conn = tx.conn
    _, effects = taken
    applied = get_cursor(conn)
    in_replica = cursor is not None and applied is not None and applied >= cursor
    for key in dict.fromkeys((c, r) for c, r, *_ in effects):
        _, base, server_seen = _base(conn, *key)
        for collection, row_id, op, fields, _ in effects:
            if (collection, row_id) != key or in_replica or (op == "insert" and server_seen):
                continue  # the server's own copy of the row (it already holds this mutation) wins
            base = _layer(base, op, fields, row_id)
        if _effects_on(conn, *key):
            _set_base(conn, *key, base, server_seen)
            _recompute(conn, *key, base)
        else:
            _drop_base(conn, *key)
            _write(conn, *key, base)
        tx.touch(*key)
    return True


def refuse(tx: WriteTx, mutation_id: str, reason: str | None, message: str | None) -> bool:
    """The server refused: roll the effects back and record why. False if not pending."""
    taken = _take(tx, mutation_id)
    if taken is None:
        return False
    conn = tx.conn
    (_, type, args), effects = taken
    targets = list(dict.fromkeys((c, r) for c, r, *_ in effects))
    for key in targets:
        _, base, _ = _base(conn, *key)
        record = base
        for op, fields, _ in _effects_on(conn, *key):
            record = _layer(record, op, fields, key[1])
        for collection, row_id, op, fields, how in effects:
            if (collection, row_id) == key and how == "fail":
                record = _layer(record, "insert", {
                    **fields, "status": str(MessageStatus.FAILED), "error_code": reason,
                    "error_text": message}, row_id)
        if not _effects_on(conn, *key):
            _drop_base(conn, *key)
        _write(conn, *key, record)
        tx.touch(*key)
    conn.exec_driver_sql(
        "INSERT INTO refusals (mutation_id, type, args, reason, message, targets, refused_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (mutation_id, type, args, reason, message, dumps([list(t) for t in targets]), tx.now_iso()))
    tx.touch("refusals", mutation_id)
    return True


def refusals(conn: Connection, limit: int = 50) -> list[RefusalRecord]:
    rows = conn.exec_driver_sql(
        "SELECT mutation_id, type, args, reason, message, targets, refused_at FROM refusals "
        "ORDER BY pk DESC LIMIT ?", (limit,)).all()
    return [RefusalRecord(mid, t, json.loads(a) if a else {}, reason, message,
                          [tuple(x) for x in json.loads(targets or "[]")], at)
            for mid, t, a, reason, message, targets, at in rows]


class Outbox:
    """The outbox API for the sync engine and the UI's actions, bound to one replica."""

    def __init__(self, replica: Replica) -> None:
        self._replica = replica

    def enqueue(self, type: MutationType | str, args: Mapping[str, Any],
                effects: Sequence[Effect] = (), *, mutation_id: str | None = None
                ) -> PendingMutation:
        """Apply `effects` to the replica and queue the mutation, in one transaction."""
        with self._replica.write() as tx:
            return enqueue(tx, type, args, effects, mutation_id=mutation_id)

    def peek(self, limit: int = MAX_MUTATIONS_PER_BATCH) -> list[PendingMutation]:
        """The oldest pending mutations, FIFO; they stay queued until accepted or refused."""
        with self._replica.read() as conn:
            return peek(conn, limit)

    def pending_count(self) -> int:
        with self._replica.read() as conn:
            return pending_count(conn)

    def accept(self, mutation_id: str, cursor: int | None = None) -> bool:
        with self._replica.write() as tx:
            return accept(tx, mutation_id, cursor)

    def refuse(self, mutation_id: str, reason: str | None, message: str | None) -> bool:
        with self._replica.write() as tx:
            return refuse(tx, mutation_id, reason, message)

    def resolve(self, results: Iterable[Mapping[str, Any] | Any]) -> None:
        """Apply a POST /sync/mutations response (MutationResult models or dicts) at once."""
        with self._replica.write() as tx:
            for result in results:
                get = result.get if isinstance(result, Mapping) else (
                    lambda name, r=result: getattr(r, name, None))
                reason, mutation_id = get("reason"), str(get("mutation_id"))
                if get("status") == "accepted":
                    accept(tx, mutation_id, get("cursor"))
                else:
                    refuse(tx, mutation_id, None if reason is None else str(reason), get("message"))

    def refusals(self, limit: int = 50) -> list[RefusalRecord]:
        """The latest refusals, newest first (for the UI to tell the agent what went wrong)."""
        with self._replica.read() as conn:
            return refusals(conn, limit)
