"""The four distribution methods (SPEC S2), each one small service object with one `perform`.

Each takes its inputs in the constructor and returns the chosen agent id, or None to leave the
conversation in the shared queue.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.wire import DistributionMethod
from rvops_server.domain.presence import online_user_ids
from rvops_server.store import schema as t


@dataclass
class Candidates:
    """The agents eligible for a conversation: the team's members, or every agent."""

    conn: Connection
    team_id: str | None
    now: datetime

    def all(self) -> list[str]:
        q = sa.select(t.users.c.id).where(t.users.c.role.in_(("agent", "supervisor")))
        if self.team_id is not None:
            q = q.where(t.users.c.id.in_(sa.select(t.team_members.c.user_id)
                                         .where(t.team_members.c.team_id == self.team_id)))
        return sorted(r[0] for r in self.conn.execute(q))

    def online_with_room(self) -> list[str]:
        """Online candidates below their capacity (when they have one), sorted by id."""
        ids = self.all()
        online = online_user_ids(self.conn, self.now, ids)
        loads = open_loads(self.conn, ids)
        caps = dict(self.conn.execute(sa.select(t.users.c.id, t.users.c.capacity).where(t.users.c.id.in_(ids))).all())
        return [u for u in ids if u in online and (caps.get(u) is None or loads.get(u, 0) < caps[u])]


def open_loads(conn: Connection, user_ids: list[str]) -> dict[str, int]:
    c = t.conversations.c
    rows = conn.execute(sa.select(c.assignee_id, sa.func.count()).where(
        c.status == "open", c.assignee_id.in_(user_ids)).group_by(c.assignee_id))
    return {uid: n for uid, n in rows}


class ManualAssignment:
    """Everyone eligible sees it in the queue; an agent claims it."""

    def __init__(self, candidates: Candidates) -> None:
        self.candidates = candidates

    def perform(self) -> str | None:
        return None


class OwnerAssignment:
    """The contact's owner; a contact without an owner waits in the queue."""

    def __init__(self, candidates: Candidates, contact_owner_id: str | None) -> None:
        self.owner_id = contact_owner_id

    def perform(self) -> str | None:
        return self.owner_id


class LeastBusyAssignment:
    """The online eligible agent with the fewest open conversations; ties go to the one whose
    last assignment is oldest (never assigned counts as oldest), then by id."""

    def __init__(self, candidates: Candidates) -> None:
        self.candidates = candidates

    def perform(self) -> str | None:
        ids = self.candidates.online_with_room()
        if not ids:
            return None
        conn = self.candidates.conn
        loads = open_loads(conn, ids)
        last = dict(conn.execute(sa.select(t.users.c.id, t.users.c.last_assigned_at)
                                 .where(t.users.c.id.in_(ids))).all())
        return min(ids, key=lambda u: (loads.get(u, 0), last.get(u) or datetime.min, u))


class RandomAssignment:
    """Uniformly at random among the online eligible agents."""

    def __init__(self, candidates: Candidates, rng: random.Random) -> None:
        self.candidates = candidates
        self.rng = rng

    def perform(self) -> str | None:
        ids = self.candidates.online_with_room()
        return self.rng.choice(ids) if ids else None


def effective_method(conn: Connection, team_id: str | None) -> DistributionMethod:
    """The team's own method when it has one, else the workspace's."""
    if team_id is not None:
        method = conn.execute(sa.select(t.teams.c.distribution_method).where(t.teams.c.id == team_id)).scalar()
        if method:
            return DistributionMethod(method)
    method = conn.execute(sa.select(t.workspace.c.distribution_method)).scalar()
    return DistributionMethod(method or "manual")
