"""Conversation events: one audit row and one system line in the thread for each.

The system line carries the event in `payload` so clients render it in the agent's language;
`text` holds a pt-BR fallback for integrators.
"""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.wire import Direction, MessageKind, MessageStatus
from rvops_server.store import schema as t
from rvops_server.store.db import UnitOfWork, naive_utc
from rvops_server.store.messages import NewMessage, insert_message

_FALLBACK_PT = {
    "assigned": "Conversa atribuída a {to_user}",
    "claimed": "{actor} assumiu a conversa",
    "transferred": "{actor} transferiu a conversa para {target}",
    "closed": "{actor} encerrou a conversa",
    "reopened": "{actor} reabriu a conversa",
    "requeued": "{actor} desativou quem atendia: a conversa voltou para a distribuição",
    "resumed": "{actor} retomou a conversa com o template {template}",
    "opened": "Nova conversa",
    "number_changed": "O cliente mudou de número: {old} → {new}",
    "ad_referral": "O cliente veio do anúncio: {headline}",
    "bot_routed": "O robô encaminhou a conversa (opção: {option}) para {target}",
    "bot_fallback": "O robô não reconheceu resposta: a conversa foi para {target}",
    "bot_out_of_hours": "Fora do horário de atendimento: a conversa aguarda na fila",
}


def _name(conn: Connection, table: sa.Table, record_id: str | None) -> str | None:
    if not record_id:
        return None
    return conn.execute(sa.select(table.c.name).where(table.c.id == record_id)).scalar()


def record(uow: UnitOfWork, now: datetime, event: str, conversation_id: str, *,
           actor_id: str | None = None, system_line: bool = True, **details: Any) -> None:
    conn = uow.conn
    ts = naive_utc(now)
    conn.execute(t.audit_events.insert().values(at=ts, actor_id=actor_id, conversation_id=conversation_id,
                                                event=event, details=details))
    if not system_line:
        return
    names = {
        "actor": _name(conn, t.users, actor_id) or "Sistema",
        "to_user": _name(conn, t.users, details.get("to_user_id")) or "",
        "target": (_name(conn, t.users, details.get("to_user_id")) or _name(conn, t.teams, details.get("to_team_id"))
                   or ("a fila" if event.startswith("bot_") else "")),
        "template": details.get("template_name", ""),
    }
    channel = conn.execute(sa.select(t.conversations.c.channel)
                           .where(t.conversations.c.id == conversation_id)).scalar_one()
    message_id = uuid.uuid4().hex
    insert_message(conn, NewMessage(
        id=message_id, conversation_id=conversation_id, direction=Direction.OUTBOUND, kind=MessageKind.SYSTEM,
        text=_FALLBACK_PT.get(event, event).format_map({**details, **names}), status=MessageStatus.SENT,
        author_id=actor_id, channel=channel, payload={"event": event, "actor_id": actor_id, **details},
        created_at=ts))
    uow.changed("messages", message_id)
