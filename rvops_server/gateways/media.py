"""Media across the channel boundary: customers' files downloaded into our media store, and
signed public links to our files (Instagram fetches attachments by URL; webchat visitors too)."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from rvops_server.api.media import store_media
from rvops_server.channels.errors import describe_error
from rvops_server.channels.events import Media
from rvops_server.channels.graph_client import GraphApiError, GraphClient
from rvops_server.gateways import secrets as signing
from rvops_server.services import Services
from rvops_server.store import schema as t

log = logging.getLogger(__name__)
PUBLIC_MEDIA_PURPOSE = "media"
PUBLIC_MEDIA_PATH = "/media/public/{media_id}"
MAX_INBOUND_MEDIA_BYTES = 100 * 1024 * 1024  # Meta's largest (WhatsApp documents)

router = APIRouter(tags=["media"])


def public_base_url(services: Services) -> str:
    settings = services.settings
    return (settings.public_url or f"http://{settings.host}:{settings.port}").rstrip("/")


def public_media_url(services: Services, secret: bytes, media_id: str) -> str:
    sig = signing.sign(secret, PUBLIC_MEDIA_PURPOSE, media_id)
    return f"{public_base_url(services)}/media/public/{media_id}?sig={sig}"


@router.get(PUBLIC_MEDIA_PATH, summary="A stored file, for whoever holds its signed link")
async def public_media(media_id: str, request: Request, sig: str | None = None):
    svc = request.app.state.services
    secret = svc.extras["server_secret"]
    if not signing.verify(secret, PUBLIC_MEDIA_PURPOSE, media_id, sig):
        return JSONResponse({"error": "forbidden", "message": "Link inválido. / Invalid link."}, status_code=403)

    def _row():
        with svc.store.read() as conn:
            return conn.execute(sa.select(t.media).where(t.media.c.id == media_id)).first()

    row = await run_in_threadpool(_row)
    if row is None or not Path(row.path).exists():
        return JSONResponse({"error": "not_found", "message": "Arquivo não encontrado. / File not found."},
                            status_code=404)
    return FileResponse(row.path, media_type=row.mime_type, filename=row.filename or media_id,
                        headers={"Access-Control-Allow-Origin": "*", "Cache-Control": "private, max-age=3600"})


def both(error) -> str:
    return f"{error.message_pt} / {error.message_en}"


async def fetch_inbound_media(services: Services, graph: GraphClient, http: httpx.AsyncClient,
                              media: Media) -> dict[str, Any]:
    """Download a customer's file into the media store; the attachment record the message keeps.

    WhatsApp gives a media id (id → url → authenticated GET); Instagram a CDN url. A failure is
    kept on the attachment (`error`, `error_text`) so the agent sees that a file was sent.
    """
    base: dict[str, Any] = {"media_type": media.media_type, "provider_media_id": media.id,
                            "voice": media.voice, "caption": media.caption}
    try:
        if media.id and not media.url:
            data, info = await graph.download_media(media.id)
            mime_type = media.mime_type or info.mime_type or ""
        elif media.url:
            response = await http.get(media.url)
            if response.status_code != 200:
                raise GraphApiError(describe_error(None, provider_message=f"HTTP {response.status_code}"),
                                    response.status_code)
            data = response.content
            mime_type = media.mime_type or response.headers.get("content-type", "").split(";")[0]
        else:
            return {**base, "id": None, "error": "media_missing",
                    "error_text": "O arquivo não veio com a mensagem. / The file did not come with the message."}
        if len(data) > MAX_INBOUND_MEDIA_BYTES:
            raise GraphApiError(describe_error(131052, provider_message=f"{len(data)} bytes"))
    except (GraphApiError, httpx.HTTPError) as exc:
        error = exc.error if isinstance(exc, GraphApiError) else describe_error(2, provider_message=str(exc))
        log.warning("inbound media %s not downloaded: %s code=%s", media.id or media.url, error.reason, error.code)
        return {**base, "id": None, "error": error.reason.value, "error_text": both(error)}
    record = await run_in_threadpool(store_media, services, data, mime_type, media.filename, None)
    return {**base, **record}
