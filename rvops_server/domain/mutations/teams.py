"""Teams (issue 16): create, update (name, members, distribution method, business hours and away
message) and delete them.

`manage_users` (admins), audited, streamed: the team itself, and each member whose `team_ids`
changed. A member who joins or leaves receives, or loses, the team's queue at once. Business hours
follow rvops_contract/business_hours.py: refused `invalid` with a sentence naming the problem, stored
normalized (the zone named: the workspace's when not given). Out of them, domain/away.py answers.
"""
from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa

from rvops_contract.business_hours import WeeklyHours, check_hours, normalized
from rvops_contract.wire import (
    ConversationStatus,
    CreateTeamArgs,
    DeleteTeamArgs,
    MutationType,
    Reason,
    UpdateTeamArgs,
)
from rvops_server.chatbot.session import workspace_zone
from rvops_server.domain.errors import Refused
from rvops_server.domain.sentences import day_name, say
from rvops_server.store import schema as t

from . import handles
from .admin_kit import (
    audit,
    begin_admin_change,
    member_ids_of,
    reannounce_queues,
    replace_memberships,
    require_existing,
    team_row,
)
from .context import Context
from .guards import lang


def _name_free(ctx: Context, name: str, team_id: str) -> None:
    """No two teams share a name, whatever its case (compared here: SQLite's lower() knows only ASCII)."""
    wanted = name.strip().casefold()
    for other_id, other_name in ctx.conn.execute(sa.select(t.teams.c.id, t.teams.c.name)):
        if other_id != team_id and other_name.strip().casefold() == wanted:
            raise Refused(Reason.CONFLICT, say("team_name_taken", lang(ctx), name=other_name), field="name")


def _hours(ctx: Context, hours: WeeklyHours | None) -> dict[str, Any] | None:
    """The hours as stored: checked (else `invalid` with the sentence), normalized; None: always open."""
    if hours is None:
        return None
    problem = check_hours(hours)
    if problem is not None:
        values = dict(problem.values)
        if "day" in values:
            values["day"] = day_name(values["day"], lang(ctx))
        raise Refused(Reason.INVALID, say(f"hours_{problem.code}", lang(ctx), **values),
                      field=f"business_hours.{problem.field}")
    return normalized(hours, workspace_zone(ctx.conn))


def _away(text: str | None) -> str | None:
    return (text or "").strip() or None


@handles(MutationType.CREATE_TEAM)
def create_team(ctx: Context, args: CreateTeamArgs) -> dict[str, Any]:
    begin_admin_change(ctx)
    team_id = args.id or uuid.uuid4().hex
    if ctx.conn.execute(sa.select(t.teams.c.id).where(t.teams.c.id == team_id)).first() is not None:
        raise Refused(Reason.CONFLICT, say("id_taken", lang(ctx)), field="id")
    _name_free(ctx, args.name, team_id)
    members = require_existing(ctx, t.users, args.member_ids, "member_ids")
    method = args.distribution_method.value if args.distribution_method else None
    hours, away = _hours(ctx, args.business_hours), _away(args.away_message)
    ctx.conn.execute(t.teams.insert().values(id=team_id, name=args.name.strip(), distribution_method=method,
                                             business_hours=hours, away_message=away))
    for user_id in members:
        ctx.conn.execute(t.team_members.insert().values(team_id=team_id, user_id=user_id))
        ctx.uow.changed("users", user_id)
    ctx.uow.changed("teams", team_id)
    audit(ctx, "team_created", "team", team_id, name=args.name.strip(), member_ids=members,
          distribution_method=method, business_hours=hours, away_message=away)
    return {"id": team_id}


@handles(MutationType.UPDATE_TEAM)
def update_team(ctx: Context, args: UpdateTeamArgs) -> dict[str, Any]:
    """Only the fields given change; `member_ids` replaces the members; a null method follows the
    workspace's, null hours are always open. New members or a new method may route the team's
    waiting conversations at once."""
    begin_admin_change(ctx)
    row = team_row(ctx, args.team_id)
    given = args.model_fields_set
    changed: dict[str, Any] = {}  # column (or member_ids) -> its new value
    was: dict[str, Any] = {}
    if "name" in given and args.name is not None and args.name.strip() != row.name:
        _name_free(ctx, args.name, row.id)
        changed["name"], was["name"] = args.name.strip(), row.name
    method = args.distribution_method.value if args.distribution_method else None
    if "distribution_method" in given and method != row.distribution_method:
        changed["distribution_method"], was["distribution_method"] = method, row.distribution_method
    if "business_hours" in given and (hours := _hours(ctx, args.business_hours)) != row.business_hours:
        changed["business_hours"], was["business_hours"] = hours, row.business_hours
    if "away_message" in given and (away := _away(args.away_message)) != row.away_message:
        changed["away_message"], was["away_message"] = away, row.away_message
    moved: set[str] = set()
    if "member_ids" in given and args.member_ids is not None:
        moved = replace_memberships(ctx, "team", row.id, args.member_ids, changed, was)
    if not changed:
        return {"changed": []}
    columns = {k: v for k, v in changed.items() if k != "member_ids"}
    if columns:
        ctx.conn.execute(t.teams.update().where(t.teams.c.id == row.id).values(**columns))
    ctx.uow.changed("teams", row.id)
    for user_id in sorted(moved):
        ctx.uow.changed("users", user_id)
    if moved:
        reannounce_queues(ctx, [row.id])
    audit(ctx, "team_updated", "team", row.id, changes=changed, before=was)
    if {"distribution_method", "member_ids"} & changed.keys():
        ctx.services.router.drain_queue(ctx.uow, ctx.now)
    return {"changed": sorted(changed)}


@handles(MutationType.DELETE_TEAM)
def delete_team(ctx: Context, args: DeleteTeamArgs) -> None:
    """Refused (`conflict`, data.open_conversations) while the team holds open conversations:
    transfer or close them first. Its closed conversations stay in history, without a team."""
    begin_admin_change(ctx)
    row = team_row(ctx, args.team_id)
    c = t.conversations.c
    open_count = ctx.conn.execute(sa.select(sa.func.count()).where(c.team_id == row.id, c.status == ConversationStatus.OPEN.value)).scalar()
    if open_count:
        raise Refused(Reason.CONFLICT, say("team_has_open", lang(ctx), name=row.name, count=open_count),
                      open_conversations=open_count)
    members = member_ids_of(ctx.conn, row.id)
    closed = ctx.conn.execute(sa.select(c.id).where(c.team_id == row.id)).scalars().all()
    if closed:
        ctx.conn.execute(t.conversations.update().where(c.team_id == row.id).values(team_id=None))
        for conversation_id in closed:
            ctx.uow.changed("conversations", conversation_id)
    ctx.conn.execute(t.team_members.delete().where(t.team_members.c.team_id == row.id))
    ctx.conn.execute(t.teams.delete().where(t.teams.c.id == row.id))
    ctx.uow.changed("teams", row.id, "delete")
    for user_id in members:
        ctx.uow.changed("users", user_id)
    audit(ctx, "team_deleted", "team", row.id, name=row.name, member_ids=members,
          distribution_method=row.distribution_method, business_hours=row.business_hours,
          away_message=row.away_message, closed_conversations=len(closed))
