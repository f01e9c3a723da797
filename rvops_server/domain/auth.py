"""Bearer tokens (only their SHA-256 is stored), logout; passwords are hashed in domain/passwords.py."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def find_user(conn: Connection, email: str) -> Row[Any] | None:
    """The user row for an e-mail (any case), or None."""
    return conn.execute(sa.select(t.users).where(sa.func.lower(t.users.c.email) == email.strip().lower())).first()


def issue_token(uow: UnitOfWork, user_id: str, now: datetime, ttl: timedelta) -> str:
    """A new bearer token for a user whose password was checked (api/auth.py checks it off any lock)."""
    token = secrets.token_urlsafe(32)
    uow.conn.execute(t.sessions.insert().values(token_hash=_token_hash(token), user_id=user_id,
                                                created_at=naive_utc(now), expires_at=naive_utc(now + ttl)))
    return token


def resolve_token(conn: Connection, token: str, now: datetime) -> str | None:
    """The user id behind a live token of an active user, or None. (Deactivation revokes the
    user's tokens too; the check here also covers a sign-in that raced with it.)"""
    row = conn.execute(sa.select(t.sessions.c.user_id).join(t.users, t.users.c.id == t.sessions.c.user_id).where(
        t.sessions.c.token_hash == _token_hash(token), t.sessions.c.revoked_at.is_(None),
        t.sessions.c.expires_at > naive_utc(now), t.users.c.active == sa.true())).first()
    return row[0] if row else None


def logout(uow: UnitOfWork, token: str, now: datetime) -> None:
    user_id = uow.conn.execute(sa.select(t.sessions.c.user_id)
                               .where(t.sessions.c.token_hash == _token_hash(token))).scalar()
    uow.conn.execute(t.sessions.update().where(t.sessions.c.token_hash == _token_hash(token))
                     .values(revoked_at=naive_utc(now)))
    if user_id:
        uow.changed("users", user_id)  # wakes that agent's live streams, which re-check their token
