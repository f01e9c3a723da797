"""The agent's actions: each writes its optimistic effect and its outbox row in ONE replica
transaction (models.Outbox.enqueue), with a client-generated mutation_id and, for rows it creates,
a client-chosen id the server keeps (so the optimistic row and the server's row are the same row).

The sender (engine) hears the commit and pushes. Every method returns the PendingMutation;
`.mutation_id` is how a later RefusalNotice refers back to it.
"""
from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from rvops_contract.contacts import LINKED_COLLECTIONS, merged_fields
from rvops_contract.deals import DEFAULT_PIPELINE, FIRST_STAGE
from rvops_contract.labels import normalise_labels
from rvops_contract.phones import DEFAULT_COUNTRY_CODE, PhoneError, to_e164
from rvops_contract.preview import preview_of
from rvops_contract.templates import render
from rvops_contract.wire import (
    ConversationStatus,
    Direction,
    MessageKind,
    MessageStatus,
    MutationType,
    PresenceStatus,
)
from rvops_desktop.models import Effect, PendingMutation, Replica, iso

CONTACT_CORE_FIELDS = frozenset({"name", "phone", "email", "owner_id", "tags", "instagram_id"})


def new_id() -> str:
    return uuid.uuid4().hex


class Actions:
    """Local actions of one signed-in agent on one replica."""

    def __init__(self, replica: Replica, user_id: str) -> None:
        self.replica = replica
        self.user_id = user_id

    def _now(self) -> str:
        return iso(self.replica.clock.now())

    def _enqueue(self, type_: MutationType, args: Mapping[str, Any], effects: Sequence[Effect] = ()
                 ) -> PendingMutation:
        args = {k: v for k, v in args.items() if v is not None}
        return self.replica.outbox.enqueue(type_, args, effects)

    def _outgoing(self, conversation_id: str, message_id: str, *, kind: MessageKind, text: str | None,
                  payload: dict[str, Any] | None = None, reply_to_id: str | None = None,
                  touches_preview: bool = True) -> list[Effect]:
        now = self._now()
        effects = [Effect.insert("messages", message_id, {
            "conversation_id": conversation_id, "direction": str(Direction.OUTBOUND), "kind": str(kind),
            "text": text, "status": str(MessageStatus.QUEUED), "author_id": self.user_id, "created_at": now,
            "attachments": [], "payload": payload or {}, "reply_to_id": reply_to_id,
            "error_code": None, "error_text": None}, keep_as_failed=True)]
        if touches_preview:
            effects.append(Effect.update("conversations", conversation_id, {
                "last_message_at": now, "last_message_preview": preview_of(str(kind), text) if text else None}))
        return effects

    # ---- writing in a conversation --------------------------------------------------------------
    def send_message(self, conversation_id: str, text: str = "", *, attachment_id: str | None = None,
                     reply_to_id: str | None = None, message_id: str | None = None) -> PendingMutation:
        message_id = message_id or new_id()
        kind = MessageKind.MEDIA if attachment_id else MessageKind.TEXT
        return self._enqueue(MutationType.SEND_MESSAGE, {
            "conversation_id": conversation_id, "text": text, "message_id": message_id,
            "attachment_id": attachment_id, "reply_to_id": reply_to_id},
            self._outgoing(conversation_id, message_id, kind=kind, text=text or None, reply_to_id=reply_to_id))

    def react(self, conversation_id: str, target_id: str, emoji: str, *,
              message_id: str | None = None) -> PendingMutation:
        """An emoji on a message, sent to the customer as a WhatsApp reaction (its own bubble)."""
        message_id = message_id or new_id()
        return self._enqueue(MutationType.REACT, {
            "conversation_id": conversation_id, "target_id": target_id, "emoji": emoji, "message_id": message_id},
            self._outgoing(conversation_id, message_id, kind=MessageKind.REACTION, text=None,
                           payload={"reaction": {"message_id": target_id, "emoji": emoji}}, touches_preview=False))

    def add_note(self, conversation_id: str, text: str, *, message_id: str | None = None) -> PendingMutation:
        """A hidden comment (S5): in the timeline, never sent to the customer."""
        message_id = message_id or new_id()
        return self._enqueue(MutationType.ADD_NOTE, {
            "conversation_id": conversation_id, "text": text, "message_id": message_id},
            self._outgoing(conversation_id, message_id, kind=MessageKind.NOTE, text=text, touches_preview=False))

    def resume(self, conversation_id: str, template_name: str, language: str,
               variables: Sequence[str] = (), *, message_id: str | None = None) -> PendingMutation:
        """Reopen a WhatsApp conversation outside the window with an approved template (S11)."""
        message_id = message_id or new_id()
        text = self._render_template(template_name, language, list(variables))
        payload = {"template": {"name": template_name, "language": language, "variables": list(variables)}}
        return self._enqueue(MutationType.RESUME, {
            "conversation_id": conversation_id, "template_name": template_name, "language": language,
            "variables": list(variables), "message_id": message_id},
            self._outgoing(conversation_id, message_id, kind=MessageKind.TEMPLATE, text=text, payload=payload))

    def start_conversation(self, contact_id: str, template_name: str, language: str,
                           variables: Sequence[str] = (), *, conversation_id: str | None = None,
                           message_id: str | None = None) -> PendingMutation:
        """Active outbound on WhatsApp (S10): a new conversation opened by an approved template.
        The server refuses while the contact is in an open conversation (rolled back here)."""
        conversation_id, message_id = conversation_id or new_id(), message_id or new_id()
        text = self._render_template(template_name, language, list(variables))
        payload = {"template": {"name": template_name, "language": language, "variables": list(variables)}}
        conversation = Effect.insert("conversations", conversation_id, {
            "contact_id": contact_id, "channel": "whatsapp", "status": "open", "assignee_id": self.user_id,
            "team_id": None, "opened_at": self._now(), "unread": 0, "last_inbound_at": None})
        return self._enqueue(MutationType.START_CONVERSATION, {
            "contact_id": contact_id, "template_name": template_name, "language": language,
            "variables": list(variables), "conversation_id": conversation_id, "message_id": message_id},
            [conversation, *self._outgoing(conversation_id, message_id, kind=MessageKind.TEMPLATE, text=text,
                                           payload=payload)])

    def mark_read(self, conversation_id: str) -> PendingMutation:
        return self._enqueue(MutationType.MARK_READ, {"conversation_id": conversation_id},
                             [Effect.update("conversations", conversation_id, {"unread": 0})])

    # ---- who holds the conversation -------------------------------------------------------------
    def claim(self, conversation_id: str) -> PendingMutation:
        """Take a queued conversation; whoever the server says won, wins."""
        return self._enqueue(MutationType.CLAIM, {"conversation_id": conversation_id},
                             [Effect.update("conversations", conversation_id, {"assignee_id": self.user_id})])

    def transfer(self, conversation_id: str, *, to_user_id: str | None = None, to_team_id: str | None = None,
                 note: str | None = None) -> PendingMutation:
        fields: dict[str, Any] = {"assignee_id": to_user_id}
        if to_team_id:
            fields["team_id"] = to_team_id
        return self._enqueue(MutationType.TRANSFER, {
            "conversation_id": conversation_id, "to_user_id": to_user_id, "to_team_id": to_team_id,
            "note": note}, [Effect.update("conversations", conversation_id, fields)])

    def close(self, conversation_id: str) -> PendingMutation:
        return self._enqueue(MutationType.CLOSE, {"conversation_id": conversation_id}, [
            Effect.update("conversations", conversation_id, {
                "status": str(ConversationStatus.CLOSED), "closed_at": self._now(), "closed_by": self.user_id,
                "unread": 0})])

    def reopen(self, conversation_id: str) -> PendingMutation:
        """Back in my inbox, open; refused (and undone) while the contact is in another open one."""
        return self._enqueue(MutationType.REOPEN, {"conversation_id": conversation_id}, [
            Effect.update("conversations", conversation_id, {
                "status": str(ConversationStatus.OPEN), "assignee_id": self.user_id, "closed_at": None,
                "closed_by": None, "unread": 0})])

    def set_labels(self, conversation_id: str, labels: list[str]) -> PendingMutation:
        """The conversation's labels, whole (normalised as the server will); undone if refused."""
        labels = normalise_labels(labels)
        return self._enqueue(MutationType.SET_LABELS, {"conversation_id": conversation_id, "labels": labels}, [
            Effect.update("conversations", conversation_id, {"labels": labels})])

    def snooze(self, conversation_id: str, until: str | None) -> PendingMutation:
        """Away from my inbox until `until` (ISO-8601 UTC), or awake now (None); undone if refused."""
        return self._enqueue(MutationType.SNOOZE, {"conversation_id": conversation_id, "until": until}, [
            Effect.update("conversations", conversation_id, {"snoozed_until": until})])

    # ---- the contact panel (S6) -----------------------------------------------------------------
    def update_contact(self, contact_id: str, fields: Mapping[str, Any]) -> PendingMutation:
        """Edit core fields and/or properties; last writer wins per field, in server order. A phone
        goes in E.164 when it reads as one (rvops_contract.phones); else the server says why."""
        fields = dict(fields)
        if fields.get("phone"):
            fields["phone"] = self._e164_or_typed(fields["phone"])
        core = {k: v for k, v in fields.items() if k in CONTACT_CORE_FIELDS}
        props = {k: v for k, v in fields.items() if k not in CONTACT_CORE_FIELDS}
        effect_fields: dict[str, Any] = {**core, "updated_at": self._now()}
        if props:
            contact = self.replica.store.contact(contact_id)
            effect_fields["properties"] = {**((contact.properties if contact else None) or {}), **props}
        return self._enqueue(MutationType.UPDATE_CONTACT, {"contact_id": contact_id, "fields": dict(fields)},
                             [Effect.update("contacts", contact_id, effect_fields)])

    def create_contact(self, name: str, *, phone: str | None = None, email: str | None = None,
                       tags: Sequence[str] = (), properties: Mapping[str, Any] | None = None,
                       id: str | None = None) -> PendingMutation:
        """A contact typed in (the directory, or a number typed into New conversation), in the
        directory at once; the phone in E.164 when it reads as one (else the server says why)."""
        id = id or new_id()
        phone = self._e164_or_typed(phone) if phone else None
        tags = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
        now = self._now()
        return self._enqueue(MutationType.CREATE_CONTACT, {
            "id": id, "name": name, "phone": phone or None, "email": email or None, "tags": tags,
            "properties": dict(properties or {})},
            [Effect.insert("contacts", id, {"name": name, "phone": phone or None, "email": email or None,
                                            "tags": tags, "properties": dict(properties or {}),
                                            "owner_id": self.user_id, "created_at": now, "updated_at": now})])

    def merge_contacts(self, keep_id: str, duplicate_id: str) -> PendingMutation:
        """`duplicate_id` folded into `keep_id` (rvops_contract.contacts.merged_fields), at once here:
        what links to the duplicate moves, the duplicate goes; all of it undone if refused."""
        store = self.replica.store
        keep, duplicate = store.contact(keep_id), store.contact(duplicate_id)
        effects: list[Effect] = []
        if keep is not None and duplicate is not None and keep_id != duplicate_id:
            history = store.contact_history(duplicate_id)
            linked: dict[str, list[Any]] = {"conversations": history.conversations, "calls": history.calls, "deals": history.deals,
                      "companies": history.companies, "tasks": history.tasks}
            for collection in LINKED_COLLECTIONS:
                effects += [Effect.update(collection, row.id, {"contact_id": keep_id}) for row in linked[collection]]
            effects.append(Effect.update("contacts", keep_id, {
                **merged_fields(keep.model_dump(), duplicate.model_dump()), "updated_at": self._now()}))
            effects.append(Effect.delete("contacts", duplicate_id))
        return self._enqueue(MutationType.MERGE_CONTACTS, {"keep_id": keep_id, "duplicate_id": duplicate_id}, effects)

    def create_deal(self, contact_id: str, title: str, *, value: float = 0, pipeline: str = DEFAULT_PIPELINE,
                    stage: str = FIRST_STAGE, id: str | None = None) -> PendingMutation:
        id = id or new_id()
        return self._enqueue(MutationType.CREATE_DEAL, {
            "contact_id": contact_id, "title": title, "value": value, "pipeline": pipeline, "stage": stage, "id": id},
            [Effect.insert("deals", id, {"contact_id": contact_id, "title": title, "value": value,
                                         "pipeline": pipeline, "stage": stage, "owner_id": self.user_id,
                                         "created_at": self._now()})])

    def create_company(self, contact_id: str, name: str, *, domain: str | None = None,
                       id: str | None = None) -> PendingMutation:
        id = id or new_id()
        return self._enqueue(MutationType.CREATE_COMPANY, {
            "contact_id": contact_id, "name": name, "domain": domain, "id": id},
            [Effect.insert("companies", id, {"contact_id": contact_id, "name": name, "domain": domain,
                                             "created_at": self._now()})])

    def create_task(self, contact_id: str, title: str, *, due_at: str | None = None,
                    assignee_id: str | None = None, id: str | None = None) -> PendingMutation:
        id = id or new_id()
        return self._enqueue(MutationType.CREATE_TASK, {
            "contact_id": contact_id, "title": title, "due_at": due_at, "assignee_id": assignee_id, "id": id},
            [Effect.insert("tasks", id, {"contact_id": contact_id, "title": title, "due_at": due_at,
                                         "assignee_id": assignee_id or self.user_id, "done": False,
                                         "created_at": self._now()})])

    def update_deal(self, deal_id: str, **fields: Any) -> PendingMutation:
        """stage / title / value (rvops_contract.deals.STAGES for the stage)."""
        changed = {k: v for k, v in fields.items() if k in ("stage", "title", "value") and v is not None}
        return self._enqueue(MutationType.UPDATE_DEAL, {"id": deal_id, **changed},
                             [Effect.update("deals", deal_id, {**changed, "updated_at": self._now()})])

    def update_task(self, task_id: str, **fields: Any) -> PendingMutation:
        """done / title."""
        changed = {k: v for k, v in fields.items() if k in ("done", "title") and v is not None}
        return self._enqueue(MutationType.UPDATE_TASK, {"id": task_id, **changed},
                             [Effect.update("tasks", task_id, {**changed, "updated_at": self._now()})])

    # ---- the agent, snippets, calls ---------------------------------------------------------------
    def set_status(self, status: PresenceStatus | str) -> PendingMutation:
        status = PresenceStatus(status)
        return self._enqueue(MutationType.SET_STATUS, {"status": str(status)},
                             [Effect.update("presence", self.user_id, {"status": str(status)})])

    def upsert_snippet(self, shortcut: str, title: str, body: str, *, id: str | None = None) -> PendingMutation:
        id = id or new_id()
        return self._enqueue(MutationType.UPSERT_SNIPPET, {"id": id, "shortcut": shortcut, "title": title,
                                                           "body": body},
                             [Effect.insert("snippets", id, {"shortcut": shortcut, "title": title, "body": body})])

    def delete_snippet(self, id: str) -> PendingMutation:
        return self._enqueue(MutationType.DELETE_SNIPPET, {"id": id}, [Effect.delete("snippets", id)])

    def log_call(self, *, number: str, direction: Direction | str, started_at: str, outcome: str,
                 duration_seconds: float = 0, contact_id: str | None = None, conversation_id: str | None = None,
                 reason: str | None = None, id: str | None = None) -> PendingMutation:
        id = id or new_id()
        fields = {"contact_id": contact_id, "conversation_id": conversation_id, "direction": str(direction),
                  "number": number, "started_at": started_at, "duration_seconds": duration_seconds,
                  "outcome": outcome, "reason": reason}
        return self._enqueue(MutationType.LOG_CALL, {"id": id, **fields}, [Effect.insert("calls", id, fields)])

    # ---- helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _e164_or_typed(phone: str) -> str:
        """The phone as the server stores it; as typed when it is not one (refused with the reason)."""
        try:
            return to_e164(phone, DEFAULT_COUNTRY_CODE)
        except PhoneError:
            return phone

    def _render_template(self, name: str, language: str, variables: list[str]) -> str:
        for template in self.replica.store.templates(approved_only=False):
            if template.name == name and template.language == language:
                return render(template.components, variables)
        return name

