"""Checks shared by the mutation handlers: the conversation, the permission, the assignee."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Row

from rvops_contract.permissions import Permission, can_act_on_conversation, has_permission
from rvops_contract.wire import ConversationStatus, Reason
from rvops_server.domain.errors import Refused
from rvops_server.domain.records import get_row
from rvops_server.domain.sentences import say
from rvops_server.store import schema as t

from .context import Context


def lang(ctx: Context) -> str:
    chosen: str = ctx.data.get("lang", "pt-BR")
    return chosen


def require_permission(ctx: Context, permission: Permission) -> None:
    if not has_permission(ctx.viewer.user, permission):
        raise Refused(Reason.FORBIDDEN, say("forbidden_perm", lang(ctx), permission=permission.value))


def conversation(ctx: Context, conversation_id: str, *, lock: bool = True) -> Row[Any]:
    row: Row[Any] | None = get_row(ctx.conn, t.conversations, conversation_id, for_update=lock)
    if row is None:
        raise Refused(Reason.NOT_FOUND, say("not_found", lang(ctx)))
    return row


_USER_NAME = sa.select(t.users.c.name).where(t.users.c.id == sa.bindparam("user_id"))  # built once


def user_name(conn: Connection, user_id: str | None) -> str:
    return conn.execute(_USER_NAME, {"user_id": user_id}).scalar() or "?"


def acting_conversation(ctx: Context, conversation_id: str, *, allow_closed: bool = False) -> Row[Any]:
    """A conversation the agent may write to: theirs (or anyone's for see-all), and open."""
    row = conversation(ctx, conversation_id)
    record = dict(row._mapping)
    if not can_act_on_conversation(ctx.viewer.user, record):
        if row.assignee_id is None and ctx.viewer.can_see(record):
            raise Refused(Reason.NOT_ASSIGNED, say("not_assigned_queue", lang(ctx)))
        if row.assignee_id is not None:
            raise Refused(Reason.NOT_ASSIGNED, say("not_assigned_other", lang(ctx),
                                                   name=user_name(ctx.conn, row.assignee_id)),
                          assignee_id=row.assignee_id)
        raise Refused(Reason.FORBIDDEN, say("forbidden_see", lang(ctx)))
    if row.status == ConversationStatus.CLOSED and not allow_closed:
        raise Refused(Reason.CLOSED, say("closed", lang(ctx)))
    return row


def reply_target(ctx: Context, conv: Row[Any], reply_to_id: str | None) -> str | None:
    """The message a reply quotes: one of the same conversation (never one the agent cannot see)."""
    if reply_to_id is None:
        return None
    found = ctx.conn.execute(sa.select(t.messages.c.id).where(
        t.messages.c.id == reply_to_id, t.messages.c.conversation_id == conv.id)).first()
    if found is None:
        raise Refused(Reason.INVALID, say("reply_to_unknown", lang(ctx)), field="reply_to_id")
    return reply_to_id
