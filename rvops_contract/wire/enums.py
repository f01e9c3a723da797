"""The wire's words: limits, and an enum for every status, kind and reason."""
from __future__ import annotations

from enum import StrEnum

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


CHANNEL_NAMES = {Channel.WHATSAPP: "WhatsApp", Channel.INSTAGRAM: "Instagram", Channel.WEBCHAT: "Webchat"}


def channel_name(channel: str | None) -> str:
    """The channel as people name it, the same in every language ("whatsapp" → "WhatsApp"); a channel
    this build does not know, as it came; none, ""."""
    return CHANNEL_NAMES.get(channel, channel) if channel else ""  # type: ignore[call-overload]


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



class PropertyType(StrEnum):
    """The kinds of a contact property (rvops_contract.properties.KINDS)."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"


class TemplateCategory(StrEnum):
    MARKETING = "MARKETING"
    UTILITY = "UTILITY"
    AUTHENTICATION = "AUTHENTICATION"
