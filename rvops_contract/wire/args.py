"""Each mutation type's arguments, validated strictly (unknown fields refused)."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from rvops_contract.business_hours import WeeklyHours
from rvops_contract.chatbot import ChatbotConfig
from rvops_contract.permissions import Permission
from rvops_contract.wire.enums import (
    MAX_CAPACITY,
    MAX_PASSWORD_LENGTH,
    MAX_TEXT_LENGTH,
    MIN_PASSWORD_LENGTH,
    Channel,
    Direction,
    DistributionMethod,
    PresenceStatus,
    PropertyType,
    Role,
    TemplateCategory,
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)



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
