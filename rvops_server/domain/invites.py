"""Invites (issue 16): a user created without a password signs in for the first time with a code.

The code is random (60 bits from an alphabet without look-alikes, in groups of four) and shown once,
to the administrator who made it; only its SHA-256 is stored, like a token's. It is good for
VALIDITY by the server's clock, once: accepting it (api/auth.py, `POST /auth/accept-invite`) sets
the password and removes it. A user holds at most one: a new one voids the one before. Until then
the user's password hash is passwords.UNUSABLE, so no password signs them in.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc

VALIDITY = timedelta(days=7)
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud or copied by hand
GROUPS, GROUP_LENGTH = 3, 4


def new_code() -> str:
    """K7QX-M2PA-9RTW."""
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(GROUPS))


def _normalised(code: str) -> str:
    """As typed: any case, with or without the dashes and spaces."""
    return "".join(code.split()).replace("-", "").upper()


def code_hash(code: str) -> str:
    return hashlib.sha256(_normalised(code).encode()).hexdigest()


def issue(uow: UnitOfWork, user_id: str, actor_id: str, now: datetime) -> tuple[str, datetime]:
    """A new code for `user_id` (the one they had, if any, no longer works) and when it expires."""
    code, expires_at = new_code(), naive_utc(now + VALIDITY)
    uow.conn.execute(t.user_invites.delete().where(t.user_invites.c.user_id == user_id))
    uow.conn.execute(t.user_invites.insert().values(user_id=user_id, code_hash=code_hash(code), created_by=actor_id,
                                                    created_at=naive_utc(now), expires_at=expires_at))
    return code, expires_at


def pending(conn: Connection, user_id: str, *, for_update: bool = False) -> Row[Any] | None:
    """The user's invite row (code_hash, expires_at), or None."""
    q = sa.select(t.user_invites).where(t.user_invites.c.user_id == user_id)
    if for_update and conn.dialect.name == "postgresql":
        q = q.with_for_update()
    return conn.execute(q).first()


def matches(invite: Row[Any] | None, code: str, now: datetime) -> bool:
    """`code` is the invite's and it has not expired (compared in constant time)."""
    if invite is None:
        hmac.compare_digest(code_hash(code), code_hash(""))  # the same work when there is none
        return False
    return hmac.compare_digest(invite.code_hash, code_hash(code)) and invite.expires_at > naive_utc(now)


def consume(uow: UnitOfWork, user_id: str) -> None:
    uow.conn.execute(t.user_invites.delete().where(t.user_invites.c.user_id == user_id))


def expiries(conn: Connection, user_ids: Iterable[str]) -> dict[str, datetime]:
    """{user id: when their pending invite expires} for those of `user_ids` who have one."""
    c = t.user_invites.c
    return dict(conn.execute(sa.select(c.user_id, c.expires_at).where(c.user_id.in_(list(user_ids)))).all())
