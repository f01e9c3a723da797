"""Who holds a conversation: claim from the queue (S2), transfer (S7), close (S10), reopen,
snooze (issue 15 #16)."""
from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Row

from rvops_contract.clock import from_iso
from rvops_contract.labels import LabelRefusal, check_labels, normalise_labels
from rvops_contract.permissions import Permission, takes_conversations
from rvops_contract.snooze import SnoozeRefusal, check_snooze
from rvops_contract.wire import (
    ClaimArgs,
    CloseArgs,
    ConversationStatus,
    Direction,
    MessageKind,
    MessageStatus,
    MutationType,
    Reason,
    ReopenArgs,
    SetLabelsArgs,
    SnoozeArgs,
    TransferArgs,
)
from rvops_server.domain import events
from rvops_server.domain.distribution.router import assign, release_from_bot, touch_history
from rvops_server.domain.errors import Refused
from rvops_server.domain.sentences import say
from rvops_server.domain.visibility import Viewer
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc
from rvops_server.store.messages import NewMessage, insert_message

from . import handles, prechecks
from .context import Context
from .guards import acting_conversation, conversation, lang, require_permission, user_name


@handles(MutationType.CLAIM)
def claim(ctx: Context, args: ClaimArgs) -> dict[str, Any]:
    """Exactly one claim wins: the row is locked (PostgreSQL) or the write is serialised (SQLite).

    The losers learn who won (`conflict`, with the winner's name); someone who could never have
    seen the conversation in their queue learns nothing about it (`forbidden`).
    """
    conv = conversation(ctx, args.conversation_id, lock=True)
    if conv.assignee_id == ctx.viewer.id and conv.status != ConversationStatus.CLOSED:
        return {"assignee_id": ctx.viewer.id}
    refuse_claim(ctx.conn, ctx.viewer, conv, lang(ctx))
    assign(ctx.uow, conv.id, ctx.viewer.id, ctx.now, event="claimed", actor_id=ctx.viewer.id)
    return {"assignee_id": ctx.viewer.id}


def refuse_claim(conn: Connection, viewer: Viewer, conv: Row[Any], language: str) -> None:
    """Raises the refusal a claim of `conv` as it stands gets (closed, forbidden, held by someone
    else); returns when it is free to take (or already the viewer's)."""
    if conv.status == ConversationStatus.CLOSED:
        raise Refused(Reason.CLOSED, say("claim_closed", language))
    if conv.assignee_id == viewer.id:
        return
    if not viewer.can_see({**conv._mapping, "assignee_id": None, "status": "open"}):
        raise Refused(Reason.FORBIDDEN, say("forbidden_see", language))
    if conv.assignee_id is not None:
        name = user_name(conn, conv.assignee_id)
        raise Refused(Reason.CONFLICT, say("claim_conflict", language, name=name),
                      assignee_id=conv.assignee_id, assignee_name=name)


_CONVERSATION = sa.select(t.conversations).where(t.conversations.c.id == sa.bindparam("id"))  # built once


@prechecks(MutationType.CLAIM)
def claim_precheck(conn: Connection, viewer: Viewer, args: ClaimArgs, language: str) -> None:
    """Before any write transaction or row lock, on a plain read: a conversation someone else
    already holds (or closed, or never visible) is refused at once, so a burst of claims of one
    conversation does not queue behind the lock. Refusing on what a committed read saw is the
    answer the claim would have had at that instant; a conversation seen free (or missing) goes
    on to the locked check in `claim`, which alone can make a winner."""
    conv = conn.execute(_CONVERSATION, {"id": args.conversation_id}).first()
    if conv is not None:
        refuse_claim(conn, viewer, conv, language)


def _check_target(ctx: Context, conv: Row[Any], args: TransferArgs) -> None:
    if bool(args.to_user_id) == bool(args.to_team_id):
        raise Refused(Reason.INVALID, say("transfer_target", lang(ctx)))
    table = t.users if args.to_user_id else t.teams
    target_id = args.to_user_id or args.to_team_id
    target = ctx.conn.execute(sa.select(table).where(table.c.id == target_id)).first()
    if target is None:
        raise Refused(Reason.NOT_FOUND, say("transfer_unknown", lang(ctx)))
    if table is t.users and not target.active:
        raise Refused(Reason.INVALID, say("user_inactive", lang(ctx), name=target.name), field="to_user_id")
    if table is t.users and not takes_conversations(target.role, target.active):
        raise Refused(Reason.INVALID, say("transfer_not_agent", lang(ctx), name=target.name), field="to_user_id")
    if args.to_user_id and args.to_user_id == conv.assignee_id:
        raise Refused(Reason.INVALID, say("transfer_self", lang(ctx)))


def _hidden_note(ctx: Context, conv: Row[Any], text: str | None) -> None:
    if not text or not text.strip():
        return
    note_id = uuid.uuid4().hex
    now = naive_utc(ctx.now)
    insert_message(ctx.conn, NewMessage(
        id=note_id, conversation_id=conv.id, direction=Direction.OUTBOUND, kind=MessageKind.NOTE, text=text,
        status=MessageStatus.SENT, author_id=ctx.viewer.id, channel=conv.channel, created_at=now))
    ctx.uow.changed("messages", note_id)


@handles(MutationType.TRANSFER)
def transfer(ctx: Context, args: TransferArgs) -> dict[str, Any]:
    """To an agent (online or not: assigned to them, unread) or to a team (routed inside the team
    by the team's method, never straight back to the sender). The sender loses it at once."""
    require_permission(ctx, Permission.TRANSFER)
    conv = acting_conversation(ctx, args.conversation_id)
    _check_target(ctx, conv, args)
    _hidden_note(ctx, conv, args.note)
    ctx.conn.execute(t.conversations.update().where(t.conversations.c.id == conv.id).values(snoozed_until=None))
    events.record(ctx.uow, ctx.now, "transferred", conv.id, actor_id=ctx.viewer.id,
                  from_user_id=conv.assignee_id, to_user_id=args.to_user_id, to_team_id=args.to_team_id)
    if args.to_user_id:
        assign(ctx.uow, conv.id, args.to_user_id, ctx.now, event="assigned", actor_id=ctx.viewer.id,
               system_line=False)
        return {"assignee_id": args.to_user_id}
    release_from_bot(ctx.uow, conv.id)
    ctx.conn.execute(t.conversations.update().where(t.conversations.c.id == conv.id).values(
        assignee_id=None, team_id=args.to_team_id, queued_at=naive_utc(ctx.now),
        unread_count=sa.case((t.conversations.c.unread_count > 0, t.conversations.c.unread_count), else_=1)))
    touch_history(ctx.uow, conv.id)
    router = ctx.services.router
    chosen = router.route(ctx.uow, conv.id, ctx.now, actor_id=ctx.viewer.id, exclude={ctx.viewer.id})
    if conv.assignee_id is not None:  # the sender's load went down: someone may now take a waiting one
        router.drain_queue(ctx.uow, ctx.now, skip={conv.id})
    return {"assignee_id": chosen, "team_id": args.to_team_id}


@handles(MutationType.CLOSE)
def close(ctx: Context, args: CloseArgs) -> dict[str, Any] | None:
    """Ends the conversation (kept in the contact's history); closing it again is a no-op."""
    row = conversation(ctx, args.conversation_id, lock=True)
    if row.status == ConversationStatus.CLOSED and ctx.viewer.can_see(dict(row._mapping)):
        return {"already_closed": True}
    conv = acting_conversation(ctx, args.conversation_id)
    ctx.conn.execute(t.conversations.update().where(t.conversations.c.id == conv.id).values(
        status="closed", closed_at=naive_utc(ctx.now), closed_by=ctx.viewer.id, unread_count=0, queued_at=None,
        snoozed_until=None))
    ctx.uow.changed("conversations", conv.id)
    events.record(ctx.uow, ctx.now, "closed", conv.id, actor_id=ctx.viewer.id)
    if conv.assignee_id is not None:  # a place freed up under the capacity limit
        ctx.services.router.drain_queue(ctx.uow, ctx.now)
    return None


@handles(MutationType.REOPEN)
def reopen(ctx: Context, args: ReopenArgs) -> dict[str, Any]:
    """A closed conversation back in the inbox of whoever reopens it (who may see it). One open
    conversation per contact and channel: while another is open, say who holds it. The window is
    not reopened: past 24 hours the composer still asks for a template."""
    row = conversation(ctx, args.conversation_id, lock=True)
    record = dict(row._mapping)
    if not ctx.viewer.can_see(record):
        raise Refused(Reason.FORBIDDEN, say("forbidden_see", lang(ctx)))
    if row.status == ConversationStatus.OPEN:
        return {"assignee_id": row.assignee_id, "already_open": True}
    c = t.conversations.c
    other = ctx.conn.execute(sa.select(c.id, c.assignee_id).where(
        c.contact_id == row.contact_id, c.channel == row.channel, c.status == ConversationStatus.OPEN.value, c.id != row.id)).first()
    if other is not None:
        if other.assignee_id == ctx.viewer.id:
            raise Refused(Reason.CONFLICT, say("contact_yours", lang(ctx)), conversation_id=other.id)
        name = user_name(ctx.conn, other.assignee_id) if other.assignee_id else "?"
        raise Refused(Reason.CONFLICT, say("reopen_busy", lang(ctx), name=name), conversation_id=other.id,
                      assignee_id=other.assignee_id, assignee_name=name)
    ctx.conn.execute(t.conversations.update().where(c.id == row.id).values(
        status="open", closed_at=None, closed_by=None, queued_at=None, snoozed_until=None))
    events.record(ctx.uow, ctx.now, "reopened", row.id, actor_id=ctx.viewer.id)
    assign(ctx.uow, row.id, ctx.viewer.id, ctx.now, event="assigned", actor_id=ctx.viewer.id, system_line=False)
    ctx.conn.execute(t.conversations.update().where(c.id == row.id).values(unread_count=0))  # they are looking at it
    return {"assignee_id": ctx.viewer.id}


@handles(MutationType.SNOOZE)
def snooze(ctx: Context, args: SnoozeArgs) -> dict[str, Any]:
    """Out of the holder's inbox until `until` (the customer writing wakes it: domain/inbound.py);
    `until` None wakes it now. Only who may write in it (its holder, or a see-all role) may."""
    conv = acting_conversation(ctx, args.conversation_id)
    until = None
    if args.until is not None:
        until = from_iso(args.until)
        if until is None:
            raise Refused(Reason.INVALID, say("snooze_in_the_past", lang(ctx)), field="until")
        refusal = check_snooze(until, ctx.now)
        if refusal is not None:
            key = "snooze_too_far" if refusal is SnoozeRefusal.TOO_FAR else "snooze_in_the_past"
            raise Refused(Reason.INVALID, say(key, lang(ctx)), field="until")
    ctx.conn.execute(t.conversations.update().where(t.conversations.c.id == conv.id).values(
        snoozed_until=naive_utc(until) if until is not None else None))
    ctx.uow.changed("conversations", conv.id)
    events.record(ctx.uow, ctx.now, "snoozed" if until is not None else "woken", conv.id, actor_id=ctx.viewer.id,
                  system_line=False, until=args.until)
    return {"snoozed_until": args.until}


@handles(MutationType.SET_LABELS)
def set_labels(ctx: Context, args: SetLabelsArgs) -> dict[str, Any]:
    """The conversation's labels, whole (normalised: rvops_contract/labels.py). Whoever may write
    in it may label it, closed or open (a closed one is labelled to be found later)."""
    conv = acting_conversation(ctx, args.conversation_id, allow_closed=True)
    labels = normalise_labels(args.labels)
    refusal = check_labels(labels)
    if refusal is not None:
        key = "labels_too_long" if refusal is LabelRefusal.TOO_LONG else "labels_too_many"
        raise Refused(Reason.INVALID, say(key, lang(ctx)), field="labels")
    ctx.conn.execute(t.conversations.update().where(t.conversations.c.id == conv.id).values(labels=labels))
    ctx.uow.changed("conversations", conv.id)
    events.record(ctx.uow, ctx.now, "labelled", conv.id, actor_id=ctx.viewer.id, system_line=False, labels=labels)
    return {"labels": labels}
