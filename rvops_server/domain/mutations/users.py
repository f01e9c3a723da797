"""Users (issue 16): create, update, deactivate and reactivate them, and their passwords.

All but `change_password` need `manage_users` (admins), are audited, and reach every client through
the change log. Nobody hands out more than they hold (`may_administer`), and the last active
administrator stays one (`keep_an_admin`). Passwords are hashed before the transaction (PREPARERS).
A user created without a password is invited (domain/invites.py): the code is in the answer, once.
"""
from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from rvops_contract.clock import to_iso
from rvops_contract.permissions import Permission, has_permission
from rvops_contract.wire import (
    ChangePasswordArgs,
    ConversationStatus,
    CreateUserArgs,
    DeactivateUserArgs,
    MutationType,
    PresenceStatus,
    ReactivateUserArgs,
    Reason,
    ReissueInviteArgs,
    ResetPasswordArgs,
    UpdateUserArgs,
)
from rvops_server.domain import events, invites, login_throttle, passwords
from rvops_server.domain.auth import find_user
from rvops_server.domain.distribution.router import touch_history
from rvops_server.domain.errors import Refused
from rvops_server.domain.sentences import say
from rvops_server.domain.visibility import load_viewer
from rvops_server.store import schema as t
from rvops_server.store.db import Store, naive_utc

from . import answer_once, handles, prepares
from .admin_kit import (
    audit,
    begin_admin_change,
    keep_an_admin,
    reannounce_queues,
    replace_memberships,
    require_existing,
    require_may_administer,
    user_row,
)
from .context import Context, MutationServices
from .guards import lang

USER_FIELDS = ("name", "role", "permissions", "capacity", "sip_extension")  # columns update_user sets


def _permissions(flags: Mapping[Permission, bool] | None) -> dict[str, bool]:
    return {permission.value: allowed for permission, allowed in (flags or {}).items()}


def _manages_users(store: Store, user_id: str) -> bool:
    """Checked before hashing: an agent without `manage_users` never gets argon2 run for them
    (the handler refuses them under the lock, where it counts)."""
    with store.read() as conn:
        viewer = load_viewer(conn, user_id)
    return viewer is not None and has_permission(viewer.user, Permission.MANAGE_USERS)


def _prepared_hash(ctx: Context, password: str) -> str:
    """The hash made before the transaction; made here only if the permission came in between."""
    prepared: str | None = ctx.data["prepared"].get("password_hash")
    return prepared or passwords.hash_blocking(password)


def _invite(ctx: Context, user_id: str) -> dict[str, Any]:
    """A new invite code for the user: in this answer only (`invite_code`); its expiry in the data."""
    code, expires_at = invites.issue(ctx.uow, user_id, ctx.viewer.id, ctx.now)
    answer_once(ctx, invite_code=code)
    return {"invite_expires_at": to_iso(expires_at)}


@prepares(MutationType.CREATE_USER)
def _hash_first_password(services: MutationServices, user_id: str, args: CreateUserArgs) -> dict[str, Any]:
    if args.password is None or not _manages_users(services.store, user_id):
        return {}
    return {"password_hash": passwords.hash_blocking(args.password)}


@handles(MutationType.CREATE_USER)
def create_user(ctx: Context, args: CreateUserArgs) -> dict[str, Any]:
    """A user in the teams given, online once they connect, who can sign in at once with the
    password given, or, without one, once they accept the invite whose code is in the answer."""
    begin_admin_change(ctx)
    user_id = args.id or uuid.uuid4().hex
    email = args.email.strip().lower()
    if ctx.conn.execute(sa.select(t.users.c.id).where(t.users.c.id == user_id)).first() is not None:
        raise Refused(Reason.CONFLICT, say("id_taken", lang(ctx)), field="id")
    if find_user(ctx.conn, email) is not None:
        raise Refused(Reason.CONFLICT, say("email_taken", lang(ctx), email=email), field="email")
    record = {"id": user_id, "name": args.name, "email": email, "role": args.role.value,
                  "permissions": _permissions(args.permissions), "capacity": args.capacity,
                  "sip_extension": args.sip_extension}
    require_may_administer(ctx, record)
    team_ids = require_existing(ctx, t.teams, args.team_ids, "team_ids")
    password_hash = passwords.UNUSABLE if args.password is None else _prepared_hash(ctx, args.password)
    # chosen status "online": online while connected (domain/presence.py), as a new agent expects —
    # "offline" here kept them out of routing until they found the status box
    ctx.conn.execute(t.users.insert().values(
        **record, password_hash=password_hash, status=PresenceStatus.ONLINE.value, active=True,
        created_at=naive_utc(ctx.now)))
    invited = _invite(ctx, user_id) if args.password is None else {}
    for team_id in team_ids:
        ctx.conn.execute(t.team_members.insert().values(team_id=team_id, user_id=user_id))
        ctx.uow.changed("teams", team_id)
    ctx.uow.changed("users", user_id)
    ctx.uow.changed("presence", user_id)
    audit(ctx, "user_created", "user", user_id, email=email, name=args.name, role=record["role"],
          permissions=record["permissions"], team_ids=team_ids, capacity=args.capacity,
          sip_extension=args.sip_extension, invited=args.password is None)
    return {"id": user_id, **invited}


@handles(MutationType.UPDATE_USER)
def update_user(ctx: Context, args: UpdateUserArgs) -> dict[str, Any]:
    """Name, role, permissions, teams, capacity, SIP extension: only the fields given change.
    Joining or leaving a team re-announces that team's queue, so the agent's inbox follows."""
    begin_admin_change(ctx)
    row = user_row(ctx, args.user_id)
    before = dict(row._mapping)
    given = args.model_fields_set
    wanted = {"name": args.name, "role": args.role.value if args.role else None,
              "permissions": _permissions(args.permissions) if args.permissions is not None else None,
              "capacity": args.capacity, "sip_extension": args.sip_extension}
    nullable = {"capacity", "sip_extension"}  # an explicit null clears these; the others ignore it
    values: dict[str, Any] = {f: wanted[f] for f in USER_FIELDS
              if f in given and (wanted[f] is not None or f in nullable) and wanted[f] != before[f]}
    after = {**before, **values}
    require_may_administer(ctx, before, after)
    keep_an_admin(ctx, before, after)
    changed: dict[str, Any] = dict(values)  # field -> its new value
    was: dict[str, Any] = {f: before[f] for f in values}
    teams_touched: set[str] = set()
    if "team_ids" in given and args.team_ids is not None:
        teams_touched = replace_memberships(ctx, "user", row.id, args.team_ids, changed, was)
    if not changed:
        return {"changed": []}
    if values:
        ctx.conn.execute(t.users.update().where(t.users.c.id == row.id).values(**values))
    ctx.uow.changed("users", row.id)
    for team_id in sorted(teams_touched):
        ctx.uow.changed("teams", team_id)
    reannounce_queues(ctx, teams_touched)
    audit(ctx, "user_updated", "user", row.id, changes=changed, before=was)
    if {"capacity", "team_ids", "role"} & changed.keys():
        ctx.services.router.drain_queue(ctx.uow, ctx.now)  # room, or a new member, may take waiting ones
    return {"changed": sorted(changed)}


@handles(MutationType.DEACTIVATE_USER)
def deactivate_user(ctx: Context, args: DeactivateUserArgs) -> dict[str, Any]:
    """The user can no longer sign in: their tokens are revoked at once (their live streams close
    with 4401 as the change reaches them), they are offline and never routed to, and their open
    conversations go back to routing (another agent by the team's method, or the queue)."""
    begin_admin_change(ctx)
    row = user_row(ctx, args.user_id)
    before = dict(row._mapping)
    if not row.active:
        return {"already_inactive": True}
    require_may_administer(ctx, before)
    keep_an_admin(ctx, before, {**before, "active": False})
    ctx.conn.execute(t.users.update().where(t.users.c.id == row.id).values(active=False, status="offline"))
    revoked = _revoke_tokens(ctx, row.id)
    ctx.conn.execute(t.presence_connections.delete().where(t.presence_connections.c.user_id == row.id))
    ctx.uow.changed("users", row.id)  # wakes the user's streams, which re-check their token
    ctx.uow.changed("presence", row.id)
    routed = _back_to_routing(ctx, row.id)
    audit(ctx, "user_deactivated", "user", row.id, tokens_revoked=revoked, conversations=routed)
    return {"conversations": routed}


def _revoke_tokens(ctx: Context, user_id: str) -> int:
    s = t.sessions.c
    return ctx.conn.execute(t.sessions.update().where(s.user_id == user_id, s.revoked_at.is_(None))
                            .values(revoked_at=naive_utc(ctx.now))).rowcount


def _back_to_routing(ctx: Context, user_id: str) -> dict[str, str | None]:
    """Each open conversation of the user, unassigned and routed again: {conversation: new assignee}."""
    c = t.conversations.c
    router = ctx.services.router
    out: dict[str, str | None] = {}
    for conversation_id in ctx.conn.execute(sa.select(c.id).where(c.assignee_id == user_id, c.status == ConversationStatus.OPEN.value)
                                            .order_by(c.opened_at, c.id)).scalars().all():
        ctx.conn.execute(t.conversations.update().where(c.id == conversation_id)
                         .values(assignee_id=None, queued_at=naive_utc(ctx.now)))
        events.record(ctx.uow, ctx.now, "requeued", conversation_id, actor_id=ctx.viewer.id, from_user_id=user_id)
        router_choice = router.route(ctx.uow, conversation_id, ctx.now, actor_id=ctx.viewer.id, exclude={user_id})
        if router_choice is None:
            touch_history(ctx.uow, conversation_id)  # the queue's agents receive it with its history
        out[conversation_id] = router_choice
    return out


@handles(MutationType.REACTIVATE_USER)
def reactivate_user(ctx: Context, args: ReactivateUserArgs) -> dict[str, Any] | None:
    """The user may sign in again (with the password they had): online once they connect."""
    begin_admin_change(ctx)
    row = user_row(ctx, args.user_id)
    if row.active:
        return {"already_active": True}
    require_may_administer(ctx, dict(row._mapping))
    ctx.conn.execute(t.users.update().where(t.users.c.id == row.id)
                     .values(active=True, status=PresenceStatus.ONLINE.value))   # deactivating set "offline"
    ctx.uow.changed("users", row.id)
    ctx.uow.changed("presence", row.id)
    audit(ctx, "user_reactivated", "user", row.id)
    return None


@prepares(MutationType.RESET_PASSWORD)
def _hash_reset_password(services: MutationServices, user_id: str, args: ResetPasswordArgs) -> dict[str, Any]:
    if not _manages_users(services.store, user_id):
        return {}
    return {"password_hash": passwords.hash_blocking(args.new_password)}


@handles(MutationType.RESET_PASSWORD)
def reset_password(ctx: Context, args: ResetPasswordArgs) -> None:
    """An administrator sets a new password; every token of the user is revoked (signed out everywhere)."""
    begin_admin_change(ctx)
    row = user_row(ctx, args.user_id)
    require_may_administer(ctx, dict(row._mapping))
    ctx.conn.execute(t.users.update().where(t.users.c.id == row.id)
                     .values(password_hash=_prepared_hash(ctx, args.new_password)))
    invites.consume(ctx.uow, row.id)  # a pending invite is moot: they sign in with this password
    revoked = _revoke_tokens(ctx, row.id)
    ctx.uow.changed("users", row.id)  # their open streams close
    audit(ctx, "password_reset", "user", row.id, tokens_revoked=revoked)


@handles(MutationType.REISSUE_INVITE)
def reissue_invite(ctx: Context, args: ReissueInviteArgs) -> dict[str, Any]:
    """A new invite code for a user who has not accepted theirs (expired or lost): the one before
    no longer works. A user who has a password is refused (`conflict`: reset_password is for them)."""
    begin_admin_change(ctx)
    row = user_row(ctx, args.user_id)
    require_may_administer(ctx, dict(row._mapping))
    if passwords.usable(row.password_hash):
        raise Refused(Reason.CONFLICT, say("invite_already_accepted", lang(ctx), name=row.name), field="user_id")
    invited = _invite(ctx, row.id)
    ctx.uow.changed("users", row.id)
    audit(ctx, "invite_reissued", "user", row.id, expires_at=invited["invite_expires_at"])
    return invited


@prepares(MutationType.CHANGE_PASSWORD)
def _check_current_password(services: MutationServices, user_id: str, args: ChangePasswordArgs) -> dict[str, Any]:
    """The current password, checked off the write lock (the handler makes sure it is still the
    one). Wrong guesses count against the account as wrong sign-ins do (domain/login_throttle.py)."""
    store = services.store
    now = store.clock.now()
    throttle_key = f"change_password:{user_id}"
    with store.read() as conn:
        row = conn.execute(sa.select(t.users.c.email, t.users.c.password_hash).where(t.users.c.id == user_id)).first()
        wait = login_throttle.retry_after(conn, row.email, throttle_key, now) if row else None
    if row is None or wait is not None:
        return {"retry_after": wait}
    if not passwords.verify_blocking(row.password_hash, args.current_password):
        with store.write() as uow:
            login_throttle.record_failure(uow, row.email, throttle_key, now)
        return {"checked_hash": None}
    return {"checked_hash": row.password_hash, "password_hash": passwords.hash_blocking(args.new_password)}


@handles(MutationType.CHANGE_PASSWORD)
def change_password(ctx: Context, args: ChangePasswordArgs) -> None:
    """One's own password, given the current one (a wrong one: `invalid`, field current_password;
    too many wrong ones: `forbidden` with data.retry_after, seconds)."""
    row = user_row(ctx, ctx.viewer.id)
    prepared = ctx.data["prepared"]
    if prepared.get("retry_after"):
        raise Refused(Reason.FORBIDDEN, say("password_throttled", lang(ctx), wait=prepared["retry_after"]),
                      retry_after=prepared["retry_after"])
    if prepared.get("checked_hash") is None or prepared["checked_hash"] != row.password_hash:
        raise Refused(Reason.INVALID, say("wrong_current_password", lang(ctx)), field="current_password")
    ctx.conn.execute(t.users.update().where(t.users.c.id == row.id).values(password_hash=prepared["password_hash"]))
    audit(ctx, "password_changed", "user", row.id)
