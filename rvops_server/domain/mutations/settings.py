"""The agent's own status, snippets (S3), the distribution method, and the call log (S9)."""
from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa

from rvops_contract.clock import from_iso
from rvops_contract.permissions import Permission
from rvops_contract.wire import (
    DeleteSnippetArgs,
    Direction,
    LogCallArgs,
    MessageKind,
    MessageStatus,
    MutationType,
    Reason,
    SetCapacityArgs,
    SetDistributionMethodArgs,
    SetStatusArgs,
    UpsertSnippetArgs,
)
from rvops_server.domain.audit import record_admin_change
from rvops_server.domain.contact_access import may_see_contact
from rvops_server.domain.errors import Refused
from rvops_server.domain.presence import is_online
from rvops_server.domain.sentences import say
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc
from rvops_server.store.messages import NewMessage, insert_message

from . import handles
from .context import Context
from .guards import lang, require_permission


@handles(MutationType.SET_STATUS)
def set_status(ctx: Context, args: SetStatusArgs) -> None:
    was_online = is_online(ctx.conn, ctx.viewer.id, ctx.now, ctx.services.presence.grace)
    ctx.conn.execute(t.users.update().where(t.users.c.id == ctx.viewer.id).values(status=args.status.value))
    ctx.uow.changed("presence", ctx.viewer.id)
    if not was_online and is_online(ctx.conn, ctx.viewer.id, ctx.now, ctx.services.presence.grace):
        ctx.services.router.drain_queue(ctx.uow, ctx.now)


@handles(MutationType.UPSERT_SNIPPET)
def upsert_snippet(ctx: Context, args: UpsertSnippetArgs) -> dict[str, Any]:
    require_permission(ctx, Permission.MANAGE_SNIPPETS)
    snippet_id = args.id or uuid.uuid4().hex
    taken = ctx.conn.execute(sa.select(t.snippets.c.id).where(t.snippets.c.shortcut == args.shortcut,
                                                               t.snippets.c.id != snippet_id)).first()
    if taken:
        raise Refused(Reason.CONFLICT, say("snippet_shortcut_taken", lang(ctx), shortcut=args.shortcut))
    values = {"shortcut": args.shortcut, "title": args.title, "body": args.body, "updated_by": ctx.viewer.id,
                  "updated_at": naive_utc(ctx.now)}
    exists = ctx.conn.execute(sa.select(t.snippets.c.id).where(t.snippets.c.id == snippet_id)).first()
    if exists:
        ctx.conn.execute(t.snippets.update().where(t.snippets.c.id == snippet_id).values(**values))
    else:
        ctx.conn.execute(t.snippets.insert().values(id=snippet_id, **values))
    ctx.uow.changed("snippets", snippet_id)
    return {"id": snippet_id}


@handles(MutationType.DELETE_SNIPPET)
def delete_snippet(ctx: Context, args: DeleteSnippetArgs) -> None:
    require_permission(ctx, Permission.MANAGE_SNIPPETS)
    deleted = ctx.conn.execute(t.snippets.delete().where(t.snippets.c.id == args.id)).rowcount
    if not deleted:
        raise Refused(Reason.NOT_FOUND, say("snippet_not_found", lang(ctx)))
    ctx.uow.changed("snippets", args.id, "delete")


@handles(MutationType.SET_DISTRIBUTION_METHOD)
def set_distribution_method(ctx: Context, args: SetDistributionMethodArgs) -> None:
    require_permission(ctx, Permission.MANAGE_DISTRIBUTION)
    if args.team_id:
        before = ctx.conn.execute(sa.select(t.teams.c.distribution_method)
                                  .where(t.teams.c.id == args.team_id)).first()
        if before is None:
            raise Refused(Reason.NOT_FOUND, say("team_unknown", lang(ctx)))
        ctx.conn.execute(t.teams.update().where(t.teams.c.id == args.team_id)
                         .values(distribution_method=args.method.value))
        ctx.uow.changed("teams", args.team_id)
        record_admin_change(ctx.uow, ctx.now, ctx.viewer.id, "distribution_method_set", "team", args.team_id,
                            method=args.method.value, before=before[0])
    else:
        for workspace_id, before in ctx.conn.execute(sa.select(t.workspace.c.id, t.workspace.c.distribution_method)):
            ctx.uow.changed("workspace", workspace_id)
            record_admin_change(ctx.uow, ctx.now, ctx.viewer.id, "distribution_method_set", "workspace",
                                workspace_id, method=args.method.value, before=before)
        ctx.conn.execute(t.workspace.update().values(distribution_method=args.method.value))
    ctx.services.router.drain_queue(ctx.uow, ctx.now)


@handles(MutationType.SET_CAPACITY)
def set_capacity(ctx: Context, args: SetCapacityArgs) -> None:
    """An agent's maximum of open conversations for the automatic methods (None: no limit)."""
    require_permission(ctx, Permission.MANAGE_USERS)
    before = ctx.conn.execute(sa.select(t.users.c.capacity).where(t.users.c.id == args.user_id)).first()
    if before is None:
        raise Refused(Reason.NOT_FOUND, say("user_unknown", lang(ctx)))
    ctx.conn.execute(t.users.update().where(t.users.c.id == args.user_id).values(capacity=args.capacity))
    ctx.uow.changed("users", args.user_id)
    record_admin_change(ctx.uow, ctx.now, ctx.viewer.id, "capacity_set", "user", args.user_id,
                        capacity=args.capacity, before=before[0])
    ctx.services.router.drain_queue(ctx.uow, ctx.now)  # more room may route waiting conversations


@handles(MutationType.LOG_CALL)
def log_call(ctx: Context, args: LogCallArgs) -> dict[str, Any]:
    """A softphone call, recorded once (the client's id makes retries harmless), in a conversation
    and for a contact the agent may see; another agent's call id is refused, never re-used."""
    owner = ctx.conn.execute(sa.select(t.calls.c.agent_id).where(t.calls.c.id == args.id)).first()
    if owner is not None:
        if owner.agent_id != ctx.viewer.id:
            raise Refused(Reason.CONFLICT, say("call_id_taken", lang(ctx)))
        return {"id": args.id}
    try:
        moment = from_iso(args.started_at)
        if moment is None:
            raise ValueError("no time")
        started = naive_utc(moment)
    except ValueError:
        raise Refused(Reason.INVALID, say("bad_value", lang(ctx), field="started_at", why="ISO-8601")) from None
    conversation_id = args.conversation_id
    conversation = ctx.conn.execute(sa.select(t.conversations).where(
        t.conversations.c.id == conversation_id)).first() if conversation_id else None
    if conversation is None:
        conversation_id = None  # gone, or never stored: the call is kept without its line
    elif not ctx.viewer.can_see(dict(conversation._mapping)):
        raise Refused(Reason.FORBIDDEN, say("forbidden_call", lang(ctx)))
    if args.contact_id:
        contact = ctx.conn.execute(sa.select(t.contacts).where(t.contacts.c.id == args.contact_id)).first()
        if contact is not None and not may_see_contact(ctx.conn, ctx.viewer, dict(contact._mapping)):
            raise Refused(Reason.FORBIDDEN, say("forbidden_contact", lang(ctx)))
    ctx.conn.execute(t.calls.insert().values(
        id=args.id, agent_id=ctx.viewer.id, contact_id=args.contact_id, conversation_id=conversation_id,
        direction=args.direction.value, number=args.number, started_at=started,
        duration_seconds=args.duration_seconds, outcome=args.outcome, reason=args.reason))
    ctx.uow.changed("calls", args.id)
    if conversation is not None and conversation_id:
        message_id = uuid.uuid4().hex
        insert_message(ctx.conn, NewMessage(
            id=message_id, conversation_id=conversation_id, direction=Direction(args.direction.value),
            kind=MessageKind.CALL, text=None, status=MessageStatus.SENT, author_id=ctx.viewer.id,
            channel=conversation.channel,
            payload={"call_id": args.id, "outcome": args.outcome,
                     "duration_seconds": args.duration_seconds, "number": args.number, "reason": args.reason},
            created_at=started, updated_at=naive_utc(ctx.now)))
        ctx.uow.changed("messages", message_id)
    return {"id": args.id}
