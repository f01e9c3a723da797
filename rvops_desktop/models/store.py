"""The replica's read API for the UI and the sync engine (no SQL outside this package).

Lists the inbox shows in bulk are frozen dataclasses (cheap, immutable); single objects are the
SQLModel table classes, detached from any session (reading them never touches the database).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Tuple, tuple_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from rvops_contract.wire import MessageKind

from .inbox_reads import InboxReads, _chunks
from .row_reads import constructed, one_by_id, table_of
from .summaries import (
    ContactHistory,
    ContactRecords,
    PropertySpec,
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
from .thread import PAGE_SIZE

if TYPE_CHECKING:
    from .replica import Replica

APPROVED = "APPROVED"
_MESSAGES = table_of(Message)


class Store(InboxReads):
    """Read queries over one replica. Each call is one consistent read transaction. The inbox's
    reads (plain SQL, no ORM: what the window's first paint needs) are `InboxReads`'."""

    def __init__(self, replica: Replica) -> None:
        super().__init__(replica)
        self._definitions: dict[bool, tuple[int, list[PropertySpec]]] = {}  # hidden -> (version, specs)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._replica.read() as conn, _session_on(conn) as session:
            yield session

    def warm(self) -> None:
        """Compile what opening a conversation and paging its thread run, on an idle turn before
        the agent's first click: SQLAlchemy compiles each statement's shape once (the first one
        also its types' cache keys, ≈ 30 ms in all) and keeps it for the engine's life."""
        self.conversation("")
        self.contact("")
        self.older_messages("", limit=1)
        self.older_messages("", "", limit=1, before_position=("", ""))

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
            records = self._records(session, contact_id, _held_records(session.connection(), contact_id))
        return ContactHistory(contact, conversations, templates, calls, records.companies, records.deals,
                              records.tasks)

    def contact_records(self, contact_id: str) -> ContactRecords:
        """Only the deals, companies and tasks (the panel's lists: read on every conversation switch).
        Most contacts have none: one plain indexed probe says which of the three tables hold any,
        and only those are read as models (≈ 0.5 ms each; an ORM session only when one is)."""
        with self._replica.read() as conn:
            held = _held_records(conn, contact_id)
            if not any(held):
                return ContactRecords([], [], [])
            with _session_on(conn) as session:
                return self._records(session, contact_id, held)

    @staticmethod
    def _records(session: Session, contact_id: str, held: tuple[bool, bool, bool]) -> ContactRecords:
        """In the order the panel lists them: companies by name; deals newest first; tasks to do
        before those done, the soonest due first (undated after), then as they were made. One just
        created here (not yet on the server: no time) comes last of its group."""
        def made(table: type[Task]) -> tuple[Any, ...]:
            return col(table.created_at).is_(None), col(table.created_at), col(table.id)
        return ContactRecords(
            list(session.exec(select(Company).where(Company.contact_id == contact_id)
                              .order_by(col(Company.name), col(Company.id)))) if held[0] else [],
            list(session.exec(select(Deal).where(Deal.contact_id == contact_id)
                              .order_by(col(Deal.created_at).is_(None), col(Deal.created_at).desc(), col(Deal.id))))
            if held[1] else [],
            list(session.exec(select(Task).where(Task.contact_id == contact_id)
                              .order_by(col(Task.done).is_(True), col(Task.due_at).is_(None), col(Task.due_at),
                                        *made(Task)))) if held[2] else [])

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
        is required. Read once per change to the definitions (the contact panel asks on every
        switch of conversation)."""
        version = self._replica.version_of("property_definitions")
        kept = self._definitions.get(hidden)
        if kept is not None and kept[0] == version:
            return list(kept[1])
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
        specs.sort(key=lambda s: (s.position, s.key))
        self._definitions[hidden] = (version, specs)
        return list(specs)

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


def _anchor(conn: Connection, message_id: str) -> tuple[str | None, str] | None:
    row = conn.execute(sa_select(_MESSAGES.c.created_at, _MESSAGES.c.id)
                       .where(_MESSAGES.c.id == message_id)).first()
    return None if row is None else (row[0], row[1])


def _thread_position() -> Tuple:
    """(created_at, id): a row value, so a page boundary is a range of ix_messages_thread
    (conversation_id, created_at, id) rather than a filter over the whole thread."""
    return tuple_(_MESSAGES.c.created_at, _MESSAGES.c.id)


@contextmanager
def _session_on(conn: Connection) -> Iterator[Session]:
    """An ORM session over `conn`'s open read; its instances come out detached."""
    session = Session(bind=conn, expire_on_commit=False)
    try:
        yield session
    finally:
        session.expunge_all()
        session.close()


def _held_records(conn: Connection, contact_id: str) -> tuple[bool, bool, bool]:
    """Whether the contact has any company, deal, task (one indexed probe of each table)."""
    row = conn.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM companies WHERE contact_id = ?), EXISTS (SELECT 1 FROM deals "
        "WHERE contact_id = ?), EXISTS (SELECT 1 FROM tasks WHERE contact_id = ?)", (contact_id,) * 3).one()
    return bool(row[0]), bool(row[1]), bool(row[2])
