"""Engines, migrations and the unit of work that every write goes through."""
from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, overload

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.interfaces import DBAPIConnection

from rvops_contract.clock import Clock

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# One advisory-lock key serialises appends to the change log on PostgreSQL, so change cursors
# commit in the order they were allocated and no reader can pass an uncommitted cursor.
CHANGELOG_LOCK_KEY = 0x52564F5053  # "RVOPS"


def is_postgres(engine_or_conn: Engine | Connection) -> bool:
    return engine_or_conn.dialect.name == "postgresql"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                                  pool_size=20, max_overflow=20)

        @sa.event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn: DBAPIConnection, _record: object) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @sa.event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            # Writes take the database lock up front: claims and routing decisions are serialised.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

        return engine
    return sa.create_engine(url, pool_size=20, max_overflow=30, pool_pre_ping=True)


def alembic_config(url: str) -> Config:
    # Alembic (≥ 1.17) names each of its autogenerate plugins at INFO as it is imported: seven lines
    # in the server's log at every start, before the migrations it runs (which stay logged).
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (Alembic); a newer server opens an older database."""
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        if is_postgres(conn):
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7355608)")  # one migrator at a time
        cfg.attributes["connection"] = conn
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        def current() -> str | None:
            with _quiet(_MIGRATION_LOGGER):  # "Context impl SQLiteImpl." at each look
                return MigrationContext.configure(conn).get_current_revision()
        at = current()
        if at is not None:
            if revision == "head" and at == ScriptDirectory.from_config(cfg).get_current_head():
                return  # up to date: nothing to run, nothing to say
            command.upgrade(cfg, revision)  # an upgrade: alembic names each step it runs
            return
        with _quiet(_MIGRATION_LOGGER):  # a new database: one line, not one per step (the demo makes one each start)
            command.upgrade(cfg, revision)
        log.info("new database created at schema revision %s", current())


_MIGRATION_LOGGER = "alembic.runtime.migration"


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """`logger_name` says only warnings and errors while the block runs."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


_PG_APPEND_AND_NOTIFY = (
    "WITH appended AS (INSERT INTO changes (collection, record_id, op, at) "
    "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::timestamp[]) RETURNING cursor) "
    "SELECT max(cursor), pg_notify('rvops_changes', max(cursor)::text) FROM appended")


@functools.cache
def _append(changes_table: sa.Table) -> sa.Insert:
    """The change-log INSERT … RETURNING cursor, built once (every write transaction runs it)."""
    return changes_table.insert().returning(changes_table.c.cursor)


class UnitOfWork:
    """One write transaction. Collects change-log entries and the callbacks to run after commit."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._changes: dict[tuple[str, str, str], None] = {}  # an ordered set
        self.after_commit: list[Callable[[], None]] = []
        self.last_cursor: int | None = None

    def changed(self, collection: str, record_id: str, op: str = "upsert") -> None:
        self._changes[(collection, record_id, op)] = None

    def flush_changes(self, now: datetime) -> int | None:
        """Write the change-log rows collected so far (inside the transaction); the newest cursor
        of this unit of work, or None if it changed nothing."""
        self._flush_changes(now)
        return self.last_cursor

    def _flush_changes(self, now: datetime) -> None:
        from .schema import changes as changes_t
        if not self._changes:
            return
        if is_postgres(self.conn):
            # the lock, then the rows and the notification in one statement (driver SQL: every
            # write transaction runs these, and SQLAlchemy's statement handling cost more than they)
            self.conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({CHANGELOG_LOCK_KEY})")
            collections, record_ids, ops = (list(column) for column in zip(*self._changes, strict=True))
            last = self.conn.exec_driver_sql(_PG_APPEND_AND_NOTIFY, (
                collections, record_ids, ops, [now] * len(ops))).one()[0]
        else:
            rows = [{"collection": c, "record_id": r, "op": op, "at": now} for c, r, op in self._changes]
            last = max(self.conn.execute(_append(changes_t), rows).scalars().all())
        self.last_cursor = int(last)
        self._changes.clear()


class Store:
    """The database, with a write lock for SQLite and a hook that learns of each new cursor."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock
        self._sqlite_write_lock = threading.Lock() if not is_postgres(engine) else None
        self.on_commit: list[Callable[[int], None]] = []

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        lock = self._sqlite_write_lock
        if lock is not None:
            lock.acquire()
        try:
            with self.engine.connect() as conn:
                conn.execution_options(write=True)
                with conn.begin():
                    uow = UnitOfWork(conn)
                    yield uow
                    uow._flush_changes(naive_utc(self.clock.now()))
        finally:
            if lock is not None:
                lock.release()
        for callback in uow.after_commit:
            try:
                callback()
            except Exception:  # an after-commit hook must never undo a committed write
                log.exception("after-commit hook failed")
        if uow.last_cursor is not None:
            for listener in self.on_commit:
                listener(uow.last_cursor)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn


@overload
def naive_utc(moment: datetime) -> datetime: ...
@overload
def naive_utc(moment: None) -> None: ...
@overload
def naive_utc(moment: datetime | None) -> datetime | None: ...
def naive_utc(moment: datetime | None) -> datetime | None:
    """Datetimes are stored as naive UTC."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment
