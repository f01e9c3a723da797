"""`InboxModel`: the conversations of one inbox view, filtered and sorted as `InboxFilters` says."""
from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from rvops_contract.snooze import is_snoozed

from .evented import SortedEventedList
from .inbox_filter import SORT_KEYS, FiltersChanged, InboxFilters, Sort
from .summaries import ConversationSummary, SearchMatch, View, ViewKind, inbox_sort_key
from .view_scan import ViewScan

if TYPE_CHECKING:
    from datetime import datetime

    from rvops_contract.clock import Clock

    from .replica import Replica, ReplicaChange

SNOOZE_HIDES = frozenset({"mine", "team", "all"})  # views a snoozed conversation is away from


class InboxModel(SortedEventedList[ConversationSummary]):
    """Mine, Queue, a team, Closed, All or search results, kept current from the replica.

    After each replica commit it re-reads only the conversations the commit touched (and those
    of touched contacts) and emits inserted/removed/moved/changed events; a bootstrap resets it.

    `filters` (shared with the filter bar) narrow the view and choose its order; a change of
    filter or sort reloads it. Rows that pass every filter but "waiting longer than N min" are
    held back until `tick()` finds they have waited long enough (a wait only grows), so the
    clock (`clock`, the replica's by default) is read only here and in `tick`.

    Snoozed conversations (rvops_contract/snooze.py) are held back the same way in Mine, a team
    and All until their time comes; the Snoozed view shows them until then.

    With `first_rows`, a view of a replica file in its usual order and unfiltered is read in
    steps (view_scan.py): the first `first_rows` at once, then `load_more()` adds the next
    chunk while `partial` (the window calls it a turn at a time after its first paint). A
    conversation a commit touches meanwhile is taken as the commit left it, not from the scan.
    """

    sort_key = staticmethod(inbox_sort_key)

    def __init__(self, replica: Replica, view: View | str, user_id: str | None = None,
                 team_ids: Collection[str] = (), *, filters: InboxFilters | None = None,
                 clock: Clock | None = None, first_rows: int | None = None) -> None:
        super().__init__()
        self._first_rows = first_rows
        self._scan: ViewScan | None = None
        self._touched: set[str] = set()   # while partial: conversations a commit already placed
        self._replica = replica
        self._clock = clock or replica.clock
        self.user_id = user_id
        self.team_ids = tuple(team_ids)
        self.view = View.parse(view) if isinstance(view, str) else view
        self.filters = filters if filters is not None else InboxFilters()
        self._search_ids: set[str] = set()
        self._matches: dict[str, SearchMatch] = {}  # search view: what matched, kept as rows update
        self._held: dict[str, ConversationSummary] = {}  # not yet waiting long enough
        self._load()
        self._unsubscribe = replica.subscribe(self._on_replica_change)
        self.filters.events.connect(self._on_filters_changed)

    def close(self) -> None:
        self._stop_scan()
        self._unsubscribe()
        self.filters.events.disconnect(self._on_filters_changed)

    @property
    def sort(self) -> Sort:
        return self.filters.sort_for(self.view)

    def set_view(self, view: View | str, team_ids: Collection[str] | None = None) -> None:
        self.view = View.parse(view) if isinstance(view, str) else view
        if team_ids is not None:
            self.team_ids = tuple(team_ids)
        self._load()

    def tick(self) -> int:
        """Time passed: admit the held-back rows that now have waited long enough or whose snooze
        is over (and drop those from the Snoozed view). Returns how many came in (each an insert
        event: the list does not reset)."""
        now = self._clock.now()
        if self.view.kind == ViewKind.SNOOZED:   # their time came: back in Mine, gone from here
            self._remove_ids([s.id for s in self if not is_snoozed(s.snoozed_until, now)])
        if not self._held:
            return 0
        due = [s for s in self._held.values() if self._passes(s, now)]
        for summary in sorted(due, key=self.sort_key):
            del self._held[summary.id]
            self._upsert(self._with_match(summary))
        return len(due)

    def _passes(self, summary: ConversationSummary, now: datetime) -> bool:
        """Every filter, and awake (where snoozed ones are away), at `now`."""
        if self.view.kind in SNOOZE_HIDES and is_snoozed(summary.snoozed_until, now):
            return False
        return self.filters.filter.accepts(summary, now)

    def _screened(self, summary: ConversationSummary) -> bool:
        """Whether `_admit` must decide (a filter is on, or the row is or was snoozed)."""
        return self.filters.filter.active or summary.snoozed_until is not None

    # ---- reading the view ------------------------------------------------------------------------
    @property
    def partial(self) -> bool:
        """Only the first rows are read yet: `load_more()` reads the next ones."""
        return self._scan is not None

    def load_more(self, rows: int) -> bool:
        """Add the next `rows` of a partial view (one insert event where they land: after the
        last row); True while more remain. The caller sets the pace (ui/controllers/inbox_loading.py)."""
        if self._scan is None:
            return False
        chunk = self._scan.next_chunk(rows)
        touched, present = self._touched, self._by_id
        fresh = [s for s in chunk if s.id not in present and s.id not in touched]
        if self._scan.done:
            self._stop_scan()
        self._insert_sorted(self._screen(fresh))
        return self._scan is not None

    def _stop_scan(self) -> None:
        if self._scan is not None:
            self._scan.close()
            self._scan = None
        self._touched = set()

    def _pages(self, sort: Sort) -> bool:
        """Whether this view is read in steps (see the class)."""
        return (self._first_rows is not None and self._replica.path is not None
                and sort is Sort.NEWEST_ACTIVITY and not self.filters.filter.active
                and self.view.kind != ViewKind.SEARCH)

    def _screen(self, items: list[ConversationSummary]) -> list[ConversationSummary]:
        """What of `items` is shown now (the filters, snoozes); the rest held back or dropped."""
        if self.filters.filter.active:
            return [s for s in items if self._admit(s)]
        if any(s.snoozed_until is not None for s in items):   # (no call per row for 100,000 awake ones)
            return [s for s in items if s.snoozed_until is None or self._admit(s)]
        return items

    def _load(self) -> None:
        sort = self.sort
        self.sort_key = SORT_KEYS[sort]  # an instance attribute: SortedEventedList reads self.sort_key
        self._stop_scan()
        if self._pages(sort):
            self._scan = ViewScan(self._replica.views, self.view, self.user_id, self.team_ids)
            items = self._scan.next_chunk(self._first_rows or 0)
            if self._scan.done:
                self._stop_scan()
        else:
            items = self._replica.views.conversations_for_view(self.view, self.user_id, self.team_ids)
        self._search_ids = {i.id for i in items} if self.view.kind == ViewKind.SEARCH else set()
        self._matches = {i.id: i for i in items if isinstance(i, SearchMatch)}
        self._held = {}
        # the store sorted them by inbox_sort_key; another order is sorted here
        self._reset(self._screen(items), in_order=sort is Sort.NEWEST_ACTIVITY)

    def _admit(self, summary: ConversationSummary) -> bool:
        """Whether `summary` is shown now; one that may pass later is held back."""
        rule, now = self.filters.filter, self._clock.now()
        asleep = is_snoozed(summary.snoozed_until, now)
        if not rule.accepts_now(summary) or (self.view.kind == ViewKind.SNOOZED and not asleep):
            self._held.pop(summary.id, None)
            return False
        if self._passes(summary, now):
            self._held.pop(summary.id, None)
            return True
        self._held[summary.id] = summary
        return False

    def _on_filters_changed(self, event: FiltersChanged) -> None:
        if event.fields != {"sort"} or self.sort_key is not SORT_KEYS[self.sort]:
            self._load()

    def _on_replica_change(self, change: ReplicaChange) -> None:
        if change.full:
            self._load()
            return
        candidates = set(change.touched("conversations"))
        contacts = change.touched("contacts")
        if contacts:
            candidates.update(self._replica.views.conversation_ids_of_contacts(contacts))
        if self._scan is not None:   # placed here as the commit left them: the scan's copy is older
            self._touched |= candidates
        if self.view.kind == ViewKind.SEARCH:
            candidates &= self._search_ids  # a result list keeps its members; rows still update
        if not candidates:
            return
        rows = self._replica.views.conversation_summaries(candidates, self.view, self.user_id, self.team_ids)
        for gone in candidates - {s.id for s in rows}:  # left the view
            self._held.pop(gone, None)
        screened = self._screened
        fresh = {s.id: s for s in rows if not screened(s) or self._admit(s)}
        self._remove_ids(i for i in candidates if i not in fresh)
        for summary in sorted(fresh.values(), key=self.sort_key):
            self._upsert(self._with_match(summary))

    def _with_match(self, summary: ConversationSummary) -> ConversationSummary:
        """A search result row keeps the message that matched as the row updates."""
        match = self._matches.get(summary.id)
        if match is None or isinstance(summary, SearchMatch):
            return summary
        return SearchMatch.of(summary, match.match_message_id, match.match_text)
