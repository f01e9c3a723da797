"""`ThreadModel`: a conversation's messages, oldest at the top, loaded a page at a time."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .evented import SortedEventedList

if TYPE_CHECKING:
    from .replica import Replica, ReplicaChange
    from .tables import Message

PAGE_SIZE = 50  # messages per page of a thread


def message_sort_key(message: Message) -> tuple[str, str]:
    """Chronological (the server's timestamp), then id so the order is total."""
    return (message.created_at or "", message.id)


class ThreadModel(SortedEventedList["Message"]):
    """The newest `first_page` messages first (default: `page_size`; or the page around a search
    hit); older and newer pages of `page_size` on demand. New, changed and deleted messages of the
    loaded range follow the replica."""

    sort_key = staticmethod(message_sort_key)

    def __init__(self, replica: Replica, conversation_id: str, *, page_size: int = PAGE_SIZE,
                 first_page: int | None = None, around: str | None = None) -> None:
        super().__init__()
        self._replica = replica
        self.conversation_id = conversation_id
        self.page_size = page_size
        self.first_page = first_page or page_size
        self._open_at(around, self.first_page)
        self._unsubscribe = replica.subscribe(self._on_replica_change)

    def close(self) -> None:
        self._unsubscribe()

    def _open_at(self, around: str | None, first_page: int) -> None:
        store = self._replica.store
        if around is None:  # the newest page: one query, which also says if older ones exist
            newest, self.has_older = store.older_messages(self.conversation_id, limit=first_page)
            self._reset(newest)
            self.has_newer = False
        else:
            self._reset(store.messages_around(self.conversation_id, around, limit=self.page_size))
            self._probe()

    def _probe(self) -> None:
        store = self._replica.store
        if not self._items:
            self.has_older = self.has_newer = False
            return
        self.has_older = bool(store.messages_page(self.conversation_id, self._items[0].id, 1))
        self.has_newer = bool(store.messages_after(self.conversation_id, self._items[-1].id, 1))

    def load_older(self) -> int:
        """Prepend the previous page; returns how many messages arrived."""
        if not self._items or not self.has_older:
            return 0
        first = self._items[0]  # a row as the replica holds it (the list follows every commit)
        page, self.has_older = self._replica.store.older_messages(
            self.conversation_id, first.id, self.page_size, before_position=(first.created_at, first.id))
        self._insert_block([m for m in page if m.id not in self])
        return len(page)

    def load_newer(self) -> int:
        if not self._items or not self.has_newer:
            return 0
        page, self.has_newer = self._replica.store.newer_messages(
            self.conversation_id, self._items[-1].id, self.page_size)
        self._insert_block([m for m in page if m.id not in self])
        return len(page)

    def _in_range(self, message: Message) -> bool:
        if not self._items:
            return True
        key = message_sort_key(message)
        if self.has_older and key < message_sort_key(self._items[0]):
            return False
        return not (self.has_newer and key > message_sort_key(self._items[-1]))

    def _on_replica_change(self, change: ReplicaChange) -> None:
        if change.full:
            self._open_at(None, self.first_page)
            return
        ids = change.touched("messages")
        if not ids or (change.message_parents and self.conversation_id not in change.message_parents):
            return
        fresh = {m.id: m for m in self._replica.store.messages(ids)
                 if m.conversation_id == self.conversation_id}
        self._remove_ids(i for i in ids if i in self and i not in fresh)
        for message in sorted(fresh.values(), key=message_sort_key):
            if message.id in self or self._in_range(message):
                self._upsert(message)
