"""The local-first replica (no Qt here): tables, apply, outbox, search, media cache, evented models.

The public API is documented in docs/replica.md. Each name loads its module on first use (PEP 562):
SQLModel and the replica's table classes (≈ 0.2 s to import) are not needed for the window's first paint.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .evented import (
                          Changed,
                          EventEmitter,
                          Inserted,
                          Inserting,
                          Moved,
                          Moving,
                          Removed,
                          Removing,
                          Reset,
                          Resetting,
                          SortedEventedList,
                          qt_move_destination,
    )
    from .inbox import InboxModel
    from .inbox_filter import (
                          FiltersChanged,
                          InboxFilter,
                          InboxFilters,
                          Sort,
                          waiting_minutes,
                          waiting_since,
    )
    from .media import MediaCache
    from .outbox import Effect, Outbox, PendingMutation, RefusalRecord, new_mutation_id
    from .replica import Replica, ReplicaChange, iso, replica_path
    from .schema import SCHEMA_VERSION, ReplicaTooNew
    from .search import SearchHit
    from .store import Store
    from .summaries import ContactHistory, ConversationSummary, View, ViewKind, inbox_sort_key
    from .thread import ThreadModel, message_sort_key

__all__ = [
                      "SCHEMA_VERSION",
                      "Changed",
                      "ContactHistory",
                      "ConversationSummary",
                      "Effect",
                      "EventEmitter",
                      "FiltersChanged",
                      "InboxFilter",
                      "InboxFilters",
                      "InboxModel",
                      "Inserted",
                      "Inserting",
                      "MediaCache",
                      "Moved",
                      "Moving",
                      "Outbox",
                      "PendingMutation",
                      "RefusalRecord",
                      "Removed",
                      "Removing",
                      "Replica",
                      "ReplicaChange",
                      "ReplicaTooNew",
                      "Reset",
                      "Resetting",
                      "SearchHit",
                      "Sort",
                      "SortedEventedList",
                      "Store",
                      "ThreadModel",
                      "View", "ViewKind",
                      "inbox_sort_key",
                      "iso",
                      "message_sort_key",
                      "new_mutation_id",
                      "qt_move_destination",
                      "replica_path",
                      "waiting_minutes",
                      "waiting_since",
]


_HOME = {
    "Changed": "evented",
    "ContactHistory": "summaries",
    "ConversationSummary": "summaries",
    "Effect": "outbox",
    "EventEmitter": "evented",
    "FiltersChanged": "inbox_filter",
    "InboxFilter": "inbox_filter",
    "InboxFilters": "inbox_filter",
    "InboxModel": "inbox",
    "Inserted": "evented",
    "Inserting": "evented",
    "MediaCache": "media",
    "Moved": "evented",
    "Moving": "evented",
    "Outbox": "outbox",
    "PendingMutation": "outbox",
    "RefusalRecord": "outbox",
    "Removed": "evented",
    "Removing": "evented",
    "Replica": "replica",
    "ReplicaChange": "replica",
    "ReplicaTooNew": "schema",
    "Reset": "evented",
    "Resetting": "evented",
    "SCHEMA_VERSION": "schema",
    "SearchHit": "search",
    "Sort": "inbox_filter",
    "SortedEventedList": "evented",
    "Store": "store",
    "ThreadModel": "thread",
    "View": "summaries",
    "ViewKind": "summaries",
    "inbox_sort_key": "summaries",
    "iso": "replica",
    "message_sort_key": "thread",
    "new_mutation_id": "outbox",
    "qt_move_destination": "evented",
    "replica_path": "replica",
    "waiting_minutes": "inbox_filter",
    "waiting_since": "inbox_filter",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:  # only the package's names: `inspect` asks for `__wrapped__` and the like
        value = getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
