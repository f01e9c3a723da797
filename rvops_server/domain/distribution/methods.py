"""The four distribution methods (SPEC S2), each one small rule object behind one interface.

A rule takes its inputs in the constructor and answers `perform()` with the chosen agent's id,
or None to leave the conversation in the shared queue (where any eligible agent may claim it,
and from which `Router.drain_queue` assigns it once an agent becomes available).
"""
from __future__ import annotations

import random
from datetime import datetime
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.wire import DistributionMethod
from rvops_server.store import schema as t

from .candidates import Candidates


class AssignmentRule(Protocol):
    def perform(self) -> str | None: ...


class ManualAssignment:
    """Everyone eligible sees it in the queue; an agent claims it."""

    def __init__(self, candidates: Candidates) -> None:
        self.candidates = candidates

    def perform(self) -> str | None:
        return None


class OwnerAssignment:
    """The contact's owner, when eligible, online and below capacity.

    A contact without an owner (or whose owner is not eligible for this team) waits in the
    manual queue; an owner who is offline or full gets it when they become available.
    """

    def __init__(self, candidates: Candidates, contact_owner_id: str | None) -> None:
        self.candidates = candidates
        self.owner_id = contact_owner_id

    def perform(self) -> str | None:
        if self.owner_id is None or self.owner_id not in self.candidates.available:
            return None
        return self.owner_id


class LeastBusyAssignment:
    """The available agent with the fewest open conversations; ties go to the one whose last
    assignment is oldest (never assigned counts as oldest), then by id."""

    def __init__(self, candidates: Candidates) -> None:
        self.candidates = candidates

    def perform(self) -> str | None:
        ids = self.candidates.available
        if not ids:
            return None
        loads = self.candidates.loads
        last = self.candidates.last_assigned(ids)
        return min(ids, key=lambda u: (loads.get(u, 0), last.get(u) or datetime.min, u))


class RandomAssignment:
    """Uniformly at random among the available agents (the generator is seedable)."""

    def __init__(self, candidates: Candidates, rng: random.Random) -> None:
        self.candidates = candidates
        self.rng = rng

    def perform(self) -> str | None:
        ids = self.candidates.available
        return self.rng.choice(ids) if ids else None


def build_rule(method: DistributionMethod, candidates: Candidates, *, contact_owner_id: str | None,
               rng: random.Random) -> AssignmentRule:
    if method is DistributionMethod.OWNER:
        return OwnerAssignment(candidates, contact_owner_id)
    if method is DistributionMethod.LEAST_BUSY:
        return LeastBusyAssignment(candidates)
    if method is DistributionMethod.RANDOM:
        return RandomAssignment(candidates, rng)
    return ManualAssignment(candidates)


def effective_method(conn: Connection, team_id: str | None) -> DistributionMethod:
    """The team's own method when it has one, else the workspace's."""
    if team_id is not None:
        method = conn.execute(sa.select(t.teams.c.distribution_method).where(t.teams.c.id == team_id)).scalar()
        if method:
            return DistributionMethod(method)
    method = conn.execute(sa.select(t.workspace.c.distribution_method)).scalar()
    return DistributionMethod(method or "manual")
