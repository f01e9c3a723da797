"""The paged bootstrap's order (GET /sync/snapshot), shared by the server that sends it and the
desktop that reads it: what the agent needs first comes first."""
from __future__ import annotations

from rvops_contract.wire import COLLECTIONS

# the workspace's small collections, then the inbox: conversations by latest activity, their
# contacts, messages oldest first, calls, then the CRM records
SNAPSHOT_ORDER: tuple[str, ...] = (
    "workspace", "users", "teams", "property_definitions", "labels", "snippets", "templates", "presence",
    "conversations", "contacts", "messages", "calls", "deals", "companies", "tasks")
assert sorted(SNAPSHOT_ORDER) == sorted(COLLECTIONS), "every synced collection is in the snapshot, once"

_INBOX_FROM = SNAPSHOT_ORDER.index("conversations")


def inbox_arriving(last_collection: str | None) -> bool:
    """The snapshot has passed the workspace and reached the conversations: from their first page
    on, the window can show them while the rest arrives."""
    return last_collection in SNAPSHOT_ORDER[_INBOX_FROM:]
