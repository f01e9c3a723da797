"""The route serving our files to whoever holds a signed public link (edge/public_links.py makes
them). Customers' files are downloaded by a durable job: gateways/downloads.py."""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from rvops_server.domain.media_files import find_media
from rvops_server.edge.deps import services
from rvops_server.edge.public_links import PUBLIC_MEDIA_PATH, link_is_valid

log = logging.getLogger(__name__)

router = APIRouter(tags=["media"])


@router.get(PUBLIC_MEDIA_PATH, summary="A stored file, for whoever holds its signed link")
async def public_media(media_id: str, request: Request, sig: str | None = None, exp: int | None = None) -> Response:
    svc = services(request)
    secret = svc.server_secret
    if secret is None or exp is None or not link_is_valid(secret, media_id, exp, sig):
        return JSONResponse({"error": "forbidden", "message": "Link inválido. / Invalid link."}, status_code=403)
    if exp <= svc.clock.now().timestamp():
        return JSONResponse({"error": "expired", "message": "Link expirado. / Link expired."}, status_code=410)

    row = await run_in_threadpool(find_media, svc.store, media_id)
    if row is None or not Path(row.path).exists():
        return JSONResponse({"error": "not_found", "message": "Arquivo não encontrado. / File not found."},
                            status_code=404)
    return FileResponse(row.path, media_type=row.mime_type, filename=row.filename or media_id,
                        headers={"Access-Control-Allow-Origin": "*", "Cache-Control": "private, max-age=3600"})
