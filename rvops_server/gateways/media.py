"""Signed public links to our files (Instagram fetches attachments by URL; webchat visitors too).
Customers' files are downloaded by a durable job: gateways/downloads.py."""
from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from rvops_server.gateways import secrets as signing
from rvops_server.services import Services
from rvops_server.store import schema as t

log = logging.getLogger(__name__)
PUBLIC_MEDIA_PURPOSE = "media"
PUBLIC_MEDIA_PATH = "/media/public/{media_id}"
PUBLIC_MEDIA_TTL = timedelta(days=7)  # a link handed out works this long (the visitor's history makes new ones)

router = APIRouter(tags=["media"])


def public_base_url(services: Services) -> str:
    settings = services.settings
    return (settings.public_url or f"http://{settings.host}:{settings.port}").rstrip("/")


def public_media_url(services: Services, secret: bytes, media_id: str) -> str:
    """A link that works until PUBLIC_MEDIA_TTL from now (its expiry is signed with the id)."""
    expires = int((services.clock.now() + PUBLIC_MEDIA_TTL).timestamp())
    sig = signing.sign(secret, PUBLIC_MEDIA_PURPOSE, f"{media_id}:{expires}")
    return f"{public_base_url(services)}/media/public/{media_id}?exp={expires}&sig={sig}"


@router.get(PUBLIC_MEDIA_PATH, summary="A stored file, for whoever holds its signed link")
async def public_media(media_id: str, request: Request, sig: str | None = None, exp: int | None = None):
    svc = request.app.state.services
    secret = svc.server_secret
    if exp is None or not signing.verify(secret, PUBLIC_MEDIA_PURPOSE, f"{media_id}:{exp}", sig):
        return JSONResponse({"error": "forbidden", "message": "Link inválido. / Invalid link."}, status_code=403)
    if exp <= svc.clock.now().timestamp():
        return JSONResponse({"error": "expired", "message": "Link expirado. / Link expired."}, status_code=410)

    def _row():
        with svc.store.read() as conn:
            return conn.execute(sa.select(t.media).where(t.media.c.id == media_id)).first()

    row = await run_in_threadpool(_row)
    if row is None or not Path(row.path).exists():
        return JSONResponse({"error": "not_found", "message": "Arquivo não encontrado. / File not found."},
                            status_code=404)
    return FileResponse(row.path, media_type=row.mime_type, filename=row.filename or media_id,
                        headers={"Access-Control-Allow-Origin": "*", "Cache-Control": "private, max-age=3600"})

