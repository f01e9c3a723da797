"""The contacts directory (issue 18): every contact of the replica, found as the agent types, offline too.

A query matches a contact when each of its words begins a word of the contact's name, e-mail, tags
or property values (or, digits, occurs in its phone) — accent- and case-insensitive, as the inbox search (`text.fold`) — or, for a
query that reads as a phone number ("(11) 98765", "+55 11 9876"), when its digits occur in the
contact's phone. Contacts come in name order.

The directory keeps one folded row per contact in memory, read again only after a replica commit
touched contacts (a directory of 50,000 contacts is searched without touching SQLite per key).
Listeners (the Qt adapter) hear `changed()` after such a commit.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rvops_contract.phones import DEFAULT_COUNTRY_CODE, PhoneError, to_e164

from .schema import raw_connection
from .search import MIN_PHONE_DIGITS, query_terms
from .text import fold

if TYPE_CHECKING:
    from .replica import Replica, ReplicaChange

DIRECTORY_LIMIT = 1000  # rows the list shows at most; the agent types more to narrow it
_WORD = re.compile(r"\w+")
_PHONE_LIKE = re.compile(r"\+?[\d\s()\-./]+")


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    id: str
    name: str
    phone: str | None
    email: str | None
    tags: tuple[str, ...]
    owner_id: str | None

    @property
    def display_name(self) -> str:
        return self.name or self.phone or self.email or ""


@dataclass(frozen=True, slots=True)
class _Row:
    entry: DirectoryEntry
    sort_key: str
    words: frozenset[str]
    digits: str


def _values(properties: dict[str, Any]) -> Iterable[str]:
    for value in properties.values():
        if isinstance(value, bool) or value is None:
            continue  # yes/no says nothing typed
        yield str(value)


def _row(contact_id: str, name: str | None, phone: str | None, email: str | None, tags_json: str | None,
         properties_json: str | None, owner_id: str | None) -> _Row:
    tags = tuple(json.loads(tags_json) or []) if tags_json else ()
    properties = json.loads(properties_json) or {} if properties_json else {}
    text = " ".join([name or "", email or "", *tags, *_values(properties)])
    entry = DirectoryEntry(contact_id, name or "", phone, email, tags, owner_id)
    return _Row(entry, fold(entry.display_name), frozenset(_WORD.findall(fold(text))),
                re.sub(r"\D", "", phone or ""))


def parse_tags(text: str) -> list[str]:
    """Tags as typed in one line ("lead, feira; vip"): trimmed, in order, each once."""
    return list(dict.fromkeys(t.strip() for t in re.split(r"[,;]", text or "") if t.strip()))


def phone_digits(query: str) -> str | None:
    """The digits of a query that reads as (part of) a phone number, else None."""
    stripped = (query or "").strip()
    if not stripped or not _PHONE_LIKE.fullmatch(stripped):
        return None
    digits = re.sub(r"\D", "", stripped)
    return digits if len(digits) >= MIN_PHONE_DIGITS else None


def matches(row: _Row, terms: list[str], digits: str | None) -> bool:
    if digits is not None and row.digits and digits in row.digits:
        return True
    return bool(terms) and all(
        any(word.startswith(term) for word in row.words)
        or (term.isdigit() and len(term) >= MIN_PHONE_DIGITS and term in row.digits) for term in terms)


class ContactsDirectory:
    """Search the replica's contacts; `subscribe(listener)` to hear when they changed."""

    def __init__(self, replica: Replica) -> None:
        self._replica = replica
        self._rows: list[_Row] | None = None
        self._listeners: list[Callable[[], None]] = []
        self._unsubscribe = replica.subscribe(self._replica_changed)

    def close(self) -> None:
        self._unsubscribe()
        self._listeners.clear()

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _replica_changed(self, change: ReplicaChange) -> None:
        if change.full or change.touched("contacts"):
            self._rows = None
            for listener in list(self._listeners):
                listener()

    def _all(self) -> list[_Row]:
        if self._rows is None:
            with self._replica.read() as conn:
                cursor = raw_connection(conn).execute(
                    "SELECT id, name, phone, email, tags, properties, owner_id FROM contacts")
                rows = [_row(*record) for record in cursor.fetchall()]
            rows.sort(key=lambda r: (r.sort_key, r.entry.id))
            self._rows = rows
        return self._rows

    def search(self, query: str = "", limit: int = DIRECTORY_LIMIT) -> list[DirectoryEntry]:
        """Contacts matching `query` (all of them when it is blank), in name order."""
        rows = self._all()
        terms = [fold(t) for t in query_terms(query)]
        digits = phone_digits(query)
        if not terms and digits is None:
            return [r.entry for r in rows[:limit]]
        found = []
        for row in rows:
            if matches(row, terms, digits):
                found.append(row.entry)
                if len(found) >= limit:
                    break
        return found

    def count(self) -> int:
        return len(self._all())

    def with_phone(self, e164: str, *, besides: str | None = None) -> DirectoryEntry | None:
        """The contact (other than `besides`) whose phone is `e164`, if the replica has one."""
        return next((r.entry for r in self._all() if r.entry.phone == e164 and r.entry.id != besides), None)

    def read_phone(self, typed: str, *, besides: str | None = None) -> PhoneReading:
        """What a typed phone is, by the contract's one rule (as the server will read it)."""
        if not (typed or "").strip():
            return PhoneReading(None, None, None)
        try:
            e164 = to_e164(typed, DEFAULT_COUNTRY_CODE)
        except PhoneError as refused:
            return PhoneReading(None, refused.why, None)
        return PhoneReading(e164, None, self.with_phone(e164, besides=besides))


@dataclass(frozen=True, slots=True)
class PhoneReading:
    """A typed phone: `e164` when it is a number, else `why` (rvops_contract.phones.SENTENCES's key);
    `taken_by` the contact that already has it (the server refuses a second one)."""

    e164: str | None
    why: str | None
    taken_by: DirectoryEntry | None

    @property
    def acceptable(self) -> bool:
        return self.why is None and self.taken_by is None


__all__ = ["DIRECTORY_LIMIT", "ContactsDirectory", "DirectoryEntry", "PhoneReading", "parse_tags", "phone_digits"]
