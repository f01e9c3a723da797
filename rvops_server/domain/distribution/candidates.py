"""Who may receive a conversation: the eligible agents, and those of them available right now.

Eligible: the team's members when the conversation belongs to a team, else every agent
(roles `agent` and `supervisor`); never a deactivated user. Available: eligible, online (see `domain.presence`) and below
their capacity (maximum open conversations) when they have one.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.capacity import has_room
from rvops_contract.permissions import AGENT_ROLES
from rvops_contract.wire import ConversationStatus
from rvops_server.domain.presence import online_user_ids
from rvops_server.store import schema as t


@dataclass
class Candidates:
    conn: Connection
    team_id: str | None
    now: datetime
    grace: timedelta  # presence's grace period (domain/presence.py)
    exclude: Collection[str] = field(default_factory=frozenset)  # e.g. the agent who transferred it away

    @cached_property
    def eligible(self) -> list[str]:
        q = sa.select(t.users.c.id).where(t.users.c.role.in_(AGENT_ROLES), t.users.c.active == sa.true())
        if self.team_id is not None:
            q = q.where(t.users.c.id.in_(sa.select(t.team_members.c.user_id)
                                         .where(t.team_members.c.team_id == self.team_id)))
        return sorted(r[0] for r in self.conn.execute(q) if r[0] not in self.exclude)

    @cached_property
    def available(self) -> list[str]:
        """Eligible agents who are online and below their capacity, sorted by id."""
        ids = self.eligible
        if not ids:
            return []
        online = online_user_ids(self.conn, self.now, self.grace, ids)
        loads = self.loads
        caps = dict(self.conn.execute(sa.select(t.users.c.id, t.users.c.capacity)
                                      .where(t.users.c.id.in_(ids))).all())
        return [u for u in ids if u in online and has_room(loads.get(u, 0), caps.get(u))]

    @cached_property
    def loads(self) -> dict[str, int]:
        return open_loads(self.conn, self.eligible)

    def last_assigned(self, user_ids: list[str]) -> dict[str, datetime | None]:
        return dict(self.conn.execute(sa.select(t.users.c.id, t.users.c.last_assigned_at)
                                      .where(t.users.c.id.in_(user_ids))).all())


def open_loads(conn: Connection, user_ids: list[str]) -> dict[str, int]:
    """Open conversations per agent."""
    if not user_ids:
        return {}
    c = t.conversations.c
    rows = conn.execute(sa.select(c.assignee_id, sa.func.count()).where(
        c.status == ConversationStatus.OPEN.value, c.assignee_id.in_(user_ids)).group_by(c.assignee_id))
    return {uid: n for uid, n in rows}
