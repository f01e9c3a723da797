"""What the bot says: outbound messages authored by nobody and marked `payload.bot`, queued on
the durable send queue like an agent's, so the agent sees the bot's exchange in the thread. (A
team's away message, domain/away.py, is written here too, marked `payload.away`.)

A menu is one `interactive` message: its `payload.menu` holds the style the channel shows
(rvops_contract.chatbot.menu_style) and the options; each channel's sender turns it into Meta's
format (gateways/senders.py) or the widget's buttons (webchat/threads.py).
"""
from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from rvops_contract.chatbot import ChatbotConfig, menu_style
from rvops_contract.preview import preview_of
from rvops_contract.wire import Direction, MessageStatus
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc
from rvops_server.store.messages import NewMessage, insert_message


def menu_payload(channel: str, config: ChatbotConfig) -> dict[str, Any]:
    options = config.menu.options
    return {"style": menu_style(channel, len(options)).value, "list_button": config.menu.list_button,
            "options": [{"id": o.id, "title": o.title, "description": o.description} for o in options]}


class Enqueues(Protocol):
    """Where the bot's messages queue for sending (rvops_server.outbound.Outbound)."""

    def enqueue(self, uow: UnitOfWork, message_id: str) -> None: ...


class Replies:
    """Writes the bot's messages into a conversation and queues them (`enqueue(uow, message_id)`)."""

    def __init__(self, enqueue: Callable[[UnitOfWork, str], None]) -> None:
        self.enqueue = enqueue

    def text(self, uow: UnitOfWork, conversation_id: str, channel: str, text: str, now: datetime, *,
             payload: dict[str, Any] | None = None) -> str:
        """`payload`: the bot's mark, unless another is given (a team's away message: domain/away.py)."""
        return self._write(uow, conversation_id, channel, "text", text, payload or {"bot": True}, now)

    def menu(self, uow: UnitOfWork, conversation_id: str, channel: str, config: ChatbotConfig, now: datetime,
             *, lead: str) -> str:
        """The menu's prompt after `lead` (the greeting, or why the answer was not understood)."""
        body = f"{lead}\n\n{config.menu.prompt}" if lead else config.menu.prompt
        return self._write(uow, conversation_id, channel, "interactive", body,
                           {"bot": True, "menu": menu_payload(channel, config)}, now)

    def _write(self, uow: UnitOfWork, conversation_id: str, channel: str, kind: str, text: str,
               payload: dict[str, Any], now: datetime) -> str:
        message_id, ts = uuid.uuid4().hex, naive_utc(now)
        insert_message(uow.conn, NewMessage(
            id=message_id, conversation_id=conversation_id, direction=Direction.OUTBOUND, kind=kind, text=text,
            status=MessageStatus.QUEUED, channel=channel, payload=payload, created_at=ts))
        uow.conn.execute(t.conversations.update().where(t.conversations.c.id == conversation_id).values(
            last_message_at=ts, last_message_preview=preview_of("text", text, [])))
        uow.changed("messages", message_id)
        uow.changed("conversations", conversation_id)
        self.enqueue(uow, message_id)
        return message_id

