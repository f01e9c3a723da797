"""Customers' files from Meta, downloaded by a durable job after the webhook was answered.

The webhook stores the message with its attachments' metadata (media type, caption, file name,
mime type, Meta's media id; `state: "downloading"`) and, in the same transaction, one
`media_downloads` row per file. Any instance claims due rows (rvops_server/jobs.py) and downloads:
WhatsApp's media id → its short-lived URL → the bytes; Instagram's CDN URL straight. Only hosts on
the allow-list are fetched (channels/media_hosts.py). A message is stored once per provider id,
so Meta's redeliveries add no download. Success stores the file and marks the attachment
`ready` in one transaction; transport failures, rate limits and Meta's 5xx are retried with
back-off until Meta's copy is gone (`RETRY_FOR`), anything else — or the last retry — marks it
`failed` with the reason; an agent may ask for another try (`retry`). The job's rows are the domain's:
domain/media_downloads.py; this module fetches the bytes.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx

from rvops_server.channels.errors import ChannelErrorReason, describe_error
from rvops_server.channels.events import Media
from rvops_server.channels.graph_client import GraphApiError
from rvops_server.channels.media_hosts import MediaHosts
from rvops_server.domain import media_downloads as jobs
from rvops_server.domain.media_downloads import DOWNLOADING, FAILED, Job
from rvops_server.gateways.gateway import MetaGateway
from rvops_server.jobs import JobSettings, JobWorker

log = logging.getLogger(__name__)
MAX_INBOUND_MEDIA_BYTES = 100 * 1024 * 1024  # Meta's largest (WhatsApp documents)

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
    def hosts(self) -> MediaHosts:
        hosts = self.gateway.config.media_hosts
        assert hosts is not None  # MetaConfig fills it in
        return hosts

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

    # ---- the worker ---------------------------------------------------------------------------
    async def run_forever(self) -> None:
        await self.worker.run_forever()

    def _claim(self, limit: int) -> list[Job]:
        svc = self.services
        return jobs.claim_due(svc.store, svc.clock.now(), lease_seconds=self.settings.lease_seconds,
                              instance_id=svc.settings.instance_id, limit=limit)

    async def _attempt(self, job: Job) -> None:
        try:
            data, mime_type = await self._fetch(job)
        except DownloadFailed as exc:
            log.warning("media of %s/%s (attempt %d) not downloaded: %s", job["message_id"], job["position"],
                        job["attempts"], exc.code)
            await asyncio.to_thread(self._after_failure, job, exc)
            return
        await asyncio.to_thread(self._store, job, data, mime_type)

    async def _fetch(self, job: Job) -> tuple[bytes, str]:
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
            assert http is not None  # the gateway's client, opened when the app started
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

    def _store(self, job: Job, data: bytes, mime_type: str) -> None:
        svc = self.services
        if jobs.complete(svc.store, job, svc.settings.instance_id, svc.settings.media_dir, data, mime_type,
                         svc.clock.now()):
            log.info("media of %s/%s downloaded (%d bytes, attempt %d)", job["message_id"], job["position"],
                     len(data), job["attempts"])

    def _after_failure(self, job: Job, exc: DownloadFailed) -> None:
        svc = self.services
        jobs.fail(svc.store, job, svc.settings.instance_id, exc.code, exc.sentence, retryable=exc.retryable,
                  backoff=self.settings.backoff(job["attempts"]), now=svc.clock.now())
