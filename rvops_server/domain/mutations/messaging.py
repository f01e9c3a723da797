"""Writing in a conversation: messages, hidden notes, resuming by template, marking read."""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC
from typing import Any, NoReturn

import sqlalchemy as sa
from sqlalchemy import Row

from rvops_contract.attachments import check_attachment
from rvops_contract.clock import to_iso
from rvops_contract.mentions import find_mentions
from rvops_contract.preview import preview_of
from rvops_contract.reactions import reactions_sent_on
from rvops_contract.templates import check_variables, placeholder_count, render
from rvops_contract.window import WindowState, window_for
from rvops_contract.wire import (
    AddNoteArgs,
    Channel,
    ConversationStatus,
    Direction,
    MarkReadArgs,
    MessageKind,
    MessageStatus,
    MutationType,
    ReactArgs,
    Reason,
    ResumeArgs,
    SendMessageArgs,
    StartConversationArgs,
    channel_name,
)
from rvops_server.domain import events
from rvops_server.domain.errors import Refused
from rvops_server.domain.media_access import link_attachments, may_attach
from rvops_server.domain.sentences import say
from rvops_server.domain.visibility import load_viewer
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc
from rvops_server.store.messages import NewMessage, insert_message

from . import handles
from .context import Context
from .guards import acting_conversation, lang, reply_target, user_name


def _new_message_id(ctx: Context, wanted: str | None) -> str:
    if wanted is None:
        return uuid.uuid4().hex
    if ctx.conn.execute(sa.select(t.messages.c.id).where(t.messages.c.id == wanted)).first():
        raise Refused(Reason.CONFLICT, say("id_taken", lang(ctx)))
    return wanted


def _insert_message(ctx: Context, conv: Row[Any], message_id: str, *, kind: MessageKind, text: str | None,
                    status: MessageStatus,
                    attachments: Sequence[dict[str, Any]] = (), payload: dict[str, Any] | None = None,
                    reply_to_id: str | None = None, touches_preview: bool = True) -> None:
    now = naive_utc(ctx.now)
    insert_message(ctx.conn, NewMessage(
        id=message_id, conversation_id=conv.id, direction=Direction.OUTBOUND, kind=kind, text=text, status=status,
        author_id=ctx.viewer.id, channel=conv.channel, attachments=attachments, payload=payload or {},
        reply_to_id=reply_to_id, created_at=now))
    ctx.uow.changed("messages", message_id)
    link_attachments(ctx.conn, conv.id, attachments)
    if touches_preview:
        ctx.conn.execute(t.conversations.update().where(t.conversations.c.id == conv.id).values(
            last_message_at=now, last_message_preview=preview_of(kind, text, attachments)))
        ctx.uow.changed("conversations", conv.id)


def _refuse_closed_window(ctx: Context, conv: Row[Any], state: WindowState) -> NoReturn:
    """`window_closed`, with the moment it closed and what the agent can do about it."""
    closes_at = to_iso(state.closes_at)
    if conv.channel == Channel.INSTAGRAM:
        raise Refused(Reason.WINDOW_CLOSED, say("window_closed_instagram", lang(ctx)), closes_at=closes_at)
    if state.closes_at is None:
        raise Refused(Reason.WINDOW_CLOSED, say("window_closed_never", lang(ctx)), closes_at=None)
    if conv.window_closed_by_provider and state.closes_at > naive_utc(ctx.now).replace(tzinfo=UTC):
        # by our count still open: Meta closed it (131047), and when is Meta's to know
        raise Refused(Reason.WINDOW_CLOSED, say("window_closed_by_meta", lang(ctx)), closes_at=None)
    raise Refused(Reason.WINDOW_CLOSED,
                  say("window_closed", lang(ctx), closes_at=state.closes_at.strftime("%d/%m %H:%M")),
                  closes_at=closes_at)


@handles(MutationType.SEND_MESSAGE)
def send_message(ctx: Context, args: SendMessageArgs) -> dict[str, Any]:
    conv = acting_conversation(ctx, args.conversation_id)
    state = window_for(dict(conv._mapping), ctx.now)
    if not state.is_open:
        _refuse_closed_window(ctx, conv, state)
    attachments: list[dict[str, Any]] = []
    if args.attachment_id:
        media = ctx.conn.execute(sa.select(t.media).where(t.media.c.id == args.attachment_id)).first()
        if media is None:
            raise Refused(Reason.INVALID, say("attachment_missing", lang(ctx)))
        if not may_attach(ctx.conn, ctx.viewer, media):
            raise Refused(Reason.FORBIDDEN, say("attachment_not_yours", lang(ctx)))
        decision = check_attachment(conv.channel, media.mime_type, media.size, media.filename)
        if not decision.allowed:
            refusal, message = decision.reason, decision.message(lang(ctx))
            assert refusal is not None and message is not None  # a refused decision says why
            raise Refused(Reason.ATTACHMENT_REFUSED, message, attachment_reason=refusal.value)
        assert decision.media_type is not None  # an allowed one says how the provider carries it
        attachments = [{"id": media.id, "mime_type": decision.mime_type, "filename": media.filename,
                        "size": media.size, "media_type": decision.media_type.value}]
    elif not args.text.strip():
        raise Refused(Reason.INVALID, say("empty_message", lang(ctx)))
    message_id = _new_message_id(ctx, args.message_id)
    _insert_message(ctx, conv, message_id, kind=MessageKind.MEDIA if attachments else MessageKind.TEXT, text=args.text or None,
                    status=MessageStatus.QUEUED, attachments=attachments, reply_to_id=reply_target(ctx, conv, args.reply_to_id))
    ctx.services.outbound.enqueue(ctx.uow, message_id)  # durable: sent after the commit
    return {"message_id": message_id}


@handles(MutationType.REACT)
def react(ctx: Context, args: ReactArgs) -> dict[str, Any]:
    """An emoji on a message of the conversation, sent to the customer as a WhatsApp reaction (a bubble of its own in our thread). One per agent and message: a new one
    replaces the earlier (Meta replaces it on the customer's phone too)."""
    conv = acting_conversation(ctx, args.conversation_id)
    if not reactions_sent_on(conv.channel):
        raise Refused(Reason.INVALID, say("reaction_not_on_channel", lang(ctx), channel=channel_name(conv.channel)))
    emoji = args.emoji
    m = t.messages.c
    target = ctx.conn.execute(sa.select(m.id, m.provider_id, m.kind).where(
        m.id == args.target_id, m.conversation_id == conv.id)).first()
    if target is None or target.kind in (MessageKind.NOTE, MessageKind.SYSTEM, MessageKind.REACTION):
        raise Refused(Reason.INVALID, say("reaction_target_unknown", lang(ctx)), field="target_id")
    if not target.provider_id:
        raise Refused(Reason.INVALID, say("reaction_target_unsent", lang(ctx)), field="target_id")
    state = window_for(dict(conv._mapping), ctx.now)
    if not state.is_open:
        _refuse_closed_window(ctx, conv, state)
    for earlier in ctx.conn.execute(sa.select(m.id, m.payload).where(
            m.conversation_id == conv.id, m.kind == MessageKind.REACTION.value, m.direction == Direction.OUTBOUND.value,
            m.author_id == ctx.viewer.id)).all():
        if ((earlier.payload or {}).get("reaction") or {}).get("message_id") == target.id:
            ctx.conn.execute(t.outbound_sends.delete().where(t.outbound_sends.c.message_id == earlier.id))
            ctx.conn.execute(t.messages.delete().where(m.id == earlier.id))
            ctx.uow.changed("messages", earlier.id, "delete")
    message_id = _new_message_id(ctx, args.message_id)
    _insert_message(ctx, conv, message_id, kind=MessageKind.REACTION, text=None, status=MessageStatus.QUEUED, touches_preview=False,
                    payload={"reaction": {"target_id": target.provider_id, "message_id": target.id, "emoji": emoji}})
    ctx.services.outbound.enqueue(ctx.uow, message_id)
    return {"message_id": message_id}


@handles(MutationType.ADD_NOTE)
def add_note(ctx: Context, args: AddNoteArgs) -> dict[str, Any]:
    """A hidden note (S5): stored in the thread, never sent to a channel. The colleagues it
    @mentions (rvops_contract/mentions.py) are kept in its payload: their desks announce it. One who
    cannot see the conversation would never get the note: the answer names them."""
    conv = acting_conversation(ctx, args.conversation_id, allow_closed=True)
    message_id = _new_message_id(ctx, args.message_id)
    colleagues = ctx.conn.execute(sa.select(t.users.c.id, t.users.c.name).where(
        t.users.c.active.is_(True), t.users.c.id != ctx.viewer.id)).all()
    mentions = find_mentions(args.text, [(row.id, row.name) for row in colleagues])
    _insert_message(ctx, conv, message_id, kind=MessageKind.NOTE, text=args.text, status=MessageStatus.SENT, touches_preview=False,
                    payload={"mentions": mentions} if mentions else None)
    names = {row.id: row.name for row in colleagues}
    unseen = [names[uid] for uid in mentions
              if not (viewer := load_viewer(ctx.conn, uid)) or not viewer.can_see(dict(conv._mapping))]
    return {"message_id": message_id, **({"mentions": mentions, "cannot_see": unseen} if mentions else {})}


@handles(MutationType.RESUME)
def resume(ctx: Context, args: ResumeArgs) -> dict[str, Any]:
    """Reopen a WhatsApp conversation outside the window by sending an approved template (S11).

    The template does not reopen the window: free-form messages stay refused until the contact
    writes again (their inbound message moves `last_inbound_at`). Instagram cannot be resumed.
    """
    conv = acting_conversation(ctx, args.conversation_id)
    state = window_for(dict(conv._mapping), ctx.now)
    if conv.channel == Channel.WEBCHAT:
        raise Refused(Reason.INVALID, say("resume_webchat", lang(ctx)))
    if conv.channel == Channel.INSTAGRAM:
        raise Refused(Reason.WINDOW_CLOSED, say("window_closed_instagram", lang(ctx)),
                      closes_at=to_iso(state.closes_at))
    template = _approved_template(ctx, args.template_name, args.language, args.variables)
    message_id = _new_message_id(ctx, args.message_id)
    payload = {"template": {"name": template.name, "language": template.language, "variables": args.variables,
                            "category": template.category}, "window_was_open": state.is_open}
    _insert_message(ctx, conv, message_id, kind=MessageKind.TEMPLATE, text=render(template.components, args.variables),
                    status=MessageStatus.QUEUED, payload=payload)
    events.record(ctx.uow, ctx.now, "resumed", conv.id, actor_id=ctx.viewer.id, system_line=False,
                  template_name=template.name)
    ctx.services.outbound.enqueue(ctx.uow, message_id)  # durable: sent after the commit
    return {"message_id": message_id}


def _approved_template(ctx: Context, name: str, language: str, variables: list[str]) -> Row[Any]:
    """The template, if Meta approved it and the variables fill its slots; else a refusal."""
    template = ctx.conn.execute(sa.select(t.templates).where(
        t.templates.c.name == name, t.templates.c.language == language)).first()
    if template is None:
        raise Refused(Reason.TEMPLATE_NOT_APPROVED, say("template_unknown", lang(ctx), name=name, language=language))
    if template.status.upper() != "APPROVED":
        raise Refused(Reason.TEMPLATE_NOT_APPROVED,
                      say("template_not_approved", lang(ctx), name=template.name, status=template.status))
    why = check_variables(template.components, variables)
    if why == "count":
        raise Refused(Reason.INVALID, say("template_variables", lang(ctx), name=template.name,
                                          expected=placeholder_count(template.components),
                                          given=len([v for v in variables if v.strip()])))
    if why is not None:  # a media header's value is the file's link
        raise Refused(Reason.INVALID, say("template_media_link", lang(ctx), name=template.name))
    return template


@handles(MutationType.START_CONVERSATION)
def start_conversation(ctx: Context, args: StartConversationArgs) -> dict[str, Any]:
    """Active outbound (S10): only a contact with no open WhatsApp conversation is free for it."""
    contact = ctx.conn.execute(sa.select(t.contacts).where(t.contacts.c.id == args.contact_id)).first()
    if contact is None:
        raise Refused(Reason.NOT_FOUND, say("contact_not_found", lang(ctx)))
    if not contact.phone:
        raise Refused(Reason.INVALID, say("contact_no_phone", lang(ctx)))
    c = t.conversations.c
    busy = ctx.conn.execute(sa.select(t.conversations).where(
        c.contact_id == contact.id, c.channel == Channel.WHATSAPP.value, c.status == ConversationStatus.OPEN.value)).first()
    if busy is not None:
        if busy.assignee_id == ctx.viewer.id:
            raise Refused(Reason.CONFLICT, say("contact_yours", lang(ctx)), conversation_id=busy.id)
        raise Refused(Reason.CONFLICT, say("contact_busy", lang(ctx), name=user_name(ctx.conn, busy.assignee_id)
                                           if busy.assignee_id else "A fila"),
                      conversation_id=busy.id, assignee_id=busy.assignee_id)
    template = _approved_template(ctx, args.template_name, args.language, args.variables)
    conversation_id = args.conversation_id or uuid.uuid4().hex
    if ctx.conn.execute(sa.select(c.id).where(c.id == conversation_id)).first():
        raise Refused(Reason.CONFLICT, say("id_taken", lang(ctx)))
    now = naive_utc(ctx.now)
    ctx.conn.execute(t.conversations.insert().values(
        id=conversation_id, contact_id=contact.id, channel=Channel.WHATSAPP.value, status="open",
        assignee_id=ctx.viewer.id, opened_at=now, unread_count=0, window_closed_by_provider=False,
        address=contact.phone))
    conv = ctx.conn.execute(sa.select(t.conversations).where(c.id == conversation_id)).one()  # just inserted
    ctx.uow.changed("contacts", contact.id)  # the agent may see the contact from now on
    message_id = _new_message_id(ctx, args.message_id)
    payload = {"template": {"name": template.name, "language": template.language, "variables": args.variables,
                            "category": template.category}, "window_was_open": False}
    _insert_message(ctx, conv, message_id, kind=MessageKind.TEMPLATE, text=render(template.components, args.variables),
                    status=MessageStatus.QUEUED, payload=payload)
    events.record(ctx.uow, ctx.now, "started", conversation_id, actor_id=ctx.viewer.id, system_line=False,
                  template_name=template.name)
    ctx.services.outbound.enqueue(ctx.uow, message_id)  # durable: sent after the commit
    return {"conversation_id": conversation_id, "message_id": message_id}


@handles(MutationType.MARK_READ)
def mark_read(ctx: Context, args: MarkReadArgs) -> None:
    """`unread` counts what the assignee has not read: a supervisor reading someone else's
    conversation (or the queue) is accepted and leaves it for the assignee."""
    conv = acting_conversation(ctx, args.conversation_id, allow_closed=True)
    if conv.unread_count and conv.assignee_id == ctx.viewer.id:
        ctx.conn.execute(t.conversations.update().where(t.conversations.c.id == conv.id).values(unread_count=0))
        ctx.uow.changed("conversations", conv.id)
