"""The administrators' audit trail: who changed which user or team, what, and when.

Rows live in `audit_events` beside the conversation events (domain/events.py); an administrator's
change names its target (`target_kind` user/team, `target_id`). Details hold the fields changed,
never a password. Read newest first, a page at a time, by `before` (the last id of the page seen).
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.clock import to_iso
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc

DEFAULT_AUDIT_PAGE = 50
MAX_AUDIT_PAGE = 200


def record_admin_change(uow: UnitOfWork, now: datetime, actor_id: str, event: str, target_kind: str,
                        target_id: str, **details: Any) -> None:
    uow.conn.execute(t.audit_events.insert().values(
        at=naive_utc(now), actor_id=actor_id, conversation_id=None, event=event, details=details,
        target_kind=target_kind, target_id=target_id))


def audit_page(conn: Connection, *, before: int | None = None, limit: int = DEFAULT_AUDIT_PAGE,
               scope: str = "admin", target_id: str | None = None,
               actor_id: str | None = None) -> tuple[list[dict[str, Any]], int | None]:
    """A page of the trail, newest first, and the `before` that continues it (None: no more).
    `scope` "admin": the administrators' changes only; "all": conversation events too."""
    a = t.audit_events.c
    q = sa.select(t.audit_events).order_by(a.id.desc()).limit(limit + 1)
    if before is not None:
        q = q.where(a.id < before)
    if scope == "admin":
        q = q.where(a.target_kind.is_not(None))
    if target_id is not None:
        q = q.where(a.target_id == target_id)
    if actor_id is not None:
        q = q.where(a.actor_id == actor_id)
    rows = conn.execute(q).all()
    more = len(rows) > limit
    rows = rows[:limit]
    events = [{"id": r.id, "at": to_iso(r.at), "actor_id": r.actor_id, "event": r.event,
               "target_kind": r.target_kind, "target_id": r.target_id, "conversation_id": r.conversation_id,
               "details": r.details or {}} for r in rows]
    return events, (rows[-1].id if more else None)
