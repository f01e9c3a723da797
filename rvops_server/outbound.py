"""Sending queued messages to their channel: a durable queue (`outbound_sends`).

A mutation that accepts a message writes its queue row in the same transaction (`enqueue`); any
instance claims due rows under a lease (rvops_server/jobs.py) and sends, after the commit and at
every sweep, so a crash or a restart loses no message. Sending is at least once, made safe by the
message id, which goes with every attempt as its idempotency key (WhatsApp: Meta's
`biz_opaque_callback_data`, echoed on the message's status webhooks): a send whose answer was lost
is recognised by its "sent" status and never sent again (`adopt_by_key`).

Each channel registers a sender: an async callable taking the message, conversation and contact
records and returning the provider's message id, or raising `SendFailed`. Rate limits and
transport failures (`retryable`) are retried with back-off until the queue row expires; the
message stays `queued`, carrying the reason ("will be retried"). Anything else ends `failed`
with the reason, for the agent to see.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from rvops_contract.wire import Direction, MessageStatus
from rvops_server.domain.inbound import mark_failed, mark_sent
from rvops_server.jobs import JobSettings, JobWorker, claim
from rvops_server.store import schema as t
from rvops_server.store.db import Store, UnitOfWork, naive_utc

log = logging.getLogger(__name__)

Sender = Callable[[dict[str, Any], dict[str, Any], dict[str, Any]], Awaitable[str | None]]
RETRY_FOR = timedelta(hours=24)  # past this a still-failing send ends failed (the window is shut anyway)
# A retryable failure past RETRY_FOR: its own code, since "will be retried" is no longer true.
GAVE_UP = ("retries_exhausted", "Não enviada: a Meta não aceitou a mensagem em 24 horas de novas tentativas; "
                                "envie de novo.")


class SendFailed(Exception):
    def __init__(self, code: str, sentence: str, *, retryable: bool = False) -> None:
        super().__init__(sentence)
        self.code = code
        self.sentence = sentence
        self.retryable = retryable  # not sent (rate limit) or not known to be: try again later


def enqueue(uow: UnitOfWork, message_id: str, now: datetime) -> None:
    """Queue an accepted message for sending, in the transaction that accepted it."""
    ts = naive_utc(now)
    uow.conn.execute(t.outbound_sends.insert().values(message_id=message_id, attempts=0, next_attempt_at=ts,
                                                      expires_at=ts + RETRY_FOR, created_at=ts))


def _sent(uow: UnitOfWork, message_id: str, provider_id: str | None, now: datetime) -> None:
    """Sent: Meta's id recorded, a reason left by an earlier attempt cleared, the queue row gone.
    A failure that overtook this answer (its status webhook adopted the message) keeps its reason."""
    mark_sent(uow, message_id, provider_id, now)
    m = t.messages.c
    uow.conn.execute(t.messages.update().where(m.id == message_id, m.error_code.isnot(None), m.status != MessageStatus.FAILED.value)
                     .values(error_code=None, error_text=None))
    uow.conn.execute(t.outbound_sends.delete().where(t.outbound_sends.c.message_id == message_id))


class Outbound:
    def __init__(self, store: Store, instance_id: str = "", settings: JobSettings | None = None) -> None:
        self.store = store
        self.instance_id = instance_id
        self.settings = settings or JobSettings.from_env()
        self.senders: dict[str, Sender] = {}
        self.loop: asyncio.AbstractEventLoop | None = None
        self.worker = JobWorker("outbound", self._claim, self._attempt, poll_seconds=self.settings.poll_seconds)

    def register(self, channel: str, sender: Sender) -> None:
        self.senders[channel] = sender

    def enqueue(self, uow: UnitOfWork, message_id: str) -> None:
        enqueue(uow, message_id, self.store.clock.now())
        uow.after_commit.append(self.worker.wake)

    async def run_forever(self) -> None:
        self.loop = asyncio.get_running_loop()
        await self.worker.run_forever()

    # ---- one attempt --------------------------------------------------------------------------
    def _claim(self, limit: int) -> list[dict[str, Any]]:
        with self.store.write() as uow:
            return claim(uow.conn, t.outbound_sends, naive_utc(self.store.clock.now()),
                         lease_seconds=self.settings.lease_seconds, instance_id=self.instance_id, limit=limit)

    def _load(self, message_id: str
              ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]] | None:
        with self.store.read() as conn:
            msg = conn.execute(sa.select(t.messages).where(t.messages.c.id == message_id)).first()
            if msg is None:
                return None
            conv = conn.execute(sa.select(t.conversations).where(t.conversations.c.id == msg.conversation_id)).one()
            contact = conn.execute(sa.select(t.contacts).where(t.contacts.c.id == conv.contact_id)).one()
            return dict(msg._mapping), dict(conv._mapping), dict(contact._mapping)

    async def _attempt(self, job: dict[str, Any]) -> None:
        message_id = job["message_id"]
        loaded = await asyncio.to_thread(self._load, message_id)
        if loaded is None or loaded[0]["status"] != MessageStatus.QUEUED:  # gone, or its "sent" status came back
            await asyncio.to_thread(self._finish, message_id, None)
            return
        message, conversation, contact = loaded
        if message["provider_id"]:  # the channel already told us it went out (an Instagram echo adopted it)
            await asyncio.to_thread(self._finish, message_id, message["provider_id"], True)
            return
        sender = self.senders.get(conversation["channel"])
        try:
            if sender is None:
                raise SendFailed("channel_not_configured",
                                 f"O canal {conversation['channel']} não está configurado neste servidor.")
            provider_id = await sender(message, conversation, contact)
        except SendFailed as exc:
            log.warning("send of %s (attempt %d) failed: %s %s", message_id, job["attempts"], exc.code, exc.sentence)
            await asyncio.to_thread(self._after_failure, job, exc)
            return
        except Exception as exc:  # a bug or an unexpected answer: still tell the agent
            log.exception("send of %s crashed", message_id)
            await asyncio.to_thread(self._after_failure, job, SendFailed(
                "send_error", f"Falha inesperada ao enviar: {exc.__class__.__name__}."))
            return
        await asyncio.to_thread(self._finish, message_id, provider_id, True)

    def _finish(self, message_id: str, provider_id: str | None, sent: bool = False) -> None:
        with self.store.write() as uow:
            if sent:
                _sent(uow, message_id, provider_id, self.store.clock.now())
            else:
                uow.conn.execute(t.outbound_sends.delete().where(t.outbound_sends.c.message_id == message_id))

    def _after_failure(self, job: dict[str, Any], exc: SendFailed) -> None:
        now = self.store.clock.now()
        m, q = t.messages.c, t.outbound_sends.c
        with self.store.write() as uow:
            status = uow.conn.execute(sa.select(m.status).where(m.id == job["message_id"])).scalar()
            if status != MessageStatus.QUEUED:  # sent meanwhile (adopted by its key), or gone
                uow.conn.execute(t.outbound_sends.delete().where(q.message_id == job["message_id"]))
                return
            retry_at = naive_utc(now) + self.settings.backoff(job["attempts"])
            if exc.retryable and retry_at < job["expires_at"]:
                uow.conn.execute(t.outbound_sends.update().where(q.message_id == job["message_id"]).values(
                    next_attempt_at=retry_at, lease_until=None, claimed_by=None, last_error=exc.code))
                uow.conn.execute(t.messages.update().where(m.id == job["message_id"], m.status == MessageStatus.QUEUED.value).values(
                    error_code=exc.code, error_text=exc.sentence, updated_at=naive_utc(now)))
                uow.changed("messages", job["message_id"])
                return
            code, sentence = GAVE_UP if exc.retryable else (exc.code, exc.sentence)
            mark_failed(uow, job["message_id"], code, sentence, now)
            uow.conn.execute(t.outbound_sends.delete().where(q.message_id == job["message_id"]))

    async def drain(self) -> None:
        """Wait for the sends running now (tests and shutdown)."""
        await self.worker.drain()


def adopt_by_key(uow: UnitOfWork, key: str | None, provider_id: str, now: datetime) -> bool:
    """A status webhook for a message we do not know by provider id, carrying our idempotency key:
    a send whose answer we lost (crash, timeout) went through. Record it as sent with Meta's id and
    drop its queue row, so it is not sent again."""
    if not key:
        return False
    m = t.messages.c
    row = uow.conn.execute(sa.select(m.id).where(m.id == key, m.direction == Direction.OUTBOUND.value, m.status == MessageStatus.QUEUED.value,
                                                 m.provider_id.is_(None))).first()
    if row is None:
        return False
    _sent(uow, row.id, provider_id, now)
    log.info("message %s adopted as sent by its idempotency key (provider id %s)", row.id, provider_id)
    return True
