"""`InboxReads`: the inbox's reads over one replica, in plain SQL (no ORM classes), so the window
can paint its conversation list before SQLModel and the replica's table classes are imported
(`Store` adds the rest; `Replica.views` is one of these, `Replica.store` the whole `Store`)."""
from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from . import search as _search
from .cursor import CURSOR_SQL, as_cursor
from .schema import raw_connection
from .summaries import (
    _BULK_SUMMARY_SQL,
    _SUMMARY_SQL,
    ConversationSummary,
    SearchMatch,
    View,
    ViewKind,
    _inbox_order,
    _summaries,
    _summary,
)
from .text import fold

if TYPE_CHECKING:
    from .replica import Replica

_IN_CHUNK = 500  # ids per IN (...) list
# Whole-view scans (the inbox's 100,000 rows) read through their own short-lived connection with
# memory-mapped I/O off and a small page cache: the pages pass through and are dropped, instead
# of staying mapped in the process (≈ 55 MB of resident memory for a 100,000-row view).
SCAN_CACHE_KIB = 2048
SCAN_BUSY_TIMEOUT_S = 5.0


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start:start + _IN_CHUNK]


class InboxReads:
    """Each call is one consistent read transaction."""

    def __init__(self, replica: Replica) -> None:
        self._replica = replica

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        """A DB-API cursor in one read transaction: on the replica's own connection once its
        SQLAlchemy engine is made, before that (the window's first paint) on a private one."""
        if self._replica.has_engine or self._replica.path is None:
            with self._own_cursor() as cursor:
                yield cursor
        else:
            with self._scan() as cursor:
                yield cursor

    @contextmanager
    def _own_cursor(self) -> Iterator[sqlite3.Cursor]:
        """A DB-API cursor on the replica's own connection, in one read transaction."""
        with self._replica.read() as conn:
            cursor = raw_connection(conn).cursor()
            try:
                yield cursor
            finally:
                cursor.close()

    @contextmanager
    def _scan(self) -> Iterator[sqlite3.Cursor]:
        """A DB-API cursor in one read transaction, for reading a whole view in one pass (rows
        as plain tuples, no SQLAlchemy Row objects). File replicas: a private connection without
        mmap and with a small cache (see SCAN_CACHE_KIB); an in-memory replica: its own one."""
        path = self._replica.path
        if path is None:
            with self._own_cursor() as cursor:
                yield cursor
            return
        db = sqlite3.connect(str(path), timeout=SCAN_BUSY_TIMEOUT_S, isolation_level=None,
                             check_same_thread=False)
        try:
            for pragma in ("mmap_size = 0", f"cache_size = -{SCAN_CACHE_KIB}", "query_only = 1"):
                db.execute(f"PRAGMA {pragma}")
            db.execute("BEGIN")
            cursor = db.cursor()
            try:
                yield cursor
            finally:
                cursor.close()
        finally:
            db.close()

    # ---- inbox -------------------------------------------------------------------------------
    def conversations_for_view(self, view: View | str, user_id: str | None = None,
                               team_ids: Collection[str] = ()) -> list[ConversationSummary]:
        """The view's conversations, sorted by `inbox_sort_key` (`InboxModel` takes the list as
        it is: `SortedEventedList._reset(items, in_order=True)`, no second sort)."""
        view = View.parse(view) if isinstance(view, str) else view
        if view.kind == ViewKind.SEARCH:
            best: dict[str, Any] = {}  # each conversation's best hit (hits come best first)
            for hit in self.search(view.query or ""):
                if hit.conversation_id and hit.conversation_id not in best:
                    best[hit.conversation_id] = hit
            return _inbox_order([
                SearchMatch.of(s, best[s.id].message_id,
                               _search.snippet(best[s.id].text, view.query or "") if best[s.id].message_id else None)
                for s in self.conversation_summaries(list(best))])
        condition, params = view.where(user_id, list(team_ids))
        with self._scan() as cursor:
            cursor.execute(f"{_BULK_SUMMARY_SQL} WHERE {condition}", tuple(params))
            activity: list[str | None] = []
            items = _summaries(cursor, activity)
        return _inbox_order(items, activity)

    def conversation_summaries(self, ids: Iterable[str], view: View | None = None,
                               user_id: str | None = None, team_ids: Collection[str] = ()
                               ) -> list[ConversationSummary]:
        """The summaries of `ids` (restricted to those in `view`, if given), unsorted."""
        ids = list(ids)
        condition, params = ("1", []) if view is None or view.kind == ViewKind.SEARCH else view.where(
            user_id, list(team_ids))
        out: list[ConversationSummary] = []
        with self._cursor() as cursor:
            for chunk in _chunks(ids):
                marks = ", ".join("?" for _ in chunk)
                rows = cursor.execute(f"{_SUMMARY_SQL} WHERE c.id IN ({marks}) AND {condition}",
                                      (*chunk, *params)).fetchall()
                out.extend(map(_summary, rows))
        return out

    def waiting_in_queues(self) -> list[ConversationSummary]:
        """Every open conversation no agent holds (the queues of all teams this replica sees),
        unsorted; the supervisor's dashboard (models/supervision.py) orders them by waiting time."""
        with self._scan() as cursor:
            cursor.execute(f"{_BULK_SUMMARY_SQL} WHERE c.status = 'open' AND c.assignee_id IS NULL")
            return _summaries(cursor)

    def open_loads(self) -> dict[str, int]:
        """Open conversations held per agent (what routing weighs against an agent's capacity)."""
        with self._scan() as cursor:
            cursor.execute("SELECT assignee_id, count(*) FROM conversations WHERE status = 'open' "
                           "AND assignee_id IS NOT NULL GROUP BY assignee_id")
            return {row[0]: row[1] for row in cursor}

    def sync_cursor(self) -> int | None:
        """The newest server change in the replica (None: never synced) — `Replica.cursor`, asked
        before the first paint (is this a first sign-in?) and by the sync engine's catch-up."""
        with self._cursor() as cursor:
            row = cursor.execute(CURSOR_SQL).fetchone()
        return None if row is None else as_cursor(row[0])

    def has_conversations(self) -> bool:
        """Whether the replica holds any conversation at all (a new workspace's has none): the empty
        pane asks, before the first paint."""
        with self._cursor() as cursor:
            return cursor.execute("SELECT 1 FROM conversations LIMIT 1").fetchone() is not None

    def labels_in_use(self) -> list[str]:
        """Every label on a conversation of this replica, sorted (the filter bar's choices)."""
        with self._cursor() as cursor:
            return [row[0] for row in cursor.execute(
                "SELECT DISTINCT value FROM conversations, json_each(conversations.labels) "
                "WHERE json_valid(conversations.labels) ORDER BY value").fetchall()]

    def conversation_ids_for_view(self, view: View | str, user_id: str | None = None,
                                  team_ids: Collection[str] = ()) -> set[str]:
        """The ids of `conversations_for_view` (for membership tests, e.g. the notifier's "is it
        new to me?"): one indexed query, no summaries built (≈ 50 ms, not ≈ 450 ms, for 90,000)."""
        view = View.parse(view) if isinstance(view, str) else view
        if view.kind == ViewKind.SEARCH:
            return {s.id for s in self.conversations_for_view(view)}
        condition, params = view.where(user_id, list(team_ids))
        with self._scan() as cursor:
            cursor.execute(f"SELECT c.id FROM conversations AS c WHERE {condition}", tuple(params))
            return {row[0] for row in cursor}

    def unread_counts(self, views: Iterable[View | str], user_id: str | None = None,
                      team_ids: Collection[str] = ()) -> dict[View, int]:
        """For each view, how many of its conversations are unread: the number
        `sum(1 for s in conversations_for_view(view, ...) if s.unread)` gives, counted by SQLite
        (one COUNT per view, no summaries built: a background count of a 100,000-row view then
        holds the GIL for microseconds, not the ~100 ms building its summaries takes)."""
        parsed = [View.parse(v) if isinstance(v, str) else v for v in views]
        counted: dict[View, int] = {}
        with self._scan() as cursor:
            for view in parsed:
                if view.kind != ViewKind.SEARCH:
                    condition, params = view.where(user_id, list(team_ids))
                    cursor.execute(f"SELECT count(*) FROM conversations AS c WHERE ({condition}) "
                                   "AND coalesce(c.unread, 0) != 0", tuple(params))
                    counted[view] = cursor.fetchone()[0]
        return {view: counted[view] if view in counted else
                sum(1 for s in self.conversations_for_view(view) if s.unread) for view in parsed}

    def conversation_ids_of_contacts(self, contact_ids: Iterable[str]) -> list[str]:
        contact_ids = list(contact_ids)
        out: list[str] = []
        with self._cursor() as cursor:
            for chunk in _chunks(contact_ids):
                marks = ", ".join("?" for _ in chunk)
                out.extend(r for (r,) in cursor.execute(
                    f"SELECT id FROM conversations WHERE contact_id IN ({marks})", tuple(chunk)).fetchall())
        return out

    # ---- search ------------------------------------------------------------------------------
    def search(self, query: str, limit: int = _search.DEFAULT_LIMIT) -> list[_search.SearchHit]:
        with self._replica.read() as conn:
            return _search.search(conn, query, limit)

    # ---- the agent's own status -----------------------------------------------------------------
    def chosen_status(self, user_id: str) -> str | None:
        """The status the agent chose (online/away/offline), connected or not."""
        with self._cursor() as cursor:
            row = cursor.execute("SELECT status FROM presence WHERE id = ?", (user_id,)).fetchone()
            return None if row is None else str(row[0]) if row[0] is not None else None

    # ---- names the list shows -----------------------------------------------------------------
    def team_names(self) -> list[tuple[str, str | None]]:
        """(team id, name), in `Store.teams()`'s order (by folded name)."""
        with self._cursor() as cursor:
            rows = cursor.execute("SELECT id, name FROM teams").fetchall()
        return sorted(((row[0], row[1]) for row in rows), key=lambda team: fold(team[1]))

    def display_name(self, user_or_team_id: str) -> str:
        """A user's name (else e-mail), or a team's name (a transfer's target may be either); ""
        when neither is in the replica."""
        with self._cursor() as cursor:
            user = cursor.execute("SELECT name, email FROM users WHERE id = ?", (user_or_team_id,)).fetchone()
            if user is not None:
                return str(user[0] or user[1] or "")
            team = cursor.execute("SELECT name FROM teams WHERE id = ?", (user_or_team_id,)).fetchone()
            return str(team[0] or "") if team is not None else ""
