"""Steps shared by the administration handlers (users.py, teams.py): one administrator's change at
a time, the checks on the users and teams named, and re-announcing queues whose audience changed."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy import Connection, Row

from rvops_contract.permissions import Permission, counts_as_admin, may_administer
from rvops_contract.wire import ConversationStatus, Reason, Role
from rvops_server.domain.audit import record_admin_change
from rvops_server.domain.distribution.router import touch_history
from rvops_server.domain.errors import Refused
from rvops_server.domain.records import get_row
from rvops_server.domain.sentences import say
from rvops_server.store import schema as t
from rvops_server.store.db import is_postgres

from .context import Context
from .guards import lang, require_permission

# PostgreSQL: administrators' changes take this transaction lock one after another, so two admins
# demoting each other at once cannot both pass the last-admin check (SQLite's writes are serial).
ADMIN_CHANGES_LOCK_KEY = 0x52564F5055  # "RVOPU"


def begin_admin_change(ctx: Context) -> None:
    """`manage_users`, then the lock that serialises administrators' changes."""
    require_permission(ctx, Permission.MANAGE_USERS)
    if is_postgres(ctx.conn):
        ctx.conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({ADMIN_CHANGES_LOCK_KEY})")


def audit(ctx: Context, event: str, target_kind: str, target_id: str, **details: Any) -> None:
    record_admin_change(ctx.uow, ctx.now, ctx.viewer.id, event, target_kind, target_id, **details)


def user_row(ctx: Context, user_id: str) -> Row[Any]:
    row: Row[Any] | None = get_row(ctx.conn, t.users, user_id, for_update=True)
    if row is None:
        raise Refused(Reason.NOT_FOUND, say("user_unknown", lang(ctx)), field="user_id")
    return row


def team_row(ctx: Context, team_id: str) -> Row[Any]:
    row: Row[Any] | None = get_row(ctx.conn, t.teams, team_id, for_update=True)
    if row is None:
        raise Refused(Reason.NOT_FOUND, say("team_unknown", lang(ctx)), field="team_id")
    return row


def require_may_administer(ctx: Context, *users: dict[str, Any]) -> None:
    """The administrator may hand each of `users` (before and after the change) what it holds."""
    if not all(may_administer(ctx.viewer.user, user) for user in users):
        raise Refused(Reason.FORBIDDEN, say("above_yourself", lang(ctx)))


def keep_an_admin(ctx: Context, before: dict[str, Any], after: dict[str, Any]) -> None:
    """Refuse a change that leaves the workspace with no active administrator."""
    if not counts_as_admin(before) or counts_as_admin(after):
        return
    others = ctx.conn.execute(sa.select(t.users).where(t.users.c.role == Role.ADMIN.value, t.users.c.id != before["id"]))
    if not any(counts_as_admin(dict(row._mapping)) for row in others):
        raise Refused(Reason.CONFLICT, say("last_admin", lang(ctx), name=before["name"]), field="user_id")


def require_existing(ctx: Context, table: sa.Table, ids: Iterable[str], field: str) -> list[str]:
    """`ids` without repeats, each of an existing row; else `not_found` naming the field."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = set(ctx.conn.execute(sa.select(table.c.id).where(table.c.id.in_(wanted))).scalars())
    if len(found) < len(wanted):
        key = "team_unknown" if table is t.teams else "user_unknown"
        raise Refused(Reason.NOT_FOUND, say(key, lang(ctx)), field=field,
                      missing=[i for i in wanted if i not in found])
    return wanted


def team_ids_of(conn: Connection, user_id: str) -> list[str]:
    return sorted(conn.execute(sa.select(t.team_members.c.team_id)
                               .where(t.team_members.c.user_id == user_id)).scalars())


def member_ids_of(conn: Connection, team_id: str) -> list[str]:
    return sorted(conn.execute(sa.select(t.team_members.c.user_id)
                               .where(t.team_members.c.team_id == team_id)).scalars())


def replace_memberships(ctx: Context, side: Literal["team", "user"], row_id: str, wanted: Iterable[str],
                        changed: dict[str, Any], was: dict[str, Any]) -> set[str]:
    """Make one team's members (side "team": `wanted` are user ids, the field `member_ids`) or one
    user's teams (side "user": team ids, `team_ids`) exactly `wanted`, each an existing row; notes
    the field in `changed`/`was` when it changed. Returns the other side's ids whose membership changed."""
    tm = t.team_members.c
    fixed, other = (tm.team_id, tm.user_id) if side == "team" else (tm.user_id, tm.team_id)
    field = "member_ids" if side == "team" else "team_ids"
    new = set(require_existing(ctx, t.users if side == "team" else t.teams, list(wanted), field))
    old = set(ctx.conn.execute(sa.select(other).where(fixed == row_id)).scalars())
    if old - new:
        ctx.conn.execute(t.team_members.delete().where(fixed == row_id, other.in_(old - new)))
    for other_id in sorted(new - old):
        ctx.conn.execute(t.team_members.insert().values({fixed.name: row_id, other.name: other_id}))
    if old != new:
        changed[field], was[field] = sorted(new), sorted(old)
    return old ^ new


def reannounce_queues(ctx: Context, team_ids: Iterable[str]) -> None:
    """The queues of these teams, with their history, through the change log: an agent who joined
    a team receives its waiting conversations, one who left it sees them leave (a bare delete)."""
    team_ids = sorted(set(team_ids))
    if not team_ids:
        return
    c = t.conversations.c
    for conversation_id in ctx.conn.execute(sa.select(c.id).where(
            c.team_id.in_(team_ids), c.status == ConversationStatus.OPEN.value, c.assignee_id.is_(None)).order_by(c.opened_at)).scalars():
        touch_history(ctx.uow, conversation_id)
