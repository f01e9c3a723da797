"""Presence (who is online), kept in the database so any server instance can answer.

An agent is online while their chosen status is `online` (away and offline are set by hand) and
at least one of their live-stream connections has a heartbeat younger than the grace period. A
dropped connection simply stops beating and expires after the grace period, so a reconnect
inside it never flaps. A team is online when any of its members is. Every transition is written
to the change log as a `presence` change, so it reaches every client live.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc

_grace = timedelta(seconds=20)


def set_grace(seconds: float) -> None:
    global _grace
    _grace = timedelta(seconds=seconds)


def grace() -> timedelta:
    return _grace


def _live_after(now: datetime) -> datetime:
    return naive_utc(now) - _grace


def online_user_ids(conn: Connection, now: datetime, user_ids: list[str] | None = None) -> set[str]:
    q = (sa.select(t.users.c.id).where(t.users.c.status == "online")
         .where(sa.exists().where(sa.and_(t.presence_connections.c.user_id == t.users.c.id,
                                          t.presence_connections.c.last_seen_at >= _live_after(now)))))
    if user_ids is not None:
        q = q.where(t.users.c.id.in_(user_ids))
    return {r[0] for r in conn.execute(q)}


def is_online(conn: Connection, user_id: str, now: datetime) -> bool:
    return user_id in online_user_ids(conn, now, [user_id])


_now_for_records: list = []  # set by the app: a clock used when presence records are serialised


def presence_records(conn: Connection, user_ids: list[str] | None = None) -> list[dict[str, Any]]:
    from rvops_contract.clock import SystemClock
    clock = _now_for_records[0] if _now_for_records else SystemClock()
    q = sa.select(t.users.c.id, t.users.c.status)
    if user_ids is not None:
        q = q.where(t.users.c.id.in_(user_ids))
    rows = conn.execute(q).all()
    online = online_user_ids(conn, clock.now(), [r.id for r in rows])
    return [{"id": r.id, "user_id": r.id, "status": r.status, "online": r.id in online} for r in rows]


def connect(uow: UnitOfWork, connection_id: str, user_id: str, instance_id: str, now: datetime) -> bool:
    """Register a live connection; True when this made the agent online."""
    was_online = is_online(uow.conn, user_id, now)
    uow.conn.execute(t.presence_connections.insert().values(
        id=connection_id, user_id=user_id, instance_id=instance_id, last_seen_at=naive_utc(now)))
    became = not was_online and is_online(uow.conn, user_id, now)
    if became:
        uow.changed("presence", user_id)
    return became


def heartbeat(uow: UnitOfWork, connection_ids: list[str], now: datetime) -> None:
    if connection_ids:
        uow.conn.execute(t.presence_connections.update()
                         .where(t.presence_connections.c.id.in_(connection_ids))
                         .values(last_seen_at=naive_utc(now)))


def touch(uow: UnitOfWork, connection_id: str, user_id: str, instance_id: str, now: datetime) -> bool:
    """The heartbeat of a connection that is still held; True when this made the agent online.

    A held connection may have been swept (the server stalled past the grace period, or a test
    moved the clock): it is registered again, so a live stream is never left counted offline.
    """
    done = uow.conn.execute(t.presence_connections.update()
                            .where(t.presence_connections.c.id == connection_id)
                            .values(last_seen_at=naive_utc(now))).rowcount
    if done:
        return False
    return connect(uow, connection_id, user_id, instance_id, now)


def online_team_ids(conn: Connection, now: datetime) -> set[str]:
    """Teams with at least one online member (the transfer picker shows them as online)."""
    online = online_user_ids(conn, now)
    if not online:
        return set()
    return set(conn.execute(sa.select(t.team_members.c.team_id).distinct()
                            .where(t.team_members.c.user_id.in_(sorted(online)))).scalars())


def sweep(uow: UnitOfWork, now: datetime) -> list[str]:
    """Drop expired connections; return the agents who went offline because of it."""
    expired = uow.conn.execute(sa.select(t.presence_connections.c.user_id).distinct()
                               .where(t.presence_connections.c.last_seen_at < _live_after(now))).scalars().all()
    if not expired:
        return []
    uow.conn.execute(t.presence_connections.delete()
                     .where(t.presence_connections.c.last_seen_at < _live_after(now)))
    still = online_user_ids(uow.conn, now, list(expired))
    gone = [u for u in expired if u not in still]
    for user_id in gone:
        uow.changed("presence", user_id)
    return gone
