"""Uploading an attachment before sending it, and downloading stored media."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import FileResponse
from sqlalchemy.engine import Row
from starlette.concurrency import run_in_threadpool

from rvops_server.domain.media_access import may_download
from rvops_server.domain.media_files import MediaRecord, media_row, store_media
from rvops_server.edge.deps import CurrentViewer, services
from rvops_server.edge.errors import ApiError

router = APIRouter(prefix="/api/v1", tags=["media"])


@router.post("/attachments", summary="Upload a file to attach to a message (checked when sent)")
async def upload(file: UploadFile, request: Request, viewer: CurrentViewer) -> MediaRecord:
    svc = services(request)
    data = await file.read()
    if not data:
        raise ApiError(422, "invalid", "O arquivo está vazio. / The file is empty.")
    return await run_in_threadpool(store_media, svc.store, svc.settings.media_dir, data, file.content_type or "",
                                   file.filename, viewer.id, svc.clock.now())


@router.get("/media/{media_id}", summary="Download stored media (of a conversation the agent may see, or their own upload)")
async def download(media_id: str, request: Request, viewer: CurrentViewer) -> FileResponse:
    svc = services(request)

    def _do() -> tuple[Row[Any] | None, bool]:
        with svc.store.read() as conn:
            row = media_row(conn, media_id)
            return row, row is not None and may_download(conn, viewer, row)

    row, allowed = await run_in_threadpool(_do)
    if row is None:
        raise ApiError(404, "not_found", "Arquivo não encontrado. / File not found.")
    if not allowed:
        raise ApiError(403, "forbidden", "Este arquivo pertence a uma conversa que você não pode ver. / "
                                         "This file belongs to a conversation you may not see.")
    if not Path(row.path).exists():
        raise ApiError(404, "not_found", "Arquivo não encontrado. / File not found.")
    return FileResponse(row.path, media_type=row.mime_type, filename=row.filename or media_id)
