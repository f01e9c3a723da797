"""The replica's sync cursor: the newest server change applied, stored in `sync_state`.

It advances only inside the write transaction that applied the changes it stands for (apply.py);
the outbox reads it to tell whether a mutation's result is already in the replica."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

CURSOR_KEY = "cursor"
CURSOR_SQL = f"SELECT value FROM sync_state WHERE key = '{CURSOR_KEY}'"


def get_cursor(conn: Connection) -> int | None:
    return as_cursor(conn.exec_driver_sql(CURSOR_SQL).scalar())


def as_cursor(value: object) -> int | None:
    """The stored value as the cursor (None: never synced)."""
    return None if value is None else int(str(value))


def set_cursor(conn: Connection, cursor: int) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (CURSOR_KEY, str(int(cursor))))
