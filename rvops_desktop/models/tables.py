"""The replica's tables: one SQLModel `table=True` class per collection the server syncs.

Every synced table has the same shape around its domain fields:
- `pk`: a local INTEGER PRIMARY KEY. SQLite keeps it stable across VACUUM, so the FTS5 indexes
  (external content, keyed by rowid) can point at it. It never leaves this machine.
- `id`: the server's id (unique), the key every change, mutation and query speaks of.
- `extra`: JSON of the fields the server sent that this version does not know yet, so a newer
  server never loses data in an older client and a later migration can promote them to columns.

Timestamps are the server's ISO-8601 UTC strings (they sort as text). Notes (SPEC S5, hidden
comments) are messages of kind `note`: they live in the conversation's timeline.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, Index, Table, text
from sqlmodel import Field, SQLModel

from .conversation_summary import ACTIVITY_SQL


def table_of(model: type[SQLModel]) -> Table:
    """The SQLAlchemy table SQLModel made for a table class."""
    table = model.__table__  # type: ignore[attr-defined]  # set by SQLModel's metaclass for table=True
    assert isinstance(table, Table)
    return table


def _json(default_factory: Callable[[], Any] | None = None) -> Any:
    return Field(default_factory=default_factory, sa_type=JSON) if default_factory else Field(
        default=None, sa_type=JSON)


class _Synced(SQLModel):
    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    extra: dict[str, Any] | None = _json()


# ---- people and structure -------------------------------------------------------------------
class WorkspaceBase(SQLModel):
    name: str | None = None
    distribution_method: str | None = None


class Workspace(WorkspaceBase, _Synced, table=True):
    __tablename__ = "workspace"


class UserBase(SQLModel):
    name: str | None = None
    email: str | None = None
    role: str | None = None
    team_ids: list[str] | None = _json(list)
    permissions: dict[str, bool] | None = _json()


class User(UserBase, _Synced, table=True):
    __tablename__ = "users"

    @property
    def active(self) -> bool:
        """False once an administrator deactivated the account. The server sends `active` with the
        user; the replica has no column for it, so it is kept in `extra`."""
        return (self.extra or {}).get("active") is not False

    @property
    def invite_pending(self) -> bool:
        """Invited and not signed in yet (has not chosen a password with the invite's code)."""
        return bool((self.extra or {}).get("invite_pending"))


class TeamBase(SQLModel):
    name: str | None = None
    member_ids: list[str] | None = _json(list)


class Team(TeamBase, _Synced, table=True):
    __tablename__ = "teams"


class PresenceBase(SQLModel):
    user_id: str | None = None
    status: str | None = None  # rvops_contract.wire.PresenceStatus: what the agent chose
    online: bool | None = None  # connected now (the server's word); see rvops_contract.presence
    updated_at: str | None = None


class Presence(PresenceBase, _Synced, table=True):
    __tablename__ = "presence"


class PropertyDefinitionBase(SQLModel):
    key: str | None = None
    label: str | None = None
    type: str | None = None
    options: list[Any] | None = _json()
    visible: bool | None = None
    position: int | None = None


class PropertyDefinition(PropertyDefinitionBase, _Synced, table=True):
    __tablename__ = "property_definitions"


# ---- CRM objects ----------------------------------------------------------------------------
class ContactBase(SQLModel):
    name: str | None = None
    phone: str | None = None
    instagram_id: str | None = None
    email: str | None = None
    owner_id: str | None = None
    tags: list[str] | None = _json(list)
    properties: dict[str, Any] | None = _json(dict)
    created_at: str | None = None
    updated_at: str | None = None


class Contact(ContactBase, _Synced, table=True):
    __tablename__ = "contacts"
    # Derived, local: every digit suffix of `phone` (>= 3 digits), so FTS5 prefix queries find
    # any fragment of a number ("98765", "1198765", "4321"). Written by the apply path.
    phone_search: str | None = None


class CompanyBase(SQLModel):
    contact_id: str | None = Field(default=None, index=True)
    name: str | None = None
    domain: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


class Company(CompanyBase, _Synced, table=True):
    __tablename__ = "companies"


class DealBase(SQLModel):
    contact_id: str | None = Field(default=None, index=True)
    title: str | None = None
    value: float | None = None
    pipeline: str | None = None
    stage: str | None = None
    owner_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


class Deal(DealBase, _Synced, table=True):
    __tablename__ = "deals"


class TaskBase(SQLModel):
    contact_id: str | None = Field(default=None, index=True)
    title: str | None = None
    due_at: str | None = None
    assignee_id: str | None = None
    done: bool | None = None
    created_at: str | None = None
    updated_at: str | None = None


class Task(TaskBase, _Synced, table=True):
    __tablename__ = "tasks"


# ---- the inbox ------------------------------------------------------------------------------
class ConversationBase(SQLModel):
    contact_id: str | None = Field(default=None, index=True)
    channel: str | None = None  # rvops_contract.wire.Channel
    status: str | None = None  # rvops_contract.wire.ConversationStatus
    assignee_id: str | None = None
    team_id: str | None = None
    opened_at: str | None = None
    closed_at: str | None = None
    closed_by: str | None = None
    last_inbound_at: str | None = None
    last_message_at: str | None = None
    last_message_preview: str | None = None
    unread: int | None = 0  # for the agent this replica belongs to
    window_closed_by_provider: bool | None = False
    queued_at: str | None = None  # waiting in the queue for an agent since (None: not queued)
    snoozed_until: str | None = None  # out of its holder's inbox until then (rvops_contract/snooze.py)
    labels: list[str] | None = _json(list)  # the agents' labels (rvops_contract/labels.py)


_ACTIVITY = ACTIVITY_SQL.replace("c.", "")  # the view scan's ORDER BY, as an index says it
_IN_INBOX_ORDER = (text(f"({_ACTIVITY} IS NULL)"), text(f"{_ACTIVITY} DESC"))


class Conversation(ConversationBase, _Synced, table=True):
    __tablename__ = "conversations"
    # An inbox view's rows in the inbox's order straight off an index (models/view_scan.py): its
    # first screen is read without sorting the whole view (≈ 40 ms at 90,000 rows).
    __table_args__ = (
        Index("ix_conversations_assignee_order", "assignee_id", "status", *_IN_INBOX_ORDER),
        Index("ix_conversations_team_order", "team_id", "status", *_IN_INBOX_ORDER),
        Index("ix_conversations_status_order", "status", *_IN_INBOX_ORDER),
    )


class MessageBase(SQLModel):
    conversation_id: str | None = None
    direction: str | None = None  # rvops_contract.wire.Direction
    kind: str | None = None  # rvops_contract.wire.MessageKind; "note" = hidden comment (S5)
    text: str | None = None
    status: str | None = None  # rvops_contract.wire.MessageStatus
    error_code: str | None = None
    error_text: str | None = None
    created_at: str | None = None
    author_id: str | None = None
    provider_id: str | None = None
    attachments: list[dict[str, Any]] | None = _json(list)  # {id, mime_type, filename, size, url}
    reply_to_id: str | None = None
    payload: dict[str, Any] | None = _json()  # location, contacts, interactive, reaction, template


class Message(MessageBase, _Synced, table=True):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_thread", "conversation_id", "created_at", "id"),)


class SnippetBase(SQLModel):
    shortcut: str | None = None
    title: str | None = None
    body: str | None = None


class Snippet(SnippetBase, _Synced, table=True):
    __tablename__ = "snippets"


class LabelBase(SQLModel):
    """A label of the workspace's catalogue (issue 16): conversations carry its name."""

    name: str | None = None  # rvops_contract.labels.normalise_label
    colour: str | None = None  # #RRGGBB


class Label(LabelBase, _Synced, table=True):
    __tablename__ = "labels"


class TemplateBase(SQLModel):
    name: str | None = None
    language: str | None = None
    category: str | None = None
    status: str | None = None  # Meta's: APPROVED, PENDING, REJECTED, PAUSED, DISABLED
    components: list[dict[str, Any]] | None = _json(list)


class Template(TemplateBase, _Synced, table=True):
    __tablename__ = "templates"


class CallBase(SQLModel):
    contact_id: str | None = Field(default=None, index=True)
    conversation_id: str | None = None
    direction: str | None = None
    number: str | None = None
    started_at: str | None = None
    duration_seconds: float | None = None
    outcome: str | None = None
    reason: str | None = None


class Call(CallBase, _Synced, table=True):
    __tablename__ = "calls"


class OtherRecord(SQLModel, table=True):
    """Records of collections this version does not know (kept verbatim, never lost)."""

    __tablename__ = "other_records"
    collection: str = Field(primary_key=True)
    id: str = Field(primary_key=True)
    record: dict[str, Any] | None = _json(dict)


# ---- local bookkeeping ----------------------------------------------------------------------
class SyncState(SQLModel, table=True):
    __tablename__ = "sync_state"
    key: str = Field(primary_key=True)
    value: str | None = None


class OutboxEntry(SQLModel, table=True):
    """One pending mutation, pushed in `seq` (FIFO) order with its client-generated id."""

    __tablename__ = "outbox"
    seq: int | None = Field(default=None, primary_key=True)
    mutation_id: str = Field(unique=True)
    type: str
    args: dict[str, Any] | None = _json(dict)
    created_at: str | None = None


class OutboxEffect(SQLModel, table=True):
    """One optimistic change a pending mutation made to the replica (replayed, rolled back)."""

    __tablename__ = "outbox_effects"
    pk: int | None = Field(default=None, primary_key=True)
    seq: int = Field(index=True)  # OutboxEntry.seq
    collection: str
    row_id: str
    op: str  # insert | update | delete
    fields: dict[str, Any] | None = _json()
    on_refuse: str = "restore"  # restore | fail
    __table_args__ = (Index("ix_outbox_effects_row", "collection", "row_id"),)


class OutboxBase(SQLModel, table=True):
    """The server's version of a row that pending effects are layered on (NULL: no such row)."""

    __tablename__ = "outbox_bases"
    collection: str = Field(primary_key=True)
    row_id: str = Field(primary_key=True)
    row: dict[str, Any] | None = _json()
    server_seen: bool = False  # the server sent this row after the first effect was queued


class Refusal(SQLModel, table=True):
    """A mutation the server refused, with its reason and the sentence to show the agent."""

    __tablename__ = "refusals"
    pk: int | None = Field(default=None, primary_key=True)
    mutation_id: str = Field(index=True)
    type: str
    args: dict[str, Any] | None = _json(dict)
    reason: str | None = None
    message: str | None = None
    targets: list[list[str]] | None = _json(list)  # [[collection, id], ...]
    refused_at: str | None = None


# collection name (as in rvops_contract.wire.COLLECTIONS) -> table class
TABLES: dict[str, type[SQLModel]] = {
    "workspace": Workspace,
    "users": User,
    "teams": Team,
    "property_definitions": PropertyDefinition,
    "contacts": Contact,
    "companies": Company,
    "deals": Deal,
    "tasks": Task,
    "conversations": Conversation,
    "messages": Message,
    "snippets": Snippet,
    "templates": Template,
    "calls": Call,
    "presence": Presence,
    "labels": Label,
}
