"""A team's away message (issue 16): a customer writing into a conversation of a team that is
closed now (its business hours: rvops_contract/business_hours.py) receives the team's
`away_message`, once per closed period (the conversation keeps when it was last sent).

It goes out like the chatbot's messages (chatbot/replies.py): an outbound message authored by
nobody, marked `payload.away` with the team, on the durable send queue; the audit trail records it.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

import sqlalchemy as sa

from rvops_contract.business_hours import away_message_due
from rvops_server.domain import events
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc

_c = t.conversations.c
# built once: it runs for every customer message of a conversation that has a team
_TEAM_OF = (sa.select(_c.team_id, _c.channel, _c.away_sent_at, t.teams.c.business_hours, t.teams.c.away_message)
            .join(t.teams, t.teams.c.id == _c.team_id).where(_c.id == sa.bindparam("cid")))


class Replies(Protocol):
    """Writes a message into a conversation and queues it (rvops_server.chatbot.replies.Replies)."""

    def text(self, uow: UnitOfWork, conversation_id: str, channel: str, text: str, now: datetime, *,
             payload: dict[str, Any] | None = None) -> str: ...


def answer_if_away(uow: UnitOfWork, replies: Replies, conversation_id: str, now: datetime) -> str | None:
    """Send the team's away message when it is due (`replies`: chatbot.replies.Replies); its id."""
    row = uow.conn.execute(_TEAM_OF, {"cid": conversation_id}).first()
    if row is None or not row.away_message or row.business_hours is None:
        return None
    if not away_message_due(row.business_hours, now, row.away_sent_at):   # naive UTC, as stored
        return None
    message_id: str = replies.text(uow, conversation_id, row.channel, row.away_message, now,
                              payload={"away": True, "team_id": row.team_id})
    uow.conn.execute(t.conversations.update().where(_c.id == conversation_id).values(away_sent_at=naive_utc(now)))
    events.record(uow, now, "away_message_sent", conversation_id, system_line=False, team_id=row.team_id,
                  message_id=message_id)
    return message_id
