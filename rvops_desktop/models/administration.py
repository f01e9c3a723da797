"""What the Settings screens (issue 16) send for a user or a team: the form's values turned into
the mutations' arguments, with only what changed, and permissions kept as the role's plus the
flags that differ from it. No Qt; the rules come from the contract (rvops_contract/permissions.py)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rvops_contract.permissions import ROLE_PERMISSIONS, Permission, may_administer, permissions_of
from rvops_contract.wire import Role

from .tables import Team, User


@dataclass
class UserForm:
    """A user as the screen edits it: `permissions` is the set the user would have (ticked boxes)."""
    name: str = ""
    email: str = ""
    role: str = Role.AGENT.value
    permissions: frozenset[Permission] = frozenset(ROLE_PERMISSIONS[Role.AGENT.value])
    team_ids: frozenset[str] = frozenset()
    capacity: int | None = None   # None: no limit
    sip_extension: str = ""

    @classmethod
    def of(cls, user: User) -> UserForm:
        """The form for a replica user row (models/tables.User: capacity and the like in `extra`)."""
        extra = user.extra or {}
        record = {"role": user.role, "permissions": user.permissions or {}}
        return cls(user.name or "", user.email or "", user.role or Role.AGENT.value, permissions_of(record),
                   frozenset(user.team_ids or ()), extra.get("capacity"), extra.get("sip_extension") or "")


def overrides(role: str, permissions: Iterable[Permission]) -> dict[str, bool]:
    """The flags that differ from the role's: granted (True) or taken away (False)."""
    wanted, base = set(permissions), ROLE_PERMISSIONS.get(role, frozenset())
    return {**{p.value: True for p in sorted(wanted - base)}, **{p.value: False for p in sorted(base - wanted)}}


def create_user_args(form: UserForm, password: str | None) -> dict[str, Any]:
    """create_user's arguments; `password` None: the user is invited (the answer holds the code)."""
    args = {"email": form.email.strip(), "name": form.name.strip(), "role": form.role,
            "permissions": overrides(form.role, form.permissions), "team_ids": sorted(form.team_ids),
            "capacity": form.capacity}
    return args if password is None else {**args, "password": password}


def update_user_args(user_id: str, before: UserForm, after: UserForm) -> dict[str, Any]:
    """update_user's arguments: only the fields that changed (empty: nothing to save)."""
    changed: dict[str, Any] = {}
    if after.name.strip() != before.name:
        changed["name"] = after.name.strip()
    if after.role != before.role:
        changed["role"] = after.role
    if after.role != before.role or after.permissions != before.permissions:
        changed["permissions"] = overrides(after.role, after.permissions)
    if after.team_ids != before.team_ids:
        changed["team_ids"] = sorted(after.team_ids)
    if after.capacity != before.capacity:
        changed["capacity"] = after.capacity
    if after.sip_extension.strip() != before.sip_extension:
        changed["sip_extension"] = after.sip_extension.strip() or None
    return {"user_id": user_id, **changed} if changed else {}


def roles_offered(actor: Mapping[str, Any]) -> list[str]:
    """The roles `actor` may give (only an admin makes an admin; nobody gives more than they hold)."""
    return [role.value for role in Role if may_administer(actor, {"role": role.value, "permissions": {}})]


def permissions_offered(actor: Mapping[str, Any]) -> frozenset[Permission]:
    """The flags `actor` may hand out: those they hold themself."""
    return permissions_of(actor)


@dataclass
class TeamForm:
    name: str = ""
    member_ids: frozenset[str] = frozenset()
    distribution_method: str | None = None   # None: the workspace's
    id: str = field(default="")
    business_hours: dict[str, Any] | None = None   # None: always open (rvops_contract/business_hours.py)
    away_message: str = ""                          # "": none

    @classmethod
    def of(cls, team: Team) -> TeamForm:
        """The form for a replica team row (models/tables.Team: the method and hours in `extra`)."""
        extra = team.extra or {}
        return cls(team.name or "", frozenset(team.member_ids or ()), extra.get("distribution_method"), team.id,
                   extra.get("business_hours"), extra.get("away_message") or "")


def team_args(team_id: str | None, before: TeamForm | None, after: TeamForm) -> dict[str, Any]:
    """create_team's arguments (no `team_id`), or update_team's with only what changed."""
    if team_id is None or before is None:
        return {"name": after.name.strip(), "member_ids": sorted(after.member_ids),
                "distribution_method": after.distribution_method, "business_hours": after.business_hours,
                "away_message": after.away_message.strip() or None}
    changed: dict[str, Any] = {}
    if after.name.strip() != before.name:
        changed["name"] = after.name.strip()
    if after.member_ids != before.member_ids:
        changed["member_ids"] = sorted(after.member_ids)
    if after.distribution_method != before.distribution_method:
        changed["distribution_method"] = after.distribution_method
    if after.business_hours != before.business_hours:
        changed["business_hours"] = after.business_hours
    if after.away_message.strip() != before.away_message:
        changed["away_message"] = after.away_message.strip() or None
    return {"team_id": team_id, **changed} if changed else {}
