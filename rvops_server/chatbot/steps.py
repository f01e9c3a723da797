"""The bot's steps, one small object each (Chatwoot's service objects): inputs in the constructor,
one public `perform`, short private steps."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from rvops_contract.chatbot import MenuOption, PropertyQuestion, match_option, read_email
from rvops_contract.properties import NotAValue, check_value, from_text
from rvops_server.domain import events
from rvops_server.domain.distribution.router import Router
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc

from . import session
from .replies import Replies
from .session import Held


class ReadChoice:
    """The option the customer chose: a tapped reply (WhatsApp button or list row, Instagram quick
    reply) by its id, or typed: the option's number or its title, accents ignored."""

    def __init__(self, held: Held, text: str | None, reply_id: str | None) -> None:
        self.held, self.text, self.reply_id = held, text or "", reply_id

    def perform(self) -> MenuOption | None:
        if self.held.config is None:
            return None
        return match_option(self.held.config.menu.options, self.text, self.reply_id)


class CaptureProperty:
    """Store the answer to an option's question on the contact (`email`, `name`, or a custom
    property read by its kind); False when it does not fit (the question is asked again)."""

    def __init__(self, uow: UnitOfWork, held: Held, question: PropertyQuestion, text: str | None,
                 now: datetime) -> None:
        self.uow, self.held, self.question, self.text, self.now = uow, held, question, (text or "").strip(), now

    def perform(self) -> bool:
        value = self._value()
        if value is None:
            return False
        contacts = t.contacts
        if self.question.property in ("email", "name"):
            values = {self.question.property: value}
        else:
            properties = dict(self.uow.conn.execute(sa.select(contacts.c.properties)
                                                    .where(contacts.c.id == self.held.contact_id)).scalar() or {})
            properties[self.question.property] = value
            values = {"properties": properties}
        self.uow.conn.execute(contacts.update().where(contacts.c.id == self.held.contact_id)
                              .values(**values, updated_at=naive_utc(self.now)))
        self.uow.changed("contacts", self.held.contact_id)
        return True

    def _value(self) -> object | None:
        key = self.question.property
        if key == "email":
            return read_email(self.text)
        if key == "name":
            return self.text[:200] or None
        definition = self.uow.conn.execute(sa.select(t.property_definitions)
                                           .where(t.property_definitions.c.key == key)).first()
        if definition is None:
            return None
        try:
            value = from_text(definition.type, self.text)
        except NotAValue:
            return None
        return value if value is not None and check_value(definition.type, definition.choices, value) is None else None


class RouteToTeam:
    """The bot lets go of the conversation into `team_id` (None: the workspace's queue); the team's
    distribution method then applies, through the router. Which option brought it is kept."""

    def __init__(self, uow: UnitOfWork, router: Router, conversation_id: str, team_id: str | None, now: datetime, *,
                 option: MenuOption | None, event: str) -> None:
        self.uow, self.router, self.conversation_id, self.team_id, self.now = uow, router, conversation_id, team_id, now
        self.option, self.event = option, event

    def perform(self) -> str | None:
        title = self.option.title if self.option else None
        session.end(self.uow, self.conversation_id, team_id=self.team_id, option=title)
        details: dict[str, Any] = {"to_team_id": self.team_id, "option": title or ""}
        if self.option is not None:
            details["option_id"] = self.option.id
        events.record(self.uow, self.now, self.event, self.conversation_id, **details)
        return self.router.route(self.uow, self.conversation_id, self.now)


class Reask:
    """An answer the bot did not understand: counted; past the limit the conversation falls back,
    else the bot says so and asks again (the menu, or the option's question)."""

    def __init__(self, uow: UnitOfWork, held: Held, replies: Replies, now: datetime) -> None:
        self.uow, self.held, self.replies, self.now = uow, held, replies, now

    def perform(self) -> bool:
        """True when the limit is reached (the caller falls back)."""
        config = self.held.config
        count = self.held.invalid_answers + 1
        if config is None or count >= config.fallback.after_invalid_answers:
            return True
        session.update(self.uow, self.held, self.now, invalid_answers=count)
        option = self.held.option()
        if self.held.step == session.QUESTION and option is not None and option.ask is not None:
            self.replies.text(self.uow, self.held.conversation_id, self.held.channel,
                              f"{config.invalid_property}\n\n{option.ask.prompt}", self.now)
        else:
            self.replies.menu(self.uow, self.held.conversation_id, self.held.channel, config, self.now,
                              lead=config.invalid_answer)
        return False
