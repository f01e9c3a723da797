"""Signing in, as transactions: a token for checked credentials, and accepting an invite (the
password becomes the user's). The password itself is checked and hashed by the caller, on the
password pool (domain/passwords.py), never inside a transaction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.clock import Clock
from rvops_server.domain import auth, invites, login_throttle
from rvops_server.domain.audit import record_admin_change
from rvops_server.domain.records import load
from rvops_server.store import schema as t
from rvops_server.store.db import Store, UnitOfWork


@dataclass(frozen=True)
class SignedIn:
    token: str
    user: dict[str, Any]  # the user's record, as sync sends it


class InviteRefusal(Enum):
    INVALID = "invalid"  # spent or replaced since it was checked
    DEACTIVATED = "deactivated"


def is_active(conn: Connection, user_id: str) -> bool:
    """False for a deactivated (or unknown) account: it may not sign in."""
    return bool(conn.execute(sa.select(t.users.c.active).where(t.users.c.id == user_id)).scalar())


def _issue(uow: UnitOfWork, user_id: str, email: str, clock: Clock, ttl: timedelta) -> SignedIn:
    """A token for a user whose credentials were checked, and their record (the sign-in answer)."""
    login_throttle.clear_account(uow, email)
    token = auth.issue_token(uow, user_id, clock.now(), ttl)
    return SignedIn(token, load(uow.conn, "users", [user_id])[user_id])


def sign_in(store: Store, user_id: str, email: str, clock: Clock, ttl: timedelta) -> SignedIn | None:
    """A token for checked credentials; None for a deactivated account (checked in the transaction
    that would issue the token)."""
    with store.write() as uow:
        if not is_active(uow.conn, user_id):
            return None
        return _issue(uow, user_id, email, clock, ttl)


def accept_invite(store: Store, user_id: str, email: str, code: str, password_hash: str, clock: Clock,
                  ttl: timedelta) -> SignedIn | InviteRefusal:
    """The invite's code, still pending and matching, is spent: the password becomes the user's."""
    with store.write() as uow:
        now = clock.now()
        if not invites.matches(invites.pending(uow.conn, user_id, for_update=True), code, now):
            return InviteRefusal.INVALID
        if not is_active(uow.conn, user_id):
            return InviteRefusal.DEACTIVATED
        uow.conn.execute(t.users.update().where(t.users.c.id == user_id).values(password_hash=password_hash))
        invites.consume(uow, user_id)
        record_admin_change(uow, now, user_id, "invite_accepted", "user", user_id)
        uow.changed("users", user_id)  # no longer pending, for the administrators
        return _issue(uow, user_id, email, clock, ttl)
