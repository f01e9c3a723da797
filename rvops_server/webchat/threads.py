"""Webchat conversations as the visitor sees them: storing what they write, and the view of each
message the visitor may see (domain/webchat_messages.py decides which)."""
from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection, Row

from rvops_contract.clock import to_iso
from rvops_contract.wire import Direction, MessageKind
from rvops_server.chatbot.native import webchat_buttons
from rvops_server.domain import webchat_messages
from rvops_server.domain.inbound import Inbound, ingest
from rvops_server.domain.webchat_messages import CHANNEL
from rvops_server.edge.public_links import public_media_url
from rvops_server.services import Services

__all__ = ["CHANNEL", "changed_messages", "history", "store_visitor_message", "view"]


def store_visitor_message(services: Services, visitor_id: str, provider_id: str, *, text: str | None,
                          attachments: list[dict[str, Any]] | None = None) -> str | None:
    """Store what the visitor wrote (once per provider id); the message id, None for a repeat."""
    item = Inbound(channel=CHANNEL, sender=visitor_id, provider_id=provider_id,
                   kind=MessageKind.MEDIA.value if attachments else MessageKind.TEXT.value, text=text,
                   attachments=attachments or [])
    with services.store.write() as uow:
        message_id: str | None = ingest(uow, services.router, item, services.clock.now(),
                                        services.chatbot).message_id
        return message_id


def view(services: Services, secret: bytes, row: Row[Any]) -> dict[str, Any]:
    attachments = []
    for item in row.attachments or []:
        if item.get("id"):
            attachments.append({"url": public_media_url(services, secret, item["id"]),
                                "name": item.get("filename") or "arquivo", "mime_type": item.get("mime_type"),
                                "size": item.get("size"), "media_type": item.get("media_type")})
    payload = row.payload or {}
    outbound = row.direction == Direction.OUTBOUND
    shown: dict[str, Any] = {"id": row.id, "from": "agent" if outbound else "visitor", "kind": row.kind,
                             "text": row.text, "attachments": attachments, "at": to_iso(row.created_at),
                             "author": row.author_name if outbound else None}
    if payload.get("bot") and outbound:
        shown["bot"] = True
    if payload.get("menu"):  # the chatbot's menu: the widget shows a button per option
        shown["buttons"] = webchat_buttons(payload["menu"])
    return shown


def history(conn: Connection, services: Services, secret: bytes, visitor_id: str) -> list[dict[str, Any]]:
    """The visitor's latest messages across their conversations, oldest first."""
    return [view(services, secret, r) for r in webchat_messages.history_rows(conn, visitor_id)]


def changed_messages(conn: Connection, services: Services, secret: bytes, after: int,
                     limit: int = 500) -> tuple[list[tuple[str, dict[str, Any]]], int, bool]:
    """Webchat messages touched after change cursor `after`: [(visitor id, view)], next cursor, more?"""
    rows, next_cursor, more = webchat_messages.changed_rows(conn, after, limit)
    return [(r.visitor_id, view(services, secret, r)) for r in rows], next_cursor, more
