"""Templates synced from GET /{waba-id}/message_templates on start and on demand; template
status webhooks change the template's status."""
from __future__ import annotations

import httpx

from tests.server.gateways.conftest import wait_for


def templates(admin) -> dict[tuple[str, str], dict]:
    return {(t["name"], t["language"]): t for t in admin.bootstrap()["templates"]}


def test_templates_are_synced_on_start(server, meta, admin):
    synced = wait_for(lambda: (found := templates(admin)).get(("confirmacao_pedido", "pt_BR")) and found,
                      "the start-up template sync")
    for item in meta.standin.state.templates:
        mine = synced[(item["name"], item["language"])]
        assert mine["status"] == item["status"] and mine["components"] == item["components"]
        assert mine["category"] == item["category"]
    # The seed's templates that Meta does not list are marked as gone, not kept as approved.
    assert synced[("lembrete_boleto", "pt_BR")]["status"] == "DELETED"


def test_sync_on_demand_follows_paging_and_picks_up_new_templates(server, meta, admin):
    wait_for(lambda: ("confirmacao_pedido", "pt_BR") in templates(admin), "the start-up template sync")
    for n in range(120):  # more than one page (the client asks 100 per page)
        meta.standin.state.templates.append({
            "name": f"aviso_{n}", "language": "pt_BR", "status": "APPROVED", "category": "UTILITY",
            "id": str(700000 + n), "components": [{"type": "BODY", "text": f"Aviso {n}: {{{{1}}}}"}]})
    answer = admin.http.post("/api/v1/templates/sync")
    assert answer.status_code == 200 and answer.json()["created"] == 120
    assert templates(admin)[("aviso_119", "pt_BR")]["status"] == "APPROVED"
    assert httpx.post(f"{server.url}/api/v1/templates/sync").status_code == 401


def test_sync_failure_is_a_sentence_with_the_reason(server, meta, admin):
    wait_for(lambda: ("confirmacao_pedido", "pt_BR") in templates(admin), "the start-up template sync")
    meta.standin.config.access_tokens = frozenset()  # the token was revoked at Meta
    answer = admin.http.post("/api/v1/templates/sync")
    assert answer.status_code == 502
    assert answer.json()["error"] == "token_expired" and "token de acesso" in answer.json()["message"]


def test_template_status_webhook_changes_the_status(server, meta, admin):
    wait_for(lambda: ("retomar_atendimento", "pt_BR") in templates(admin), "the start-up template sync")
    answer = httpx.post(f"{meta.url}/_standin/templates/status",
                        json={"name": "retomar_atendimento", "language": "pt_BR", "event": "PAUSED",
                              "reason": "LOW_QUALITY"})
    assert answer.json()["webhook_status"] == 200
    assert templates(admin)[("retomar_atendimento", "pt_BR")]["status"] == "PAUSED"
    conversation = next(c for c in admin.bootstrap()["conversations"] if c["channel"] == "whatsapp"
                        and c["status"] == "open")
    refused = admin.mutate("resume", conversation_id=conversation["id"], template_name="retomar_atendimento",
                           language="pt_BR", variables=["Maria", "Ana"])
    assert refused["status"] == "refused" and refused["reason"] == "template_not_approved"
