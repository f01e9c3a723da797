"""Reading a channel's configuration and a held conversation's state, under the locks jobs use."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from types import EllipsisType
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Connection

from rvops_contract.chatbot import ChatbotConfig, MenuOption
from rvops_contract.wire import ConversationStatus
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, is_postgres, naive_utc

ACTIVE, DONE = "active", "done"  # conversations.bot_status
MENU, QUESTION = "menu", "question"  # chatbot_sessions.step


def load_config(conn: Connection, channel: str) -> ChatbotConfig | None:
    """The channel's configuration, or None when it has none (or one this version cannot read)."""
    raw = conn.execute(sa.select(t.chatbot_configs.c.config)
                       .where(t.chatbot_configs.c.channel == channel)).scalar()
    if raw is None:
        return None
    try:
        return ChatbotConfig.model_validate(raw)
    except ValidationError:
        return None


def configs(conn: Connection) -> dict[str, dict[str, Any] | None]:
    """Every channel's configuration as stored (None: the channel has no bot)."""
    stored = dict(conn.execute(sa.select(t.chatbot_configs.c.channel, t.chatbot_configs.c.config)).all())
    return {channel: stored.get(channel) for channel in ("whatsapp", "instagram", "webchat")}


def workspace_zone(conn: Connection) -> str | None:
    settings = conn.execute(sa.select(t.workspace.c.settings)).scalar() or {}
    zone: str | None = settings.get("time_zone") if isinstance(settings, dict) else None
    return zone


@dataclass
class Held:
    """A conversation the bot holds, as locked for this transaction."""

    conversation_id: str
    channel: str
    contact_id: str
    assignee_id: str | None
    step: str
    option_id: str | None
    invalid_answers: int
    config: ChatbotConfig | None

    def option(self) -> MenuOption | None:
        if self.config is None:
            return None
        return next((o for o in self.config.menu.options if o.id == self.option_id), None)


def lock_held(uow: UnitOfWork, conversation_id: str) -> Held | None:
    """The held conversation's state, its row locked (PostgreSQL: FOR UPDATE; SQLite's writes are
    serial), or None when the bot does not hold it."""
    s, c = t.chatbot_sessions.c, t.conversations.c
    q = (sa.select(s.conversation_id, s.channel, s.step, s.option_id, s.invalid_answers, c.contact_id,
                   c.assignee_id, c.status, c.bot_status)
         .join(t.conversations, c.id == s.conversation_id).where(s.conversation_id == conversation_id))
    if is_postgres(uow.conn):
        q = q.with_for_update(of=t.chatbot_sessions)
    row = uow.conn.execute(q).first()
    if row is None:
        return None
    return Held(row.conversation_id, row.channel, row.contact_id,
                row.assignee_id if row.status == ConversationStatus.OPEN else "closed", row.step, row.option_id,
                row.invalid_answers, load_config(uow.conn, row.channel))


def start(uow: UnitOfWork, conversation_id: str, channel: str, now: datetime, minutes: int) -> None:
    ts = naive_utc(now)
    uow.conn.execute(t.chatbot_sessions.insert().values(
        conversation_id=conversation_id, channel=channel, step=MENU, invalid_answers=0,
        next_attempt_at=ts + timedelta(minutes=minutes), attempts=0, created_at=ts))
    uow.conn.execute(t.conversations.update().where(t.conversations.c.id == conversation_id)
                     .values(bot_status=ACTIVE))
    uow.changed("conversations", conversation_id)


def update(uow: UnitOfWork, held: Held, now: datetime, **values: Any) -> None:
    """Move the session on; the customer has `after_minutes` again to answer."""
    minutes = held.config.fallback.after_minutes if held.config else 1
    uow.conn.execute(t.chatbot_sessions.update().where(t.chatbot_sessions.c.conversation_id == held.conversation_id)
                     .values(next_attempt_at=naive_utc(now) + timedelta(minutes=minutes), lease_until=None,
                             claimed_by=None, **values))


def end(uow: UnitOfWork, conversation_id: str, *, team_id: str | None | EllipsisType = ...,
        option: str | None = None) -> None:
    """The bot lets go: the session row gone, the conversation marked (in `team_id`, when given)."""
    uow.conn.execute(t.chatbot_sessions.delete().where(t.chatbot_sessions.c.conversation_id == conversation_id))
    values: dict[str, Any] = {"bot_status": DONE}
    if team_id is not ...:
        values["team_id"] = team_id
    if option is not None:
        values["bot_option"] = option
    uow.conn.execute(t.conversations.update().where(t.conversations.c.id == conversation_id).values(**values))
    uow.changed("conversations", conversation_id)
