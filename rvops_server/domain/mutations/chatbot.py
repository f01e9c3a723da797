"""The chatbot of a channel (issue 18 #3): `set_chatbot` replaces its whole configuration.

`manage_distribution` (the bot decides where new conversations go), audited. Refused with a
sentence when the menu breaks Meta's limits for the channel (rvops_contract/chatbot.py), or names
a team or a contact property that does not exist. Conversations the bot already holds keep going
with the new configuration; a disabled bot lets them go to distribution at their next message.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from rvops_contract.chatbot import CAPTURABLE_CORE_FIELDS, ChatbotConfig, check_config
from rvops_contract.permissions import Permission
from rvops_contract.wire import MutationType, Reason, SetChatbotArgs
from rvops_server.domain.audit import record_admin_change
from rvops_server.domain.errors import Refused
from rvops_server.domain.sentences import say
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc

from . import handles
from .context import Context
from .guards import lang, require_permission


@handles(MutationType.SET_CHATBOT)
def set_chatbot(ctx: Context, args: SetChatbotArgs) -> dict[str, Any]:
    require_permission(ctx, Permission.MANAGE_DISTRIBUTION)
    channel, config = args.channel.value, args.config
    problem = check_config(channel, config)
    if problem is not None:
        raise Refused(Reason.INVALID, problem.message(lang(ctx)), field=f"config.{problem.field}")
    _check_references(ctx, config)
    c = t.chatbot_configs.c
    before = ctx.conn.execute(sa.select(c.config).where(c.channel == channel)).scalar()
    values = {"config": config.model_dump(mode="json"), "updated_by": ctx.viewer.id,
              "updated_at": naive_utc(ctx.now)}
    if before is None:
        ctx.conn.execute(t.chatbot_configs.insert().values(channel=channel, **values))
    else:
        ctx.conn.execute(t.chatbot_configs.update().where(c.channel == channel).values(**values))
    record_admin_change(ctx.uow, ctx.now, ctx.viewer.id, "chatbot_set", "channel", channel,
                        config=values["config"], before=before)
    return {"channel": channel, "enabled": config.enabled}


def _check_references(ctx: Context, config: ChatbotConfig) -> None:
    teams = {o.team_id for o in config.menu.options if o.team_id} | ({config.fallback.team_id} - {None})
    if teams:
        found = set(ctx.conn.execute(sa.select(t.teams.c.id).where(t.teams.c.id.in_(teams))).scalars())
        if teams - found:
            raise Refused(Reason.NOT_FOUND, say("team_unknown", lang(ctx)), field="config",
                          missing=sorted(teams - found))
    wanted = {o.ask.property for o in config.menu.options if o.ask} - set(CAPTURABLE_CORE_FIELDS)
    if wanted:
        defined = set(ctx.conn.execute(sa.select(t.property_definitions.c.key)).scalars())
        for key in sorted(wanted - defined):
            raise Refused(Reason.NOT_FOUND, say("chatbot_property_unknown", lang(ctx), property=key),
                          field="config.menu.options")
