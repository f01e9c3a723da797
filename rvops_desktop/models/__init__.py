"""The local-first replica (no Qt here): tables, apply, outbox, search, media cache, evented models.

The public API is documented in docs/replica.md.
"""
from .outbox import Effect, Outbox, PendingMutation, RefusalRecord, new_mutation_id
from .replica import Replica, ReplicaChange, iso, replica_path
from .schema import SCHEMA_VERSION, ReplicaTooNew
from .search import SearchHit
from .store import ContactHistory, ConversationSummary, Store, View, inbox_sort_key

__all__ = [
    "ContactHistory", "ConversationSummary", "Effect", "Outbox", "PendingMutation",
    "RefusalRecord", "Replica", "ReplicaChange", "ReplicaTooNew", "SCHEMA_VERSION", "SearchHit",
    "Store", "View", "inbox_sort_key", "iso", "new_mutation_id", "replica_path",
]
