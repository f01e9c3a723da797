"""The sync engine (no Qt here): session and keyring, transport, bootstrap/delta/stream, outbox sender,
the agent's optimistic actions. The public API is documented in docs/sync.md."""
from .actions import Actions
from .backoff import BACKOFF_BASE_SECONDS, BACKOFF_CAP_SECONDS, BACKOFF_FACTOR, BACKOFF_JITTER, Backoff
from .credentials import NO_KEYRING_NOTICE, Account, Session, TokenStorage, keyring_available
from .engine import SyncEngine
from .sender import OUTBOX_BATCH_SIZE, OutboxSender, RefusalNotice
from .state import ConnectionState, SyncStatus
from .transport import Offline, Rejected, SyncClient, SyncError, Unauthorized

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
