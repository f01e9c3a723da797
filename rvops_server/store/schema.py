"""The server's tables (SQLAlchemy Core). Alembic migrations in `migrations/` build them.

Timestamps are naive UTC in the database; ids are strings. JSON columns hold lists and
dictionaries that are read whole (tags, custom properties, attachments, template components).
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

ID = sa.String(64)


def _ts(name: str, **kw: Any) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(), **kw)


workspace = sa.Table(
    "workspace", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("distribution_method", sa.String(20), nullable=False, server_default="manual"),
    sa.Column("settings", sa.JSON, nullable=False, default=dict),
)

users = sa.Table(
    "users", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("email", sa.String(320), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False, server_default="agent"),
    sa.Column("permissions", sa.JSON, nullable=False, default=dict),
    sa.Column("status", sa.String(10), nullable=False, server_default="offline"),
    sa.Column("capacity", sa.Integer, nullable=True),
    _ts("last_assigned_at", nullable=True),
    sa.Column("sip_extension", sa.String(64), nullable=True),
    _ts("created_at", nullable=False),
    # a deactivated user cannot sign in, holds no token and is never routed to (kept for history)
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
)

# A user invited without a password (users.password_hash unusable until accepted): one pending
# code per user, only its SHA-256 kept, good until `expires_at` (domain/invites.py).
user_invites = sa.Table(
    "user_invites", metadata,
    sa.Column("user_id", ID, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("code_hash", sa.String(64), nullable=False),
    sa.Column("created_by", ID, nullable=True),
    _ts("created_at", nullable=False),
    _ts("expires_at", nullable=False),
)

teams = sa.Table(
    "teams", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("distribution_method", sa.String(20), nullable=True),
    # when the team answers (rvops_contract/business_hours.py, normalized: the zone named); null:
    # always open. Out of them a customer writing in is sent `away_message` (null: nothing).
    sa.Column("business_hours", sa.JSON, nullable=True),
    sa.Column("away_message", sa.String(1000), nullable=True),
)

team_members = sa.Table(
    "team_members", metadata,
    sa.Column("team_id", ID, sa.ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("user_id", ID, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
)

property_definitions = sa.Table(
    "property_definitions", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("key", sa.String(64), nullable=False, unique=True),
    sa.Column("label", sa.String(200), nullable=False),
    sa.Column("type", sa.String(20), nullable=False),  # text, number, date, bool, choice
    sa.Column("choices", sa.JSON, nullable=True),
    sa.Column("show_in_panel", sa.Boolean, nullable=False, default=True),
    sa.Column("position", sa.Integer, nullable=False, default=0),
    sa.Column("required", sa.Boolean, nullable=False, default=False, server_default=sa.false()),
)

# the workspace's catalogue of conversation labels (issue 16): conversations keep the names
# (conversations.labels), this table gives each a colour and an id
labels = sa.Table(
    "labels", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),  # rvops_contract.labels.normalise_label
    sa.Column("colour", sa.String(7), nullable=False),  # #RRGGBB
    sa.Column("updated_by", ID, nullable=True),
    _ts("updated_at", nullable=False),
)

contacts = sa.Table(
    "contacts", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("phone", sa.String(32), nullable=True, index=True),
    sa.Column("instagram_id", sa.String(64), nullable=True, index=True),
    sa.Column("webchat_visitor_id", sa.String(64), nullable=True, index=True),
    sa.Column("email", sa.String(320), nullable=True),
    sa.Column("owner_id", ID, sa.ForeignKey("users.id"), nullable=True),
    sa.Column("tags", sa.JSON, nullable=False, default=list),
    sa.Column("properties", sa.JSON, nullable=False, default=dict),
    _ts("created_at", nullable=False),
    _ts("updated_at", nullable=False),
)

companies = sa.Table(
    "companies", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("domain", sa.String(200), nullable=True),
    sa.Column("contact_id", ID, sa.ForeignKey("contacts.id"), nullable=True, index=True),
    _ts("created_at", nullable=False),
)

deals = sa.Table(
    "deals", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("pipeline", sa.String(100), nullable=False),
    sa.Column("stage", sa.String(100), nullable=False),
    sa.Column("value", sa.Float, nullable=False, default=0),
    sa.Column("owner_id", ID, sa.ForeignKey("users.id"), nullable=True),
    sa.Column("contact_id", ID, sa.ForeignKey("contacts.id"), nullable=True, index=True),
    _ts("created_at", nullable=False),
)

tasks = sa.Table(
    "tasks", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("title", sa.String(200), nullable=False),
    _ts("due_at", nullable=True),
    sa.Column("assignee_id", ID, sa.ForeignKey("users.id"), nullable=True),
    sa.Column("done", sa.Boolean, nullable=False, default=False),
    sa.Column("contact_id", ID, sa.ForeignKey("contacts.id"), nullable=True, index=True),
    _ts("created_at", nullable=False),
)

conversations = sa.Table(
    "conversations", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("contact_id", ID, sa.ForeignKey("contacts.id"), nullable=False, index=True),
    sa.Column("channel", sa.String(20), nullable=False),
    sa.Column("status", sa.String(10), nullable=False),
    sa.Column("assignee_id", ID, sa.ForeignKey("users.id"), nullable=True, index=True),
    sa.Column("team_id", ID, sa.ForeignKey("teams.id"), nullable=True),
    _ts("opened_at", nullable=False),
    _ts("closed_at", nullable=True),
    sa.Column("closed_by", ID, nullable=True),
    _ts("last_inbound_at", nullable=True),
    _ts("last_message_at", nullable=True),
    sa.Column("last_message_preview", sa.String(200), nullable=True),
    sa.Column("unread_count", sa.Integer, nullable=False, default=0),
    sa.Column("window_closed_by_provider", sa.Boolean, nullable=False, default=False),
    _ts("queued_at", nullable=True),  # waiting for an agent since
    _ts("snoozed_until", nullable=True),  # out of its holder's inbox until then (rvops_contract/snooze.py)
    sa.Column("labels", sa.JSON, nullable=False, default=list, server_default="[]"),  # rvops_contract/labels.py
    # the customer's number (WhatsApp) or account (Instagram, webchat) as the conversation opened:
    # replies go there, whatever the contact's record says later (domain/addresses.py)
    sa.Column("address", sa.String(100), nullable=True),
    # the chatbot (rvops_server/chatbot/): "active" while it holds the conversation (not routed),
    # "done" once it let go; the menu option that brought the conversation, as the customer saw it
    sa.Column("bot_status", sa.String(10), nullable=True),
    sa.Column("bot_option", sa.String(200), nullable=True),
    # when its team's away message was last sent into it (once per closed period: domain/away.py)
    _ts("away_sent_at", nullable=True),
    sa.Index("ix_conversations_status_assignee", "status", "assignee_id"),
)

messages = sa.Table(
    "messages", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("conversation_id", ID, sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("direction", sa.String(10), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("text", sa.Text, nullable=True),
    sa.Column("status", sa.String(12), nullable=False),
    sa.Column("error_code", sa.String(40), nullable=True),
    sa.Column("error_text", sa.Text, nullable=True),
    sa.Column("author_id", ID, nullable=True),
    sa.Column("channel", sa.String(20), nullable=False),
    sa.Column("provider_id", sa.String(200), nullable=True),
    sa.Column("attachments", sa.JSON, nullable=False, default=list),
    sa.Column("reply_to_id", ID, nullable=True),
    sa.Column("payload", sa.JSON, nullable=False, default=dict),
    _ts("created_at", nullable=False),
    _ts("updated_at", nullable=False),
    sa.Index("ix_messages_conversation_created", "conversation_id", "created_at"),
    sa.Index("ix_messages_created_id", "created_at", "id"),  # the snapshot's pages of messages
    sa.UniqueConstraint("channel", "provider_id", name="uq_messages_channel_provider_id"),
)

media = sa.Table(
    "media", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("mime_type", sa.String(120), nullable=False),
    sa.Column("filename", sa.String(255), nullable=True),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=True),
    sa.Column("path", sa.String(500), nullable=False),
    sa.Column("uploaded_by", ID, nullable=True),
    _ts("created_at", nullable=False),
)

# Which conversations a stored file belongs to (a message there carries it as an attachment):
# who may download it is decided by these conversations' visibility.
media_links = sa.Table(
    "media_links", metadata,
    sa.Column("media_id", ID, primary_key=True),
    sa.Column("conversation_id", ID, sa.ForeignKey("conversations.id"), primary_key=True),
)

snippets = sa.Table(
    "snippets", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("shortcut", sa.String(40), nullable=False, unique=True),
    sa.Column("title", sa.String(120), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("updated_by", ID, nullable=True),
    _ts("updated_at", nullable=False),
)

templates = sa.Table(
    "templates", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.String(512), nullable=False),
    sa.Column("language", sa.String(20), nullable=False),
    sa.Column("category", sa.String(40), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("components", sa.JSON, nullable=False, default=list),
    _ts("updated_at", nullable=False),
    sa.UniqueConstraint("name", "language", name="uq_templates_name_language"),
)

calls = sa.Table(
    "calls", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("agent_id", ID, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("contact_id", ID, sa.ForeignKey("contacts.id"), nullable=True, index=True),
    sa.Column("conversation_id", ID, sa.ForeignKey("conversations.id"), nullable=True),
    sa.Column("direction", sa.String(10), nullable=False),
    sa.Column("number", sa.String(64), nullable=False),
    _ts("started_at", nullable=False),
    sa.Column("duration_seconds", sa.Float, nullable=False, default=0),
    sa.Column("outcome", sa.String(12), nullable=False),
    sa.Column("reason", sa.String(200), nullable=True),
)

audit_events = sa.Table(
    "audit_events", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    _ts("at", nullable=False),
    sa.Column("actor_id", ID, nullable=True),
    sa.Column("conversation_id", ID, nullable=True, index=True),
    sa.Column("event", sa.String(40), nullable=False),
    sa.Column("details", sa.JSON, nullable=False, default=dict),
    # what an administrator's change was made to (user, team); None for conversation events
    sa.Column("target_kind", sa.String(20), nullable=True),
    sa.Column("target_id", ID, nullable=True, index=True),
)

sessions = sa.Table(
    "sessions", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", ID, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    _ts("created_at", nullable=False),
    _ts("expires_at", nullable=False),
    _ts("revoked_at", nullable=True),
)

presence_connections = sa.Table(
    "presence_connections", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("user_id", ID, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("instance_id", sa.String(64), nullable=False),
    _ts("last_seen_at", nullable=False),
)

applied_mutations = sa.Table(
    "applied_mutations", metadata,
    sa.Column("user_id", ID, primary_key=True),
    sa.Column("mutation_id", sa.String(64), primary_key=True),
    sa.Column("result", sa.JSON, nullable=False),
    _ts("applied_at", nullable=False),
)

changes = sa.Table(
    "changes", metadata,
    sa.Column("cursor", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("collection", sa.String(40), nullable=False),
    sa.Column("record_id", ID, nullable=False),
    sa.Column("op", sa.String(10), nullable=False),
    _ts("at", nullable=False),
)

webhook_deliveries = sa.Table(
    "webhook_deliveries", metadata,
    sa.Column("key", sa.String(200), primary_key=True),  # channel + provider event id
    _ts("received_at", nullable=False),
)

# Webhook elements that could not be parsed or stored: kept for an operator (`rvops-server dead-letters`).
dead_letters = sa.Table(
    "dead_letters", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    _ts("received_at", nullable=False, index=True),
    sa.Column("channel", sa.String(20), nullable=False),
    sa.Column("location", sa.String(200), nullable=False),  # where in the delivery: entry[0].changes[1]…
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("element", sa.Text, nullable=False),  # the element as ASCII JSON (lone surrogates escaped)
)

# Failed sign-ins per account and per client address, counted in a fixed window (domain/login_throttle.py).
login_throttles = sa.Table(
    "login_throttles", metadata,
    sa.Column("key", sa.String(400), primary_key=True),  # "account:<e-mail>" | "address:<ip>"
    sa.Column("failures", sa.Integer, nullable=False),
    _ts("window_started_at", nullable=False),
)

# Durable jobs (rvops_server/jobs.py): each row is written in the same transaction as its cause,
# claimed by any instance (FOR UPDATE SKIP LOCKED on PostgreSQL) under a lease, retried with back-off.
# A customer's file to download from Meta: one row per attachment of a stored message.
media_downloads = sa.Table(
    "media_downloads", metadata,
    sa.Column("message_id", ID, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),  # which of the message's attachments
    sa.Column("channel", sa.String(20), nullable=False),
    sa.Column("provider_media_id", sa.String(200), nullable=True),  # WhatsApp: Meta's media id
    sa.Column("url", sa.Text, nullable=True),  # Instagram: the CDN url the payload gave
    sa.Column("state", sa.String(12), nullable=False),  # pending | failed
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    _ts("next_attempt_at", nullable=False),
    _ts("lease_until", nullable=True),
    sa.Column("claimed_by", sa.String(64), nullable=True),
    _ts("expires_at", nullable=False),  # Meta's copy is gone by then: no retry after it
    sa.Column("last_error", sa.Text, nullable=True),
    _ts("created_at", nullable=False),
    sa.Index("ix_media_downloads_due", "state", "next_attempt_at"),
)

# An accepted outbound message still to hand to its channel; the message id is its idempotency key.
outbound_sends = sa.Table(
    "outbound_sends", metadata,
    sa.Column("message_id", ID, primary_key=True),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    _ts("next_attempt_at", nullable=False),
    _ts("lease_until", nullable=True),
    sa.Column("claimed_by", sa.String(64), nullable=True),
    _ts("expires_at", nullable=False),  # retried until then, then failed with the last reason
    sa.Column("last_error", sa.Text, nullable=True),
    _ts("created_at", nullable=False),
    sa.Index("ix_outbound_sends_due", "next_attempt_at"),
)

chatbot_configs = sa.Table(  # one chatbot per channel (rvops_contract/chatbot.py: ChatbotConfig)
    "chatbot_configs", metadata,
    sa.Column("channel", sa.String(20), primary_key=True),
    sa.Column("config", sa.JSON, nullable=False),
    sa.Column("updated_by", ID, nullable=True),
    _ts("updated_at", nullable=False),
)

chatbot_sessions = sa.Table(  # a conversation the bot holds: where it stands; a durable job for its timeout
    "chatbot_sessions", metadata,
    sa.Column("conversation_id", ID, sa.ForeignKey("conversations.id"), primary_key=True),
    sa.Column("channel", sa.String(20), nullable=False),
    sa.Column("step", sa.String(20), nullable=False),  # "menu" | "question"
    sa.Column("option_id", sa.String(200), nullable=True),  # chosen, while its question is asked
    sa.Column("invalid_answers", sa.Integer, nullable=False, default=0),
    _ts("next_attempt_at", nullable=False),  # the customer's answer is due by then, else fallback
    _ts("lease_until", nullable=True),
    sa.Column("claimed_by", sa.String(64), nullable=True),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    _ts("created_at", nullable=False),
    sa.Index("ix_chatbot_sessions_due", "next_attempt_at"),
)
