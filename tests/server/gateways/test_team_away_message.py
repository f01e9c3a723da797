"""A team's away message (issue 16) over real HTTP, the Meta stand-in sending its signed webhooks,
on SQLite and PostgreSQL, the clock moved by the test: a customer writing into a conversation of a
team that is closed (its business hours) receives the team's away message through the send queue,
once per closed period; within the hours, nothing. A conversation the chatbot routes to a closed
team is told at once."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from rvops_server.store import schema as t
from tests.server.gateways.conftest import rows, wait_for
from tests.server.gateways.test_chatbot import CUSTOMER, SALES, configure, routed, sent_to, taps, writes

AWAY = "A equipe de Vendas atende de segunda a sexta, das 8h às 18h. Respondemos assim que abrirmos!"
HOURS = {"time_zone": "America/Sao_Paulo",
         "days": {day: [["08:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}}


def at(clocks, day: int, hour: int, minute: int = 0) -> None:
    """January 2026 in São Paulo (the 5th is a Monday), on our clock and Meta's."""
    moment = datetime(2026, 1, day, hour, minute, tzinfo=ZoneInfo("America/Sao_Paulo"))
    for clock in clocks:
        clock.set(moment)


def away_messages(server, conversation_id) -> list[dict]:
    m = t.messages.c
    found = rows(server, sa.select(t.messages).where(m.conversation_id == conversation_id, m.direction == "outbound")
                 .order_by(m.created_at))
    return [x for x in found if (x["payload"] or {}).get("away")]


def test_out_of_hours_the_customer_is_told_once_per_closed_period(server, meta, admin, fake_clock, meta_clock):
    clocks = (fake_clock, meta_clock)
    assert admin.mutate("update_team", team_id="t_vendas", business_hours=HOURS,
                        away_message=AWAY)["status"] == "accepted"
    at(clocks, 5, 9)   # Monday 09:00: open
    conversation_id = writes(meta, server, "Bom dia")
    assert admin.mutate("transfer", conversation_id=conversation_id, to_team_id="t_vendas")["status"] == "accepted"
    writes(meta, server, "Queria um orçamento")
    assert away_messages(server, conversation_id) == []   # open: nothing said

    at(clocks, 5, 19)   # Monday evening: closed
    writes(meta, server, "Ainda tem alguém aí?")
    [told] = away_messages(server, conversation_id)
    assert (told["text"], told["author_id"], told["kind"]) == (AWAY, None, "text")
    assert told["payload"] == {"away": True, "team_id": "t_vendas"}
    said = sent_to(meta, CUSTOMER, 1)[0].payload
    assert said["type"] == "text" and said["text"]["body"] == AWAY   # through the send queue, to Meta
    wait_for(lambda: away_messages(server, conversation_id)[0]["status"] in ("sent", "delivered", "read"),
             "the away message to be sent")
    a = t.audit_events.c
    [event] = rows(server, sa.select(t.audit_events).where(a.conversation_id == conversation_id,
                                                           a.event == "away_message_sent"))
    assert event["details"] == {"team_id": "t_vendas", "message_id": told["id"]}

    at(clocks, 5, 22, 30)
    writes(meta, server, "Alô?")
    at(clocks, 6, 7, 59)   # Tuesday, a minute before opening: the same closed period
    writes(meta, server, "Bom dia?")
    assert len(away_messages(server, conversation_id)) == 1
    at(clocks, 6, 10)      # open again
    writes(meta, server, "Voltei")
    assert len(away_messages(server, conversation_id)) == 1
    at(clocks, 6, 18, 5)   # Tuesday evening: a new closed period
    writes(meta, server, "Até amanhã")
    assert [m["text"] for m in away_messages(server, conversation_id)] == [AWAY, AWAY]
    assert [s.payload["text"]["body"] for s in sent_to(meta, CUSTOMER, 2)] == [AWAY, AWAY]


def test_no_away_message_without_one_or_without_hours(server, meta, admin, fake_clock, meta_clock):
    at((fake_clock, meta_clock), 10, 15)   # Saturday afternoon
    conversation_id = writes(meta, server, "Oi")
    assert admin.mutate("transfer", conversation_id=conversation_id, to_team_id="t_vendas")["status"] == "accepted"
    assert admin.mutate("update_team", team_id="t_vendas", business_hours=HOURS)["status"] == "accepted"
    writes(meta, server, "Tem alguém?")   # closed, but the team has nothing to say
    assert admin.mutate("update_team", team_id="t_vendas", business_hours=None,
                        away_message=AWAY)["status"] == "accepted"
    writes(meta, server, "Alô?")          # something to say, but no hours: always open
    assert away_messages(server, conversation_id) == []


def test_the_chatbot_routing_to_a_closed_team_tells_the_customer_at_once(server, meta, admin, fake_clock,
                                                                         meta_clock):
    assert admin.mutate("update_team", team_id="t_vendas", business_hours=HOURS,
                        away_message=AWAY)["status"] == "accepted"
    assert configure(admin)["status"] == "accepted"   # the bot has no hours of its own: it greets
    at((fake_clock, meta_clock), 7, 20)   # Wednesday night
    conversation_id = writes(meta, server, "Oi")
    assert away_messages(server, conversation_id) == []   # the bot holds it: no team yet
    taps(meta, "button_reply", SALES["id"], SALES["title"])
    assert routed(server, conversation_id)["team_id"] == "t_vendas"
    sent = sent_to(meta, CUSTOMER, 2)
    assert sent[0].payload["type"] == "interactive" and sent[1].payload["text"]["body"] == AWAY
