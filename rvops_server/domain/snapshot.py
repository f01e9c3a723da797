"""The bootstrap snapshot, read in pages: bounded memory on the server for any workspace size,
and a resume token after every page so a client cut off mid-way goes on where it stopped.

    at = current_cursor(conn)                          # first: every change up to it is committed
    for page in pages(read, viewer, resume=None):      # each page its own short read transaction
        page.collection, page.records, page.resume     # ... then the client pulls /changes since `at`

Consistency: the cursor is read before any page, and each page reads the state as it is then
(at least the state at `at`). Whatever changes while the pages are read has a change after `at`,
which the client applies afterwards with the current record, so rows that moved between pages,
appeared, vanished or became invisible all end right. The change log is never pruned, so a
resume days later is still sound.

Order: what the agent needs first comes first: the workspace's small collections, then the
conversations (latest activity first, so the inbox fills from the top), their contacts, the
messages (oldest first: the replica's search ranks by arrival order, docs/replica.md), then calls
and the CRM records.
"""
from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.snapshot import SNAPSHOT_ORDER
from rvops_server.domain.contact_access import call_filter, contact_filter, linked_filter
from rvops_server.domain.presence import PresenceRules, presence_records
from rvops_server.domain.records import TABLES, PlainRow, serialize
from rvops_server.domain.visibility import Viewer
from rvops_server.store import schema as t

PAGE_ROWS = 1000
MAX_PAGE_ROWS = 5000

ORDER = SNAPSHOT_ORDER

_LINKED = frozenset({"deals", "companies", "tasks"})
_activity = sa.func.coalesce(t.conversations.c.last_message_at, t.conversations.c.opened_at)


def _keys(collection: str) -> tuple[list[Any], bool]:
    """The columns a collection's pages are ordered by (unique, last is the id) and whether newest first."""
    if collection == "conversations":
        return [_activity, t.conversations.c.id], True
    if collection == "messages":  # oldest first: the replica's search takes arrival order for age
        return [t.messages.c.created_at, t.messages.c.id], False
    return [TABLES[collection].c.id], False


def visible(collection: str, viewer: Viewer) -> sa.Select[Any]:
    """Every row of `collection` the viewer may see (the bootstrap's and the snapshot's one rule)."""
    table = TABLES[collection]
    q = sa.select(table)
    if collection == "conversations":
        q = q.where(viewer.conversation_filter())
    elif collection == "contacts":
        q = q.where(contact_filter(viewer))
    elif collection == "calls":
        q = q.where(call_filter(viewer))
    elif collection in _LINKED:
        q = q.where(linked_filter(viewer, collection, table))
    elif collection == "messages" and not viewer.sees_all:
        # a correlated EXISTS, not `IN (visible ids)`: with IN, SQLite walks the per-conversation
        # index and sorts every remaining message for each page (quadratic over a bootstrap); this
        # way each page reads the (created_at, id) index from the keyset on
        q = q.where(sa.exists().where(t.conversations.c.id == t.messages.c.conversation_id,
                                      viewer.conversation_filter()))
    return q


def counts(conn: Connection, viewer: Viewer, presence: PresenceRules) -> dict[str, int]:
    """How many rows each collection will send: the client's progress bar."""
    out = {}
    for collection in ORDER:
        if collection == "presence":
            out[collection] = len(presence_records(conn, presence))
            continue
        q = visible(collection, viewer).with_only_columns(sa.func.count(), maintain_column_froms=True)
        out[collection] = int(conn.execute(q).scalar_one())
    return out


@dataclass(frozen=True)
class Resume:
    """Where a snapshot goes on: a collection, and the key of the last row already sent (None: its start)."""

    collection: str = ORDER[0]
    after: tuple[Any, ...] | None = None

    def token(self) -> str:
        after = None if self.after is None else [
            {"t": v.isoformat()} if isinstance(v, datetime) else v for v in self.after]
        raw = json.dumps([self.collection, after], separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def parse(cls, token: str) -> Resume:
        """A token this module made; ValueError for anything else."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            collection, after = json.loads(raw)
            if collection not in ORDER or not (after is None or isinstance(after, list)):
                raise ValueError
            if after is not None:
                after = tuple(datetime.fromisoformat(v["t"]) if isinstance(v, dict) else v for v in after)
                if len(after) != len(_keys(collection)[0]):
                    raise ValueError
            return cls(collection, after)
        except (ValueError, TypeError, KeyError, json.JSONDecodeError) as exc:
            raise ValueError("not a resume token of this server") from exc


@dataclass(frozen=True)
class Page:
    collection: str
    records: list[dict[str, Any]]
    resume: Resume | None  # where the next page starts; None after the last page of the last collection


def page(conn: Connection, viewer: Viewer, at: Resume, presence: PresenceRules, limit: int = PAGE_ROWS) -> Page:
    """One page of `at.collection` after `at.after`, and where the next one starts."""
    collection = at.collection
    following = ORDER.index(collection) + 1
    done = Resume(ORDER[following]) if following < len(ORDER) else None
    if collection == "presence":  # one record per user: always one page
        return Page(collection, presence_records(conn, presence), done)
    columns, newest_first = _keys(collection)
    q = visible(collection, viewer).add_columns(*(c.label(f"_key{i}") for i, c in enumerate(columns)))
    if at.after is not None:
        row, bound = sa.tuple_(*columns), sa.tuple_(*(sa.literal(v) for v in at.after))
        q = q.where(row < bound if newest_first else row > bound)
    q = q.order_by(*(c.desc() if newest_first else c.asc() for c in columns)).limit(limit)
    rows = conn.execute(q).all()
    if not rows:
        return Page(collection, [], done)
    last = rows[-1]._mapping
    after = tuple(last[f"_key{i}"] for i in range(len(columns)))
    table_columns = [c.name for c in TABLES[collection].columns]
    records = serialize(conn, collection, [PlainRow(r._mapping, table_columns) for r in rows])
    return Page(collection, records, Resume(collection, after) if len(rows) == limit else done)


def pages(read: Callable[[], AbstractContextManager[Connection]], viewer: Viewer, presence: PresenceRules,
          start: Resume | None = None, limit: int = PAGE_ROWS) -> Iterator[Page]:
    """Every page from `start` (the beginning by default) to the end, each read in its own
    transaction from `read()`: no connection is held while the client takes a page in."""
    at: Resume | None = start or Resume()
    while at is not None:
        with read() as conn:
            result = page(conn, viewer, at, presence, limit)
        yield result
        at = result.resume
