"""Permissions (SPEC S12): one function per question, used by the server and the client."""
from __future__ import annotations

from collections.abc import Collection, Mapping
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
