"""The agent's actions as outbox mutations with their optimistic effects (no Qt, no SQL).

A thin adapter written in ui/ because the SyncEngine has no high-level actions yet: each action
is `replica.outbox.enqueue(type, args, effects)` (docs/replica.md). When the engine offers a
method of the same name (`engine.send_message(...)`, …) it is used instead. The sync engine
pushes the outbox and resolves it; refusals come back through `engine.on_refusal`.
"""
from __future__ import annotations

import uuid
from typing import Any

from rvops_desktop.models import Effect, iso

PREVIEW_LENGTH = 120


def _new_id() -> str:
    return uuid.uuid4().hex


class Actions:
    def __init__(self, replica, engine, me: dict[str, Any], clock) -> None:
        self._replica = replica
        self._engine = engine
        self._me = me
        self._clock = clock

    def _now(self) -> str:
        return iso(self._clock.now())

    def _delegate(self, name: str, *args, **kwargs):
        method = getattr(self._engine, name, None)
        return method(*args, **kwargs) if callable(method) else NotImplemented

    def _enqueue(self, type_: str, args: dict, effects=()):
        return self._replica.outbox.enqueue(type_, {k: v for k, v in args.items() if v is not None}, effects)

    # ---- messages ------------------------------------------------------------------------------
    def send_message(self, conversation_id: str, text: str = "", *, attachment: dict | None = None,
                     reply_to_id: str | None = None) -> str:
        message_id = _new_id()
        now = self._now()
        fields = {"conversation_id": conversation_id, "direction": "outbound",
                  "kind": "media" if attachment else "text", "text": text or None, "status": "queued",
                  "created_at": now, "author_id": self._me["id"], "reply_to_id": reply_to_id,
                  "attachments": [attachment] if attachment else []}
        preview = (text or (attachment or {}).get("filename") or "")[:PREVIEW_LENGTH]
        self._enqueue("send_message", {"conversation_id": conversation_id, "text": text, "message_id": message_id,
                                       "attachment_id": (attachment or {}).get("id"), "reply_to_id": reply_to_id},
                      [Effect.insert("messages", message_id, fields, keep_as_failed=True),
                       Effect.update("conversations", conversation_id,
                                     {"last_message_at": now, "last_message_preview": preview})])
        return message_id

    def add_note(self, conversation_id: str, text: str) -> str:
        message_id = _new_id()
        fields = {"conversation_id": conversation_id, "direction": "outbound", "kind": "note", "text": text,
                  "status": "queued", "created_at": self._now(), "author_id": self._me["id"], "attachments": []}
        self._enqueue("add_note", {"conversation_id": conversation_id, "text": text, "message_id": message_id},
                      [Effect.insert("messages", message_id, fields, keep_as_failed=True)])
        return message_id

    def retry(self, message) -> str | None:
        """Send a failed message again (a new mutation and message; the failed one stays, as history)."""
        if message.kind == "note":
            new = self.add_note(message.conversation_id, message.text or "")
        else:
            attachment = (message.attachments or [None])[0]
            new = self.send_message(message.conversation_id, message.text or "", attachment=attachment,
                                    reply_to_id=message.reply_to_id)
        return new

    def resume(self, conversation_id: str, template, variables: list[str], rendered: str) -> str:
        message_id = _new_id()
        now = self._now()
        fields = {"conversation_id": conversation_id, "direction": "outbound", "kind": "template",
                  "text": rendered, "status": "queued", "created_at": now, "author_id": self._me["id"],
                  "attachments": [], "payload": {"template": {"name": template.name, "language": template.language,
                                                               "variables": variables}}}
        self._enqueue("resume", {"conversation_id": conversation_id, "template_name": template.name,
                                 "language": template.language, "variables": variables, "message_id": message_id},
                      [Effect.insert("messages", message_id, fields, keep_as_failed=True),
                       Effect.update("conversations", conversation_id,
                                     {"last_message_at": now, "last_message_preview": rendered[:PREVIEW_LENGTH]})])
        return message_id

    # ---- who holds the conversation ------------------------------------------------------------
    def claim(self, conversation_id: str) -> None:
        self._enqueue("claim", {"conversation_id": conversation_id},
                      [Effect.update("conversations", conversation_id, {"assignee_id": self._me["id"]})])

    def transfer(self, conversation_id: str, *, to_user_id: str | None = None, to_team_id: str | None = None,
                 note: str | None = None) -> None:
        fields: dict[str, Any] = {"assignee_id": to_user_id}
        if to_team_id:
            fields["team_id"] = to_team_id
        self._enqueue("transfer", {"conversation_id": conversation_id, "to_user_id": to_user_id,
                                   "to_team_id": to_team_id, "note": note or None},
                      [Effect.update("conversations", conversation_id, fields)])

    def close(self, conversation_id: str) -> None:
        self._enqueue("close", {"conversation_id": conversation_id},
                      [Effect.update("conversations", conversation_id,
                                     {"status": "closed", "closed_at": self._now(), "closed_by": self._me["id"]})])

    def mark_read(self, conversation_id: str) -> None:
        self._enqueue("mark_read", {"conversation_id": conversation_id},
                      [Effect.update("conversations", conversation_id, {"unread": 0})])

    # ---- contact panel (S6) --------------------------------------------------------------------
    def update_contact(self, contact_id: str, fields: dict[str, Any], current_properties: dict | None = None) -> None:
        effect: dict[str, Any] = {k: v for k, v in fields.items() if k in ("name", "email", "phone")}
        props = {k: v for k, v in fields.items() if k not in effect}
        if props:
            effect["properties"] = {**(current_properties or {}), **props}
        self._enqueue("update_contact", {"contact_id": contact_id, "fields": fields},
                      [Effect.update("contacts", contact_id, effect)])

    def create(self, kind: str, contact_id: str, **fields) -> str:
        """kind: deal | company | task."""
        new_id = _new_id()
        collection = {"deal": "deals", "company": "companies", "task": "tasks"}[kind]
        row = {"contact_id": contact_id, "created_at": self._now(), **fields}
        self._enqueue(f"create_{kind}", {"contact_id": contact_id, "id": new_id, **fields},
                      [Effect.insert(collection, new_id, row)])
        return new_id

    # ---- me, snippets --------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        self._enqueue("set_status", {"status": status},
                      [Effect.update("presence", self._me["id"], {"status": status})])

    def upsert_snippet(self, shortcut: str, title: str, body: str, snippet_id: str | None = None) -> str:
        snippet_id = snippet_id or _new_id()
        self._enqueue("upsert_snippet", {"id": snippet_id, "shortcut": shortcut, "title": title, "body": body},
                      [Effect.insert("snippets", snippet_id, {"shortcut": shortcut, "title": title, "body": body})])
        return snippet_id

    def delete_snippet(self, snippet_id: str) -> None:
        self._enqueue("delete_snippet", {"id": snippet_id}, [Effect.delete("snippets", snippet_id)])
