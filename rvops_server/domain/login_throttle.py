"""Sign-in throttling: failed attempts counted per account and per client address.

Each key (`account:<e-mail>`, `address:<ip>`) counts its failures in a fixed window that starts
with its first failure. Once a key reaches its limit inside the window, every sign-in through it —
the right password included — is refused with 429 until the window ends (`Retry-After`). A
successful sign-in clears its account's count (not its address's: one good account must not wash
an address that guesses at others). The counts live in the database, so every instance behind a
load balancer sees the same ones. Behind a proxy, set uvicorn's FORWARDED_ALLOW_IPS to the
proxy's address so the client's own address (X-Forwarded-For) is the one counted.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc

WINDOW = timedelta(minutes=15)
ACCOUNT_MAX_FAILURES = 10  # wrong passwords for one account per window
ADDRESS_MAX_FAILURES = 50  # failed sign-ins from one address per window (any accounts: an office's NAT)


def _keys(email: str, address: str) -> dict[str, int]:
    return {f"account:{email.strip().lower()}"[:400]: ACCOUNT_MAX_FAILURES,
            f"address:{address}"[:400]: ADDRESS_MAX_FAILURES}


def retry_after(conn: Connection, email: str, address: str, now: datetime) -> int | None:
    """Seconds until a sign-in for `email` from `address` may be tried again, or None if it may now."""
    limits = _keys(email, address)
    c = t.login_throttles.c
    now = naive_utc(now)
    wait = 0.0
    for row in conn.execute(sa.select(c.key, c.failures, c.window_started_at).where(c.key.in_(list(limits)))):
        ends = row.window_started_at + WINDOW
        if row.failures >= limits[row.key] and ends > now:
            wait = max(wait, (ends - now).total_seconds())
    return max(1, math.ceil(wait)) if wait > 0 else None


def record_failure(uow: UnitOfWork, email: str, address: str, now: datetime) -> None:
    """One more failure on the account and the address (a new window if the last one ended)."""
    now = naive_utc(now)
    c = t.login_throttles.c
    insert = _insert_for(uow.conn)
    for key in _keys(email, address):
        expired = c.window_started_at <= now - WINDOW
        statement = insert(t.login_throttles).values(key=key, failures=1, window_started_at=now)
        uow.conn.execute(statement.on_conflict_do_update(index_elements=[c.key], set_={
            "failures": sa.case((expired, 1), else_=c.failures + 1),
            "window_started_at": sa.case((expired, now), else_=c.window_started_at)}))


def clear_account(uow: UnitOfWork, email: str) -> None:
    account = next(iter(_keys(email, "")))
    uow.conn.execute(t.login_throttles.delete().where(t.login_throttles.c.key == account))


def _insert_for(conn: Connection) -> Callable[[sa.Table], postgresql.Insert | sqlite.Insert]:
    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
