"""Presence (who is online), kept in the database so any server instance can answer.

An agent is online while their chosen status is `online` (away and offline are set by hand) and
at least one of their live-stream connections has a heartbeat younger than the grace period. A
dropped connection simply stops beating and expires after the grace period, so a reconnect
inside it never flaps. A team is online when any of its members is. Every transition is written
to the change log as a `presence` change, so it reaches every client live.

The grace period and the clock come from the app (`Services.presence`, a `PresenceRules`): they
are passed in, never kept in this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.clock import Clock
from rvops_contract.wire import PresenceStatus
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc

DEFAULT_GRACE = timedelta(seconds=20)


@dataclass(frozen=True)
class PresenceRules:
    """How long a silent connection still counts, and the clock presence records are judged by."""
    grace: timedelta
    clock: Clock


def _live_after(now: datetime, grace: timedelta) -> datetime:
    return naive_utc(now) - grace


def online_user_ids(conn: Connection, now: datetime, grace: timedelta,
                    user_ids: list[str] | None = None) -> set[str]:
    q = (sa.select(t.users.c.id).where(t.users.c.status == PresenceStatus.ONLINE.value)
         .where(sa.exists().where(sa.and_(t.presence_connections.c.user_id == t.users.c.id,
                                          t.presence_connections.c.last_seen_at >= _live_after(now, grace)))))
    if user_ids is not None:
        q = q.where(t.users.c.id.in_(user_ids))
    return {str(r[0]) for r in conn.execute(q)}


def is_online(conn: Connection, user_id: str, now: datetime, grace: timedelta) -> bool:
    return user_id in online_user_ids(conn, now, grace, [user_id])


def presence_records(conn: Connection, rules: PresenceRules,
                     user_ids: list[str] | None = None) -> list[dict[str, Any]]:
    q = sa.select(t.users.c.id, t.users.c.status)
    if user_ids is not None:
        q = q.where(t.users.c.id.in_(user_ids))
    rows = conn.execute(q).all()
    online = online_user_ids(conn, rules.clock.now(), rules.grace, [r.id for r in rows])
    return [{"id": r.id, "user_id": r.id, "status": r.status, "online": r.id in online} for r in rows]


def connect(uow: UnitOfWork, connection_id: str, user_id: str, instance_id: str, now: datetime,
            grace: timedelta) -> bool:
    """Register a live connection; True when this made the agent online."""
    was_online = is_online(uow.conn, user_id, now, grace)
    uow.conn.execute(t.presence_connections.insert().values(
        id=connection_id, user_id=user_id, instance_id=instance_id, last_seen_at=naive_utc(now)))
    became = not was_online and is_online(uow.conn, user_id, now, grace)
    if became:
        uow.changed("presence", user_id)
    return became


def heartbeat(uow: UnitOfWork, connection_ids: list[str], now: datetime) -> None:
    if connection_ids:
        uow.conn.execute(t.presence_connections.update()
                         .where(t.presence_connections.c.id.in_(connection_ids))
                         .values(last_seen_at=naive_utc(now)))


def touch(uow: UnitOfWork, connection_id: str, user_id: str, instance_id: str, now: datetime,
          grace: timedelta) -> bool:
    """The heartbeat of a connection that is still held; True when this made the agent online.

    A held connection may have been swept (the server stalled past the grace period, or a test
    moved the clock): it is registered again, so a live stream is never left counted offline.
    """
    done = uow.conn.execute(t.presence_connections.update()
                            .where(t.presence_connections.c.id == connection_id)
                            .values(last_seen_at=naive_utc(now))).rowcount
    if done:
        return False
    return connect(uow, connection_id, user_id, instance_id, now, grace)


def online_team_ids(conn: Connection, now: datetime, grace: timedelta) -> set[str]:
    """Teams with at least one online member (the transfer picker shows them as online)."""
    online = online_user_ids(conn, now, grace)
    if not online:
        return set()
    return {str(team_id) for team_id in conn.execute(sa.select(t.team_members.c.team_id).distinct()
                                                     .where(t.team_members.c.user_id.in_(sorted(online))))
            .scalars()}


def sweep(uow: UnitOfWork, now: datetime, grace: timedelta) -> list[str]:
    """Drop expired connections; return the agents who went offline because of it."""
    expired = uow.conn.execute(sa.select(t.presence_connections.c.user_id).distinct()
                               .where(t.presence_connections.c.last_seen_at < _live_after(now, grace))).scalars().all()
    if not expired:
        return []
    uow.conn.execute(t.presence_connections.delete()
                     .where(t.presence_connections.c.last_seen_at < _live_after(now, grace)))
    still = online_user_ids(uow.conn, now, grace, list(expired))
    gone = [str(u) for u in expired if u not in still]
    for user_id in gone:
        uow.changed("presence", user_id)
    return gone
