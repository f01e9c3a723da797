"""Templates administration (issue 16) over real HTTP against the Meta stand-in, on SQLite and
PostgreSQL: a template's life (create_template → PENDING at Meta and here → Meta's review
approves it with the signed webhook → APPROVED here → a conversation starts with it), Meta's
refusals as sentences with nothing stored, and delete_template at Meta and here. Audited and
streamed; `forbidden` without manage_templates: tests/server/api/test_permission_refusals.py."""
from __future__ import annotations

import httpx

from tests.server.api.conftest import audit_trail as trail
from tests.server.gateways.conftest import wait_for
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
