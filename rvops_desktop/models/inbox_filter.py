"""What an inbox list shows and in which order: the agent's filters (unread only, channel, team,
waiting longer than N minutes) and the sort of each view, in one evented model (`InboxFilters`)
that the filter bar edits and `InboxModel` follows. No Qt here.

"Waiting" is the customer waiting for an agent: an open conversation nobody has, in the queue
since `queued_at` (the server's; it stamps it when the conversation enters the queue, and its
router serves the queue by the same moment). Every rule that speaks of waiting reads
`waiting_since`, so the list's order, its "waiting 12 min" and the filter agree.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from rvops_contract.clock import from_iso
from rvops_contract.wire import Channel, ConversationStatus

from .evented import EventEmitter
from .summaries import ConversationSummary, View, ViewKind, inbox_sort_key
from .text import fold

WAITING_CHOICES_MIN = (5, 15, 30, 60)  # the "waiting longer than" choices the filter bar offers
LONG_WAIT_MIN = 15  # a wait this long (minutes) or longer is shown as urgent
CHANNELS = tuple(Channel)  # the filter bar's channel choices, in this order


class Sort(StrEnum):
    NEWEST_ACTIVITY = "newest_activity"  # inbox_sort_key: last activity, newest first
    OLDEST_WAITING = "oldest_waiting"  # the customer waiting longest first, then the rest


def default_sort(view: View) -> Sort:
    """The queue serves the customer who has waited longest first; every other list shows the
    latest activity first."""
    return Sort.OLDEST_WAITING if view.kind == ViewKind.QUEUE else Sort.NEWEST_ACTIVITY


def waiting_since(summary: ConversationSummary) -> str | None:
    """When the customer started waiting for an agent (ISO-8601 UTC), or None when nobody waits:
    the conversation is closed or someone has it. A queued conversation the server did not stamp
    (older data) waits since it opened, as the server's router counts it."""
    if summary.status != ConversationStatus.OPEN or summary.assignee_id:
        return None
    return summary.queued_at or summary.opened_at


def waiting_time(summary: ConversationSummary, now: datetime) -> timedelta | None:
    since = from_iso(waiting_since(summary))
    return None if since is None else max(timedelta(0), now - since)


def waiting_minutes(summary: ConversationSummary, now: datetime) -> int | None:
    """Whole minutes the customer has waited (None: nobody waits)."""
    waited = waiting_time(summary, now)
    return None if waited is None else int(waited.total_seconds() // 60)


def oldest_waiting_key(summary: ConversationSummary) -> tuple[Any, ...]:
    """The "oldest waiting" order: conversations whose customer waits, the longest wait first
    (then by name and id, so the order is total); after them the others in `inbox_sort_key`
    order. The key holds moments, not durations, so it does not change as time passes."""
    since = waiting_since(summary)
    if since:
        return (0, since, fold(summary.display_name), summary.id)
    return (1, *inbox_sort_key(summary))


SORT_KEYS = {Sort.NEWEST_ACTIVITY: inbox_sort_key, Sort.OLDEST_WAITING: oldest_waiting_key}


@dataclass(frozen=True)
class InboxFilter:
    """The filters of the lists (the same for every view). None / False: no filter."""

    unread_only: bool = False
    channel: str | None = None  # rvops_contract.wire.Channel
    team_id: str | None = None
    waiting_over_min: int | None = None  # only customers waiting longer than this
    label: str | None = None  # only conversations with this label (rvops_contract/labels.py)

    @property
    def active(self) -> bool:
        return self != NO_FILTER

    def accepts_now(self, summary: ConversationSummary) -> bool:
        """Every filter but the waiting time (which a row can only come to pass as time goes on)."""
        if self.unread_only and not summary.unread:
            return False
        if self.channel is not None and (summary.channel or "webchat") != self.channel:
            return False
        if self.team_id is not None and summary.team_id != self.team_id:
            return False
        if self.label is not None and self.label not in summary.labels:
            return False
        return self.waiting_over_min is None or waiting_since(summary) is not None

    def accepts(self, summary: ConversationSummary, now: datetime) -> bool:
        if not self.accepts_now(summary):
            return False
        if self.waiting_over_min is None:
            return True
        waited = waiting_time(summary, now)
        return waited is not None and waited > timedelta(minutes=self.waiting_over_min)


NO_FILTER = InboxFilter()


@dataclass(frozen=True, slots=True)
class FiltersChanged:
    """`fields`: the `InboxFilter` fields that changed, and "sort" when a view's sort did."""

    fields: frozenset[str]


class InboxFilters:
    """The filter state the filter bar shows and edits; `InboxModel` follows it. Setters emit
    `FiltersChanged` only when the value really changes."""

    def __init__(self) -> None:
        self.events = EventEmitter()
        self._filter = NO_FILTER
        self._sorts: dict[str, Sort] = {}  # view kind -> the sort the agent chose for it

    @property
    def filter(self) -> InboxFilter:
        return self._filter

    def sort_for(self, view: View) -> Sort:
        return self._sorts.get(view.kind, default_sort(view))

    # ---- the only ways to change it ----------------------------------------------------------
    def set_unread_only(self, on: bool) -> None:
        self._set(unread_only=bool(on))

    def set_channel(self, channel: str | None) -> None:
        self._set(channel=channel or None)

    def set_team(self, team_id: str | None) -> None:
        self._set(team_id=team_id or None)

    def set_label(self, label: str | None) -> None:
        self._set(label=label or None)

    def set_waiting_over(self, minutes: int | None) -> None:
        self._set(waiting_over_min=minutes if minutes else None)

    def clear(self) -> None:
        """Every filter off (the sorts stay as chosen)."""
        self._set(**{name: getattr(NO_FILTER, name) for name in _FIELDS})

    def set_sort(self, view: View, sort: Sort) -> None:
        sort = Sort(sort)
        if self.sort_for(view) == sort:
            return
        self._sorts[view.kind] = sort
        self.events.emit(FiltersChanged(frozenset({"sort"})))

    def _set(self, **values: Any) -> None:
        new = replace(self._filter, **values)
        changed = frozenset(name for name in _FIELDS if getattr(new, name) != getattr(self._filter, name))
        if changed:
            self._filter = new
            self.events.emit(FiltersChanged(changed))


_FIELDS = ("unread_only", "channel", "team_id", "waiting_over_min", "label")
