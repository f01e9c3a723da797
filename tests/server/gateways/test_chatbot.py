"""The chatbot over real HTTP: the server on loopback, the Meta stand-in sending its signed
webhooks, on SQLite and PostgreSQL. An admin configures a channel's bot with `set_chatbot`; a new
conversation is held by the bot, greeted with a native menu, and routed by the customer's answer
(tapped or typed) to a team, whose distribution method then applies; or to the fallback team
after too many unrecognised answers or too long without one."""
from __future__ import annotations

import sqlalchemy as sa

from rvops_meta_standin import payloads as P
from rvops_server.store import schema as t
from tests.server.distribution.routing_kit import go_online
from tests.server.gateways.conftest import message_by_provider_id, rows, wait_for
from tests.support.servers import Agent, LiveServer

CUSTOMER = "5511955554444"
INSTAGRAM_CUSTOMER = "17841400000009999"


def bot_config(*options, **extra) -> dict:
    config = {"greeting": "Olá! Sou o assistente da Rvops.",
              "menu": {"prompt": "Sobre o que você quer falar?", "options": list(options)},
              "fallback": {"team_id": "t_suporte", "after_invalid_answers": 2, "after_minutes": 10}}
    config.update(extra)
    return config


SALES = {"id": "vendas", "title": "Vendas", "team_id": "t_vendas"}
SUPPORT = {"id": "suporte", "title": "Suporte técnico", "team_id": "t_suporte"}
BILLING = {"id": "cobranca", "title": "Cobrança", "description": "Boletos e 2ª via", "team_id": "t_vendas"}
OTHER = {"id": "outros", "title": "Outros assuntos", "team_id": None}


def configure(agent: Agent, channel="whatsapp", **config) -> dict:
    config = config or bot_config(SALES, SUPPORT)
    return agent.mutate("set_chatbot", channel=channel, config=config)


def writes(meta, server, text="Oi", wa_id=CUSTOMER) -> str:
    written = meta.customer_whatsapp(wa_id=wa_id, type="text", body=P.text_body(text))
    assert written["webhook_status"] == 200
    return message_by_provider_id(server, "whatsapp", written["id"])["conversation_id"]


def taps(meta, reply_type, reply_id, title, wa_id=CUSTOMER) -> None:
    written = meta.customer_whatsapp(wa_id=wa_id, type="interactive",
                                     body=P.interactive_body(reply_type, reply_id, title))
    assert written["webhook_status"] == 200


def conversation(server, conversation_id) -> dict:
    return rows(server, sa.select(t.conversations).where(t.conversations.c.id == conversation_id))[0]


def sent_to(meta, to, count) -> list:
    """What Meta accepted for `to`, once at least `count` sends arrived."""
    return wait_for(lambda: (found := [s for s in meta.standin.state.sent if s.to == to])[count - 1:] and found,
                    f"{count} sends to {to}")


def routed(server, conversation_id) -> dict:
    return wait_for(lambda: (c := conversation(server, conversation_id))["bot_status"] == "done" and c,
                    "the bot to let the conversation go")


def bot_messages(server, conversation_id) -> list[dict]:
    m = t.messages.c
    found = rows(server, sa.select(t.messages).where(m.conversation_id == conversation_id, m.direction == "outbound",
                                                     m.kind != "system").order_by(m.created_at))
    return [x for x in found if (x["payload"] or {}).get("bot")]


def events_of(server, conversation_id) -> list[str]:
    a = t.audit_events.c
    return [r["event"] for r in rows(server, sa.select(t.audit_events).where(a.conversation_id == conversation_id)
                                     .order_by(a.id))]


# ---- greeting, choices -------------------------------------------------------------------------
def test_a_new_conversation_is_greeted_with_reply_buttons_and_a_tap_routes_it_by_the_team_method(
        server, meta, admin):
    assert configure(admin)["status"] == "accepted"
    assert admin.mutate("set_distribution_method", method="least_busy", team_id="t_suporte")["status"] == "accepted"
    carla = Agent(server.url, "carla@demo.rvops")
    stream = go_online(server, carla)
    try:
        conversation_id = writes(meta, server)
        held = conversation(server, conversation_id)
        assert held["bot_status"] == "active" and held["assignee_id"] is None
        greeting = sent_to(meta, CUSTOMER, 1)[0].payload
        assert greeting["type"] == "interactive"
        assert greeting["interactive"] == {
            "type": "button",
            "body": {"text": "Olá! Sou o assistente da Rvops.\n\nSobre o que você quer falar?"},
            "action": {"buttons": [{"type": "reply", "reply": {"id": "vendas", "title": "Vendas"}},
                                   {"type": "reply", "reply": {"id": "suporte", "title": "Suporte técnico"}}]}}
        taps(meta, "button_reply", "suporte", "Suporte técnico")
        done = routed(server, conversation_id)
        assert done["team_id"] == "t_suporte" and done["bot_option"] == "Suporte técnico"
        assert done["assignee_id"] == "u_carla"  # the team's method (least busy) chose the online agent
        assert events_of(server, conversation_id)[-2:] == ["bot_routed", "assigned"]
        mine = next(c for c in carla.bootstrap()["conversations"] if c["id"] == conversation_id)
        assert mine["bot_option"] == "Suporte técnico"  # synced: the agent sees what brought it
        bot = bot_messages(server, conversation_id)
        assert [m["kind"] for m in bot] == ["interactive"] and bot[0]["author_id"] is None
        assert wait_for(lambda: bot_messages(server, conversation_id)[0]["status"] in ("sent", "delivered", "read"),
                        "the greeting to be sent")
    finally:
        stream.close()
        carla.close()


def test_more_than_three_options_are_a_list_and_a_list_reply_routes(server, meta, admin):
    assert configure(admin, **bot_config(SALES, SUPPORT, BILLING, OTHER))["status"] == "accepted"
    conversation_id = writes(meta, server)
    menu = sent_to(meta, CUSTOMER, 1)[0].payload["interactive"]
    assert menu["type"] == "list" and menu["action"]["button"] == "Ver opções"
    assert menu["action"]["sections"][0]["rows"][2] == {"id": "cobranca", "title": "Cobrança",
                                                         "description": "Boletos e 2ª via"}
    assert "description" not in menu["action"]["sections"][0]["rows"][0]
    taps(meta, "list_reply", "cobranca", "Cobrança")
    done = routed(server, conversation_id)
    assert done["team_id"] == "t_vendas" and done["bot_option"] == "Cobrança" and done["queued_at"] is not None


def test_typed_answers_by_number_or_by_title_without_accents(server, meta, admin):
    assert configure(admin)["status"] == "accepted"
    first = writes(meta, server)
    writes(meta, server, "2")
    assert routed(server, first)["team_id"] == "t_suporte"
    other = "5511955553333"
    second = writes(meta, server, wa_id=other)
    writes(meta, server, "  SUPORTE TECNICO! ", wa_id=other)
    assert routed(server, second)["bot_option"] == "Suporte técnico"


# ---- fallback ----------------------------------------------------------------------------------
def test_unrecognised_answers_are_asked_again_then_fall_back(server, meta, admin):
    assert configure(admin, **bot_config(SALES, OTHER, fallback={"team_id": "t_suporte",
                                                                 "after_invalid_answers": 3})) ["status"] == "accepted"
    conversation_id = writes(meta, server)
    writes(meta, server, "talvez")
    again = sent_to(meta, CUSTOMER, 2)[1].payload["interactive"]
    assert again["body"]["text"].startswith("Não entendi. Escolha uma das opções.")
    assert conversation(server, conversation_id)["bot_status"] == "active"
    writes(meta, server, "9")
    sent_to(meta, CUSTOMER, 3)
    writes(meta, server, "hein?")
    done = routed(server, conversation_id)
    assert done["team_id"] == "t_suporte" and done["bot_option"] is None
    assert "bot_fallback" in events_of(server, conversation_id)


def test_no_answer_in_time_falls_back_when_the_clock_passes_the_deadline(server, meta, admin, fake_clock):
    assert configure(admin)["status"] == "accepted"
    conversation_id = writes(meta, server)
    fake_clock.advance(minutes=9)
    assert conversation(server, conversation_id)["bot_status"] == "active"
    fake_clock.advance(minutes=2)  # past the 10 minutes: the durable timeout job is due
    done = routed(server, conversation_id)
    assert done["team_id"] == "t_suporte" and events_of(server, conversation_id)[-1] == "bot_fallback"
    assert rows(server, sa.select(t.chatbot_sessions)) == []


# ---- business hours ----------------------------------------------------------------------------
def test_out_of_hours_the_bot_says_so_and_the_conversation_queues(server, meta, admin):
    hours = {"days": {"mon": [["10:00", "18:00"]]}, "out_of_hours_message": "Atendemos de segunda, das 10h às 18h."}
    assert configure(admin, **bot_config(SALES, SUPPORT, hours=hours))["status"] == "accepted"
    conversation_id = writes(meta, server)  # the clock: Monday 09:00 in São Paulo
    said = sent_to(meta, CUSTOMER, 1)[0].payload
    assert said["type"] == "text" and said["text"]["body"] == "Atendemos de segunda, das 10h às 18h."
    queued = conversation(server, conversation_id)
    assert queued["bot_status"] == "done" and queued["queued_at"] is not None and queued["assignee_id"] is None
    assert rows(server, sa.select(t.chatbot_sessions)) == []


def test_within_hours_the_bot_runs(server, meta, admin):
    hours = {"time_zone": "America/Sao_Paulo", "days": {"mon": [["08:00", "18:00"]]},
             "out_of_hours_message": "Fechado."}
    assert configure(admin, **bot_config(SALES, SUPPORT, hours=hours))["status"] == "accepted"
    conversation_id = writes(meta, server)
    assert conversation(server, conversation_id)["bot_status"] == "active"
    assert sent_to(meta, CUSTOMER, 1)[0].payload["type"] == "interactive"


# ---- a contact property ------------------------------------------------------------------------
def test_an_option_asks_for_the_email_stores_it_on_the_contact_and_re_asks_a_bad_one(server, meta, admin):
    ask = {**SALES, "ask": {"property": "email", "prompt": "Qual é o seu e-mail?"}}
    assert configure(admin, **bot_config(ask, SUPPORT))["status"] == "accepted"
    conversation_id = writes(meta, server)
    taps(meta, "button_reply", "vendas", "Vendas")
    assert sent_to(meta, CUSTOMER, 2)[1].payload["text"]["body"] == "Qual é o seu e-mail?"
    writes(meta, server, "rita arroba exemplo")
    assert sent_to(meta, CUSTOMER, 3)[2].payload["text"]["body"].endswith("Qual é o seu e-mail?")
    assert conversation(server, conversation_id)["bot_status"] == "active"
    writes(meta, server, "rita@exemplo.com.br")
    done = routed(server, conversation_id)
    assert done["team_id"] == "t_vendas" and done["bot_option"] == "Vendas"
    contact = rows(server, sa.select(t.contacts).where(t.contacts.c.id == done["contact_id"]))[0]
    assert contact["email"] == "rita@exemplo.com.br"


# ---- durability --------------------------------------------------------------------------------
def test_the_flow_survives_a_restart_of_the_server(server, meta, admin, database_url, fake_clock, tmp_path):
    assert configure(admin)["status"] == "accepted"
    conversation_id = writes(meta, server)
    sent_to(meta, CUSTOMER, 1)
    server.stop()
    again = LiveServer(database_url, clock=fake_clock, media_dir=tmp_path / "media", random_seed=7,
                       graph_api_url=meta.url)
    meta.standin.config.whatsapp_webhook_url = again.url + "/webhooks/whatsapp"
    try:
        assert conversation(again, conversation_id)["bot_status"] == "active"
        writes(meta, again, "vendas")
        assert routed(again, conversation_id)["team_id"] == "t_vendas"
    finally:
        again.stop()


# ---- Instagram ---------------------------------------------------------------------------------
def test_instagram_shows_quick_replies_and_a_tap_routes(server, meta, admin):
    assert configure(admin, "instagram", **bot_config(SALES, SUPPORT))["status"] == "accepted"
    written = meta.customer_instagram(sender_id=INSTAGRAM_CUSTOMER, text="Oi")
    conversation_id = wait_for(lambda: message_by_provider_id(server, "instagram", written["id"]),
                               "the message")["conversation_id"]
    message = sent_to(meta, INSTAGRAM_CUSTOMER, 1)[0].payload["message"]
    assert message["quick_replies"] == [
        {"content_type": "text", "title": "Vendas", "payload": "vendas"},
        {"content_type": "text", "title": "Suporte técnico", "payload": "suporte"}]
    meta.customer_instagram(sender_id=INSTAGRAM_CUSTOMER, text="Suporte técnico", quick_reply_payload="suporte")
    assert routed(server, conversation_id)["team_id"] == "t_suporte"


# ---- the configuration -------------------------------------------------------------------------
def test_menus_beyond_meta_limits_are_refused_with_a_sentence(server, admin):
    long_row = {"id": "longa", "title": "Uma opção com título longo", "team_id": "t_vendas"}
    refused = configure(admin, **bot_config(SALES, SUPPORT, BILLING, long_row))
    assert refused["status"] == "refused" and refused["reason"] == "invalid"
    assert refused["message"] == ("O título \"Uma opção com título longo\" passa de 24 caracteres, o limite do "
                                  "WhatsApp para itens de lista.")
    eleven = [{"id": f"o{i}", "title": f"Opção {i}", "team_id": "t_vendas"} for i in range(11)]
    refused = configure(admin, **bot_config(*eleven))
    assert refused["status"] == "refused" and "no máximo 10 opções" in refused["message"]
    fourteen = [{"id": f"o{i}", "title": f"Opção {i}", "team_id": "t_vendas"} for i in range(14)]
    refused = configure(admin, "instagram", **bot_config(*fourteen))
    assert refused["status"] == "refused" and "no máximo 13 opções" in refused["message"]
    unknown = configure(admin, **bot_config({"id": "x", "title": "X", "team_id": "t_nenhum"}))
    assert unknown["status"] == "refused" and unknown["reason"] == "not_found"
    question = configure(admin, **bot_config({"id": "x", "title": "X", "ask": {"property": "cpf", "prompt": "CPF?"}}))
    assert question["status"] == "refused" and "\"cpf\"" in question["message"]
    assert rows(server, sa.select(t.chatbot_configs)) == []


def test_only_who_manages_distribution_configures_the_bot_and_it_is_audited(server, admin):
    ana = Agent(server.url, "ana@demo.rvops")
    try:
        refused = configure(ana)
        assert refused["status"] == "refused" and refused["reason"] == "forbidden"
        assert "manage_distribution" in refused["message"]
    finally:
        ana.close()
    assert configure(admin)["status"] == "accepted"
    audit = rows(server, sa.select(t.audit_events).where(t.audit_events.c.event == "chatbot_set"))
    assert len(audit) == 1 and audit[0]["actor_id"] == "u_admin"


def test_a_disabled_bot_leaves_new_conversations_to_distribution(server, meta, admin):
    assert configure(admin, **bot_config(SALES, SUPPORT, enabled=False))["status"] == "accepted"
    conversation_id = writes(meta, server)
    assert conversation(server, conversation_id)["bot_status"] is None
    assert [s for s in meta.standin.state.sent if s.to == CUSTOMER] == []


# ---- people decide ------------------------------------------------------------------------------
def test_an_agent_who_claims_a_conversation_the_bot_holds_takes_it_and_the_bot_steps_aside(server, meta, admin):
    assert configure(admin)["status"] == "accepted"
    conversation_id = writes(meta, server)
    assert admin.mutate("claim", conversation_id=conversation_id)["status"] == "accepted"
    claimed = conversation(server, conversation_id)
    assert claimed["assignee_id"] == "u_admin" and claimed["bot_status"] == "done"
    assert rows(server, sa.select(t.chatbot_sessions)) == []
    sent_to(meta, CUSTOMER, 1)
    writes(meta, server, "2")  # no longer an answer for the bot: nothing routes, nothing is sent
    assert conversation(server, conversation_id)["assignee_id"] == "u_admin"
    assert conversation(server, conversation_id)["team_id"] is None
    assert len([s for s in meta.standin.state.sent if s.to == CUSTOMER]) == 1


def test_a_custom_property_is_read_by_its_kind(server, meta, admin):
    with server.services.store.write() as uow:
        uow.conn.execute(t.property_definitions.insert().values(id="p_pedidos", key="pedidos", label="Pedidos",
                                                                type="number", show_in_panel=True, position=9))
    ask = {**SUPPORT, "ask": {"property": "pedidos", "prompt": "Quantos pedidos você fez?"}}
    assert configure(admin, **bot_config(SALES, ask))["status"] == "accepted"
    conversation_id = writes(meta, server)
    writes(meta, server, "2")
    sent_to(meta, CUSTOMER, 2)
    writes(meta, server, "muitos")
    sent_to(meta, CUSTOMER, 3)
    writes(meta, server, "12")
    done = routed(server, conversation_id)
    contact = rows(server, sa.select(t.contacts).where(t.contacts.c.id == done["contact_id"]))[0]
    assert contact["properties"]["pedidos"] == 12 and done["team_id"] == "t_suporte"


def test_administrators_read_back_every_channels_configuration(server, admin):
    assert configure(admin, "instagram")["status"] == "accepted"
    read = admin.http.get("/api/v1/admin/chatbot")
    assert read.status_code == 200
    chatbots = read.json()["chatbots"]
    assert chatbots["whatsapp"] is None and chatbots["webchat"] is None
    assert chatbots["instagram"]["menu"]["options"][0]["id"] == "vendas"
    assert chatbots["instagram"]["fallback"]["after_minutes"] == 10
    ana = Agent(server.url, "ana@demo.rvops")
    try:
        refused = ana.http.get("/api/v1/admin/chatbot")
        assert refused.status_code == 403 and "manage_distribution" in refused.json()["message"]
    finally:
        ana.close()


def test_two_instances_share_the_flow_and_a_timeout_falls_back_once(server, meta, admin, database_url, fake_clock,
                                                                    tmp_path):
    """The state is the database's: an answer may reach another instance than the greeting; both
    instances sweep the timeouts, and the claim's lock lets exactly one of them fall back."""
    assert configure(admin)["status"] == "accepted"
    other = LiveServer(database_url, clock=fake_clock, media_dir=tmp_path / "media", random_seed=7,
                       graph_api_url=meta.url, instance_id="second")
    try:
        first = writes(meta, server)
        meta.standin.config.whatsapp_webhook_url = other.url + "/webhooks/whatsapp"
        writes(meta, other, "1")
        assert routed(other, first)["team_id"] == "t_vendas"
        silent = writes(meta, other, wa_id="5511955552222")
        fake_clock.advance(minutes=11)
        assert routed(server, silent)["team_id"] == "t_suporte"
        wait_for(lambda: rows(server, sa.select(t.chatbot_sessions)) == [], "no session left")
        assert events_of(server, silent).count("bot_fallback") == 1
    finally:
        other.stop()
