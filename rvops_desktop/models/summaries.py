"""What the replica's reads return in bulk or composed: the inbox's views, conversation summaries
(their order, and a fast bulk read of 100,000 of them), search matches, a contact's history,
the contact properties' specs. Frozen values: cheap, immutable, safe to hand to any thread."""
from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from rvops_contract.wire import ConversationStatus

from .conversation_summary import BULK_COLUMNS, ConversationSummary, SearchMatch, bulk_summaries, make_summary
from .text import fold

if TYPE_CHECKING:
    from .tables import Call, Company, Contact, Conversation, Deal, Message, Task

__all__ = ["ContactHistory", "ContactRecords", "ConversationSummary", "PropertySpec", "SearchMatch", "View",
           "ViewKind", "inbox_sort_key"]  # the rows' classes live in conversation_summary.py

# ---- views of the inbox ------------------------------------------------------------------------
class ViewKind(StrEnum):
    MINE = "mine"
    QUEUE = "queue"
    TEAM = "team"  # needs a team_id
    CLOSED = "closed"
    ALL = "all"
    SNOOZED = "snoozed"
    SEARCH = "search"  # needs a query


@dataclass(frozen=True)
class View:
    """Which conversations an inbox list shows. Build with the class methods."""

    kind: ViewKind
    team_id: str | None = None
    query: str | None = None

    @classmethod
    def mine(cls) -> View:
        return cls(ViewKind.MINE)

    @classmethod
    def queue(cls) -> View:
        return cls(ViewKind.QUEUE)

    @classmethod
    def team(cls, team_id: str) -> View:
        return cls(ViewKind.TEAM, team_id=team_id)

    @classmethod
    def closed(cls) -> View:
        return cls(ViewKind.CLOSED)

    @classmethod
    def all(cls) -> View:
        return cls(ViewKind.ALL)

    @classmethod
    def snoozed(cls) -> View:
        """Mine, snoozed: until their time comes (InboxModel reads the clock; SQL cannot)."""
        return cls(ViewKind.SNOOZED)

    @classmethod
    def search(cls, query: str) -> View:
        return cls(ViewKind.SEARCH, query=query)

    @classmethod
    def parse(cls, text: str) -> View:
        """"mine", "queue", "closed", "all", "team:<id>", "search:<query>"."""
        kind, _, rest = text.partition(":")
        if kind == ViewKind.TEAM:
            return cls.team(rest)
        if kind == ViewKind.SEARCH:
            return cls.search(rest)
        if kind not in ViewKind._value2member_map_:
            raise ValueError(f"unknown view {text!r}")
        return cls(ViewKind(kind))

    def where(self, user_id: str | None, team_ids: Collection[str]) -> tuple[str, list[Any]]:
        """SQL condition (on `c`, the conversations table) and its parameters."""
        open_ = str(ConversationStatus.OPEN)
        if self.kind == ViewKind.MINE:
            return "c.assignee_id = ? AND c.status = ?", [user_id, open_]
        if self.kind == ViewKind.QUEUE:
            marks = ", ".join("?" for _ in team_ids)
            teams = f" OR c.team_id IN ({marks})" if team_ids else ""
            return (f"c.assignee_id IS NULL AND c.status = ? AND (c.team_id IS NULL{teams})",
                    [open_, *team_ids])
        if self.kind == ViewKind.TEAM:
            return "c.team_id = ? AND c.status = ?", [self.team_id, open_]
        if self.kind == ViewKind.CLOSED:
            return ("c.status = ? AND (c.assignee_id = ? OR c.closed_by = ?)",
                    [str(ConversationStatus.CLOSED), user_id, user_id])
        if self.kind == ViewKind.ALL:
            return "c.status = ?", [open_]
        if self.kind == ViewKind.SNOOZED:
            return "c.assignee_id = ? AND c.status = ? AND c.snoozed_until IS NOT NULL", [user_id, open_]
        raise ValueError(f"view {self.kind!r} has no SQL condition")


# Digits complemented, so an ascending sort of the key puts the newest activity first.
_NEWEST_FIRST = str.maketrans("0123456789", "9876543210")


def inbox_sort_key(summary: ConversationSummary) -> tuple[str, str, str]:
    """THE inbox ordering (every list, every view): last activity, newest first; then the
    contact's name, case- and accent-insensitive; then the id, so the order is total.

    Unread conversations are *not* pulled to the top: reading one would make it jump away from
    under the agent's cursor; the unread badge marks them instead. A conversation without any
    activity time sorts last. (ISO-8601 UTC timestamps of one format compare as text.)"""
    activity = summary.last_activity
    return ("~" if not activity else activity.translate(_NEWEST_FIRST),
            fold(summary.display_name), summary.id)


_fold_uncached = getattr(fold, "__wrapped__", fold)


def _bulk_sort_key(summary: ConversationSummary) -> tuple[str, str, str]:
    """`inbox_sort_key` for a bulk load: the same value, without filling `fold`'s LRU cache
    with 100,000 names it would evict again (and hold on to, ≈ 10 MB)."""
    activity = summary.last_message_at or summary.opened_at
    name = summary.contact_name or summary.contact_phone or ""
    return ("~" if not activity else activity.translate(_NEWEST_FIRST),
            name.lower() if name.isascii() else _fold_uncached(name), summary.id)


def _inbox_order(items: list[ConversationSummary], activity: list[str | None] | None = None,
                 ) -> list[ConversationSummary]:
    """`sorted(items, key=inbox_sort_key)`, for 100,000 rows: sorted by the key's first part (the
    activity, one string per row), then only the runs of equal activity by the whole key. No
    100,000 key tuples (each a new object the garbage collector then tracks). `activity`: each
    item's `last_activity`, when the caller has them (`_summaries` collects them as it reads)."""
    newest_first = _NEWEST_FIRST
    if activity is None:
        activity = [s.last_activity for s in items]
    keys = [a.translate(newest_first) if a else "~" for a in activity]
    order = sorted(range(len(items)), key=keys.__getitem__)
    if len(set(keys)) != len(keys):  # ties: each run of one activity by the whole key
        start, count = 0, len(order)
        while start < count:
            first = keys[order[start]]
            stop = start + 1
            while stop < count and keys[order[stop]] == first:
                stop += 1
            if stop - start > 1:
                order[start:stop] = sorted(order[start:stop], key=lambda n: _bulk_sort_key(items[n]))
            start = stop
    return [items[n] for n in order]


_SUMMARY_SQL = """
SELECT c.id, c.contact_id, ct.name, ct.phone, c.channel, c.status, c.assignee_id, c.team_id,
       c.opened_at, c.closed_at, c.last_inbound_at, c.last_message_at, c.last_message_preview,
       coalesce(c.unread, 0), coalesce(c.window_closed_by_provider, 0), c.queued_at, c.snoozed_until,
       c.labels
FROM conversations AS c LEFT JOIN contacts AS ct ON ct.id = c.contact_id
"""


def _summary(row: tuple[Any, ...]) -> ConversationSummary:
    return make_summary(*row[:13], int(row[13]), bool(row[14]), row[15], row[16], _labels(row[17]))


def _labels(text: str | None) -> tuple[str, ...]:
    """The JSON list of labels as a tuple (most conversations have none: no JSON parsed for them)."""
    return tuple(json.loads(text)) if text and text != "[]" else ()


_BULK_SUMMARY_SQL = f"""
SELECT {BULK_COLUMNS}
FROM conversations AS c LEFT JOIN contacts AS ct ON ct.id = c.contact_id
"""


def _summaries(cursor: Iterable[tuple[Any, ...]], activity: list[str | None] | None = None,
               ) -> list[ConversationSummary]:
    """Rows of `_BULK_SUMMARY_SQL` off a DB-API cursor, one at a time (no list of row tuples, no
    SQLAlchemy Row objects); see `bulk_summaries`."""
    return bulk_summaries(cursor, activity)


@dataclass(frozen=True)
class PropertySpec:
    """A contact property as the panel edits it (the server's property definition)."""

    key: str
    label: str
    kind: str  # text | number | date | bool | choice (rvops_contract.properties.KINDS)
    choices: list[str]
    position: int = 0
    required: bool = False  # may not be left empty (rvops_contract.properties.missing_required)




@dataclass(frozen=True)
class ContactRecords:
    """A contact's deals, companies and tasks: what the contact panel lists beside a conversation."""

    companies: list[Company]
    deals: list[Deal]
    tasks: list[Task]


@dataclass(frozen=True)
class ContactHistory:
    """Everything the replica holds about a contact (SPEC S8), readable offline."""

    contact: Contact | None
    conversations: list[Conversation]  # newest first
    templates_sent: list[Message]  # template messages, newest first
    calls: list[Call]  # newest first
    companies: list[Company] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
