"""Uploading an attachment before sending it, and downloading stored media."""
from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request, UploadFile
from fastapi.responses import FileResponse
from starlette.concurrency import run_in_threadpool

from rvops_contract.attachments import normalise_mime_type
from rvops_server.api.deps import current_viewer, services
from rvops_server.api.errors import ApiError
from rvops_server.domain.media_access import may_download
from rvops_server.domain.visibility import Viewer
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc

router = APIRouter(prefix="/api/v1", tags=["media"])


def store_media(svc, data: bytes, mime_type: str, filename: str | None, uploaded_by: str | None) -> dict:
    """Write bytes into the media store and record them; returns the media record."""
    media_id = uuid.uuid4().hex
    folder = Path(svc.settings.media_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / media_id
    path.write_bytes(data)
    record = dict(id=media_id, mime_type=normalise_mime_type(mime_type, filename), filename=filename,
                  size=len(data), sha256=hashlib.sha256(data).hexdigest(), path=str(path),
                  uploaded_by=uploaded_by, created_at=naive_utc(svc.clock.now()))
    with svc.store.write() as uow:
        uow.conn.execute(t.media.insert().values(**record))
    return {k: record[k] for k in ("id", "mime_type", "filename", "size", "sha256")}


@router.post("/attachments", summary="Upload a file to attach to a message (checked when sent)")
async def upload(file: UploadFile, request: Request, viewer: Viewer = Depends(current_viewer)):
    svc = services(request)
    data = await file.read()
    if not data:
        raise ApiError(422, "invalid", "O arquivo está vazio. / The file is empty.")
    return await run_in_threadpool(store_media, svc, data, file.content_type or "", file.filename, viewer.id)


@router.get("/media/{media_id}", summary="Download stored media (of a conversation the agent may see, or their own upload)")
async def download(media_id: str, request: Request, viewer: Viewer = Depends(current_viewer)):
    svc = services(request)

    def _do():
        with svc.store.read() as conn:
            row = conn.execute(sa.select(t.media).where(t.media.c.id == media_id)).first()
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
