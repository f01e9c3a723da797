"""Sending queued messages to their channel, after the commit that queued them.

Each channel registers a sender: an async callable taking the message and conversation records
and returning the provider's message id, or raising `SendFailed` with a machine code and a
sentence. Nothing is dropped silently: a failure is stored on the message for the agent to see.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import sqlalchemy as sa

from rvops_server.domain.inbound import mark_failed, mark_sent
from rvops_server.store import schema as t
from rvops_server.store.db import Store

log = logging.getLogger(__name__)

Sender = Callable[[dict[str, Any], dict[str, Any], dict[str, Any]], Awaitable[str | None]]


class SendFailed(Exception):
    def __init__(self, code: str, sentence: str) -> None:
        super().__init__(sentence)
        self.code = code
        self.sentence = sentence


class Outbound:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.senders: dict[str, Sender] = {}
        self.loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Future] = set()

    def register(self, channel: str, sender: Sender) -> None:
        self.senders[channel] = sender

    def dispatch(self, message_id: str) -> None:
        """Schedule the send on the server's loop; safe to call from any thread."""
        if self.loop is None or self.loop.is_closed():
            log.warning("outbound: no loop yet, message %s stays queued", message_id)
            return
        future = asyncio.run_coroutine_threadsafe(self.send(message_id), self.loop)
        self._tasks.add(future)
        future.add_done_callback(self._tasks.discard)

    def _load(self, message_id: str):
        with self.store.read() as conn:
            msg = conn.execute(sa.select(t.messages).where(t.messages.c.id == message_id)).first()
            if msg is None:
                return None
            conv = conn.execute(sa.select(t.conversations).where(t.conversations.c.id == msg.conversation_id)).first()
            contact = conn.execute(sa.select(t.contacts).where(t.contacts.c.id == conv.contact_id)).first()
            return dict(msg._mapping), dict(conv._mapping), dict(contact._mapping)

    async def send(self, message_id: str) -> None:
        loaded = await asyncio.to_thread(self._load, message_id)
        if loaded is None:
            return
        message, conversation, contact = loaded
        if message["status"] != "queued":
            return
        sender = self.senders.get(conversation["channel"])
        try:
            if sender is None:
                raise SendFailed("channel_not_configured",
                                 f"O canal {conversation['channel']} não está configurado neste servidor.")
            provider_id = await sender(message, conversation, contact)
        except SendFailed as exc:
            log.warning("send of %s failed: %s %s", message_id, exc.code, exc.sentence)
            await asyncio.to_thread(self._finish_failed, message_id, exc.code, exc.sentence)
            return
        except Exception as exc:  # a bug or an unexpected answer: still tell the agent
            log.exception("send of %s crashed", message_id)
            await asyncio.to_thread(self._finish_failed, message_id, "send_error",
                                    f"Falha inesperada ao enviar: {exc.__class__.__name__}.")
            return
        await asyncio.to_thread(self._finish_sent, message_id, provider_id)

    def _finish_sent(self, message_id: str, provider_id: str | None) -> None:
        with self.store.write() as uow:
            mark_sent(uow, message_id, provider_id, self.store.clock.now())

    def _finish_failed(self, message_id: str, code: str, sentence: str) -> None:
        with self.store.write() as uow:
            mark_failed(uow, message_id, code, sentence, self.store.clock.now())

    async def drain(self) -> None:
        """Wait for in-flight sends (tests and shutdown)."""
        while self._tasks:
            await asyncio.sleep(0)
            await asyncio.gather(*[asyncio.wrap_future(f) for f in list(self._tasks)], return_exceptions=True)
