"""`InboxModel`: the conversations of one inbox view, always in `inbox_sort_key` order."""
from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from .evented import SortedEventedList
from .store import ConversationSummary, SearchMatch, View, inbox_sort_key

if TYPE_CHECKING:
    from .replica import Replica, ReplicaChange


class InboxModel(SortedEventedList[ConversationSummary]):
    """Mine, Queue, a team, Closed, All or search results, kept current from the replica.

    After each replica commit it re-reads only the conversations the commit touched (and those
    of touched contacts) and emits inserted/removed/moved/changed events; a bootstrap resets it.
    """

    sort_key = staticmethod(inbox_sort_key)

    def __init__(self, replica: Replica, view: View | str, user_id: str | None = None,
                 team_ids: Collection[str] = ()) -> None:
        super().__init__()
        self._replica = replica
        self.user_id = user_id
        self.team_ids = tuple(team_ids)
        self.view = View.parse(view) if isinstance(view, str) else view
        self._search_ids: set[str] = set()
        self._matches: dict[str, SearchMatch] = {}  # search view: what matched, kept as rows update
        self._load()
        self._unsubscribe = replica.subscribe(self._on_replica_change)

    def close(self) -> None:
        self._unsubscribe()

    def set_view(self, view: View | str, team_ids: Collection[str] | None = None) -> None:
        self.view = View.parse(view) if isinstance(view, str) else view
        if team_ids is not None:
            self.team_ids = tuple(team_ids)
        self._load()

    def _load(self) -> None:
        items = self._replica.store.conversations_for_view(self.view, self.user_id, self.team_ids)
        self._search_ids = {i.id for i in items} if self.view.kind == "search" else set()
        self._matches = {i.id: i for i in items if isinstance(i, SearchMatch)}
        self._reset(items, in_order=True)  # the store sorted them by inbox_sort_key

    def _on_replica_change(self, change: ReplicaChange) -> None:
        if change.full:
            self._load()
            return
        candidates = set(change.touched("conversations"))
        contacts = change.touched("contacts")
        if contacts:
            candidates.update(self._replica.store.conversation_ids_of_contacts(contacts))
        if self.view.kind == "search":
            candidates &= self._search_ids  # a result list keeps its members; rows still update
        if not candidates:
            return
        fresh = {s.id: s for s in self._replica.store.conversation_summaries(
            candidates, self.view, self.user_id, self.team_ids)}
        self._remove_ids(i for i in candidates if i not in fresh)
        for summary in sorted(fresh.values(), key=inbox_sort_key):
            match = self._matches.get(summary.id)
            if match is not None:
                summary = SearchMatch.of(summary, match.match_message_id, match.match_text)
            self._upsert(summary)
