"""Who holds a conversation: claim from the queue, transfer (S7), close (S10)."""
from __future__ import annotations

import uuid

import sqlalchemy as sa

from rvops_contract.permissions import Permission
from rvops_contract.wire import ClaimArgs, CloseArgs, MutationType, Reason, TransferArgs
from rvops_server.distribution.router import assign, touch_history
from rvops_server.domain import events
from rvops_server.domain.errors import Refused
from rvops_server.domain.sentences import say
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc

from . import handles
from .guards import acting_conversation, conversation, lang, require_permission, user_name


@handles(MutationType.CLAIM)
def claim(ctx, args: ClaimArgs):
    """Exactly one claim wins: the row is locked (PostgreSQL) or the write is serialised (SQLite)."""
    conv = conversation(ctx, args.conversation_id, lock=True)
    if conv.status == "closed":
        raise Refused(Reason.CLOSED, say("claim_closed", lang(ctx)))
    if conv.assignee_id == ctx.viewer.id:
        return {"assignee_id": ctx.viewer.id}
    if conv.assignee_id is not None:
        raise Refused(Reason.CONFLICT, say("claim_conflict", lang(ctx), name=user_name(ctx.conn, conv.assignee_id)),
                      assignee_id=conv.assignee_id, assignee_name=user_name(ctx.conn, conv.assignee_id))
    if not ctx.viewer.can_see(dict(conv._mapping)):
        raise Refused(Reason.FORBIDDEN, say("forbidden_see", lang(ctx)))
    assign(ctx.uow, conv.id, ctx.viewer.id, ctx.now, event="claimed", actor_id=ctx.viewer.id)
    return {"assignee_id": ctx.viewer.id}


@handles(MutationType.TRANSFER)
def transfer(ctx, args: TransferArgs):
    require_permission(ctx, Permission.TRANSFER)
    conv = acting_conversation(ctx, args.conversation_id)
    if bool(args.to_user_id) == bool(args.to_team_id):
        raise Refused(Reason.INVALID, say("transfer_target", lang(ctx)))
    if args.to_user_id:
        target = ctx.conn.execute(sa.select(t.users.c.id).where(t.users.c.id == args.to_user_id)).first()
        if target is None:
            raise Refused(Reason.NOT_FOUND, say("transfer_unknown", lang(ctx)))
        if args.to_user_id == conv.assignee_id:
            raise Refused(Reason.INVALID, say("transfer_self", lang(ctx)))
    else:
        target = ctx.conn.execute(sa.select(t.teams.c.id).where(t.teams.c.id == args.to_team_id)).first()
        if target is None:
            raise Refused(Reason.NOT_FOUND, say("transfer_unknown", lang(ctx)))
    if args.note and args.note.strip():
        note_id = uuid.uuid4().hex
        now = naive_utc(ctx.now)
        ctx.conn.execute(t.messages.insert().values(
            id=note_id, conversation_id=conv.id, direction="outbound", kind="note", text=args.note,
            status="sent", author_id=ctx.viewer.id, channel=conv.channel, attachments=[], payload={},
            created_at=now, updated_at=now))
        ctx.uow.changed("messages", note_id)
    events.record(ctx.uow, ctx.now, "transferred", conv.id, actor_id=ctx.viewer.id,
                  from_user_id=conv.assignee_id, to_user_id=args.to_user_id, to_team_id=args.to_team_id)
    if args.to_user_id:
        assign(ctx.uow, conv.id, args.to_user_id, ctx.now, event="assigned", actor_id=ctx.viewer.id,
               team_id=conv.team_id)
        return {"assignee_id": args.to_user_id}
    ctx.conn.execute(t.conversations.update().where(t.conversations.c.id == conv.id).values(
        assignee_id=None, team_id=args.to_team_id, queued_at=naive_utc(ctx.now),
        unread_count=sa.case((t.conversations.c.unread_count > 0, t.conversations.c.unread_count), else_=1)))
    touch_history(ctx.uow, conv.id)
    chosen = ctx.services.router.route(ctx.uow, conv.id, ctx.now, actor_id=ctx.viewer.id)
    return {"assignee_id": chosen, "team_id": args.to_team_id}


@handles(MutationType.CLOSE)
def close(ctx, args: CloseArgs):
    conv = acting_conversation(ctx, args.conversation_id, allow_closed=True)
    if conv.status == "closed":
        return {"already_closed": True}
    ctx.conn.execute(t.conversations.update().where(t.conversations.c.id == conv.id).values(
        status="closed", closed_at=naive_utc(ctx.now), closed_by=ctx.viewer.id, unread_count=0, queued_at=None))
    ctx.uow.changed("conversations", conv.id)
    events.record(ctx.uow, ctx.now, "closed", conv.id, actor_id=ctx.viewer.id)
    return None
