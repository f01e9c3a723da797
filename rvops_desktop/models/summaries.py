"""What the replica's reads return in bulk or composed: the inbox's views, conversation summaries
(their order, and a fast constructor for 100,000 of them), search matches, a contact's history,
the contact properties' specs. Frozen dataclasses: cheap, immutable, safe to hand to any thread."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from rvops_contract.wire import ConversationStatus

from .tables import Call, Company, Contact, Conversation, Deal, Message, Task
from .text import fold

_T = TypeVar("_T", bound="DataclassInstance")

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

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


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    """One row of an inbox list: the conversation and what the list shows of its contact."""

    id: str
    contact_id: str | None
    contact_name: str | None
    contact_phone: str | None
    channel: str | None
    status: str | None
    assignee_id: str | None
    team_id: str | None
    opened_at: str | None
    closed_at: str | None
    last_inbound_at: str | None
    last_message_at: str | None
    last_message_preview: str | None
    unread: int
    window_closed_by_provider: bool
    queued_at: str | None = None  # waiting in the queue for an agent since
    snoozed_until: str | None = None  # snoozed by its holder until then (rvops_contract/snooze.py)
    labels: tuple[str, ...] = ()  # the agents' labels (rvops_contract/labels.py)

    @property
    def last_activity(self) -> str | None:
        return self.last_message_at or self.opened_at

    @property
    def display_name(self) -> str:
        return self.contact_name or self.contact_phone or ""


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


def _inbox_order(items: list[ConversationSummary]) -> list[ConversationSummary]:
    """`sorted(items, key=inbox_sort_key)`, for 100,000 rows: sorted by the key's first part (the
    activity, one string per row), then only the runs of equal activity by the whole key. No
    100,000 key tuples (each a new object the garbage collector then tracks)."""
    newest_first = _NEWEST_FIRST
    activity = [a.translate(newest_first) if (a := s.last_message_at or s.opened_at) else "~"
                for s in items]
    order = sorted(range(len(items)), key=activity.__getitem__)
    if len(set(activity)) != len(activity):  # ties: each run of one activity by the whole key
        start, count = 0, len(order)
        while start < count:
            first = activity[order[start]]
            stop = start + 1
            while stop < count and activity[order[stop]] == first:
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


@dataclass(frozen=True, slots=True)
class SearchMatch(ConversationSummary):
    """A search result row: the conversation, and the message that matched (shown in the list in
    place of the last message; the thread opens at it)."""

    match_message_id: str | None = None
    match_text: str | None = None

    @classmethod
    def of(cls, summary: ConversationSummary, message_id: str | None, text: str | None) -> SearchMatch:
        return cls(**{f.name: getattr(summary, f.name) for f in dataclasses.fields(ConversationSummary)},
                   match_message_id=message_id, match_text=text)


def _summary(row: tuple[Any, ...]) -> ConversationSummary:
    return _make_summary(*row[:13], int(row[13]), bool(row[14]), row[15], row[16], _labels(row[17]))


def _labels(text: str | None) -> tuple[str, ...]:
    """The JSON list of labels as a tuple (most conversations have none: no JSON parsed for them)."""
    return tuple(json.loads(text)) if text and text != "[]" else ()


def _slot_constructor(cls: type[_T]) -> Callable[..., _T]:
    """`cls(*fields)` for a frozen, slotted dataclass without `__post_init__`, setting each slot
    through its member descriptor: the same object as the generated `__init__` makes (which goes
    through `object.__setattr__` per field, as a frozen class must) in half the time."""
    names = [f.name for f in dataclasses.fields(cls)]
    assert getattr(cls, "__dataclass_params__").frozen and "__slots__" in cls.__dict__  # noqa: B009
    assert not hasattr(cls, "__post_init__")
    setters = ", ".join(f"_set_{n}=_cls.{n}.__set__" for n in names)
    body = "".join(f"    _set_{n}(self, {n})\n" for n in names)
    source = (f"def make({', '.join(names)}, *, _new=object.__new__, _cls=_cls, {setters}):\n"
              f"    self = _new(_cls)\n{body}    return self\n")
    namespace: dict[str, Any] = {"_cls": cls}
    exec(source, namespace)  # noqa: S102 — a fixed template over the dataclass's own field names
    make: Callable[..., _T] = namespace["make"]
    return make


def _summaries(cursor: Iterable[tuple[Any, ...]]) -> list[ConversationSummary]:
    """Rows of `_SUMMARY_SQL` off a DB-API cursor, one at a time (no list of row tuples, no
    SQLAlchemy Row objects). The few distinct values of channel, status, assignee and team are
    shared between rows instead of one string object per row each (≈ 20 MB for 100,000 rows)."""
    shared: dict[Any, Any] = {}
    one = shared.setdefault
    make = _make_summary
    return [make(cid, contact_id, name, phone, one(channel, channel), one(status, status),
                 one(assignee, assignee), one(team, team), opened, closed, inbound, last, preview,
                 int(unread), bool(closed_by_provider), queued, snoozed,
                 () if not labels or labels == "[]" else tuple(json.loads(labels)))
            for (cid, contact_id, name, phone, channel, status, assignee, team, opened, closed,
                 inbound, last, preview, unread, closed_by_provider, queued, snoozed, labels) in cursor]


_make_summary = _slot_constructor(ConversationSummary)


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
