"""Reading the change log for one agent: deltas after a cursor, filtered by visibility (the
bootstrap snapshot that comes before them: snapshot.py)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.permissions import can_see_call, can_see_contact, can_see_linked
from rvops_contract.wire import ChangeOp
from rvops_server.domain.presence import PresenceRules
from rvops_server.domain.records import load
from rvops_server.domain.visibility import Viewer
from rvops_server.store import schema as t

MAX_CHANGES_PAGE = 1000


def current_cursor(conn: Connection) -> int:
    return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(t.changes.c.cursor), 0))).scalar_one())


@dataclass(frozen=True)
class Entry:
    """One change as read from the log, for every viewer alike: the record as it was when read,
    and for a message its conversation (visibility is decided per viewer afterwards)."""

    cursor: int
    collection: str
    id: str
    record: dict[str, Any] | None
    parent: dict[str, Any] | None = None  # a message's or call's conversation; a deal's (…) contact
    related: tuple[dict[str, Any], ...] = ()  # a contact's conversations (for a deal…: its contact's)


_AFTER = (sa.select(t.changes).where(t.changes.c.cursor > sa.bindparam("since"))
          .order_by(t.changes.c.cursor).limit(sa.bindparam("limit")))


def load_entries(conn: Connection, since: int, limit: int = MAX_CHANGES_PAGE, *,
                 presence: PresenceRules) -> tuple[list[Entry], int, bool]:
    """The change log after `since`, with current records, the same for every viewer.

    Returns (entries, next_cursor, has_more). Several changes to one record in the page collapse
    to the last one. Reading it once serves every stream of this instance (see SharedChangeReader).
    """
    rows = conn.execute(_AFTER, {"since": since, "limit": limit + 1}).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    if not rows:
        return [], since, False
    latest: dict[tuple[str, str], int] = {}
    for row in rows:
        latest[(row.collection, row.record_id)] = row.cursor
    by_collection: dict[str, list[str]] = {}
    for collection, record_id in latest:
        by_collection.setdefault(collection, []).append(record_id)
    records = {c: load(conn, c, ids, presence) for c, ids in by_collection.items()}

    conv_ids = {r["conversation_id"] for r in records.get("messages", {}).values()}
    conv_ids |= {r["conversation_id"] for r in records.get("calls", {}).values() if r.get("conversation_id")}
    conv_ids -= set(records.get("conversations", {}))
    parents = load(conn, "conversations", sorted(conv_ids)) if conv_ids else {}
    parents.update(records.get("conversations", {}))
    linked_contact_ids = {r["contact_id"] for c in LINKED for r in records.get(c, {}).values() if r.get("contact_id")}
    contacts = dict(records.get("contacts", {}))
    missing = sorted(linked_contact_ids - set(contacts))
    if missing:
        contacts.update(load(conn, "contacts", missing))
    related = _conversations_by_contact(conn, sorted(set(records.get("contacts", {})) | linked_contact_ids))

    entries: list[Entry] = []
    for (collection, record_id), cursor in sorted(latest.items(), key=lambda kv: kv[1]):
        record = records[collection].get(record_id)
        parent: dict[str, Any] | None = None
        around: tuple[dict[str, Any], ...] = ()
        if record is not None and collection in _WITH_PARENT and record.get("conversation_id"):
            parent = parents.get(record["conversation_id"])
        elif record is not None and collection == "contacts":
            around = related.get(record_id, ())
        elif record is not None and collection in LINKED and record.get("contact_id"):
            parent, around = contacts.get(record["contact_id"]), related.get(record["contact_id"], ())
        entries.append(Entry(cursor, collection, record_id, record, parent, around))
    return entries, rows[-1].cursor, has_more


_WITH_PARENT = frozenset({"messages", "calls"})
LINKED = frozenset({"deals", "companies", "tasks"})  # records linked to a contact


def _conversations_by_contact(conn: Connection, contact_ids: list[str]) -> dict[str, tuple[dict[str, Any], ...]]:
    """Each contact's conversations (what decides who may see the contact)."""
    if not contact_ids:
        return {}
    c = t.conversations.c
    out: dict[str, list[dict[str, Any]]] = {}
    for row in conn.execute(sa.select(c.id, c.contact_id, c.assignee_id, c.status, c.team_id)
                            .where(c.contact_id.in_(contact_ids))):
        out.setdefault(row.contact_id, []).append(dict(row._mapping))
    return {contact_id: tuple(convs) for contact_id, convs in out.items()}


SKIP, UPSERT, TOMBSTONE = 0, 1, 2


def visibility(entries: list[Entry], viewer: Viewer) -> tuple[int, ...]:
    """For each entry, what this agent receives: SKIP, UPSERT (the record) or TOMBSTONE (a bare delete).

    A conversation the agent can no longer see is sent as a bare delete, so it leaves their inbox;
    messages of conversations they cannot see are not sent at all, nor are contacts, calls, deals,
    companies and tasks they may not see (a contact arrives with them when one of its conversations
    becomes visible: see touch_history).
    """
    out = []
    user, teams, sees_all = viewer.user, viewer.team_ids, viewer.sees_all
    for entry in entries:
        if entry.record is None:
            out.append(TOMBSTONE)
        elif entry.collection == "conversations":
            out.append(UPSERT if viewer.can_see(entry.record) else TOMBSTONE)
        elif entry.collection == "messages":
            out.append(UPSERT if entry.parent is not None and viewer.can_see(entry.parent) else SKIP)
        elif entry.collection == "contacts":
            out.append(UPSERT if can_see_contact(user, entry.record, entry.related, teams, sees_all=sees_all)
                       else SKIP)
        elif entry.collection == "calls":
            out.append(UPSERT if can_see_call(user, entry.record, entry.parent, teams, sees_all=sees_all) else SKIP)
        elif entry.collection in LINKED:
            out.append(UPSERT if can_see_linked(user, entry.collection, entry.record, entry.parent, entry.related,
                                                teams, sees_all=sees_all) else SKIP)
        else:
            out.append(UPSERT)
    return tuple(out)


def as_changes(entries: list[Entry], decisions: tuple[int, ...]) -> list[dict[str, Any]]:
    return [{"cursor": e.cursor, "collection": e.collection,
             "op": (ChangeOp.UPSERT if d == UPSERT else ChangeOp.DELETE).value, "id": e.id,
             "record": e.record if d == UPSERT else None}
            for e, d in zip(entries, decisions) if d != SKIP]


def visible_changes(entries: list[Entry], viewer: Viewer) -> list[dict[str, Any]]:
    """What one agent may receive of these entries, as wire changes."""
    return as_changes(entries, visibility(entries, viewer))


def changes_since(conn: Connection, viewer: Viewer, since: int, limit: int = MAX_CHANGES_PAGE, *,
                  presence: PresenceRules) -> tuple[list[dict[str, Any]], int, bool]:
    """The changes after `since` this agent may see, in cursor order: (changes, next_cursor, has_more)."""
    entries, next_cursor, has_more = load_entries(conn, since, limit, presence=presence)
    return visible_changes(entries, viewer), next_cursor, has_more
