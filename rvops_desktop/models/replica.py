"""The replica: one SQLite file per server and account, its transactions and change listeners.

    replica = Replica.open(replica_path(server_url, account_id))   # creates or migrates
    replica.apply_bootstrap(payload); replica.apply_changes(changes)
    replica.outbox.enqueue(...); replica.store.messages_page(...)
    unsubscribe = replica.subscribe(listener)   # called after every commit

Listeners run after the transaction committed, in the thread that wrote, with a `ReplicaChange`
saying which rows of which collections were touched (or `full` after a bootstrap) — unless a GUI
called `deliver_listeners_with(dispatch)`: then a commit made on another thread (the sync engine
applies a bootstrap off the event loop) reaches the listeners on the GUI's thread, through `dispatch`.
"""
from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from rvops_contract.clock import Clock, SystemClock

from .checkpointer import BACKSTOP_PAGES, Checkpointer
from .inbox_reads import InboxReads
from .schema import HAS_TABLES_SQL, SCHEMA_VERSION, ensure_schema, is_current, raw_connection

if TYPE_CHECKING:  # loaded on first use: SQLAlchemy's engine (see `engine`), the ORM side (see `store`)
    from sqlalchemy import Connection, Engine

    from . import apply as _apply
    from . import snapshot as _snapshot
    from .outbox import Outbox
    from .store import Store

log = logging.getLogger(__name__)

APP_NAME = "rvops-desktop"
APP_AUTHOR = "Rvops"
BUSY_TIMEOUT_MS = 5000
CACHE_SIZE_KIB = 32 * 1024
MMAP_SIZE = 256 * 1024 * 1024


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "default"


def replica_path(server_url: str, account_id: str, data_dir: Path | str | None = None) -> Path:
    """<user data dir>/replicas/<server host>-<hash>/<account>.sqlite3 (platformdirs)."""
    root = Path(data_dir) if data_dir else platformdirs.user_data_path(APP_NAME, APP_AUTHOR)
    host = re.sub(r"^[a-z]+://", "", server_url.strip().lower()).split("/")[0]
    digest = hashlib.sha256(server_url.strip().lower().encode()).hexdigest()[:10]
    return root / "replicas" / f"{_slug(host)}-{digest}" / f"{_slug(account_id)}.sqlite3"


def iso(moment: datetime) -> str:
    """UTC ISO-8601 with a trailing Z, as the server writes its timestamps."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass
class ReplicaChange:
    """What one committed transaction touched: collection -> ids, or everything (`full`)."""

    ids: dict[str, set[str]] = field(default_factory=dict)
    full: bool = False
    # when not empty: every conversation the touched messages belong to (a snapshot page says so,
    # so an open thread skips the pages of other conversations without reading them)
    message_parents: set[str] = field(default_factory=set)
    snapshot: bool = False  # a page of the first sign-in: history arriving, not news (no notices)

    def touched(self, collection: str) -> set[str]:
        return self.ids.get(collection, set())

    def __bool__(self) -> bool:
        return self.full or any(self.ids.values())


class WriteTx:
    """An open write transaction: its connection and the change it will announce."""

    def __init__(self, conn: Connection, clock: Clock) -> None:
        self.conn = conn
        self.change = ReplicaChange()
        self._clock = clock

    def touch(self, collection: str, *ids: str) -> None:
        self.change.ids.setdefault(collection, set()).update(ids)

    def touch_all(self) -> None:
        self.change.full = True

    def now(self) -> datetime:
        return self._clock.now()

    def now_iso(self) -> str:
        return iso(self._clock.now())


Listener = Callable[[ReplicaChange], None]


def _make_engine(path: Path | None) -> Engine:
    """SQLAlchemy's engine over the file (None: a private in-memory database), our pragmas set on
    each connection. Importing SQLAlchemy costs ≈ 0.15 s: not on the way to the first paint."""
    from sqlalchemy import create_engine
    if path is None:
        from sqlalchemy.pool import StaticPool
        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    _configure(engine)
    return engine


def _ready_as_is(path: Path) -> bool:
    """True when the file exists with the schema this version writes: then it is opened as it is,
    without an engine, and put in WAL mode now (persistent), before the inbox's private readers
    connect: the engine's first connection could not switch it while one holds a read."""
    if not path.is_file():
        return False
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if not is_current(version, db.execute(HAS_TABLES_SQL).fetchone() is not None):
            return False
        db.execute("PRAGMA journal_mode = WAL")
        return True
    finally:
        db.close()


def _configure(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (SQLAlchemy's recipe)
        cur = dbapi_conn.cursor()
        for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = OFF",
                       f"busy_timeout = {BUSY_TIMEOUT_MS}", f"cache_size = -{CACHE_SIZE_KIB}",
                       "temp_store = MEMORY", f"mmap_size = {MMAP_SIZE}",
                       f"wal_autocheckpoint = {BACKSTOP_PAGES}"):  # the Checkpointer's thread does it
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("rvops_begin", "BEGIN"))


class Replica:
    """One local replica file. Thread-safe for readers; writes are serialized by SQLite."""

    def __init__(self, engine: Engine | None, path: Path | None, clock: Clock | None = None) -> None:
        self._engine = engine
        self._engine_lock = threading.Lock()
        self.path = path
        self.clock: Clock = clock or SystemClock()
        self._listeners: list[Listener] = []
        self._commits = 0  # commits that changed anything (a `full` one included)
        self._last_commit: dict[str, int] = {}  # collection -> the commit that last touched it
        self._full_at = 0  # the last commit that replaced everything
        self._dispatch: Callable[[Callable[[], None]], None] | None = None
        self._home_thread: int | None = None
        self.views = InboxReads(self)  # the inbox's reads (plain SQL): all the first paint needs
        self.migrated_from: int | None = None
        self._checkpointer: Checkpointer | None = None

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made on first use (the window paints its inbox before: `views`)."""
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = _make_engine(self.path)
        return self._engine

    @property
    def has_engine(self) -> bool:
        return self._engine is not None

    @cached_property
    def store(self) -> Store:
        """Every read (`Store`); its first use imports SQLModel and the table classes (≈ 0.2 s)."""
        from .store import Store
        return Store(self)

    @cached_property
    def outbox(self) -> Outbox:
        from .outbox import Outbox
        return Outbox(self)

    @classmethod
    def open(cls, path: Path | str | None, *, clock: Clock | None = None) -> Replica:
        """Open (creating or migrating) the replica at `path`; None: a private in-memory one."""
        if path is not None:
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
        replica = cls(None, path, clock)
        if path is not None and _ready_as_is(path):
            replica.migrated_from = SCHEMA_VERSION
        else:
            with replica._transaction(immediate=True) as conn:
                replica.migrated_from = ensure_schema(conn)
        if path is not None:
            replica._checkpointer = Checkpointer(path)
            replica._checkpointer.start()
        return replica

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        if self._engine is not None:
            self._engine.dispose()

    def optimize(self) -> None:
        """Housekeeping after a bootstrap or a large catch-up, when the agent is idle: merge the
        FTS5 segments a bulk load leaves (search then reads one b-tree per term instead of
        dozens), fold the WAL back into the file, refresh the planner's statistics."""
        with self._transaction(immediate=True) as conn:
            for index in ("messages_fts", "contacts_fts"):
                conn.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('optimize')")
        with self.engine.connect() as conn:
            raw = raw_connection(conn)
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("PRAGMA optimize")

    # ---- transactions ------------------------------------------------------------------------
    @contextmanager
    def _transaction(self, *, immediate: bool) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            if immediate:
                conn.execution_options(rvops_begin="BEGIN IMMEDIATE")
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent read snapshot (one deferred transaction)."""
        with self._transaction(immediate=False) as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[WriteTx]:
        """One write transaction; listeners hear of it after it committed (never if it failed)."""
        with self._transaction(immediate=True) as conn:
            tx = WriteTx(conn, self.clock)
            yield tx
        if tx.change:
            self._count_commit(tx.change)
            self._notify(tx.change)

    def _count_commit(self, change: ReplicaChange) -> None:
        self._commits += 1
        if change.full:
            self._full_at = self._commits
        for collection in change.ids:
            self._last_commit[collection] = self._commits

    def version_of(self, collection: str) -> int:
        """Changes whenever a commit touches `collection` (counted as the writer commits, before any
        listener hears of it): what a read of that collection keeps beside its result, to know
        it is still current. Read it before reading the collection."""
        return max(self._last_commit.get(collection, 0), self._full_at)

    # ---- listeners ---------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def deliver_listeners_with(self, dispatch: Callable[[Callable[[], None]], None] | None) -> None:
        """From now on listeners run on the calling thread: a commit made on any other thread is
        handed to `dispatch`, which must run the callable it gets on this thread soon (a queued Qt
        signal does). None: back to running listeners in the writing thread."""
        self._dispatch = dispatch
        self._home_thread = None if dispatch is None else threading.get_ident()

    def _notify(self, change: ReplicaChange) -> None:
        dispatch = self._dispatch
        if dispatch is not None and threading.get_ident() != self._home_thread:
            dispatch(lambda: self._call_listeners(change))
        else:
            self._call_listeners(change)

    def _call_listeners(self, change: ReplicaChange) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken view must not break sync
                log.exception("replica listener %r failed", listener)

    # ---- server data -------------------------------------------------------------------------
    @property
    def cursor(self) -> int | None:
        """The sync cursor (plain SQL: no engine is made to ask it before the first paint)."""
        return self.views.sync_cursor()

    def apply_bootstrap(self, payload: Mapping[str, Any]) -> _apply.ApplyResult:
        from . import apply as _apply
        with self.write() as tx:
            return _apply.apply_bootstrap(tx, payload)

    # ---- the paged bootstrap (snapshot.py) ----------------------------------------------------
    @property
    def snapshot_progress(self) -> _snapshot.SnapshotProgress | None:
        """A snapshot under way (resume it), or None."""
        from . import snapshot as _snapshot
        with self.read() as conn:
            return _snapshot.snapshot_progress(conn)

    def begin_snapshot(self, cursor: int, counts: Mapping[str, int]) -> _snapshot.SnapshotProgress:
        from . import snapshot as _snapshot
        with self.write() as tx:
            return _snapshot.begin_snapshot(tx, cursor, counts)

    def apply_snapshot_page(self, collection: str, records: Sequence[Mapping[str, Any]],
                            resume: str | None) -> _snapshot.SnapshotProgress:
        from . import snapshot as _snapshot
        with self.write() as tx:
            return _snapshot.apply_snapshot_page(tx, collection, records, resume)

    def finish_snapshot(self) -> int:
        from . import snapshot as _snapshot
        with self.write() as tx:
            return _snapshot.finish_snapshot(tx)

    def apply_changes(self, changes: Iterable[Any], cursor: int | None = None
                      ) -> _apply.ApplyResult:
        from . import apply as _apply
        with self.write() as tx:
            return _apply.apply_changes(tx, changes, cursor)
