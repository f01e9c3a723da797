"""Templates administration (issue 16) over real HTTP against the Meta stand-in, on SQLite and
PostgreSQL: a template's life (create_template → PENDING at Meta and here → Meta's review
approves it with the signed webhook → APPROVED here → a conversation starts with it), Meta's
refusals as sentences with nothing stored, and delete_template at Meta and here. Headers, footers
and buttons reach Meta as Meta spells them, and sends give each part its values (the header's
text or file link, the body's, a dynamic link's ending); the rule refuses bad ones before Meta. Audited and
streamed; `forbidden` without manage_templates: tests/server/api/test_permission_refusals.py."""
from __future__ import annotations

import httpx

from rvops_meta_standin import templates as standin_review
from rvops_server.domain.sentences import say
from tests.server.api.conftest import audit_trail as trail
from tests.server.gateways.conftest import wait_for
from tests.server.gateways.test_whatsapp_sending import message, open_conversation, wait_status
from tests.support.servers import Agent

BODY = {"type": "BODY", "text": "Olá {{1}}, sua fatura de {{2}} já está disponível.",
        "example": {"body_text": [["Fernanda", "março"]]}}


def templates(agent) -> dict[tuple[str, str], dict]:
    return {(t["name"], t["language"]): t for t in agent.bootstrap()["templates"]}


def changes(agent: Agent, cursor: int, collection: str) -> dict[str, dict]:
    return {c["id"]: c for c in agent.changes(cursor)["changes"] if c["collection"] == collection}


def synced(admin) -> None:
    wait_for(lambda: ("confirmacao_pedido", "pt_BR") in templates(admin), "the start-up template sync")


def test_a_template_is_submitted_approved_by_meta_and_starts_a_conversation(server, meta, admin):
    synced(admin)
    carla = Agent(server.url, "carla@demo.rvops")  # a supervisor: manage_templates
    try:
        cursor = admin.bootstrap()["cursor"]
        created = carla.mutate("create_template", name="fatura_disponivel", language="pt_BR", category="UTILITY",
                               components=[BODY, {"type": "footer", "text": "Rvops"}])
        assert created["status"] == "accepted", created
        template_id = created["data"]["id"]
        at_meta = meta.standin.state.find_template("fatura_disponivel", "pt_BR")
        assert at_meta is not None and (at_meta["id"], at_meta["status"]) == (template_id, "PENDING")
        assert at_meta["components"][1]["type"] == "FOOTER"
        record = changes(admin, cursor, "templates")[template_id]["record"]
        assert (record["status"], record["category"]) == ("PENDING", "UTILITY")
        [row] = trail(admin, target_id=template_id)
        assert (row["actor_id"], row["event"]) == ("u_carla", "template_created")

        waiting = admin.mutate("start_conversation", contact_id="c_fernanda", template_name="fatura_disponivel",
                               language="pt_BR", variables=["Fernanda", "março"])
        assert waiting["status"] == "refused" and waiting["reason"] == "template_not_approved", waiting

        review = httpx.post(f"{meta.url}/_standin/templates/status",
                            json={"name": "fatura_disponivel", "language": "pt_BR", "event": "APPROVED"})
        assert review.json()["webhook_status"] == 200
        assert templates(admin)[("fatura_disponivel", "pt_BR")]["status"] == "APPROVED"

        started = admin.mutate("start_conversation", contact_id="c_fernanda", template_name="fatura_disponivel",
                               language="pt_BR", variables=["Fernanda", "março"])
        assert started["status"] == "accepted", started
        wait_for(lambda: any(s.type == "template" and s.payload["template"]["name"] == "fatura_disponivel"
                             for s in meta.standin.state.sent), "the template sent to WhatsApp")

        promo = carla.mutate("create_template", name="promo_natal", language="pt_BR", category="MARKETING",
                             components=[{"type": "BODY", "text": "Feliz Natal!"}])
        assert promo["status"] == "accepted" and promo["data"]["status"] == "PENDING"
        httpx.post(f"{meta.url}/_standin/templates/status",
                   json={"name": "promo_natal", "language": "pt_BR", "event": "REJECTED", "reason": "PROMOTIONAL"})
        assert templates(admin)[("promo_natal", "pt_BR")]["status"] == "REJECTED"
    finally:
        carla.close()


def test_meta_refusing_a_template_is_a_sentence_and_nothing_is_stored(server, meta, admin):
    synced(admin)
    before = admin.bootstrap()
    taken = admin.mutate("create_template", name="retomar_atendimento", language="pt_BR", category="UTILITY",
                         components=[{"type": "BODY", "text": "Oi"}])
    assert taken["status"] == "refused" and taken["reason"] == "conflict"  # ours already: Meta is not asked
    # Meta holds one we do not know yet (created in Meta's manager): Meta refuses with 100/2388024
    meta.standin.state.templates.append({"name": "aviso_manual", "language": "pt_BR", "status": "APPROVED",
                                         "category": "UTILITY", "id": "1034999", "components": [BODY]})
    refused = admin.mutate("create_template", name="aviso_manual", language="pt_BR", category="UTILITY",
                           components=[BODY])
    assert refused["status"] == "refused" and refused["reason"] == "invalid", refused
    assert (refused["data"]["meta_code"], refused["data"]["meta_subcode"]) == (100, 2388024)
    assert refused["message"].startswith("A Meta recusou o template: There is already pt_BR content")
    assert "Nada foi salvo" in refused["message"]
    bad = admin.mutate("create_template", name="Fatura-Nova", language="pt_BR", category="UTILITY",
                       components=[BODY])
    assert bad["reason"] == "invalid" and bad["data"]["field"] == "name"
    no_example = admin.mutate("create_template", name="fatura_nova", language="pt_BR", category="UTILITY",
                              components=[{"type": "BODY", "text": "Olá {{1}}"}])
    assert no_example["reason"] == "invalid" and "exemplo" in no_example["message"]
    meta.standin.config.access_tokens = frozenset()  # the token was revoked at Meta
    revoked = admin.mutate("create_template", name="fatura_nova", language="pt_BR", category="UTILITY",
                           components=[BODY])
    assert revoked["status"] == "refused" and revoked["reason"] == "conflict", revoked
    assert revoked["message"].startswith("O token de acesso da Meta expirou") and "nem salvo" in revoked["message"]
    assert admin.changes(before["cursor"])["changes"] == []
    assert meta.standin.state.find_template("fatura_nova", "pt_BR") is None
    assert trail(admin) == []


def test_a_template_is_deleted_at_meta_and_here(server, meta, admin):
    synced(admin)
    cursor = admin.bootstrap()["cursor"]
    deleted = admin.mutate("delete_template", name="welcome_back")
    assert deleted["status"] == "accepted" and deleted["data"] == {"languages": ["en_US"]}, deleted
    assert meta.standin.state.find_template("welcome_back", "en_US") is None
    [change] = [c for c in changes(admin, cursor, "templates").values()]
    assert change["op"] == "delete"
    [row] = trail(admin, target_id=change["id"])
    assert row["event"] == "template_deleted" and row["details"]["name"] == "welcome_back"
    assert admin.mutate("delete_template", name="welcome_back")["reason"] == "not_found"
    # Meta no longer knows one we list: Meta's sentence, ours stays
    meta.standin.state.templates = [t for t in meta.standin.state.templates if t["name"] != "lembrete_pagamento"]
    refused = admin.mutate("delete_template", name="lembrete_pagamento")
    assert refused["reason"] == "invalid" and "can't be found" in refused["message"]
    assert ("lembrete_pagamento", "pt_BR") in templates(admin)


# ---- header, footer and buttons (issue 16) -------------------------------------------------------
RICH = [{"type": "header", "format": "text", "text": "Pedido {{1}}", "example": {"header_text": ["#1234"]}},
        {"type": "BODY", "text": "Olá {{1}}, seu pedido saiu para entrega.", "example": {"body_text": [["Fernanda"]]}},
        {"type": "FOOTER", "text": "Rvops CRM"},
        {"type": "BUTTONS", "buttons": [
            {"type": "url", "text": "Rastrear", "url": "https://rastreio.example/{{1}}",
             "example": ["https://rastreio.example/BR123"]},
            {"type": "PHONE_NUMBER", "text": "Ligar", "phone_number": "+5511987654321"},
            {"type": "QUICK_REPLY", "text": "Obrigado"}]}]
AS_META = [{"type": "HEADER", "format": "TEXT", "text": "Pedido {{1}}", "example": {"header_text": ["#1234"]}},
           RICH[1], RICH[2],
           {"type": "BUTTONS", "buttons": [
               {"type": "URL", "text": "Rastrear", "url": "https://rastreio.example/{{1}}",
                "example": ["https://rastreio.example/BR123"]},
               {"type": "PHONE_NUMBER", "text": "Ligar", "phone_number": "+5511987654321"},
               {"type": "QUICK_REPLY", "text": "Obrigado"}]}]


def approve(meta, name: str) -> None:
    review = httpx.post(f"{meta.url}/_standin/templates/status", json={"name": name, "language": "pt_BR",
                                                                        "event": "APPROVED"})
    assert review.json()["webhook_status"] == 200


def resumed(admin, conversation_id: str, name: str, variables: list[str]) -> dict:
    return admin.mutate("resume", conversation_id=conversation_id, template_name=name, language="pt_BR",
                        variables=variables)


def sent_template(meta, admin, result) -> dict:
    assert result["status"] == "accepted", result
    wait_status(admin, result["data"]["message_id"], "sent", "delivered", "read")
    return meta.standin.state.sent[-1].payload["template"]


def test_header_footer_and_buttons_reach_meta_as_meta_spells_them_and_sends_fill_each_part(server, meta, admin):
    synced(admin)
    cursor = admin.bootstrap()["cursor"]
    created = admin.mutate("create_template", name="pedido_enviado", language="pt_BR", category="UTILITY",
                           components=RICH)
    assert created["status"] == "accepted" and created["data"]["status"] == "PENDING", created
    assert meta.standin.state.find_template("pedido_enviado", "pt_BR")["components"] == AS_META
    assert changes(admin, cursor, "templates")[created["data"]["id"]]["record"]["components"] == AS_META
    approve(meta, "pedido_enviado")
    assert templates(admin)[("pedido_enviado", "pt_BR")]["status"] == "APPROVED"

    conversation_id = open_conversation(meta, server, admin)
    short = resumed(admin, conversation_id, "pedido_enviado", ["Rita"])  # the header's and the link's missing
    assert short["reason"] == "invalid" and "pede 3 variável(is)" in short["message"], short
    result = resumed(admin, conversation_id, "pedido_enviado", ["#98", "Rita", "BR98"])
    assert sent_template(meta, admin, result)["components"] == [
        {"type": "header", "parameters": [{"type": "text", "text": "#98"}]},
        {"type": "body", "parameters": [{"type": "text", "text": "Rita"}]},
        {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "BR98"}]}]
    assert message(admin, result["data"]["message_id"])["text"] == \
        "Pedido #98\nOlá Rita, seu pedido saiu para entrega.\nRvops CRM"


def test_a_media_header_is_sent_with_its_link_and_static_buttons_need_no_values(server, meta, admin):
    synced(admin)
    image = {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARb"]}}
    static = {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Ver a loja", "url": "https://loja.example"},
                                             {"type": "PHONE_NUMBER", "text": "Ligar",
                                              "phone_number": "+5511987654321"}]}
    for name, components in (("loja_aberta", [image, {"type": "BODY", "text": "A loja abriu!"}, static]),
                             ("site_novo", [{"type": "BODY", "text": "Conheça o site novo."}, static])):
        created = admin.mutate("create_template", name=name, language="pt_BR", category="MARKETING",
                               components=components)
        assert created["status"] == "accepted", created
        approve(meta, name)
    conversation_id = open_conversation(meta, server, admin)
    not_a_link = resumed(admin, conversation_id, "loja_aberta", ["loja.jpg"])
    assert not_a_link["reason"] == "invalid" and "informe o link dele" in not_a_link["message"], not_a_link
    sent = sent_template(meta, admin, resumed(admin, conversation_id, "loja_aberta", ["https://cdn.example/l.jpg"]))
    assert sent["components"] == [{"type": "header", "parameters": [
        {"type": "image", "image": {"link": "https://cdn.example/l.jpg"}}]}]
    sent = sent_template(meta, admin, resumed(admin, conversation_id, "site_novo", []))
    assert sent == {"name": "site_novo", "language": {"code": "pt_BR"}}


def test_components_the_rule_refuses_are_said_and_never_reach_meta(server, meta, admin, monkeypatch):
    asked = []
    monkeypatch.setattr(standin_review, "check_submission", asked.append)
    before = admin.bootstrap()
    body = {"type": "BODY", "text": "Oi"}
    for components, why in (
            ([body, {"type": "FOOTER", "text": "Até {{1}}"}], "bad_footer"),
            ([{"type": "HEADER", "format": "VIDEO"}, body], "header_media_example"),
            ([body, {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Site", "url": "https://s.example/{{1}}/x",
                                                     "example": ["https://s.example/1/x"]}]}], "button_url"),
            ([body, {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Sim"},
                                                    {"type": "PHONE_NUMBER", "text": "Ligar",
                                                     "phone_number": "+5511987654321"},
                                                    {"type": "QUICK_REPLY", "text": "Não"}]}], "buttons_not_grouped")):
        refused = admin.mutate("create_template", name="aviso_curto", language="pt_BR", category="UTILITY",
                               components=components)
        assert (refused["status"], refused["reason"], refused["data"]["field"]) == ("refused", "invalid",
                                                                                     "components"), refused
        assert refused["message"] == say(f"template_{why}", "pt-BR")
    assert asked == [] and meta.standin.state.find_template("aviso_curto", "pt_BR") is None
    assert admin.changes(before["cursor"])["changes"] == [] and trail(admin) == []
