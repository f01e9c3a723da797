"""Customers' files from Meta, downloaded by a durable job after the webhook was answered.

The webhook stores the message with its attachments' metadata (media type, caption, file name,
mime type, Meta's media id; `state: "downloading"`) and, in the same transaction, one
`media_downloads` row per file. Any instance claims due rows (rvops_server/jobs.py) and downloads:
WhatsApp's media id → its short-lived URL → the bytes; Instagram's CDN URL straight. Only hosts on
the allow-list are fetched (channels/media_hosts.py). A message is stored once per provider id,
so Meta's redeliveries add no download. Success stores the file and marks the attachment
`ready` in one transaction; transport failures, rate limits and Meta's 5xx are retried with
back-off until Meta's copy is gone (`RETRY_FOR`), anything else — or the last retry — marks it
`failed` with the reason; an agent may ask for another try (`retry`).
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from rvops_contract.attachments import normalise_mime_type
from rvops_server.channels.errors import ChannelErrorReason, describe_error
from rvops_server.channels.events import Media
from rvops_server.channels.graph_client import GraphApiError
from rvops_server.domain.media_access import link_attachments
from rvops_server.gateways.gateway import MetaGateway
from rvops_server.jobs import JobSettings, JobWorker, claim
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc

log = logging.getLogger(__name__)
RETRY_FOR = timedelta(days=7)  # how long Meta keeps a customer's file for us to fetch
MAX_INBOUND_MEDIA_BYTES = 100 * 1024 * 1024  # Meta's largest (WhatsApp documents)
DOWNLOADING, READY, FAILED = "downloading", "ready", "failed"

# (reason code, the sentence kept in the workspace's language; clients translate the code)
HOST_REFUSED = ("media_host_not_allowed", "O arquivo aponta para um endereço fora da Meta e não foi baixado.")
MISSING = ("media_missing", "O arquivo não veio com a mensagem.")


class DownloadFailed(Exception):
    def __init__(self, code: str, sentence: str, *, retryable: bool) -> None:
        super().__init__(sentence)
        self.code, self.sentence, self.retryable = code, sentence, retryable


class Downloads:
    """The download queue of one server: planning attachments at intake, and the worker."""

    def __init__(self, gateway: MetaGateway, settings: JobSettings | None = None) -> None:
        self.gateway = gateway
        self.services = gateway.services
        self.settings = settings or JobSettings.from_env()
        self.worker = JobWorker("media downloads", self._claim, self._attempt,
                                poll_seconds=self.settings.poll_seconds)

    @property
    def hosts(self):
        return self.gateway.config.media_hosts

    # ---- at intake: inside the webhook's transaction ------------------------------------------
    def attachment_for(self, media: Media) -> dict[str, Any]:
        """The attachment a new message carries before its file is here (what the agent sees)."""
        record: dict[str, Any] = {"media_type": media.media_type, "provider_media_id": media.id,
                                  "voice": media.voice, "caption": media.caption, "id": None,
                                  "mime_type": media.mime_type, "filename": media.filename, "state": DOWNLOADING}
        failure = None
        if not media.id and not media.url:
            failure = MISSING
        elif not media.id and not self.hosts.allows(media.url):
            log.warning("inbound media url refused (host not allowed): %.200s", media.url)
            failure = HOST_REFUSED
        if failure is not None:
            record.update(state=FAILED, error=failure[0], error_text=failure[1])
        return record

    def enqueue(self, uow: UnitOfWork, message_id: str, channel: str, media: list[Media],
                attachments: list[dict[str, Any]], now: datetime) -> None:
        ts = naive_utc(now)
        rows = [{"message_id": message_id, "position": i, "channel": channel, "provider_media_id": m.id,
                 "url": None if m.id else m.url, "state": "pending", "attempts": 0, "next_attempt_at": ts,
                 "expires_at": ts + RETRY_FOR, "created_at": ts}
                for i, (m, a) in enumerate(zip(media, attachments, strict=True)) if a["state"] == DOWNLOADING]
        if rows:
            uow.conn.execute(t.media_downloads.insert(), rows)
            uow.after_commit.append(self.worker.wake)

    # ---- the worker ---------------------------------------------------------------------------
    async def run_forever(self) -> None:
        await self.worker.run_forever()

    def _claim(self, limit: int) -> list[dict[str, Any]]:
        with self.services.store.write() as uow:
            return claim(uow.conn, t.media_downloads, naive_utc(self.services.clock.now()),
                         lease_seconds=self.settings.lease_seconds, instance_id=self.services.settings.instance_id,
                         limit=limit, where=[t.media_downloads.c.state == "pending"])

    async def _attempt(self, job: dict[str, Any]) -> None:
        try:
            data, mime_type = await self._fetch(job)
        except DownloadFailed as exc:
            log.warning("media of %s/%s (attempt %d) not downloaded: %s", job["message_id"], job["position"],
                        job["attempts"], exc.code)
            await asyncio.to_thread(self._after_failure, job, exc)
            return
        await asyncio.to_thread(self._store, job, data, mime_type)

    async def _fetch(self, job: dict[str, Any]) -> tuple[bytes, str]:
        http = self.gateway.http
        try:
            if job["provider_media_id"]:
                graph = await self.gateway.job_client()
                info = await graph.get_media(job["provider_media_id"])
                url, headers, mime_type = info.url, {"Authorization": f"Bearer {graph.access_token}"}, info.mime_type
            else:
                url, headers, mime_type = job["url"], {}, None
            if not self.hosts.allows(url):  # never an address Meta's answer or a payload made up
                log.warning("media url refused (host not allowed): %.200s", url)
                raise DownloadFailed(*HOST_REFUSED, retryable=False)
            response = await http.get(url, headers=headers, follow_redirects=False)
        except GraphApiError as exc:
            error = exc.error
            raise DownloadFailed(error.reason.value, error.stored_text, retryable=exc.transport or error.retryable) from exc
        except httpx.HTTPError as exc:
            error = describe_error(2, provider_message=f"{exc.__class__.__name__}: {exc}")
            raise DownloadFailed(error.reason.value, error.stored_text, retryable=True) from exc
        if response.status_code != 200:
            retryable = response.status_code >= 500 or response.status_code == 429
            error = describe_error(2 if retryable else None, provider_message=f"HTTP {response.status_code}")
            raise DownloadFailed(error.reason.value, error.stored_text, retryable=retryable)
        if len(response.content) > MAX_INBOUND_MEDIA_BYTES:
            error = describe_error(131052, provider_message=f"{len(response.content)} bytes")
            raise DownloadFailed(ChannelErrorReason.MEDIA_FAILED.value, error.stored_text, retryable=False)
        return response.content, mime_type or response.headers.get("content-type", "").split(";")[0]

    def _store(self, job: dict[str, Any], data: bytes, mime_type: str) -> None:
        """The file into the media store, then — in one transaction — its record, the message's
        attachment and the end of the job (a crash before the commit leaves only an unused file)."""
        svc = self.services
        media_id = uuid.uuid4().hex
        folder = Path(svc.settings.media_dir)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / media_id
        path.write_bytes(data)
        now = naive_utc(svc.clock.now())
        with svc.store.write() as uow:
            message, attachment = self._attachment(uow, job)
            if message is None or not self._still_mine(uow, job):
                path.unlink(missing_ok=True)
                return
            mime_type = normalise_mime_type(attachment.get("mime_type") or mime_type, attachment.get("filename"))
            record = {"id": media_id, "mime_type": mime_type, "filename": attachment.get("filename"),
                      "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "path": str(path),
                      "uploaded_by": None, "created_at": now}
            uow.conn.execute(t.media.insert().values(**record))
            attachment.update({k: record[k] for k in ("id", "mime_type", "filename", "size", "sha256")}, state=READY)
            attachment.pop("error", None)
            attachment.pop("error_text", None)
            self._save(uow, message, job, attachment, now)
            link_attachments(uow.conn, message.conversation_id, [attachment])
            uow.conn.execute(t.media_downloads.delete().where(*self._key(job)))
        log.info("media of %s/%s downloaded (%d bytes, attempt %d)", job["message_id"], job["position"], len(data),
                 job["attempts"])

    def _after_failure(self, job: dict[str, Any], exc: DownloadFailed) -> None:
        now = naive_utc(self.services.clock.now())
        retry_at = now + self.settings.backoff(job["attempts"])
        with self.services.store.write() as uow:
            if not self._still_mine(uow, job):
                return
            if exc.retryable and retry_at < job["expires_at"]:
                uow.conn.execute(t.media_downloads.update().where(*self._key(job)).values(
                    next_attempt_at=retry_at, lease_until=None, claimed_by=None, last_error=exc.code))
                return
            uow.conn.execute(t.media_downloads.update().where(*self._key(job)).values(
                state="failed", lease_until=None, claimed_by=None, last_error=exc.code))
            message, attachment = self._attachment(uow, job)
            if message is not None:
                attachment.update(state=FAILED, error=exc.code, error_text=exc.sentence)
                self._save(uow, message, job, attachment, now)

    # ---- an agent's "try again" ----------------------------------------------------------------
    def retry(self, uow: UnitOfWork, message_id: str, position: int) -> bool:
        """Queue a failed download again; False if there is no failed download there."""
        key = [t.media_downloads.c.message_id == message_id, t.media_downloads.c.position == position]
        found = uow.conn.execute(sa.select(t.media_downloads.c.state).where(*key)).scalar()
        if found != "failed":
            return False
        now = naive_utc(self.services.clock.now())
        uow.conn.execute(t.media_downloads.update().where(*key).values(
            state="pending", attempts=0, next_attempt_at=now, lease_until=None, claimed_by=None))
        message, attachment = self._attachment(uow, {"message_id": message_id, "position": position})
        if message is not None:
            attachment.pop("error", None)
            attachment.pop("error_text", None)
            attachment["state"] = DOWNLOADING
            self._save(uow, message, {"message_id": message_id, "position": position}, attachment, now)
        uow.after_commit.append(self.worker.wake)
        return True

    # ---- rows ---------------------------------------------------------------------------------
    @staticmethod
    def _key(job: dict[str, Any]) -> list[Any]:
        c = t.media_downloads.c
        return [c.message_id == job["message_id"], c.position == job["position"]]

    def _still_mine(self, uow: UnitOfWork, job: dict[str, Any]) -> bool:
        """The job is still pending under our claim (not taken over after our lease ran out)."""
        c = t.media_downloads.c
        row = uow.conn.execute(sa.select(c.state, c.claimed_by, c.lease_until).where(*self._key(job))
                               .with_for_update()).first()
        return (row is not None and row.state == "pending" and row.claimed_by == self.services.settings.instance_id
                and row.lease_until == job["lease_until"])

    @staticmethod
    def _attachment(uow: UnitOfWork, job: dict[str, Any]):
        m = t.messages.c
        message = uow.conn.execute(sa.select(m.id, m.conversation_id, m.attachments).where(m.id == job["message_id"])
                                   .with_for_update()).first()
        attachments = list(message.attachments or []) if message is not None else []
        if message is None or job["position"] >= len(attachments):
            return None, None
        return message, dict(attachments[job["position"]])

    @staticmethod
    def _save(uow: UnitOfWork, message, job: dict[str, Any], attachment: dict[str, Any], now) -> None:
        attachments = list(message.attachments or [])
        attachments[job["position"]] = attachment
        uow.conn.execute(t.messages.update().where(t.messages.c.id == message.id).values(
            attachments=attachments, updated_at=now))
        uow.changed("messages", message.id)
