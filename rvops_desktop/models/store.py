"""The replica's read API for the UI and the sync engine (no SQL outside this package).

Lists the inbox shows in bulk are frozen dataclasses (cheap, immutable); single objects are the
SQLModel table classes, detached from any session (reading them never touches the database).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Tuple, tuple_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from rvops_contract.wire import MessageKind

from . import search as _search
from .row_reads import constructed, one_by_id, table_of
from .schema import raw_connection
from .summaries import (
    _BULK_SUMMARY_SQL,
    _SUMMARY_SQL,
    ContactHistory,
    ContactRecords,
    ConversationSummary,
    PropertySpec,
    SearchMatch,
    View,
    ViewKind,
    _inbox_order,
    _summaries,
    _summary,
)
from .tables import (
    Call,
    Company,
    Contact,
    Conversation,
    Deal,
    Label,
    Message,
    Presence,
    PropertyDefinition,
    Snippet,
    Task,
    Team,
    Template,
    User,
    Workspace,
)
from .text import fold

if TYPE_CHECKING:
    from .replica import Replica

PAGE_SIZE = 50
APPROVED = "APPROVED"
_IN_CHUNK = 500  # ids per IN (...) list
_MESSAGES = table_of(Message)
# Whole-view scans (the inbox's 100,000 rows) read through their own short-lived connection with
# memory-mapped I/O off and a small page cache: the pages pass through and are dropped, instead
# of staying mapped in the process (≈ 55 MB of resident memory for a 100,000-row view).
SCAN_CACHE_KIB = 2048
SCAN_BUSY_TIMEOUT_S = 5.0


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start:start + _IN_CHUNK]


class Store:
    """Read queries over one replica. Each call is one consistent read transaction."""

    def __init__(self, replica: Replica) -> None:
        self._replica = replica

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._replica.read() as conn:
            session = Session(bind=conn, expire_on_commit=False)
            try:
                yield session
            finally:
                session.expunge_all()
                session.close()

    @contextmanager
    def _scan(self) -> Iterator[sqlite3.Cursor]:
        """A DB-API cursor in one read transaction, for reading a whole view in one pass (rows
        as plain tuples, no SQLAlchemy Row objects). File replicas: a private connection without
        mmap and with a small cache (see SCAN_CACHE_KIB); an in-memory replica: its own one."""
        path = self._replica.path
        if path is None:
            with self._replica.read() as conn:
                cursor = raw_connection(conn).cursor()
                try:
                    yield cursor
                finally:
                    cursor.close()
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
        with self._replica.read() as conn:
            for chunk in _chunks(ids):
                marks = ", ".join("?" for _ in chunk)
                rows = conn.exec_driver_sql(
                    f"{_SUMMARY_SQL} WHERE c.id IN ({marks}) AND {condition}",
                    (*chunk, *params)).all()
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

    def labels_in_use(self) -> list[str]:
        """Every label on a conversation of this replica, sorted (the filter bar's choices)."""
        with self._replica.read() as conn:
            return [row[0] for row in conn.exec_driver_sql(
                "SELECT DISTINCT value FROM conversations, json_each(conversations.labels) "
                "WHERE json_valid(conversations.labels) ORDER BY value").all()]

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
        with self._replica.read() as conn:
            for chunk in _chunks(contact_ids):
                marks = ", ".join("?" for _ in chunk)
                out.extend(r for (r,) in conn.exec_driver_sql(
                    f"SELECT id FROM conversations WHERE contact_id IN ({marks})", tuple(chunk)))
        return out

    def conversation(self, conversation_id: str) -> Conversation | None:
        with self._replica.read() as conn:
            return one_by_id(conn, Conversation, conversation_id)

    # ---- threads -----------------------------------------------------------------------------
    def messages_page(self, conversation_id: str, before: str | None = None,
                      limit: int = PAGE_SIZE) -> list[Message]:
        """Up to `limit` messages older than message `before` (None: the newest), oldest first."""
        return self.older_messages(conversation_id, before, limit)[0]

    def older_messages(self, conversation_id: str, before: str | None = None,
                       limit: int = PAGE_SIZE, *, before_position: tuple[str | None, str] | None = None
                       ) -> tuple[list[Message], bool]:
        """`messages_page` and whether older messages exist beyond it, in one query (it reads
        `limit + 1` rows down the thread index, newest first). `before_position`: message
        `before`'s (created_at, id), when the caller holds that row (saves looking it up)."""
        with self._replica.read() as conn:
            query = sa_select(_MESSAGES).where(_MESSAGES.c.conversation_id == conversation_id)
            if before is not None:
                anchor = before_position if before_position is not None else _anchor(conn, before)
                if anchor is not None:
                    query = query.where(_thread_position() < tuple_(*anchor))
            rows = conn.execute(query.order_by(_MESSAGES.c.created_at.desc(), _MESSAGES.c.id.desc())
                                .limit(limit + 1)).all()
        return constructed(Message, reversed(rows[:limit])), len(rows) > limit

    def messages_after(self, conversation_id: str, after: str, limit: int = PAGE_SIZE
                       ) -> list[Message]:
        """Up to `limit` messages newer than message `after`, oldest first."""
        return self.newer_messages(conversation_id, after, limit)[0]

    def newer_messages(self, conversation_id: str, after: str, limit: int = PAGE_SIZE
                       ) -> tuple[list[Message], bool]:
        """`messages_after` and whether newer messages exist beyond it, in one query."""
        with self._replica.read() as conn:
            query = sa_select(_MESSAGES).where(_MESSAGES.c.conversation_id == conversation_id)
            anchor = _anchor(conn, after)
            if anchor is not None:
                query = query.where(_thread_position() > tuple_(*anchor))
            rows = conn.execute(query.order_by(_MESSAGES.c.created_at, _MESSAGES.c.id).limit(limit + 1)).all()
        return constructed(Message, rows[:limit]), len(rows) > limit

    def messages_around(self, conversation_id: str, message_id: str, limit: int = PAGE_SIZE
                        ) -> list[Message]:
        """A page with `message_id` in the middle (to open a search hit), oldest first."""
        older = self.messages_page(conversation_id, before=message_id, limit=limit // 2)
        target = self.message(message_id)
        newer = self.messages_after(conversation_id, message_id, limit - len(older) - 1)
        return [*older, *([target] if target else []), *newer]

    def messages(self, ids: Iterable[str]) -> list[Message]:
        ids = list(ids)
        out: list[Message] = []
        with self._session() as session:
            for chunk in _chunks(ids):
                out.extend(session.exec(select(Message).where(col(Message.id).in_(chunk))).all())
        return out

    def message(self, message_id: str) -> Message | None:
        found = self.messages([message_id])
        return found[0] if found else None

    # ---- contacts ----------------------------------------------------------------------------
    def contact(self, contact_id: str) -> Contact | None:
        with self._replica.read() as conn:
            return one_by_id(conn, Contact, contact_id)

    def contact_history(self, contact_id: str) -> ContactHistory:
        with self._session() as session:
            contact = session.exec(select(Contact).where(Contact.id == contact_id)).first()
            conversations = list(session.exec(
                select(Conversation).where(Conversation.contact_id == contact_id)).all())
            conversations.sort(key=lambda c: c.last_message_at or c.opened_at or "", reverse=True)
            ids = [c.id for c in conversations]
            templates = list(session.exec(select(Message).where(
                col(Message.conversation_id).in_(ids), Message.kind == str(MessageKind.TEMPLATE))
                .order_by(col(Message.created_at).desc())).all()) if ids else []
            calls = list(session.exec(select(Call).where(Call.contact_id == contact_id)
                                      .order_by(col(Call.started_at).desc())).all())
            records = self._records(session, contact_id)
        return ContactHistory(contact, conversations, templates, calls, records.companies, records.deals,
                              records.tasks)

    def contact_records(self, contact_id: str) -> ContactRecords:
        """Only the deals, companies and tasks (the panel's lists: read on every conversation switch)."""
        with self._session() as session:
            return self._records(session, contact_id)

    @staticmethod
    def _records(session: Session, contact_id: str) -> ContactRecords:
        """Most contacts have no deal, company or task: one plain indexed probe says which of the
        three tables hold any, and only those are read as models (≈ 0.5 ms each)."""
        held = session.connection().exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM companies WHERE contact_id = ?), EXISTS (SELECT 1 FROM deals "
            "WHERE contact_id = ?), EXISTS (SELECT 1 FROM tasks WHERE contact_id = ?)", (contact_id,) * 3).one()
        return ContactRecords(
            list(session.exec(select(Company).where(Company.contact_id == contact_id))) if held[0] else [],
            list(session.exec(select(Deal).where(Deal.contact_id == contact_id))) if held[1] else [],
            list(session.exec(select(Task).where(Task.contact_id == contact_id))) if held[2] else [])

    # ---- search ------------------------------------------------------------------------------
    def search(self, query: str, limit: int = _search.DEFAULT_LIMIT) -> list[_search.SearchHit]:
        with self._replica.read() as conn:
            return _search.search(conn, query, limit)

    # ---- reference data ----------------------------------------------------------------------
    def snippets(self, filter: str = "") -> list[Snippet]:
        """Snippets whose shortcut starts with, or title/body contains, `filter` (accent- and
        case-insensitive; a leading "/" is ignored), shortcut order."""
        needle = fold(filter.lstrip("/"))
        with self._session() as session:
            rows = list(session.exec(select(Snippet)).all())
        hits = [s for s in rows if not needle or fold(s.shortcut).startswith(needle)
                or needle in fold(s.title) or needle in fold(s.body)]
        return sorted(hits, key=lambda s: (not fold(s.shortcut).startswith(needle),
                                           fold(s.shortcut)))

    def templates(self, approved_only: bool = True) -> list[Template]:
        with self._session() as session:
            query = select(Template)
            if approved_only:
                query = query.where(Template.status == APPROVED)
            return sorted(session.exec(query).all(), key=lambda t: (fold(t.name), t.language or ""))

    def users(self) -> list[User]:
        with self._session() as session:
            return sorted(session.exec(select(User)).all(), key=lambda u: fold(u.name))

    def property_definitions(self, *, hidden: bool = False) -> list[PropertySpec]:
        """The contact properties the workspace shows in the contact panel, in their order (those
        configured hidden are left out, unless `hidden`), each with its kind, choices and whether it
        is required."""
        with self._session() as session:
            rows = session.exec(select(PropertyDefinition)).all()
        specs = []
        for d in rows:
            extra = d.extra or {}
            shown = d.visible if d.visible is not None else extra.get("show_in_panel")
            if (shown is False and not hidden) or not d.key:
                continue
            specs.append(PropertySpec(d.key, d.label or d.key, d.type or "text",
                                      list(d.options or extra.get("choices") or []), d.position or 0,
                                      bool(extra.get("required"))))
        return sorted(specs, key=lambda s: (s.position, s.key))

    def user(self, user_id: str) -> User | None:
        with self._session() as session:
            return session.exec(select(User).where(User.id == user_id)).first()

    def label_catalogue(self) -> list[Label]:
        """The workspace's labels (issue 16), by name."""
        with self._session() as session:
            return sorted(session.exec(select(Label)).all(), key=lambda label: fold(label.name))

    def property_definition_rows(self) -> list[PropertyDefinition]:
        """Every property definition, hidden ones too, in their order (the settings' list)."""
        with self._session() as session:
            rows = session.exec(select(PropertyDefinition)).all()
        return sorted(rows, key=lambda d: (d.position or 0, d.key or ""))

    def workspace(self) -> Workspace | None:
        with self._session() as session:
            return session.exec(select(Workspace)).first()

    def teams(self) -> list[Team]:
        with self._session() as session:
            return sorted(session.exec(select(Team)).all(), key=lambda t: fold(t.name))

    def presence(self) -> dict[str, str]:
        """user id -> presence as colleagues see it (online/away/offline: a chosen status counts only
        while connected, rvops_contract.presence); users never seen are absent."""
        from rvops_contract.presence import shown_presence
        with self._session() as session:
            return {p.user_id or p.id: str(shown_presence(p.status, p.online))
                    for p in session.exec(select(Presence)).all()}

    def chosen_status(self, user_id: str) -> str | None:
        """The status the agent chose (online/away/offline), connected or not."""
        with self._session() as session:
            row = session.exec(select(Presence).where(Presence.id == user_id)).first()
            return row.status if row is not None else None


def _anchor(conn: Connection, message_id: str) -> tuple[str | None, str] | None:
    row = conn.execute(sa_select(_MESSAGES.c.created_at, _MESSAGES.c.id)
                       .where(_MESSAGES.c.id == message_id)).first()
    return None if row is None else (row[0], row[1])


def _thread_position() -> Tuple:
    """(created_at, id): a row value, so a page boundary is a range of ix_messages_thread
    (conversation_id, created_at, id) rather than a filter over the whole thread."""
    return tuple_(_MESSAGES.c.created_at, _MESSAGES.c.id)
