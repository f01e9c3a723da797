"""Routing: picks the method for a conversation, applies its choice, drains the queue."""
from __future__ import annotations

import random
from datetime import datetime

import sqlalchemy as sa

from rvops_contract.wire import DistributionMethod
from rvops_server.distribution import methods as m
from rvops_server.domain import events
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc


class Router:
    def __init__(self, rng: random.Random | None = None) -> None:
        self.rng = rng or random.Random()

    def choose(self, uow: UnitOfWork, conversation, now: datetime) -> str | None:
        method = m.effective_method(uow.conn, conversation.team_id)
        candidates = m.Candidates(uow.conn, conversation.team_id, now)
        if method is DistributionMethod.OWNER:
            owner = uow.conn.execute(sa.select(t.contacts.c.owner_id)
                                     .where(t.contacts.c.id == conversation.contact_id)).scalar()
            rule = m.OwnerAssignment(candidates, owner)
        elif method is DistributionMethod.LEAST_BUSY:
            rule = m.LeastBusyAssignment(candidates)
        elif method is DistributionMethod.RANDOM:
            rule = m.RandomAssignment(candidates, self.rng)
        else:
            rule = m.ManualAssignment(candidates)
        return rule.perform()

    def route(self, uow: UnitOfWork, conversation_id: str, now: datetime, *, actor_id: str | None = None) -> str | None:
        """Route an unassigned open conversation; returns the assignee, or None (it stays queued)."""
        conv = uow.conn.execute(sa.select(t.conversations).where(t.conversations.c.id == conversation_id)).first()
        if conv is None or conv.status != "open" or conv.assignee_id is not None:
            return None
        chosen = self.choose(uow, conv, now)
        if chosen is None:
            if conv.queued_at is None:
                uow.conn.execute(t.conversations.update().where(t.conversations.c.id == conversation_id)
                                 .values(queued_at=naive_utc(now)))
                uow.changed("conversations", conversation_id)
            return None
        assign(uow, conversation_id, chosen, now, event="assigned", actor_id=actor_id)
        return chosen

    def drain_queue(self, uow: UnitOfWork, now: datetime) -> list[tuple[str, str]]:
        """Assign waiting conversations, oldest first, while the automatic methods find agents."""
        c = t.conversations.c
        waiting = uow.conn.execute(sa.select(c.id).where(c.status == "open", c.assignee_id.is_(None))
                                   .order_by(c.queued_at, c.opened_at)).scalars().all()
        done = []
        for conversation_id in waiting:
            chosen = self.route(uow, conversation_id, now)
            if chosen:
                done.append((conversation_id, chosen))
        return done


def assign(uow: UnitOfWork, conversation_id: str, user_id: str, now: datetime, *, event: str,
           actor_id: str | None = None, team_id: str | None | type(...) = ...) -> None:
    """Give a conversation to an agent, unread, with its history; audit it and tell everyone."""
    values = {"assignee_id": user_id, "queued_at": None,
              "unread_count": sa.case((t.conversations.c.unread_count > 0, t.conversations.c.unread_count), else_=1)}
    if team_id is not ...:
        values["team_id"] = team_id
    uow.conn.execute(t.conversations.update().where(t.conversations.c.id == conversation_id).values(**values))
    uow.conn.execute(t.users.update().where(t.users.c.id == user_id).values(last_assigned_at=naive_utc(now)))
    events.record(uow, now, event, conversation_id, actor_id=actor_id, to_user_id=user_id)
    touch_history(uow, conversation_id)


def touch_history(uow: UnitOfWork, conversation_id: str) -> None:
    """Re-announce a conversation and all its messages, so a new viewer receives its history."""
    uow.changed("conversations", conversation_id)
    for message_id in uow.conn.execute(sa.select(t.messages.c.id)
                                       .where(t.messages.c.conversation_id == conversation_id)).scalars():
        uow.changed("messages", message_id)
