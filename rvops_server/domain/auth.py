"""Bearer tokens (only their SHA-256 is stored), logout; passwords are hashed in domain/passwords.py."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from rvops_server.domain.visibility import Viewer, viewer_of
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


# A live token of an active user (statements built once: one is resolved on every request)
_LIVE = (t.sessions.c.token_hash == sa.bindparam("token_hash"), t.sessions.c.revoked_at.is_(None),
         t.sessions.c.expires_at > sa.bindparam("now"), t.users.c.active == sa.true())
_TOKEN_USER_ID = sa.select(t.sessions.c.user_id).join(t.users, t.users.c.id == t.sessions.c.user_id).where(*_LIVE)
_TOKEN_USER = sa.select(t.users).join(t.sessions, t.sessions.c.user_id == t.users.c.id).where(*_LIVE)


def _live(token: str, now: datetime) -> dict[str, Any]:
    return {"token_hash": _token_hash(token), "now": naive_utc(now)}


def resolve_token(conn: Connection, token: str, now: datetime) -> str | None:
    """The user id behind a live token of an active user, or None. (Deactivation revokes the
    user's tokens too; the check here also covers a sign-in that raced with it.)"""
    row = conn.execute(_TOKEN_USER_ID, _live(token, now)).first()
    return row[0] if row else None


def token_viewer(conn: Connection, token: str, now: datetime) -> Viewer | None:
    """`resolve_token` and `load_viewer` in one: the agent behind a live token (the user's row read
    with the token's, then their teams), or None."""
    row = conn.execute(_TOKEN_USER, _live(token, now)).first()
    return None if row is None else viewer_of(conn, dict(row._mapping))


def logout(uow: UnitOfWork, token: str, now: datetime) -> None:
    user_id = uow.conn.execute(sa.select(t.sessions.c.user_id)
                               .where(t.sessions.c.token_hash == _token_hash(token))).scalar()
    uow.conn.execute(t.sessions.update().where(t.sessions.c.token_hash == _token_hash(token))
                     .values(revoked_at=naive_utc(now)))
    if user_id:
        uow.changed("users", user_id)  # wakes that agent's live streams, which re-check their token
