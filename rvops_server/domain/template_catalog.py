"""The WhatsApp templates as Meta holds them (S13): the sync's upsert, status updates, and the
components a send fills in."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc

MISSING_STATUS = "DELETED"  # a template we knew that Meta no longer lists
DEFAULT_CATEGORY = "UTILITY"


class ListedTemplate(Protocol):
    """A template as Meta's list gives it (rvops_server.channels.graph_client.Template)."""
    @property
    def id(self) -> str | None: ...
    @property
    def name(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def category(self) -> str | None: ...
    @property
    def components(self) -> list[dict[str, Any]]: ...


def upsert_templates(uow: UnitOfWork, templates: Sequence[ListedTemplate], now: datetime) -> dict[str, int]:
    """Meta's list into the table: created, updated, unchanged, and those Meta no longer lists."""
    tc = t.templates.c
    at = naive_utc(now)
    counts = {"created": 0, "updated": 0, "unchanged": 0, "missing": 0}
    seen: set[tuple[str, str]] = set()
    conn = uow.conn
    existing = {(r.name, r.language): r for r in conn.execute(sa.select(t.templates))}
    for item in templates:
        key = (item.name, item.language)
        seen.add(key)
        values = {"status": item.status.upper(), "category": (item.category or "").upper() or DEFAULT_CATEGORY,
                  "components": item.components}
        row = existing.get(key)
        if row is None:
            template_id = item.id or f"{item.name}:{item.language}"
            conn.execute(t.templates.insert().values(id=template_id, name=item.name, language=item.language,
                                                     updated_at=at, **values))
            uow.changed("templates", template_id)
            counts["created"] += 1
        elif any(getattr(row, k) != v for k, v in values.items()):
            conn.execute(t.templates.update().where(tc.id == row.id).values(updated_at=at, **values))
            uow.changed("templates", row.id)
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
    for key, row in existing.items():
        if key not in seen and row.status != MISSING_STATUS:
            conn.execute(t.templates.update().where(tc.id == row.id).values(status=MISSING_STATUS, updated_at=at))
            uow.changed("templates", row.id)
            counts["missing"] += 1
    return counts


def apply_template_status(uow: UnitOfWork, name: str, language: str, status: str, now: datetime) -> bool:
    """Meta's review decision on a template; False for a template we do not know (sync then)."""
    tc = t.templates.c
    row = uow.conn.execute(sa.select(tc.id).where(tc.name == name, tc.language == language)).first()
    if row is None:
        return False
    uow.conn.execute(t.templates.update().where(tc.id == row.id).values(status=status, updated_at=naive_utc(now)))
    uow.changed("templates", row.id)
    return True


def template_components(conn: Connection, name: str, language: str) -> list[dict[str, Any]] | None:
    """The template's components as Meta holds them; None if it is gone."""
    tc = t.templates.c
    found: list[dict[str, Any]] | None = conn.execute(
        sa.select(tc.components).where(tc.name == name, tc.language == language)).scalar()
    return found
