"""`ConversationSummary`, one row of an inbox list, and `SearchMatch`, a search result row.

A 90,000-row view holds 90,000 of them (issue 14: resident memory ≤ 3× a bare Qt window), so a
row keeps its per-row texts (the contact's id, name and phone, the moments, the preview) in ONE
string, joined by a unit separator, instead of ten string objects of ≈ 50 bytes of overhead each.
The few distinct values (channel, status, assignee, team) are shared objects; the id keeps its
own string (the same object keys the lists' id maps); so does a preview with a character past
Latin-1 (an emoji), which would widen the whole string to 2 or 4 bytes a character. Reading a
packed field splits the string (≈ 0.3 µs): a list paints a few dozen rows at a time.

Frozen, compared and hashed by value like the dataclass they replace: safe to hand to any thread.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any, ClassVar

# The per-row texts, in the packed order. An empty text is packed as nothing and reads back as
# None (as SQL's NULL and '' are the same to a list row); a row whose texts hold SEP itself
# (never in practice) keeps a tuple of them instead.
PACKED = ("contact_id", "contact_name", "contact_phone", "opened_at", "closed_at", "last_inbound_at",
          "last_message_at", "queued_at", "snoozed_until", "last_message_preview")
SEP = "\x1f"
_SEPS = len(PACKED) - 1
(_CONTACT_ID, _CONTACT_NAME, _CONTACT_PHONE, _OPENED_AT, _CLOSED_AT, _LAST_INBOUND_AT,
 _LAST_MESSAGE_AT, _QUEUED_AT, _SNOOZED_UNTIL, _PREVIEW) = range(len(PACKED))
_ONE_BYTE = sys.getsizeof("\xff") - 1  # the size of a str of one byte a character, but its characters


def _wide(text: str) -> bool:
    """Whether `text` takes 2 or 4 bytes a character (it has one past Latin-1, e.g. an emoji),
    told in O(1) from its size: CPython stores a string as narrow as its widest character."""
    return not text.isascii() and sys.getsizeof(text) - len(text) > _ONE_BYTE


def _unpacked(packed: str | tuple[str | None, ...], index: int) -> str | None:
    if type(packed) is str:  # (the preview is last: a SEP in it stays in it)
        return packed.split(SEP, _PREVIEW)[index] or None
    return packed[index]


class ConversationSummary:
    """One row of an inbox list: the conversation and what the list shows of its contact."""

    __slots__ = ("_packed", "_preview", "assignee_id", "channel", "id", "labels", "status", "team_id",
                 "unread", "window_closed_by_provider")
    FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "contact_id", "contact_name", "contact_phone", "channel", "status", "assignee_id",
        "team_id", "opened_at", "closed_at", "last_inbound_at", "last_message_at",
        "last_message_preview", "unread", "window_closed_by_provider", "queued_at", "snoozed_until",
        "labels")

    id: str  # its own string: the same object is the key of the lists' id maps and sets
    _packed: str | tuple[str | None, ...]
    channel: str | None
    status: str | None
    assignee_id: str | None
    team_id: str | None
    _preview: str | None  # a preview past Latin-1 (else None: it is packed)
    unread: int
    window_closed_by_provider: bool
    labels: tuple[str, ...]  # the agents' labels (rvops_contract/labels.py)

    def __init__(self, id: str, contact_id: str | None, contact_name: str | None,
                 contact_phone: str | None, channel: str | None, status: str | None,
                 assignee_id: str | None, team_id: str | None, opened_at: str | None,
                 closed_at: str | None, last_inbound_at: str | None, last_message_at: str | None,
                 last_message_preview: str | None, unread: int, window_closed_by_provider: bool,
                 queued_at: str | None = None, snoozed_until: str | None = None,
                 labels: tuple[str, ...] = ()) -> None:
        _fill(self, id, contact_id, contact_name, contact_phone, channel, status, assignee_id, team_id,
              opened_at, closed_at, last_inbound_at, last_message_at, last_message_preview, unread,
              window_closed_by_provider, queued_at, snoozed_until, labels)

    # ---- the packed fields ----------------------------------------------------------------------
    @property
    def contact_id(self) -> str | None:
        return _unpacked(self._packed, _CONTACT_ID)

    @property
    def contact_name(self) -> str | None:
        return _unpacked(self._packed, _CONTACT_NAME)

    @property
    def contact_phone(self) -> str | None:
        return _unpacked(self._packed, _CONTACT_PHONE)

    @property
    def opened_at(self) -> str | None:
        return _unpacked(self._packed, _OPENED_AT)

    @property
    def closed_at(self) -> str | None:
        return _unpacked(self._packed, _CLOSED_AT)

    @property
    def last_inbound_at(self) -> str | None:
        return _unpacked(self._packed, _LAST_INBOUND_AT)

    @property
    def last_message_at(self) -> str | None:
        return _unpacked(self._packed, _LAST_MESSAGE_AT)

    @property
    def queued_at(self) -> str | None:
        """Waiting in the queue for an agent since."""
        return _unpacked(self._packed, _QUEUED_AT)

    @property
    def snoozed_until(self) -> str | None:
        """Snoozed by its holder until then (rvops_contract/snooze.py)."""
        return _unpacked(self._packed, _SNOOZED_UNTIL)

    @property
    def last_message_preview(self) -> str | None:
        preview = self._preview
        return preview if preview is not None else _unpacked(self._packed, _PREVIEW)

    # ---- derived ----------------------------------------------------------------------------------
    @property
    def last_activity(self) -> str | None:
        return self.last_message_at or self.opened_at

    @property
    def display_name(self) -> str:
        return self.contact_name or self.contact_phone or ""

    # ---- a frozen value ---------------------------------------------------------------------------
    def values(self) -> tuple[Any, ...]:
        """Every field's value, in FIELDS order."""
        return tuple(getattr(self, name) for name in self.FIELDS)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.values() == other.values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, *self.values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), self.values())


_SLOTS = {name: ConversationSummary.__dict__[name].__set__ for name in ConversationSummary.__slots__}
_new_row = object.__new__


def _fill(row: ConversationSummary, cid: str, contact_id: str | None, name: str | None,
          phone: str | None, channel: str | None, status: str | None, assignee: str | None,
          team: str | None, opened: str | None, closed: str | None, inbound: str | None,
          last: str | None, preview: str | None, unread: int, closed_by_provider: bool,
          queued: str | None, snoozed: str | None, labels: tuple[str, ...],
          _set_id: Any = _SLOTS["id"], _set_packed: Any = _SLOTS["_packed"],
          _set_channel: Any = _SLOTS["channel"], _set_status: Any = _SLOTS["status"],
          _set_assignee: Any = _SLOTS["assignee_id"], _set_team: Any = _SLOTS["team_id"],
          _set_preview: Any = _SLOTS["_preview"], _set_unread: Any = _SLOTS["unread"],
          _set_closed_by_provider: Any = _SLOTS["window_closed_by_provider"],
          _set_labels: Any = _SLOTS["labels"]) -> None:
    """Fill `row`'s slots, past the frozen `__setattr__` (the setters bound once, as defaults)."""
    # a preview with a character past Latin-1 (an emoji) keeps its own string: in the packed one
    # it would make every character 2 or 4 bytes
    own = preview is not None and _wide(preview)
    head = SEP.join((contact_id or "", name or "", phone or "", opened or "", closed or "",
                     inbound or "", last or "", queued or "", snoozed or ""))
    packed: str | tuple[str | None, ...] = f"{head}{SEP}{'' if own else preview or ''}"
    if head.count(SEP) != _SEPS - 1:  # a text holds SEP itself
        packed = tuple(v or None for v in (contact_id, name, phone, opened, closed, inbound, last,
                                           queued, snoozed, None if own else preview))
    _set_id(row, cid)
    _set_packed(row, packed)
    _set_channel(row, channel)
    _set_status(row, status)
    _set_assignee(row, assignee)
    _set_team(row, team)
    _set_preview(row, preview if own else None)
    _set_unread(row, unread)
    _set_closed_by_provider(row, closed_by_provider)
    _set_labels(row, labels)


def make_summary(*values: Any) -> ConversationSummary:
    """`ConversationSummary(*values)` (all eighteen, positional), without the keyword binding."""
    row: ConversationSummary = _new_row(ConversationSummary)
    _fill(row, *values)
    return row


def _packed_column(column: str) -> str:
    text = f"coalesce({column}, '')"
    # ids and moments are ours; a unit separator in a contact's name or phone becomes a space
    return f"replace({text}, char(31), ' ')" if column.startswith("ct.") else text


# What `last_activity` is, in SQL (the inbox's order; view_scan.py orders a view by it).
ACTIVITY_SQL = "coalesce(c.last_message_at, c.opened_at)"

# What `bulk_summaries` reads: the packed texts are joined by SQLite itself (one string object a
# row crosses into Python instead of ten); then the rest, and the last activity.
BULK_COLUMNS = ", ".join((
    "c.id",
    f" || '{SEP}' || ".join(_packed_column(c) for c in (
        "c.contact_id", "ct.name", "ct.phone", "c.opened_at", "c.closed_at", "c.last_inbound_at",
        "c.last_message_at", "c.queued_at", "c.snoozed_until", "c.last_message_preview")),
    "c.channel", "c.status", "c.assignee_id", "c.team_id",
    "coalesce(c.unread, 0)", "coalesce(c.window_closed_by_provider, 0)", "c.labels", ACTIVITY_SQL))


def _split_preview(packed: str) -> tuple[str, str | None]:
    """A packed string made narrow again: the texts with an empty preview, and the preview."""
    texts = packed.split(SEP, _PREVIEW)
    preview = texts[_PREVIEW]
    texts[_PREVIEW] = ""
    return SEP.join(texts), preview or None


def bulk_summaries(rows: Iterable[tuple[Any, ...]], activity: list[str | None] | None = None,
                   ) -> list[ConversationSummary]:
    """A summary for each of 100,000 rows of `SELECT {BULK_COLUMNS}`, inline: no call per row but
    the slots' setters. The few distinct values of channel, status, assignee and team are shared
    between rows instead of one string object per row each (≈ 20 MB for 100,000 rows).
    `activity`, when given, gets each row's last activity (its last message's moment, else its
    opening's), in the same order, for sorting without reading it back out of the packed string."""
    out: list[ConversationSummary] = []
    append, new, cls, wide = out.append, _new_row, ConversationSummary, _wide
    note = activity.append if activity is not None else None
    set_id, set_packed, set_channel = _SLOTS["id"], _SLOTS["_packed"], _SLOTS["channel"]
    set_status, set_assignee, set_team = _SLOTS["status"], _SLOTS["assignee_id"], _SLOTS["team_id"]
    set_preview, set_unread, set_labels = _SLOTS["_preview"], _SLOTS["unread"], _SLOTS["labels"]
    set_closed_by_provider = _SLOTS["window_closed_by_provider"]
    shared: dict[Any, Any] = {}
    one, loads = shared.setdefault, json.loads
    for (cid, packed, channel, status, assignee, team, unread, closed_by_provider, labels,
         last_activity) in rows:
        row = new(cls)
        set_id(row, cid)
        if not wide(packed):
            set_packed(row, packed)
            set_preview(row, None)
        else:   # wide: the preview (an emoji?) apart, the rest narrow again
            head, preview = _split_preview(packed)
            set_packed(row, head)
            set_preview(row, preview)
        set_channel(row, one(channel, channel))
        set_status(row, one(status, status))
        set_assignee(row, one(assignee, assignee))
        set_team(row, one(team, team))
        set_unread(row, int(unread))
        set_closed_by_provider(row, bool(closed_by_provider))
        set_labels(row, () if not labels or labels == "[]" else tuple(loads(labels)))
        append(row)
        if note is not None:
            note(last_activity)
    return out


class SearchMatch(ConversationSummary):
    """A search result row: the conversation, and the message that matched (shown in the list in
    place of the last message; the thread opens at it)."""

    __slots__ = ("match_message_id", "match_text")
    FIELDS: ClassVar[tuple[str, ...]] = (*ConversationSummary.FIELDS, "match_message_id", "match_text")
    match_message_id: str | None
    match_text: str | None

    def __init__(self, *args: Any, match_message_id: str | None = None, match_text: str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _MATCH_SLOTS["match_message_id"](self, match_message_id)
        _MATCH_SLOTS["match_text"](self, match_text)

    @classmethod
    def of(cls, summary: ConversationSummary, message_id: str | None, text: str | None) -> SearchMatch:
        return cls(*(getattr(summary, name) for name in ConversationSummary.FIELDS),
                   match_message_id=message_id, match_text=text)

    def __reduce__(self) -> tuple[Any, ...]:
        *values, message_id, text = self.values()
        return (_search_match, (tuple(values), message_id, text))


_MATCH_SLOTS = {name: SearchMatch.__dict__[name].__set__ for name in SearchMatch.__slots__}


def _search_match(values: tuple[Any, ...], message_id: str | None, text: str | None) -> SearchMatch:
    return SearchMatch(*values, match_message_id=message_id, match_text=text)
