"""Routing: picks the rule for a conversation, applies its choice, drains the queue.

Races: every path that gives a queued conversation an owner holds its row — on PostgreSQL with
`SELECT … FOR UPDATE` (the drain uses `SKIP LOCKED`, so it never waits behind a claim), on
SQLite inside the store's serialised `BEGIN IMMEDIATE` write — so a conversation is assigned
once, however many claims, drains and inbound messages arrive together.
"""
from __future__ import annotations

import random
from collections.abc import Collection
from datetime import datetime, timedelta
from types import EllipsisType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row

from rvops_contract.wire import ConversationStatus, DistributionMethod
from rvops_server.domain import events
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, is_postgres, naive_utc

from . import methods as m
from .candidates import Candidates


class Router:
    def __init__(self, grace: timedelta, rng: random.Random | None = None) -> None:
        self.grace = grace  # presence's grace period: who counts as online (domain/presence.py)
        self.rng = rng or random.Random()

    def choose(self, uow: UnitOfWork, conversation: Row[Any], now: datetime, *,
               exclude: Collection[str] = ()) -> str | None:
        """The agent the conversation's method picks now, or None (it waits in the queue)."""
        method = m.effective_method(uow.conn, conversation.team_id)
        if method is DistributionMethod.MANUAL:
            return None
        owner = None
        if method is DistributionMethod.OWNER:
            owner = uow.conn.execute(sa.select(t.contacts.c.owner_id)
                                     .where(t.contacts.c.id == conversation.contact_id)).scalar()
        candidates = Candidates(uow.conn, conversation.team_id, now, self.grace, frozenset(exclude))
        return m.build_rule(method, candidates, contact_owner_id=owner, rng=self.rng).perform()

    def route(self, uow: UnitOfWork, conversation_id: str, now: datetime, *, actor_id: str | None = None,
              exclude: Collection[str] = (), skip_locked: bool = False) -> str | None:
        """Route an unassigned open conversation; returns the assignee, or None (it stays queued)."""
        q = sa.select(t.conversations).where(t.conversations.c.id == conversation_id)
        if is_postgres(uow.conn):
            q = q.with_for_update(skip_locked=skip_locked)
        conv = uow.conn.execute(q).first()
        if conv is None or conv.status != ConversationStatus.OPEN or conv.assignee_id is not None or conv.bot_status == "active":
            return None  # gone, closed, someone's, or held by the chatbot (rvops_server/chatbot/)
        chosen = self.choose(uow, conv, now, exclude=exclude)
        if chosen is None:
            if conv.queued_at is None:
                uow.conn.execute(t.conversations.update().where(t.conversations.c.id == conversation_id)
                                 .values(queued_at=naive_utc(now)))
                uow.changed("conversations", conversation_id)
            return None
        assign(uow, conversation_id, chosen, now, event="assigned", actor_id=actor_id)
        return chosen

    def drain_queue(self, uow: UnitOfWork, now: datetime, *, skip: Collection[str] = ()) -> list[tuple[str, str]]:
        """Assign waiting conversations, oldest first, while the automatic methods find agents.

        Conversations whose method is manual are left alone (they wait for a claim), and so are
        those another transaction holds right now (it is claiming or routing them).
        """
        c = t.conversations.c
        waiting = uow.conn.execute(
            sa.select(c.id, c.team_id).where(c.status == ConversationStatus.OPEN.value, c.assignee_id.is_(None),
                                             sa.or_(c.bot_status.is_(None), c.bot_status != "active"))
            .order_by(sa.func.coalesce(c.queued_at, c.opened_at), c.opened_at, c.id)).all()
        methods: dict[str | None, DistributionMethod] = {}
        exhausted: set[str | None] = set()  # teams (None: no team) with nobody left to take one
        done = []
        for conversation_id, team_id in waiting:
            if conversation_id in skip or team_id in exhausted:
                continue
            if team_id not in methods:
                methods[team_id] = m.effective_method(uow.conn, team_id)
            method = methods[team_id]
            if method is DistributionMethod.MANUAL:
                continue
            chosen = self.route(uow, conversation_id, now, skip_locked=True)
            if chosen:
                done.append((conversation_id, chosen))
            elif method is not DistributionMethod.OWNER and not Candidates(uow.conn, team_id, now, self.grace).available:
                exhausted.add(team_id)  # assignments only fill agents up: no need to try the rest
        return done


def assign(uow: UnitOfWork, conversation_id: str, user_id: str, now: datetime, *, event: str,
           actor_id: str | None = None, team_id: str | None | EllipsisType = ..., system_line: bool = True) -> None:
    """Give a conversation to an agent, unread, with its history; audit it and tell everyone."""
    values = {"assignee_id": user_id, "queued_at": None,
              "unread_count": sa.case((t.conversations.c.unread_count > 0, t.conversations.c.unread_count), else_=1)}
    if team_id is not ...:
        values["team_id"] = team_id
    release_from_bot(uow, conversation_id)
    uow.conn.execute(t.conversations.update().where(t.conversations.c.id == conversation_id).values(**values))
    uow.conn.execute(t.users.update().where(t.users.c.id == user_id).values(last_assigned_at=naive_utc(now)))
    events.record(uow, now, event, conversation_id, actor_id=actor_id, to_user_id=user_id, system_line=system_line)
    touch_history(uow, conversation_id)


def release_from_bot(uow: UnitOfWork, conversation_id: str) -> None:
    """A person decided where the conversation goes (a claim, a transfer): the chatbot, if it held
    it, lets go (rvops_server/chatbot/)."""
    c = t.conversations.c
    released = uow.conn.execute(t.conversations.update().where(c.id == conversation_id, c.bot_status == "active")
                                .values(bot_status="done")).rowcount
    if released:
        uow.conn.execute(t.chatbot_sessions.delete().where(t.chatbot_sessions.c.conversation_id == conversation_id))


def touch_history(uow: UnitOfWork, conversation_id: str) -> None:
    """Re-announce a conversation, its contact (with its deals, companies and tasks), its messages
    and calls, so a new viewer receives its history and the contact they may now see."""
    uow.changed("conversations", conversation_id)
    contact_id = uow.conn.execute(sa.select(t.conversations.c.contact_id)
                                  .where(t.conversations.c.id == conversation_id)).scalar()
    if contact_id is not None:
        uow.changed("contacts", contact_id)
        for collection, table in (("deals", t.deals), ("companies", t.companies), ("tasks", t.tasks)):
            for record_id in uow.conn.execute(sa.select(table.c.id).where(table.c.contact_id == contact_id)).scalars():
                uow.changed(collection, record_id)
    for call_id in uow.conn.execute(sa.select(t.calls.c.id).where(t.calls.c.conversation_id == conversation_id)
                                    .order_by(t.calls.c.started_at)).scalars():
        uow.changed("calls", call_id)
    for message_id in uow.conn.execute(sa.select(t.messages.c.id)
                                       .where(t.messages.c.conversation_id == conversation_id)
                                       .order_by(t.messages.c.created_at)).scalars():
        uow.changed("messages", message_id)
