"""What a Meta webhook delivery does to the inbox: store messages, apply statuses, track templates.

Provider-neutral: both the WhatsApp and the Instagram routes hand their parsed events here.
A message is stored once per (channel, provider id) — Meta retries deliveries — with its files'
metadata; the files themselves are downloaded afterwards by a durable job (gateways/downloads.py),
so the delivery is answered without waiting on Meta.
"""
from __future__ import annotations

import asyncio
import logging
from functools import partial

from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from rvops_contract.wire import Channel, MessageStatus
from rvops_server.channels.errors import describe_error
from rvops_server.channels.events import (
    AdReferral,
    Event,
    InboundMessage,
    MessageDeleted,
    MessageEdited,
    NumberChanged,
    ProviderError,
    StatusUpdate,
    TemplateStatusUpdate,
)
from rvops_server.channels.gateway import payload_of
from rvops_server.domain import customer_changes
from rvops_server.domain.channel_intake import store_inbound, store_status
from rvops_server.domain.echoes import Echo, EchoOutcome, store_echo
from rvops_server.domain.inbound import Inbound
from rvops_server.domain.template_catalog import apply_template_status
from rvops_server.gateways.gateway import MetaGateway

log = logging.getLogger(__name__)
# A status can overtake our own bookkeeping of the send it is about (Meta answers the send, then
# posts "sent" at once); unknown ids are retried for a while before being given up (logged).
STATUS_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4)


class Intake:
    def __init__(self, gateway: MetaGateway) -> None:
        self.gateway = gateway
        self.services = gateway.services

    async def handle(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, InboundMessage):
                if event.is_echo:
                    await run_in_threadpool(self._store_echo, event)
                else:
                    await self._store_inbound(event)
            elif isinstance(event, StatusUpdate):
                if not await self._apply_status(event):
                    self.gateway.spawn(self._retry_status(event), f"status {event.provider_message_id}")
            elif isinstance(event, TemplateStatusUpdate):
                if not await run_in_threadpool(self._apply_template_status, event):
                    from rvops_server.gateways.templates import sync_templates
                    self.gateway.spawn(sync_templates(self.gateway), "template sync after unknown template")
            elif isinstance(event, (MessageDeleted, MessageEdited, NumberChanged, AdReferral)):
                await run_in_threadpool(self._customer_change, event)
            elif isinstance(event, ProviderError):
                log.warning("%s provider error code=%s title=%s detail=%s", event.channel, event.code,
                            event.title, event.detail)

    # ---- customer messages --------------------------------------------------------------------
    async def _store_inbound(self, event: InboundMessage) -> None:
        """The message and its attachments' metadata in one short transaction; the files are
        downloaded afterwards by a durable job written in that same transaction (downloads.py)."""
        channel = event.channel.value
        media = [event.media] if event.media is not None else []
        downloads = self.gateway.downloads
        assert downloads is not None  # gateways.install sets it before any route is served
        attachments = [downloads.attachment_for(m) for m in media]
        item = Inbound(channel=channel, sender=customer_key(channel, event.from_id),
                       provider_id=event.provider_message_id,
                       kind=event.kind.value, text=event.text, profile_name=event.profile_name,
                       attachments=attachments, payload=payload_of(event),
                       reply_to_provider_id=event.reply_to_provider_id, sent_at=event.timestamp,
                       opens_window=event.opens_window)
        svc = self.services

        write = partial(store_inbound, router=svc.router, chatbot=svc.chatbot, clock=svc.clock, item=item,
                        media=media, attachments=attachments, wake=downloads.worker.wake)
        try:  # with whatever other deliveries are waiting to be stored (group commit)
            await svc.group_commit.run(write, order=f"{item.channel}:{item.sender}")
        except IntegrityError:  # the same delivery, stored meanwhile by another instance
            log.info("duplicate delivery of %s %s (concurrent)", item.channel, item.provider_id)

    # ---- our own messages coming back (Instagram echoes) --------------------------------------
    def _store_echo(self, event: InboundMessage) -> None:
        """An echo of a message our account sent: ours (already stored) or typed in Instagram's app."""
        try:
            self._store_echo_once(event)
        except IntegrityError:  # our send recorded the same provider id meanwhile: the echo is that one
            log.info("echo %s %s: already recorded by its send (concurrent)", event.channel.value,
                     event.provider_message_id)

    def _store_echo_once(self, event: InboundMessage) -> None:
        media = event.media
        echo = Echo(channel=event.channel.value, provider_id=event.provider_message_id,
                    customer=customer_key(event.channel.value, event.customer_id), kind=event.kind.value,
                    text=event.text, sent_at=event.timestamp, payload=payload_of(event),
                    media=None if media is None else {"mime_type": media.mime_type, "media_type": media.media_type,
                                                      "filename": media.filename})
        with self.services.store.write() as uow:
            outcome = store_echo(uow, echo, self.services.clock.now())
        if outcome is EchoOutcome.NO_CONVERSATION:
            log.info("echo %s for %s without an open conversation: not stored", echo.provider_id,
                     event.customer_id)

    # ---- statuses, templates, deletions -------------------------------------------------------
    async def _apply_status(self, event: StatusUpdate) -> bool:
        """One status (sharing a transaction with what else is waiting: every message we send gets
        sent, delivered and read); a failure carries the mapped reason (Meta's code to the log)."""
        svc = self.services
        code = text = None
        if event.status is MessageStatus.FAILED:
            error = describe_error(event.error_code, provider_message=event.error_detail or event.error_title)
            code, text = error.reason.value, error.stored_text
            log.warning("%s message %s failed: reason=%s code=%s %s", event.channel, event.provider_message_id,
                        error.reason, event.error_code, event.error_detail or event.error_title)

        write = partial(store_status, clock=svc.clock, channel=event.channel.value,
                        provider_id=event.provider_message_id, status=event.status.value,
                        callback_data=event.callback_data, error_code=code, error_text=text)
        found = await svc.group_commit.run(write, order=f"{event.channel.value}:{event.provider_message_id}")
        return found is not None

    async def _retry_status(self, event: StatusUpdate) -> None:
        for delay in STATUS_RETRY_DELAYS:
            await asyncio.sleep(delay)
            if await self._apply_status(event):
                return
        log.warning("status %s for unknown message %s dropped", event.status, event.provider_message_id)

    def _apply_template_status(self, event: TemplateStatusUpdate) -> bool:
        with self.services.store.write() as uow:
            if not apply_template_status(uow, event.name, event.language, event.status,
                                         self.services.clock.now()):
                return False
        log.info("template %s/%s is now %s (%s)", event.name, event.language, event.status, event.reason)
        return True

    def _customer_change(self, event: MessageDeleted | MessageEdited | NumberChanged | AdReferral) -> None:
        """An unsent or edited message, a new number, an ad the customer came through (domain rules
        in customer_changes.py); what refers to nothing we know is logged, not an error."""
        channel, now = event.channel.value, self.services.clock.now()
        with self.services.store.write() as uow:
            if isinstance(event, MessageDeleted):
                found = customer_changes.delete_message(uow, channel, event.provider_message_id, now)
                what = f"deletion of {event.provider_message_id}"
            elif isinstance(event, MessageEdited):
                found = customer_changes.edit_message(uow, channel, event.provider_message_id, event.text, now)
                what = f"edit of {event.provider_message_id}"
            elif isinstance(event, NumberChanged):
                found = customer_changes.change_number(
                    uow, channel, customer_key(channel, event.old_id), customer_key(channel, event.new_id), now,
                    provider_id=event.provider_message_id)
                what = "number change of a customer"
            else:
                found = customer_changes.note_referral(uow, channel, customer_key(channel, event.from_id),
                                                       event.referral, now)
                what = "referral without an open conversation"
        if found is None:
            log.info("%s %s: nothing stored refers to it", channel, what)


def customer_key(channel: str, provider_id: str) -> str:
    """How contacts store the customer: WhatsApp's wa_id (digits) as E.164 (`+55…`)."""
    if channel == Channel.WHATSAPP:
        return "+" + "".join(ch for ch in provider_id if ch.isdigit())
    return provider_id
