"""Webchat conversations as the visitor sees them: storing what they write, and the view of each
message (no notes, no system lines, no agent messages that did not go out)."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.clock import to_iso
from rvops_server.chatbot.native import webchat_buttons
from rvops_server.domain.inbound import Inbound, ingest
from rvops_server.gateways.media import public_media_url
from rvops_server.services import Services
from rvops_server.store import schema as t

CHANNEL = "webchat"
HISTORY_LENGTH = 100
HIDDEN_KINDS = ("note", "system")
SHOWN_OUTBOUND = ("sent", "delivered", "read")


def store_visitor_message(services: Services, visitor_id: str, provider_id: str, *, text: str | None,
                          attachments: list[dict[str, Any]] | None = None) -> str | None:
    """Store what the visitor wrote (once per provider id); the message id, None for a repeat."""
    item = Inbound(channel=CHANNEL, sender=visitor_id, provider_id=provider_id,
                   kind="media" if attachments else "text", text=text, attachments=attachments or [])
    with services.store.write() as uow:
        return ingest(uow, services.router, item, services.clock.now(), services.chatbot).message_id


def _visible(row) -> bool:
    if row.kind in HIDDEN_KINDS:
        return False
    return row.direction == "inbound" or row.status in SHOWN_OUTBOUND


def _query():
    m, c = t.messages.c, t.conversations.c
    return (sa.select(t.messages, t.contacts.c.webchat_visitor_id.label("visitor_id"),
                      t.users.c.name.label("author_name"))
            .join(t.conversations, c.id == m.conversation_id)
            .join(t.contacts, t.contacts.c.id == c.contact_id)
            .outerjoin(t.users, t.users.c.id == m.author_id)
            .where(m.channel == CHANNEL))


def view(services: Services, secret: bytes, row) -> dict[str, Any]:
    attachments = []
    for item in row.attachments or []:
        if item.get("id"):
            attachments.append({"url": public_media_url(services, secret, item["id"]),
                                "name": item.get("filename") or "arquivo", "mime_type": item.get("mime_type"),
                                "size": item.get("size"), "media_type": item.get("media_type")})
    payload = row.payload or {}
    view = {"id": row.id, "from": "visitor" if row.direction == "inbound" else "agent", "kind": row.kind,
            "text": row.text, "attachments": attachments, "at": to_iso(row.created_at),
            "author": row.author_name if row.direction == "outbound" else None}
    if payload.get("bot") and row.direction == "outbound":
        view["bot"] = True
    if payload.get("menu"):  # the chatbot's menu: the widget shows a button per option
        view["buttons"] = webchat_buttons(payload["menu"])
    return view


def history(conn: Connection, services: Services, secret: bytes, visitor_id: str) -> list[dict[str, Any]]:
    """The visitor's latest messages across their conversations, oldest first."""
    m = t.messages.c
    rows = conn.execute(_query().where(t.contacts.c.webchat_visitor_id == visitor_id)
                        .order_by(m.created_at.desc()).limit(HISTORY_LENGTH)).all()
    return [view(services, secret, r) for r in reversed(rows) if _visible(r)]


def changed_messages(conn: Connection, services: Services, secret: bytes, after: int,
                     limit: int = 500) -> tuple[list[tuple[str, dict[str, Any]]], int, bool]:
    """Webchat messages touched after change cursor `after`: [(visitor id, view)], next cursor, more?"""
    ch = t.changes.c
    found = conn.execute(sa.select(ch.cursor, ch.record_id).where(ch.cursor > after, ch.collection == "messages")
                         .order_by(ch.cursor).limit(limit)).all()
    if not found:
        return [], after, False
    ids = list(dict.fromkeys(r.record_id for r in found))
    rows = conn.execute(_query().where(t.messages.c.id.in_(ids))).all()
    by_id = {r.id: r for r in rows}
    out = [(by_id[i].visitor_id, view(services, secret, by_id[i])) for i in ids
           if i in by_id and by_id[i].visitor_id and _visible(by_id[i])]
    return out, int(found[-1].cursor), len(found) == limit


def visitor_of_conversation(conn: Connection, conversation_id: str) -> str | None:
    c = t.conversations.c
    return conn.execute(sa.select(t.contacts.c.webchat_visitor_id)
                        .join(t.conversations, c.contact_id == t.contacts.c.id)
                        .where(c.id == conversation_id, c.channel == CHANNEL)).scalar()
