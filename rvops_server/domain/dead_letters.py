"""The dead-letter table: webhook elements we could not read or store, kept for an operator.

Written when a delivery is answered (one row per element set aside), read by
`rvops-server dead-letters` (cli.py). Elements are kept as ASCII JSON, so any text Meta (or
anyone with the app secret) sends — lone surrogates, NUL characters — is storable on SQLite and
PostgreSQL alike.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_server.channels.elements import Skipped
from rvops_server.store import schema as t
from rvops_server.store.db import Store, naive_utc

MAX_ELEMENT_CHARS = 256 * 1024  # an element longer than this is kept cut, with its length noted
MAX_REASON_CHARS = 2000


def serialise(element: Any) -> str:
    """`element` as ASCII JSON (cut at MAX_ELEMENT_CHARS); never raises."""
    try:
        text = json.dumps(element, ensure_ascii=True, default=repr)
    except (RecursionError, ValueError, TypeError):
        text = json.dumps(repr(element)[:MAX_ELEMENT_CHARS], ensure_ascii=True)
    if len(text) > MAX_ELEMENT_CHARS:
        text = text[:MAX_ELEMENT_CHARS] + f"…(cut; {len(text)} characters in all)"
    return text


def _ascii(text: str, limit: int) -> str:
    return text.encode("ascii", "backslashreplace").decode("ascii")[:limit]


def record(store: Store, channel: str, skipped: list[Skipped], now: datetime) -> None:
    rows = [{"received_at": naive_utc(now), "channel": channel, "location": _ascii(s.location, 200),
             "reason": _ascii(s.reason, MAX_REASON_CHARS), "element": serialise(s.element)} for s in skipped]
    if rows:
        with store.write() as uow:
            uow.conn.execute(t.dead_letters.insert(), rows)


def recent(conn: Connection, limit: int = 50, channel: str | None = None) -> list[dict[str, Any]]:
    """The newest dead letters first."""
    query = sa.select(t.dead_letters).order_by(t.dead_letters.c.id.desc()).limit(limit)
    if channel:
        query = query.where(t.dead_letters.c.channel == channel)
    return [dict(row._mapping) for row in conn.execute(query)]


SHOWN_ELEMENT_CHARS = 300  # in the human-readable listing; --json prints elements whole


def print_recent(database_url: str | None, limit: int, channel: str | None, *, as_json: bool = False) -> int:
    """`rvops-server dead-letters`: the newest dead letters on stdout."""
    from rvops_server.config import Settings
    from rvops_server.store.db import make_engine, migrate

    engine = make_engine(Settings.from_env(database_url=database_url).database_url)
    migrate(engine)
    try:
        with engine.connect() as conn:
            rows = recent(conn, limit, channel)
    finally:
        engine.dispose()
    for row in rows:
        if as_json:
            print(json.dumps({**row, "received_at": row["received_at"].isoformat() + "Z"}))
            continue
        element = row["element"]
        if len(element) > SHOWN_ELEMENT_CHARS:
            element = element[:SHOWN_ELEMENT_CHARS] + "…"
        print(f"#{row['id']} {row['received_at']:%Y-%m-%d %H:%M:%S} UTC {row['channel']} {row['location']}\n"
              f"    reason:  {row['reason']}\n    element: {element}")
    if not rows and not as_json:
        print("no dead letters")
    return 0
