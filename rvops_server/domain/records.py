"""Rows to wire records: one serializer per collection, and batch loaders by id."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row, RowMapping

from rvops_contract.clock import to_iso
from rvops_server.domain import invites
from rvops_server.store import schema as t

if TYPE_CHECKING:
    from rvops_server.domain.presence import PresenceRules

_HIDDEN = {"password_hash", "webchat_visitor_id"}


class PlainRow:
    """A row rebuilt from some of its columns (the snapshot drops its ordering keys), read as a Row is."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping: RowMapping, columns: list[str]) -> None:
        self._mapping = {name: mapping[name] for name in columns}

    def __getattr__(self, name: str) -> Any:
        try:
            return self._mapping[name]
        except KeyError:
            raise AttributeError(name) from None


RowLike = Row[Any] | PlainRow  # what `serialize` reads: by `_mapping` and by attribute


def _plain(row: RowLike) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row._mapping.items():
        if key in _HIDDEN:
            continue
        out[key] = to_iso(value) if hasattr(value, "isoformat") else value
    return out


def user_record(row: RowLike, team_ids: list[str], invite_expires_at: datetime | None = None) -> dict[str, Any]:
    """`invite_pending`: created with an invite not accepted yet (`invite_expires_at`: until when
    its code works; an expired one stays pending until an administrator issues a new one)."""
    rec = _plain(row)
    rec["team_ids"] = team_ids
    rec["invite_pending"] = invite_expires_at is not None
    rec["invite_expires_at"] = to_iso(invite_expires_at) if invite_expires_at is not None else None
    return rec


def conversation_record(row: RowLike) -> dict[str, Any]:
    rec = _plain(row)
    rec["unread"] = rec.pop("unread_count")
    return rec


TABLES: dict[str, sa.Table] = {
    "workspace": t.workspace, "users": t.users, "teams": t.teams,
    "property_definitions": t.property_definitions, "contacts": t.contacts,
    "companies": t.companies, "deals": t.deals, "tasks": t.tasks,
    "conversations": t.conversations, "messages": t.messages, "snippets": t.snippets,
    "templates": t.templates, "calls": t.calls, "labels": t.labels,
}


# Built once: every live change is loaded through these (building and cache-keying a statement
# per call cost as much as running it).
_BY_IDS = {name: sa.select(table).where(table.c.id.in_(sa.bindparam("ids", expanding=True)))
           for name, table in TABLES.items()}


def team_ids_by_user(conn: Connection, user_ids: Iterable[str] | None = None) -> dict[str, list[str]]:
    q = sa.select(t.team_members.c.user_id, t.team_members.c.team_id)
    if user_ids is not None:
        q = q.where(t.team_members.c.user_id.in_(list(user_ids)))
    out: dict[str, list[str]] = {}
    for user_id, team_id in conn.execute(q):
        out.setdefault(user_id, []).append(team_id)
    return out


def members_by_team(conn: Connection) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for user_id, team_id in conn.execute(sa.select(t.team_members.c.user_id, t.team_members.c.team_id)):
        out.setdefault(team_id, []).append(user_id)
    return out


def serialize(conn: Connection, collection: str, rows: Iterable[RowLike]) -> list[dict[str, Any]]:
    rows = list(rows)
    if collection == "users":
        teams = team_ids_by_user(conn, [r.id for r in rows])
        invited = invites.expiries(conn, [r.id for r in rows])
        return [user_record(r, teams.get(r.id, []), invited.get(r.id)) for r in rows]
    if collection == "teams":
        members = members_by_team(conn)
        return [{**_plain(r), "member_ids": members.get(r.id, [])} for r in rows]
    if collection == "conversations":
        return [conversation_record(r) for r in rows]
    return [_plain(r) for r in rows]


def load(conn: Connection, collection: str, ids: list[str],
         presence: PresenceRules | None = None) -> dict[str, dict[str, Any]]:
    """Current records of `collection` with these ids (missing ids are absent); presence records
    need the app's presence rules."""
    if collection == "presence":
        from rvops_server.domain.presence import presence_records
        if presence is None:
            raise ValueError("presence records are judged by the app's PresenceRules: pass them")
        return {r["id"]: r for r in presence_records(conn, presence, ids)}
    query = _BY_IDS[collection]
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        rows = conn.execute(query, {"ids": ids[start:start + 500]})
        for rec in serialize(conn, collection, rows):
            out[rec["id"]] = rec
    return out


def get_row(conn: Connection, table: sa.Table, record_id: str, *, for_update: bool = False) -> Row[Any] | None:
    q = sa.select(table).where(table.c.id == record_id)
    if for_update and conn.dialect.name == "postgresql":
        q = q.with_for_update()
    return conn.execute(q).first()
