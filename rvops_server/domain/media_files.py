"""Stored files: the bytes in the media folder and their `media` row (uploads, visitors' files and
customers' downloaded files alike)."""
from __future__ import annotations

import hashlib
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row
from typing_extensions import TypedDict  # pydantic (FastAPI responses) needs it before Python 3.12

from rvops_contract.attachments import normalise_mime_type
from rvops_server.store import schema as t
from rvops_server.store.db import Store, UnitOfWork, naive_utc


class MediaRecord(TypedDict):
    """What an attachment carries of its stored file."""
    id: str
    mime_type: str
    filename: str | None
    size: int
    sha256: str


def write_file(media_dir: str | Path, data: bytes) -> tuple[str, Path]:
    """The bytes into the media folder under a new media id: (id, path)."""
    media_id = uuid.uuid4().hex
    folder = Path(media_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / media_id
    path.write_bytes(data)
    return media_id, path


def record_file(uow: UnitOfWork, media_id: str, path: Path, data: bytes, mime_type: str, filename: str | None,
                uploaded_by: str | None, now: datetime) -> MediaRecord:
    """The `media` row of a written file; returns what an attachment carries of it."""
    record: MediaRecord = {"id": media_id, "mime_type": mime_type, "filename": filename, "size": len(data),
                           "sha256": hashlib.sha256(data).hexdigest()}
    uow.conn.execute(t.media.insert().values(**record, path=str(path), uploaded_by=uploaded_by,
                                             created_at=naive_utc(now)))
    return record


def store_media(store: Store, media_dir: str | Path, data: bytes, mime_type: str, filename: str | None,
                uploaded_by: str | None, now: datetime) -> MediaRecord:
    """Write bytes into the media store and record them (an upload, a visitor's file)."""
    media_id, path = write_file(media_dir, data)
    with store.write() as uow:
        return record_file(uow, media_id, path, data, normalise_mime_type(mime_type, filename), filename,
                           uploaded_by, now)


def media_row(conn: Connection, media_id: str) -> Row[Any] | None:
    return conn.execute(sa.select(t.media).where(t.media.c.id == media_id)).first()


def find_media(store: Store, media_id: str) -> Row[Any] | None:
    """The `media` row, read in its own short transaction."""
    with store.read() as conn:
        return media_row(conn, media_id)
