"""What a channel's webhook delivery writes, each in the (group-committed) transaction it is given:
a customer's message with its files' download jobs, and a delivery status of a message we sent."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rvops_contract.clock import Clock
from rvops_server.domain import media_downloads
from rvops_server.domain.distribution.router import Router
from rvops_server.domain.inbound import Inbound, Ingested, apply_status, ingest
from rvops_server.domain.media_downloads import MediaSource, Wake
from rvops_server.outbound import adopt_by_key
from rvops_server.store.db import UnitOfWork

if TYPE_CHECKING:
    from rvops_server.chatbot import Chatbot


def store_inbound(uow: UnitOfWork, router: Router, chatbot: Chatbot | None, clock: Clock, item: Inbound,
                  media: Sequence[MediaSource], attachments: Sequence[dict[str, Any]], wake: Wake) -> Ingested:
    """The message and its attachments' metadata; a download job per file still to fetch."""
    now = clock.now()
    stored: Ingested = ingest(uow, router, item, now, chatbot)
    if stored.message_id is not None and media:  # a redelivery stored nothing: nothing to fetch
        media_downloads.enqueue(uow, stored.message_id, item.channel, media, attachments, now, wake)
    return stored


def store_status(uow: UnitOfWork, clock: Clock, channel: str, provider_id: str, status: str,
                 callback_data: str | None, error_code: str | None, error_text: str | None) -> str | None:
    """A status of a message we sent (its id), also one whose send's answer we lost (adopted by our
    idempotency key); None when we know no such message (yet)."""
    now = clock.now()
    found = apply_status(uow, channel, provider_id, status, now, error_code=error_code, error_text=error_text)
    if found is None and adopt_by_key(uow, callback_data, provider_id, now):
        found = apply_status(uow, channel, provider_id, status, now, error_code=error_code, error_text=error_text)
    return found
