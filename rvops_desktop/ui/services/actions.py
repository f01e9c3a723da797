"""The agent's actions for the widgets: a thin layer over `rvops_desktop.sync.actions.Actions`
(each action is one outbox write with its optimistic effects; the engine pushes it).

It only adapts shapes the widgets have at hand (an uploaded attachment record, a Template row, a
failed Message to retry, "deal"/"company"/"task" from the contact panel's buttons).
"""
from __future__ import annotations

import logging
from typing import Any

from rvops_contract.wire import MessageKind
from rvops_desktop.sync.actions import Actions as SyncActions

log = logging.getLogger(__name__)


class Actions:
    def __init__(self, replica, engine, me: dict[str, Any], clock=None) -> None:
        self._sync = SyncActions(replica, me["id"])

    def send_message(self, conversation_id: str, text: str = "", *, attachment: dict | None = None,
                     reply_to_id: str | None = None) -> str:
        message_id = self._sync.send_message(conversation_id, text, attachment_id=(attachment or {}).get("id"),
                                             reply_to_id=reply_to_id).args["message_id"]
        log.info("message %s to %s%s%s", message_id, conversation_id,
                 f" replying to {reply_to_id}" if reply_to_id else "",
                 f" with attachment {attachment.get('id')}" if attachment else "")
        return message_id

    def react(self, conversation_id: str, target_id: str, emoji: str) -> str:
        message_id = self._sync.react(conversation_id, target_id, emoji).args["message_id"]
        log.info("reaction %s %s to %s in %s", message_id, emoji, target_id, conversation_id)
        return message_id

    def add_note(self, conversation_id: str, text: str) -> str:
        message_id = self._sync.add_note(conversation_id, text).args["message_id"]
        log.info("note %s in %s", message_id, conversation_id)
        return message_id

    def retry(self, message) -> str:
        """Send a failed message again (a new mutation and message; the failed one stays, as history)."""
        if message.kind == MessageKind.NOTE:
            return self.add_note(message.conversation_id, message.text or "")
        attachment = (message.attachments or [None])[0]
        return self.send_message(message.conversation_id, message.text or "", attachment=attachment,
                                 reply_to_id=message.reply_to_id)

    def resume(self, conversation_id: str, template, variables: list[str], _rendered: str = "") -> str:
        message_id = self._sync.resume(conversation_id, template.name, template.language, variables).args["message_id"]
        log.info("resume %s with template %s (message %s)", conversation_id, template.name, message_id)
        return message_id

    def start_conversation(self, contact_id: str, template, variables: list[str], *,
                           conversation_id: str | None = None) -> str:
        """A new WhatsApp conversation opened by an approved template; its id (it shows at once)."""
        pending = self._sync.start_conversation(contact_id, template.name, template.language, variables,
                                                conversation_id=conversation_id)
        log.info("start conversation %s with %s", pending.args["conversation_id"], contact_id)
        return pending.args["conversation_id"]

    def claim(self, conversation_id: str) -> None:
        log.info("claim %s", conversation_id)
        self._sync.claim(conversation_id)

    def transfer(self, conversation_id: str, *, to_user_id: str | None = None, to_team_id: str | None = None,
                 note: str | None = None) -> None:
        log.info("transfer %s to %s", conversation_id, to_user_id or f"team {to_team_id}")
        self._sync.transfer(conversation_id, to_user_id=to_user_id, to_team_id=to_team_id, note=note)

    def close(self, conversation_id: str) -> None:
        log.info("close %s", conversation_id)
        self._sync.close(conversation_id)

    def reopen(self, conversation_id: str) -> None:
        log.info("reopen %s", conversation_id)
        self._sync.reopen(conversation_id)

    def set_labels(self, conversation_id: str, labels: list[str]) -> None:
        log.info("labels of %s: %s", conversation_id, labels)
        self._sync.set_labels(conversation_id, labels)

    def snooze(self, conversation_id: str, until: str | None) -> None:
        log.info("snooze %s until %s", conversation_id, until)
        self._sync.snooze(conversation_id, until)

    def mark_read(self, conversation_id: str) -> None:
        self._sync.mark_read(conversation_id)

    def update_contact(self, contact_id: str, fields: dict[str, Any], _current_properties=None) -> None:
        self._sync.update_contact(contact_id, fields)

    def create_contact(self, name: str, **fields) -> str:
        """A new contact (phone, email, tags, properties); its id (it is in the directory at once)."""
        contact_id = self._sync.create_contact(name, **fields).args["id"]
        log.info("create contact %s", contact_id)
        return contact_id

    def merge_contacts(self, keep_id: str, duplicate_id: str) -> None:
        log.info("merge contact %s into %s", duplicate_id, keep_id)
        self._sync.merge_contacts(keep_id, duplicate_id)

    def create(self, kind: str, contact_id: str, **fields) -> str:
        """kind: deal | company | task (the contact panel's create buttons)."""
        if kind == "company":
            return self._sync.create_company(contact_id, fields["name"]).args["id"]
        if kind == "deal":
            return self._sync.create_deal(contact_id, fields["title"]).args["id"]
        return self._sync.create_task(contact_id, fields["title"]).args["id"]

    def update_deal(self, deal_id: str, **fields) -> None:
        self._sync.update_deal(deal_id, **fields)

    def update_task(self, task_id: str, **fields) -> None:
        self._sync.update_task(task_id, **fields)

    def set_status(self, status: str) -> None:
        self._sync.set_status(status)

    def upsert_snippet(self, shortcut: str, title: str, body: str, snippet_id: str | None = None) -> str:
        return self._sync.upsert_snippet(shortcut, title, body, id=snippet_id).args["id"]

    def delete_snippet(self, snippet_id: str) -> None:
        self._sync.delete_snippet(snippet_id)

    def log_call(self, **fields) -> None:
        self._sync.log_call(**fields)
