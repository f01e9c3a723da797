"""Permissions (SPEC S12): one function per question, used by the server and the client."""
from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from enum import StrEnum
from typing import Any


class Permission(StrEnum):
    SEE_ALL_CONVERSATIONS = "see_all_conversations"
    EDIT_CONTACT = "edit_contact"
    CREATE_DEAL = "create_deal"
    CREATE_COMPANY = "create_company"
    CREATE_TASK = "create_task"
    TRANSFER = "transfer"
    MANAGE_SNIPPETS = "manage_snippets"
    MANAGE_USERS = "manage_users"
    MANAGE_DISTRIBUTION = "manage_distribution"
    SYNC_TEMPLATES = "sync_templates"
    MERGE_CONTACTS = "merge_contacts"  # fold a duplicate contact into another (admins and supervisors)
    # issue 16: the workspace's catalogue (admins and supervisors, as every flag but manage_users)
    MANAGE_PROPERTIES = "manage_properties"  # contact property definitions
    MANAGE_LABELS = "manage_labels"  # the labels' catalogue (names, colours)
    MANAGE_TEMPLATES = "manage_templates"  # submit and delete WhatsApp templates at Meta


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "admin": frozenset(Permission),
    "supervisor": frozenset(Permission) - {Permission.MANAGE_USERS},
    "agent": frozenset({Permission.EDIT_CONTACT, Permission.CREATE_DEAL, Permission.CREATE_TASK,
                        Permission.TRANSFER}),
    "viewer": frozenset(),
}


def permissions_of(user: Mapping[str, Any]) -> frozenset[Permission]:
    """A user's effective permissions: their role's, plus explicit grants, minus revocations."""
    granted = set(ROLE_PERMISSIONS.get(user.get("role") or "agent", frozenset()))
    for name, allowed in (user.get("permissions") or {}).items():
        try:
            perm = Permission(name)
        except ValueError:
            continue
        (granted.add if allowed else granted.discard)(perm)
    return frozenset(granted)


def has_permission(user: Mapping[str, Any], permission: Permission) -> bool:
    return permission in permissions_of(user)


AGENT_ROLES = ("agent", "supervisor")  # the roles that answer customers


def takes_conversations(role: str | None, active: bool | None = True) -> bool:
    """Whether conversations may be given to this user — by routing, or by a colleague's transfer:
    an agent or a supervisor, not deactivated (administrators run the workspace; they are not in
    the routing, so a conversation handed to one would wait on someone who does not answer)."""
    return role in AGENT_ROLES and active is not False


def counts_as_admin(user: Mapping[str, Any]) -> bool:
    """An administrator the workspace can rely on: active, role `admin`, and able to manage users.
    The last one may not be demoted, stripped of `manage_users` or deactivated."""
    return (bool(user.get("active", True)) and user.get("role") == "admin"
            and has_permission(user, Permission.MANAGE_USERS))


def may_administer(actor: Mapping[str, Any], user: Mapping[str, Any]) -> bool:
    """Whether `actor` (who holds `manage_users`) may give `user` — as it is, or as it would be
    after a change — what it holds: nobody hands out more than they have, and only an admin makes
    or changes an admin. So a supervisor granted `manage_users` cannot raise anyone, themself
    included, above their own permissions."""
    if user.get("role") == "admin" and actor.get("role") != "admin":
        return False
    return permissions_of(user) <= permissions_of(actor)


def can_see_conversation(user: Mapping[str, Any], conversation: Mapping[str, Any],
                         team_ids: Collection[str], *, sees_all: bool | None = None) -> bool:
    """Visibility: all with the see-all permission; otherwise the assignee, and the shared queue
    (unassigned open conversations) of the agent's teams, or of everyone when it has no team.

    `sees_all`: the user's see-all permission when the caller already knows it (a live stream
    asks this for every change it is offered)."""
    if sees_all if sees_all is not None else has_permission(user, Permission.SEE_ALL_CONVERSATIONS):
        return True
    if conversation.get("assignee_id") == user["id"]:
        return True
    if conversation.get("assignee_id") is None and conversation.get("status") == "open":
        team = conversation.get("team_id")
        return team is None or team in team_ids
    return False


def can_act_on_conversation(user: Mapping[str, Any], conversation: Mapping[str, Any]) -> bool:
    """Writing, transferring and closing: the assignee, or someone who may see everything."""
    return (conversation.get("assignee_id") == user["id"]
            or has_permission(user, Permission.SEE_ALL_CONVERSATIONS))


def _sees_all(user: Mapping[str, Any], sees_all: bool | None) -> bool:
    return sees_all if sees_all is not None else has_permission(user, Permission.SEE_ALL_CONVERSATIONS)


def can_see_contact(user: Mapping[str, Any], contact: Mapping[str, Any],
                    conversations: Iterable[Mapping[str, Any]], team_ids: Collection[str], *,
                    sees_all: bool | None = None) -> bool:
    """Seeing a contact, and so changing it or linking deals, companies, tasks and calls to it:
    see-all, the contact's owner, or an agent who may see one of its `conversations`."""
    if _sees_all(user, sees_all) or contact.get("owner_id") == user["id"]:
        return True
    return any(can_see_conversation(user, c, team_ids, sees_all=False) for c in conversations)


def can_change_phone(user: Mapping[str, Any], conversations: Iterable[Mapping[str, Any]], *,
                     sees_all: bool | None = None) -> bool:
    """A contact's phone may change only while none of its `conversations` is open, unless the
    agent may see everything (a supervisor correcting a number): an open conversation keeps
    writing to the number it opened with."""
    return _sees_all(user, sees_all) or not any(c.get("status") == "open" for c in conversations)


def can_see_call(user: Mapping[str, Any], call: Mapping[str, Any], conversation: Mapping[str, Any] | None,
                 team_ids: Collection[str], *, sees_all: bool | None = None) -> bool:
    """A call log entry: the agent's own calls, and calls in a `conversation` they may see
    (see-all sees every call)."""
    if _sees_all(user, sees_all) or call.get("agent_id") == user["id"]:
        return True
    return conversation is not None and can_see_conversation(user, conversation, team_ids, sees_all=False)


def can_read_note(user: Mapping[str, Any], note: Mapping[str, Any], conversation: Mapping[str, Any],
                  team_ids: Collection[str], *, sees_all: bool | None = None) -> bool:
    """A hidden note (S5) in a contact's history (S8): see-all, its author, an agent who may see
    its conversation, or a member of the conversation's team (the team's own hand-over notes).
    Other teams' notes — and notes of conversations without a team that the agent did not serve —
    stay hidden."""
    if _sees_all(user, sees_all) or note.get("author_id") == user["id"]:
        return True
    if can_see_conversation(user, conversation, team_ids, sees_all=False):
        return True
    return conversation.get("team_id") is not None and conversation.get("team_id") in team_ids


LINKED_OWNER_FIELDS = {"deals": "owner_id", "tasks": "assignee_id"}


def can_see_linked(user: Mapping[str, Any], collection: str, record: Mapping[str, Any],
                   contact: Mapping[str, Any] | None, conversations: Iterable[Mapping[str, Any]],
                   team_ids: Collection[str], *, sees_all: bool | None = None) -> bool:
    """A deal, company or task (S6): see-all, the agent's own (a deal's owner, a task's assignee),
    one linked to no contact, or one whose `contact` the agent may see (given its `conversations`)."""
    if _sees_all(user, sees_all):
        return True
    owner_field = LINKED_OWNER_FIELDS.get(collection)
    if owner_field and record.get(owner_field) == user["id"]:
        return True
    if record.get("contact_id") is None:
        return True
    return contact is not None and can_see_contact(user, contact, conversations, team_ids, sees_all=False)
