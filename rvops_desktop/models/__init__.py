"""The local-first replica (no Qt here): tables, apply, outbox, search, media cache, evented models.

The public API is documented in docs/replica.md.
"""
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
