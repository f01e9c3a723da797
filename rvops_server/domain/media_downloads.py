"""The rows of the customers' files download job (gateways/downloads.py fetches the bytes).

One `media_downloads` row per file still to fetch, keyed by (message id, position); the message's
attachment carries the state the agent sees: downloading, ready or failed (with the reason).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Row

from rvops_contract.attachments import normalise_mime_type
from rvops_server.domain.media_access import link_attachments
from rvops_server.domain.media_files import record_file, write_file
from rvops_server.domain.message_lookup import conversation_of_message
from rvops_server.domain.visibility import Viewer
from rvops_server.jobs import claim
from rvops_server.store import schema as t
from rvops_server.store.db import Store, UnitOfWork, naive_utc

RETRY_FOR = timedelta(days=7)  # how long Meta keeps a customer's file for us to fetch
DOWNLOADING, READY, FAILED = "downloading", "ready", "failed"  # the attachment's state
PENDING = "pending"  # the job's state while it may still run (else FAILED)

Job = dict[str, Any]  # a claimed row (rvops_server.jobs.claim)
MessageRow = Row[*tuple[Any, ...]]  # id, conversation_id, attachments
Wake = Callable[[], None]  # the worker's wake-up, called after the commit that wrote a job


class MediaSource(Protocol):
    """Where a customer's file comes from (rvops_server.channels.events.Media)."""
    @property
    def id(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...


class RetryOutcome(Enum):
    QUEUED = "queued"
    NOT_FOUND = "not_found"  # no such message, or one the agent may not see
    NOT_FAILED = "not_failed"  # nothing failed there to try again


def enqueue(uow: UnitOfWork, message_id: str, channel: str, media: Sequence[MediaSource],
            attachments: Sequence[dict[str, Any]], now: datetime, wake: Wake) -> None:
    """A job per attachment still downloading, in the transaction that stored the message."""
    ts = naive_utc(now)
    rows = [{"message_id": message_id, "position": i, "channel": channel, "provider_media_id": m.id,
             "url": None if m.id else m.url, "state": PENDING, "attempts": 0, "next_attempt_at": ts,
             "expires_at": ts + RETRY_FOR, "created_at": ts}
            for i, (m, a) in enumerate(zip(media, attachments, strict=True)) if a["state"] == DOWNLOADING]
    if rows:
        uow.conn.execute(t.media_downloads.insert(), rows)
        uow.after_commit.append(wake)


def claim_due(store: Store, now: datetime, *, lease_seconds: float, instance_id: str, limit: int) -> list[Job]:
    with store.write() as uow:
        claimed = claim(uow.conn, t.media_downloads, naive_utc(now), lease_seconds=lease_seconds,
                        instance_id=instance_id, limit=limit, where=[t.media_downloads.c.state == PENDING])
        return claimed


def complete(store: Store, job: Job, instance_id: str, media_dir: str | Path, data: bytes, mime_type: str,
             now: datetime) -> bool:
    """The file into the media store, then — in one transaction — its record, the message's
    attachment and the end of the job (a crash before the commit leaves only an unused file).
    False when the job is no longer ours or its message is gone (nothing is kept)."""
    media_id, path = write_file(media_dir, data)
    with store.write() as uow:
        message, attachment = _attachment(uow, job)
        if message is None or attachment is None or not _still_mine(uow, job, instance_id):
            path.unlink(missing_ok=True)
            return False
        mime_type = normalise_mime_type(attachment.get("mime_type") or mime_type, attachment.get("filename"))
        record = record_file(uow, media_id, path, data, mime_type, attachment.get("filename"), None, now)
        attachment.update(record, state=READY)
        attachment.pop("error", None)
        attachment.pop("error_text", None)
        _save(uow, message, job, attachment, naive_utc(now))
        link_attachments(uow.conn, message.conversation_id, [attachment])
        uow.conn.execute(t.media_downloads.delete().where(*_key(job)))
    return True


def fail(store: Store, job: Job, instance_id: str, code: str, sentence: str, *, retryable: bool,
         backoff: timedelta, now: datetime) -> None:
    """A failed attempt: tried again after `backoff` while Meta keeps the file, else failed for good
    (the attachment shows the reason)."""
    at = naive_utc(now)
    retry_at = at + backoff
    with store.write() as uow:
        if not _still_mine(uow, job, instance_id):
            return
        if retryable and retry_at < job["expires_at"]:
            uow.conn.execute(t.media_downloads.update().where(*_key(job)).values(
                next_attempt_at=retry_at, lease_until=None, claimed_by=None, last_error=code))
            return
        uow.conn.execute(t.media_downloads.update().where(*_key(job)).values(
            state=FAILED, lease_until=None, claimed_by=None, last_error=code))
        message, attachment = _attachment(uow, job)
        if message is not None and attachment is not None:
            attachment.update(state=FAILED, error=code, error_text=sentence)
            _save(uow, message, job, attachment, at)


def retry(store: Store, viewer: Viewer, message_id: str, position: int, now: datetime,
          wake: Wake) -> RetryOutcome:
    """An agent's "try again" on a file whose download failed."""
    with store.write() as uow:
        conversation = conversation_of_message(uow.conn, message_id)
        if conversation is None or not viewer.can_see(conversation):
            return RetryOutcome.NOT_FOUND
        job: Job = {"message_id": message_id, "position": position}
        found = uow.conn.execute(sa.select(t.media_downloads.c.state).where(*_key(job))).scalar()
        if found != FAILED:
            return RetryOutcome.NOT_FAILED
        at = naive_utc(now)
        uow.conn.execute(t.media_downloads.update().where(*_key(job)).values(
            state=PENDING, attempts=0, next_attempt_at=at, lease_until=None, claimed_by=None))
        message, attachment = _attachment(uow, job)
        if message is not None and attachment is not None:
            attachment.pop("error", None)
            attachment.pop("error_text", None)
            attachment["state"] = DOWNLOADING
            _save(uow, message, job, attachment, at)
        uow.after_commit.append(wake)
        return RetryOutcome.QUEUED


def _key(job: Job) -> list[sa.ColumnElement[bool]]:
    c = t.media_downloads.c
    return [c.message_id == job["message_id"], c.position == job["position"]]


def _still_mine(uow: UnitOfWork, job: Job, instance_id: str) -> bool:
    """The job is still pending under our claim (not taken over after our lease ran out)."""
    c = t.media_downloads.c
    row = uow.conn.execute(sa.select(c.state, c.claimed_by, c.lease_until).where(*_key(job))
                           .with_for_update()).first()
    return bool(row is not None and row.state == PENDING and row.claimed_by == instance_id
                and row.lease_until == job["lease_until"])


def _attachment(uow: UnitOfWork, job: Job) -> tuple[MessageRow | None, dict[str, Any] | None]:
    m = t.messages.c
    message = uow.conn.execute(sa.select(m.id, m.conversation_id, m.attachments).where(m.id == job["message_id"])
                               .with_for_update()).first()
    attachments = list(message.attachments or []) if message is not None else []
    if message is None or job["position"] >= len(attachments):
        return None, None
    return message, dict(attachments[job["position"]])


def _save(uow: UnitOfWork, message: MessageRow, job: Job, attachment: dict[str, Any], now: datetime) -> None:
    attachments = list(message.attachments or [])
    attachments[job["position"]] = attachment
    uow.conn.execute(t.messages.update().where(t.messages.c.id == message.id).values(
        attachments=attachments, updated_at=now))
    uow.changed("messages", message.id)
