"""The wire contract between the server and its clients (our desktop and integrators).

Shapes only: enums for every status, the mutation envelope and each mutation's arguments,
the change record the sync endpoints return. No I/O, no Qt, no server imports.
"""
from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from rvops_contract.business_hours import WeeklyHours
from rvops_contract.chatbot import ChatbotConfig
from rvops_contract.permissions import Permission

API_PREFIX = "/api/v1"
MAX_MUTATIONS_PER_BATCH = 500
MAX_TEXT_LENGTH = 4096  # WhatsApp's own limit for a text body
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024
MAX_CAPACITY = 1000  # the most open conversations one agent may be given


class Channel(StrEnum):
    WHATSAPP = "whatsapp"
    INSTAGRAM = "instagram"
    WEBCHAT = "webchat"


class ConversationStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class MessageKind(StrEnum):
    TEXT = "text"
    MEDIA = "media"
    TEMPLATE = "template"
    LOCATION = "location"
    CONTACTS = "contacts"
    ORDER = "order"  # a cart from the WhatsApp catalog
    INTERACTIVE = "interactive"
    REACTION = "reaction"
    CALL = "call"
    SYSTEM = "system"
    NOTE = "note"
    UNSUPPORTED = "unsupported"


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"
    RECEIVED = "received"  # inbound messages


class Role(StrEnum):
    """The roles an administrator gives (rvops_contract.permissions.ROLE_PERMISSIONS has their flags)."""

    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    AGENT = "agent"


class PresenceStatus(StrEnum):
    ONLINE = "online"
    AWAY = "away"
    OFFLINE = "offline"


class DistributionMethod(StrEnum):
    MANUAL = "manual"
    OWNER = "owner"
    LEAST_BUSY = "least_busy"
    RANDOM = "random"


class MutationType(StrEnum):
    SEND_MESSAGE = "send_message"
    REACT = "react"  # the agent reacts to a customer's (or a colleague's) message with an emoji
    ADD_NOTE = "add_note"
    CLAIM = "claim"
    TRANSFER = "transfer"
    CLOSE = "close"
    REOPEN = "reopen"
    SET_LABELS = "set_labels"  # the conversation's labels, whole (rvops_contract/labels.py)
    SNOOZE = "snooze"  # out of the holder's inbox until a time (or the customer writes); until=None wakes it
    RESUME = "resume"
    UPDATE_CONTACT = "update_contact"
    CREATE_CONTACT = "create_contact"  # the contacts directory (issue 18): the phone by rvops_contract.phones
    MERGE_CONTACTS = "merge_contacts"  # a duplicate folded into the contact kept (`merge_contacts`)
    CREATE_DEAL = "create_deal"
    CREATE_COMPANY = "create_company"
    CREATE_TASK = "create_task"
    UPDATE_DEAL = "update_deal"
    UPDATE_TASK = "update_task"
    MARK_READ = "mark_read"
    SET_STATUS = "set_status"
    UPSERT_SNIPPET = "upsert_snippet"
    DELETE_SNIPPET = "delete_snippet"
    SET_DISTRIBUTION_METHOD = "set_distribution_method"
    LOG_CALL = "log_call"
    START_CONVERSATION = "start_conversation"
    SET_CAPACITY = "set_capacity"
    # workspace administration (issue 16): `manage_users`
    CREATE_USER = "create_user"
    UPDATE_USER = "update_user"
    DEACTIVATE_USER = "deactivate_user"
    REACTIVATE_USER = "reactivate_user"
    RESET_PASSWORD = "reset_password"
    REISSUE_INVITE = "reissue_invite"  # a new code for a user who has not accepted theirs
    CHANGE_PASSWORD = "change_password"  # oneself
    CREATE_TEAM = "create_team"
    UPDATE_TEAM = "update_team"
    DELETE_TEAM = "delete_team"
    # the chatbot of a channel (issue 18 #3): `manage_distribution`
    SET_CHATBOT = "set_chatbot"
    # the workspace's catalogue (issue 16): manage_properties, manage_labels, manage_templates
    UPSERT_PROPERTY_DEFINITION = "upsert_property_definition"
    DELETE_PROPERTY_DEFINITION = "delete_property_definition"
    UPSERT_LABEL = "upsert_label"
    DELETE_LABEL = "delete_label"
    SET_CONVERSATION_LABELS = "set_conversation_labels"  # set_labels by the catalogue's ids
    CREATE_TEMPLATE = "create_template"  # submitted to Meta, PENDING until Meta's review
    DELETE_TEMPLATE = "delete_template"


class Reason(StrEnum):
    """Machine-readable refusal reasons; each result also carries a sentence for people."""

    WINDOW_CLOSED = "window_closed"
    FORBIDDEN = "forbidden"
    NOT_ASSIGNED = "not_assigned"
    CONFLICT = "conflict"
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    TEMPLATE_NOT_APPROVED = "template_not_approved"
    ATTACHMENT_REFUSED = "attachment_refused"
    CLOSED = "closed"


class ChangeOp(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


# Collections the sync endpoints speak of, in bootstrap order.
COLLECTIONS = (
    "workspace", "users", "teams", "property_definitions", "contacts", "companies", "deals",
    "tasks", "conversations", "messages", "snippets", "templates", "calls", "presence", "labels",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Mutation(_Strict):
    mutation_id: str = Field(min_length=8, max_length=64)
    type: MutationType
    args: dict[str, Any] = Field(default_factory=dict)


class MutationBatch(_Strict):
    mutations: list[Mutation] = Field(max_length=MAX_MUTATIONS_PER_BATCH)


class MutationResult(BaseModel):
    mutation_id: str
    status: Literal["accepted", "refused"]
    reason: Reason | None = None
    message: str | None = None
    data: dict[str, Any] | None = None  # e.g. ids the server assigned
    # accepted: the change-log cursor that holds the mutation's effects (0: it changed nothing);
    # a client whose replica is at or past it has the server's result, no optimistic fold. Refused: None.
    cursor: int | None = None


# ---- arguments of each mutation type ---------------------------------------------------------
class SendMessageArgs(_Strict):
    conversation_id: str
    text: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    message_id: str | None = Field(default=None, max_length=64)  # client-chosen id of the new row
    attachment_id: str | None = None  # an upload already stored on the server
    reply_to_id: str | None = None


class ReactArgs(_Strict):
    conversation_id: str
    target_id: str  # our id of the message reacted to
    emoji: str = Field(min_length=1, max_length=16)
    message_id: str | None = Field(default=None, max_length=64)  # client-chosen id of the reaction's row


class AddNoteArgs(_Strict):
    conversation_id: str
    text: str = Field(min_length=1, max_length=MAX_TEXT_LENGTH)
    message_id: str | None = Field(default=None, max_length=64)


class ClaimArgs(_Strict):
    conversation_id: str


class TransferArgs(_Strict):
    conversation_id: str
    to_user_id: str | None = None
    to_team_id: str | None = None
    note: str | None = Field(default=None, max_length=MAX_TEXT_LENGTH)


class CloseArgs(_Strict):
    conversation_id: str


class SnoozeArgs(_Strict):
    """Until `until` (ISO-8601 UTC, in the future, at most MAX_SNOOZE away), or None: awake now."""

    conversation_id: str
    until: str | None = None


class SetLabelsArgs(_Strict):
    conversation_id: str
    labels: list[str]


class ReopenArgs(_Strict):
    """A closed conversation back in the inbox of the agent who reopens it."""

    conversation_id: str


class ResumeArgs(_Strict):
    conversation_id: str
    template_name: str
    language: str
    variables: list[str] = Field(default_factory=list)
    message_id: str | None = Field(default=None, max_length=64)


class StartConversationArgs(_Strict):
    """Active outbound on WhatsApp (S10): an approved template to a contact in no open conversation."""

    contact_id: str
    template_name: str
    language: str
    variables: list[str] = Field(default_factory=list)
    conversation_id: str | None = Field(default=None, max_length=64)  # client-chosen id of the new conversation
    message_id: str | None = Field(default=None, max_length=64)


class UpdateContactArgs(_Strict):
    contact_id: str
    fields: dict[str, Any]


class CreateContactArgs(_Strict):
    """A contact typed in (the directory, or a number typed into New conversation). `phone` is read
    by rvops_contract.phones (national numbers as Brazilian) and stored in E.164; no other contact may
    have it. `properties` are checked against their definitions (rvops_contract.properties)."""

    name: str = Field(min_length=1, max_length=200)
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=320)
    tags: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)
    owner_id: str | None = None  # None: the agent who creates it
    id: str | None = Field(default=None, min_length=1, max_length=64)  # client-chosen id of the new row


class MergeContactsArgs(_Strict):
    """`duplicate_id`'s conversations, calls, deals, companies, tasks, tags and the properties
    `keep_id` lacks move to `keep_id`; the duplicate is deleted."""

    keep_id: str
    duplicate_id: str


class CreateDealArgs(_Strict):
    contact_id: str
    title: str = Field(min_length=1, max_length=200)
    value: float = 0
    pipeline: str = "default"
    stage: str = "new"
    id: str | None = None


class CreateCompanyArgs(_Strict):
    contact_id: str
    name: str = Field(min_length=1, max_length=200)
    domain: str | None = None
    id: str | None = None


class CreateTaskArgs(_Strict):
    contact_id: str
    title: str = Field(min_length=1, max_length=200)
    due_at: str | None = None
    assignee_id: str | None = None
    id: str | None = None


class UpdateDealArgs(_Strict):
    """Move a deal along the pipeline (rvops_contract.deals.STAGES), rename it, change its value."""

    id: str
    stage: str | None = None
    title: str | None = Field(default=None, min_length=1, max_length=200)
    value: float | None = None


class UpdateTaskArgs(_Strict):
    """Tick a task done (or not), rename it."""

    id: str
    done: bool | None = None
    title: str | None = Field(default=None, min_length=1, max_length=200)


class MarkReadArgs(_Strict):
    conversation_id: str


class SetStatusArgs(_Strict):
    status: PresenceStatus


class UpsertSnippetArgs(_Strict):
    id: str | None = None
    shortcut: str = Field(min_length=1, max_length=40, pattern=r"^[\w\-]+$")
    title: str = Field(min_length=1, max_length=120)
    body: str = Field(min_length=1, max_length=MAX_TEXT_LENGTH)


class DeleteSnippetArgs(_Strict):
    id: str


class SetDistributionMethodArgs(_Strict):
    method: DistributionMethod
    team_id: str | None = None


class SetCapacityArgs(_Strict):
    user_id: str
    capacity: int | None = Field(default=None, ge=1, le=MAX_CAPACITY)  # None: no limit


# ---- workspace administration (issue 16) --------------------------------------------------
Password = Field(min_length=MIN_PASSWORD_LENGTH, max_length=MAX_PASSWORD_LENGTH, repr=False)


class CreateUserArgs(_Strict):
    """A new user who can sign in at once with `password`, or, without one, an invite: a one-time
    code in the result for the administrator to send. `permissions` adds (true) or removes
    (false) single flags on top of the role's."""

    email: str = Field(min_length=3, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")
    name: str = Field(min_length=1, max_length=200)
    role: Role = Role.AGENT
    permissions: dict[Permission, bool] = Field(default_factory=dict)
    team_ids: list[str] = Field(default_factory=list)
    password: str | None = Field(default=None, min_length=MIN_PASSWORD_LENGTH, max_length=MAX_PASSWORD_LENGTH,
                                 repr=False)
    capacity: int | None = Field(default=None, ge=1, le=MAX_CAPACITY)
    sip_extension: str | None = Field(default=None, max_length=64)
    id: str | None = Field(default=None, min_length=1, max_length=64)


class UpdateUserArgs(_Strict):
    """Only the fields given change; `permissions` and `team_ids` replace the whole set, and an
    explicit null clears `capacity` (no limit) or `sip_extension`."""

    user_id: str
    name: str | None = Field(default=None, min_length=1, max_length=200)
    role: Role | None = None
    permissions: dict[Permission, bool] | None = None
    team_ids: list[str] | None = None
    capacity: int | None = Field(default=None, ge=1, le=MAX_CAPACITY)
    sip_extension: str | None = Field(default=None, max_length=64)


class DeactivateUserArgs(_Strict):
    user_id: str


class ReactivateUserArgs(_Strict):
    user_id: str


class ResetPasswordArgs(_Strict):
    user_id: str
    new_password: str = Password


class ReissueInviteArgs(_Strict):
    user_id: str


class ChangePasswordArgs(_Strict):
    current_password: str = Field(min_length=1, max_length=MAX_PASSWORD_LENGTH, repr=False)
    new_password: str = Password


MAX_AWAY_MESSAGE = 1000   # Instagram's limit for a text message, the smallest of the channels


class CreateTeamArgs(_Strict):
    """`distribution_method` None: the workspace's. `business_hours` None: always open
    (rvops_contract/business_hours.py); `away_message` None or empty: none."""

    name: str = Field(min_length=1, max_length=200)
    member_ids: list[str] = Field(default_factory=list)
    distribution_method: DistributionMethod | None = None
    business_hours: WeeklyHours | None = None
    away_message: str | None = Field(default=None, max_length=MAX_AWAY_MESSAGE)
    id: str | None = Field(default=None, min_length=1, max_length=64)


class UpdateTeamArgs(_Strict):
    """Only the fields given change; `member_ids` replaces the members; an explicit null
    `distribution_method` makes the team follow the workspace's, an explicit null
    `business_hours` makes it always open, a null or empty `away_message` removes it."""

    team_id: str
    name: str | None = Field(default=None, min_length=1, max_length=200)
    member_ids: list[str] | None = None
    distribution_method: DistributionMethod | None = None
    business_hours: WeeklyHours | None = None
    away_message: str | None = Field(default=None, max_length=MAX_AWAY_MESSAGE)


class DeleteTeamArgs(_Strict):
    team_id: str


class SetChatbotArgs(_Strict):
    """A channel's whole chatbot configuration (rvops_contract/chatbot.py checks Meta's limits)."""

    channel: Channel
    config: ChatbotConfig


class PropertyType(StrEnum):
    """The kinds of a contact property (rvops_contract.properties.KINDS)."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"


class UpsertPropertyDefinitionArgs(_Strict):
    """A contact property the workspace defines, found by `id` (when given) or by `key`: created,
    or changed in place. The key never changes (the contacts' values are stored under it); the
    rule on key, type and options: rvops_contract.properties.check_definition."""

    key: str = Field(min_length=1, max_length=64)
    label: str = Field(min_length=1, max_length=200)
    type: PropertyType
    options: list[str] = Field(default_factory=list)  # a choice's options, in order
    show_in_inbox: bool = True  # shown in the inbox's contact panel
    order: int = Field(default=0, ge=0, le=100_000)  # its place among the properties
    required: bool = False  # the desk asks for it when a contact is edited; values are not backfilled
    id: str | None = Field(default=None, min_length=1, max_length=64)


class DeletePropertyDefinitionArgs(_Strict):
    id: str


class UpsertLabelArgs(_Strict):
    """A label of the catalogue: created, or (with `id`) renamed and recoloured. The name follows
    rvops_contract.labels.normalise_label; `colour` is #RRGGBB."""

    name: str = Field(min_length=1, max_length=200)
    colour: str = Field(min_length=1, max_length=16)
    id: str | None = Field(default=None, min_length=1, max_length=64)


class DeleteLabelArgs(_Strict):
    id: str


class SetConversationLabelsArgs(_Strict):
    """set_labels with the catalogue's label ids (the issue's name for it)."""

    conversation_id: str
    label_ids: list[str]


class TemplateCategory(StrEnum):
    MARKETING = "MARKETING"
    UTILITY = "UTILITY"
    AUTHENTICATION = "AUTHENTICATION"


class CreateTemplateArgs(_Strict):
    """A WhatsApp template submitted for Meta's review (rvops_contract.templates.check_new_template):
    components as Meta takes them, `{{n}}` variables with an `example` each."""

    name: str = Field(min_length=1, max_length=512)
    language: str = Field(min_length=2, max_length=20)
    category: TemplateCategory
    components: list[dict[str, Any]] = Field(min_length=1, max_length=10)


class DeleteTemplateArgs(_Strict):
    """Every language of the template `name` (Meta deletes by name)."""

    name: str = Field(min_length=1, max_length=512)


class LogCallArgs(_Strict):
    id: str
    contact_id: str | None = None
    conversation_id: str | None = None
    direction: Direction
    number: str
    started_at: str
    duration_seconds: float = 0
    outcome: Literal["answered", "missed", "rejected", "failed"]
    reason: str | None = None


ARGS_BY_TYPE: dict[MutationType, type[_Strict]] = {
    MutationType.SEND_MESSAGE: SendMessageArgs,
    MutationType.REACT: ReactArgs,
    MutationType.ADD_NOTE: AddNoteArgs,
    MutationType.CLAIM: ClaimArgs,
    MutationType.TRANSFER: TransferArgs,
    MutationType.CLOSE: CloseArgs,
    MutationType.REOPEN: ReopenArgs,
    MutationType.SNOOZE: SnoozeArgs,
    MutationType.SET_LABELS: SetLabelsArgs,
    MutationType.RESUME: ResumeArgs,
    MutationType.UPDATE_CONTACT: UpdateContactArgs,
    MutationType.CREATE_CONTACT: CreateContactArgs,
    MutationType.MERGE_CONTACTS: MergeContactsArgs,
    MutationType.CREATE_DEAL: CreateDealArgs,
    MutationType.CREATE_COMPANY: CreateCompanyArgs,
    MutationType.CREATE_TASK: CreateTaskArgs,
    MutationType.UPDATE_DEAL: UpdateDealArgs,
    MutationType.UPDATE_TASK: UpdateTaskArgs,
    MutationType.MARK_READ: MarkReadArgs,
    MutationType.SET_STATUS: SetStatusArgs,
    MutationType.UPSERT_SNIPPET: UpsertSnippetArgs,
    MutationType.DELETE_SNIPPET: DeleteSnippetArgs,
    MutationType.SET_DISTRIBUTION_METHOD: SetDistributionMethodArgs,
    MutationType.LOG_CALL: LogCallArgs,
    MutationType.START_CONVERSATION: StartConversationArgs,
    MutationType.SET_CAPACITY: SetCapacityArgs,
    MutationType.CREATE_USER: CreateUserArgs,
    MutationType.UPDATE_USER: UpdateUserArgs,
    MutationType.DEACTIVATE_USER: DeactivateUserArgs,
    MutationType.REACTIVATE_USER: ReactivateUserArgs,
    MutationType.RESET_PASSWORD: ResetPasswordArgs,
    MutationType.REISSUE_INVITE: ReissueInviteArgs,
    MutationType.CHANGE_PASSWORD: ChangePasswordArgs,
    MutationType.CREATE_TEAM: CreateTeamArgs,
    MutationType.UPDATE_TEAM: UpdateTeamArgs,
    MutationType.DELETE_TEAM: DeleteTeamArgs,
    MutationType.SET_CHATBOT: SetChatbotArgs,
    MutationType.UPSERT_PROPERTY_DEFINITION: UpsertPropertyDefinitionArgs,
    MutationType.DELETE_PROPERTY_DEFINITION: DeletePropertyDefinitionArgs,
    MutationType.UPSERT_LABEL: UpsertLabelArgs,
    MutationType.DELETE_LABEL: DeleteLabelArgs,
    MutationType.SET_CONVERSATION_LABELS: SetConversationLabelsArgs,
    MutationType.CREATE_TEMPLATE: CreateTemplateArgs,
    MutationType.DELETE_TEMPLATE: DeleteTemplateArgs,
}
