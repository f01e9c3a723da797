"""Fetching the templates from Meta on demand is for supervisors and admins (`sync_templates`)."""
from __future__ import annotations

from tests.server.gateways.conftest import wait_for
from tests.support.servers import Agent


def test_only_supervisors_and_admins_may_trigger_the_template_sync(server, meta, admin):
    ana, carla = Agent(server.url, "ana@demo.rvops"), Agent(server.url, "carla@demo.rvops")
    try:
        wait_for(lambda: "confirmacao_pedido" in {t["name"] for t in ana.bootstrap()["templates"]},
                 "the start-up template sync")
        meta.standin.state.templates.append({
            "name": "aviso_novo", "language": "pt_BR", "status": "APPROVED", "category": "UTILITY",
            "id": "790001", "components": [{"type": "BODY", "text": "Aviso: {{1}}"}]})
        refused = ana.http.post("/api/v1/templates/sync")
        assert refused.status_code == 403, refused.text
        assert refused.json()["error"] == "forbidden" and "sync_templates" in refused.json()["message"]
        assert "aviso_novo" not in {t["name"] for t in ana.bootstrap()["templates"]}
        assert carla.http.post("/api/v1/templates/sync").status_code == 200
        assert admin.http.post("/api/v1/templates/sync").status_code == 200
        assert "aviso_novo" in {t["name"] for t in ana.bootstrap()["templates"]}
    finally:
        ana.close()
        carla.close()
