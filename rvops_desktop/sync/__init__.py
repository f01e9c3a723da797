"""The sync engine (no Qt here): session and keyring, transport, bootstrap/delta/stream, outbox sender,
the agent's optimistic actions. The public API is documented in docs/sync.md."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Loaded on first use (PEP 562): the window needs `Actions` at start-up, not httpx, websockets and
# keyring (≈ 0.2 s of the cold start), which only the engine and the sign-in use.
_EXPORTS = {
    "Actions": ".actions",
    "BACKOFF_BASE_SECONDS": ".backoff",
    "BACKOFF_CAP_SECONDS": ".backoff",
    "BACKOFF_FACTOR": ".backoff",
    "BACKOFF_JITTER": ".backoff",
    "Backoff": ".backoff",
    "NO_KEYRING_NOTICE": ".credentials",
    "Account": ".credentials",
    "Session": ".credentials",
    "TokenStorage": ".credentials",
    "keyring_available": ".credentials",
    "SyncEngine": ".engine",
    "OUTBOX_BATCH_SIZE": ".sender",
    "OutboxSender": ".sender",
    "RefusalNotice": ".sender",
    "ConnectionState": ".state",
    "SyncStatus": ".state",
    "Offline": ".transport",
    "Rejected": ".transport",
    "SyncClient": ".transport",
    "SyncError": ".transport",
    "Unauthorized": ".transport",
}

if TYPE_CHECKING:
    from .actions import Actions
    from .backoff import BACKOFF_BASE_SECONDS, BACKOFF_CAP_SECONDS, BACKOFF_FACTOR, BACKOFF_JITTER, Backoff
    from .credentials import NO_KEYRING_NOTICE, Account, Session, TokenStorage, keyring_available
    from .engine import SyncEngine
    from .sender import OUTBOX_BATCH_SIZE, OutboxSender, RefusalNotice
    from .state import ConnectionState, SyncStatus
    from .transport import Offline, Rejected, SyncClient, SyncError, Unauthorized


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "BACKOFF_BASE_SECONDS",
    "BACKOFF_CAP_SECONDS",
    "BACKOFF_FACTOR",
    "BACKOFF_JITTER",
    "NO_KEYRING_NOTICE",
    "OUTBOX_BATCH_SIZE",
    "Account",
    "Actions",
    "Backoff",
    "ConnectionState",
    "Offline",
    "OutboxSender",
    "RefusalNotice",
    "Rejected",
    "Session",
    "SyncClient",
    "SyncEngine",
    "SyncError",
    "SyncStatus",
    "TokenStorage",
    "Unauthorized",
    "keyring_available",
]
