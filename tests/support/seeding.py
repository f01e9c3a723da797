"""Many rows written straight into a server's seeded SQLite database, each a copy of a demo row with
some fields changed (the big-inbox journey, the bootstrap benchmark): the schema's columns come
from the template row, so the copies stay valid as the schema grows."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

BATCH = 20_000  # rows per executemany: bounded memory for millions of rows


class RowCopies:
    """`template(table, id)` reads a row; `insert(table, rows)` bulk-inserts dicts of its columns."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def template(self, table: str, row_id: str) -> dict[str, Any]:
        row = self.db.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        values = row.fetchone()
        if values is None:
            raise LookupError(f"{table} has no row {row_id!r} to copy")
        return dict(zip([c[0] for c in row.description], values, strict=True))

    def insert(self, table: str, rows: Iterable[dict[str, Any]]) -> int:
        columns: list[str] | None = None
        batch: list[tuple[Any, ...]] = []
        written = 0
        for row in rows:
            if columns is None:
                columns = list(row)
            batch.append(tuple(row[c] for c in columns))
            if len(batch) == BATCH:
                written += self._write(table, columns, batch)
                batch = []
        if batch and columns is not None:
            written += self._write(table, columns, batch)
        return written

    def _write(self, table: str, columns: list[str], batch: list[tuple[Any, ...]]) -> int:
        marks = ", ".join("?" for _ in columns)
        self.db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", batch)
        return len(batch)
