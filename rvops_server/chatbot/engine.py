"""The bot's entry points: `begin` when a message opens a conversation, `answer` for each later
message of a conversation it holds, and the timeout worker (a durable job over `chatbot_sessions`,
claimed like the send queue's rows, so any instance may run it and a restart loses none)."""
from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from rvops_contract.chatbot import is_open
from rvops_server.domain import events
from rvops_server.domain.distribution.router import Router
from rvops_server.jobs import JobSettings, JobWorker, claim
from rvops_server.store import schema as t
from rvops_server.store.db import Store, UnitOfWork, naive_utc

from . import session
from .replies import Enqueues, Replies
from .session import ACTIVE, MENU, QUESTION, Held, load_config, lock_held, workspace_zone
from .steps import CaptureProperty, ReadChoice, Reask, RouteToTeam

NOT_ANSWERS = ("reaction", "unsupported")  # these neither answer nor count against the customer


class Chatbot:
    def __init__(self, store: Store, router: Router, outbound: Enqueues, instance_id: str = "",
                 settings: JobSettings | None = None) -> None:
        self.store, self.router, self.instance_id = store, router, instance_id
        self.settings = settings or JobSettings.from_env()
        self.replies = Replies(outbound.enqueue)
        self.worker = JobWorker("chatbot", self._claim, self._expire, poll_seconds=self.settings.poll_seconds)

    # ---- a new conversation -------------------------------------------------------------------
    def begin(self, uow: UnitOfWork, conversation_id: str, channel: str, now: datetime) -> bool:
        """True when the bot takes the new conversation (the caller does not route it)."""
        config = load_config(uow.conn, channel)
        if config is None or not config.enabled:
            return False
        if config.hours is not None and not is_open(config.hours, now, workspace_zone(uow.conn)):
            self.replies.text(uow, conversation_id, channel, config.hours.out_of_hours_message, now)
            uow.conn.execute(t.conversations.update().where(t.conversations.c.id == conversation_id)
                             .values(bot_status=session.DONE))
            events.record(uow, now, "bot_out_of_hours", conversation_id)
            return False  # it queues (or an agent on duty gets it): the method decides
        session.start(uow, conversation_id, channel, now, config.fallback.after_minutes)
        self.replies.menu(uow, conversation_id, channel, config, now, lead=config.greeting)
        return True

    # ---- the customer answers -----------------------------------------------------------------
    def answer(self, uow: UnitOfWork, conversation_id: str, bot_status: str | None, kind: str,
               text: str | None, reply_id: str | None, now: datetime) -> bool:
        """True when the bot held the conversation and took the message as an answer (`bot_status`:
        the conversation's, as the caller's write just returned it: most have none, and cost no query)."""
        if bot_status != ACTIVE:
            return False
        held = lock_held(uow, conversation_id)
        if held is None:
            return False
        if held.assignee_id is not None:  # an agent claimed it meanwhile: the bot steps aside
            session.end(uow, conversation_id)
            return False
        if held.config is None or not held.config.enabled:
            self._fall_back(uow, held, now)
            return True
        if kind in NOT_ANSWERS:
            return True
        if held.step == MENU:
            self._menu_answer(uow, held, text, reply_id, now)
        elif held.step == QUESTION:
            self._question_answer(uow, held, text, now)
        return True

    def _menu_answer(self, uow: UnitOfWork, held: Held, text: str | None, reply_id: str | None,
                     now: datetime) -> None:
        option = ReadChoice(held, text, reply_id).perform()
        if option is None:
            self._invalid(uow, held, now)
        elif option.ask is not None:
            session.update(uow, held, now, step=QUESTION, option_id=option.id, invalid_answers=0)
            self.replies.text(uow, held.conversation_id, held.channel, option.ask.prompt, now)
        else:
            RouteToTeam(uow, self.router, held.conversation_id, option.team_id, now, option=option,
                        event="bot_routed").perform()

    def _question_answer(self, uow: UnitOfWork, held: Held, text: str | None, now: datetime) -> None:
        option = held.option()
        if option is None or option.ask is None:  # the configuration changed under the question
            self._fall_back(uow, held, now)
        elif CaptureProperty(uow, held, option.ask, text, now).perform():
            RouteToTeam(uow, self.router, held.conversation_id, option.team_id, now, option=option,
                        event="bot_routed").perform()
        else:
            self._invalid(uow, held, now)

    def _invalid(self, uow: UnitOfWork, held: Held, now: datetime) -> None:
        if Reask(uow, held, self.replies, now).perform():
            self._fall_back(uow, held, now)

    def _fall_back(self, uow: UnitOfWork, held: Held, now: datetime) -> None:
        team_id = held.config.fallback.team_id if held.config else None
        RouteToTeam(uow, self.router, held.conversation_id, team_id, now, option=None, event="bot_fallback").perform()

    # ---- no answer in time: the durable timeout -----------------------------------------------
    async def run_forever(self) -> None:
        await self.worker.run_forever()

    def _claim(self, limit: int) -> list[dict[str, Any]]:
        with self.store.write() as uow:
            return claim(uow.conn, t.chatbot_sessions, naive_utc(self.store.clock.now()),
                         lease_seconds=self.settings.lease_seconds, instance_id=self.instance_id, limit=limit)

    async def _expire(self, job: dict[str, Any]) -> None:
        await asyncio.to_thread(self.expire, job["conversation_id"])

    def expire(self, conversation_id: str) -> None:
        """Fall back, unless the customer answered since the claim (the deadline moved on)."""
        now = self.store.clock.now()
        s = t.chatbot_sessions.c
        with self.store.write() as uow:
            held = lock_held(uow, conversation_id)
            if held is None:
                return
            due = uow.conn.execute(sa.select(s.next_attempt_at).where(s.conversation_id == conversation_id)).scalar()
            if due is not None and due > naive_utc(now):
                uow.conn.execute(t.chatbot_sessions.update().where(s.conversation_id == conversation_id)
                                 .values(lease_until=None, claimed_by=None))
            elif held.assignee_id is not None:
                session.end(uow, conversation_id)
            else:
                self._fall_back(uow, held, now)

    async def drain(self) -> None:
        await self.worker.drain()
