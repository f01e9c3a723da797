"""Required contact properties (issue 16) over real HTTP, on SQLite and PostgreSQL: once a definition
is marked `required`, a new contact without it and an edit that empties it are refused with a
sentence naming the fields, and nothing changes; filled, both are accepted. A contact that lacked the
property before it became required keeps being editable (rvops_contract.properties.missing_required).
"""
import pytest

from tests.support.servers import Agent


def contact(agent: Agent, contact_id: str) -> dict | None:
    return next((c for c in agent.bootstrap()["contacts"] if c["id"] == contact_id), None)


def require(supervisor: Agent, key: str, label: str, type_: str, required: bool = True, **extra) -> None:
    result = supervisor.mutate("upsert_property_definition", key=key, label=label, type=type_, required=required,
                               **extra)
    assert result["status"] == "accepted", result


@pytest.fixture
def city_and_plan_required(live_server, carla):
    """Cidade and Plano (the demo's definitions) marked required; Lúcia has a city and no plan."""
    require(carla, "cidade", "Cidade", "text", order=2)
    require(carla, "plano", "Plano", "choice", options=["Básico", "Pro", "Enterprise"], order=1)


def test_an_edit_that_empties_a_required_property_is_refused_and_nothing_changes(city_and_plan_required, admin):
    before = contact(admin, "c_maria")
    for emptied in ("", "   ", None):
        refused = admin.mutate("update_contact", contact_id="c_maria",
                               fields={"email": "nova@example.com.br", "cidade": emptied})
        assert refused["status"] == "refused" and refused["reason"] == "invalid", refused
        assert refused["message"] == "Preencha os campos obrigatórios: Cidade. Nada foi salvo."
        assert refused["data"] == {"field": "cidade", "missing": ["cidade"]}
    both = admin.mutate("update_contact", contact_id="c_maria", fields={"cidade": None, "plano": None})
    assert both["data"]["missing"] == ["plano", "cidade"]  # in the definitions' order
    assert "Plano, Cidade" in both["message"]
    assert contact(admin, "c_maria") == before  # the e-mail of the same edit was not saved either
    english = admin.http.post("/api/v1/sync/mutations", headers={"accept-language": "en"}, json={"mutations": [
        {"mutation_id": "english-required-001", "type": "update_contact", "args": {"contact_id": "c_maria", "fields": {"cidade": ""}}}]})
    assert english.json()["results"][0]["message"] == "Fill in the required fields: Cidade. Nothing was saved."


def test_filled_the_edit_is_accepted_and_no_longer_required_the_property_may_be_emptied(
        city_and_plan_required, carla, admin):
    assert admin.mutate("update_contact", contact_id="c_maria", fields={"cidade": "  "})["status"] == "refused"
    assert admin.mutate("update_contact", contact_id="c_maria", fields={"cidade": "Santos"})["status"] == "accepted"
    assert admin.mutate("update_contact", contact_id="c_maria", fields={"nps": None})["status"] == "accepted"
    maria = contact(admin, "c_maria")["properties"]
    assert maria["cidade"] == "Santos" and maria.get("nps") is None
    require(carla, "cidade", "Cidade", "text", required=False, order=2)
    assert admin.mutate("update_contact", contact_id="c_maria", fields={"cidade": ""})["status"] == "accepted"
    assert admin.mutate("create_contact", name="Sem cidade", properties={"plano": "Pro"})["status"] == "accepted"


def test_a_contact_from_before_the_property_became_required_is_not_blocked_from_other_edits(
        city_and_plan_required, admin):
    lucia = contact(admin, "c_lucia")
    assert "plano" not in lucia["properties"]  # created before Plano became required
    assert admin.mutate("update_contact", contact_id="c_lucia",
                        fields={"cidade": "Contagem", "email": "lucia@example.com.br"})["status"] == "accepted"
    lucia = contact(admin, "c_lucia")
    assert lucia["properties"]["cidade"] == "Contagem" and lucia["email"] == "lucia@example.com.br"
    # but an edit that touches the missing one must fill it
    assert admin.mutate("update_contact", contact_id="c_lucia", fields={"plano": None})["data"]["missing"] == ["plano"]
    assert admin.mutate("update_contact", contact_id="c_lucia", fields={"plano": "Pro"})["status"] == "accepted"


def test_a_new_contact_without_a_required_property_is_refused_and_not_created(city_and_plan_required, ana):
    refused = ana.mutate("create_contact", id="c_rita", name="Rita Gomes", phone="+55 11 97654-3210",
                         properties={"cidade": "Recife"})
    assert refused["status"] == "refused" and refused["reason"] == "invalid", refused
    assert refused["message"] == "Preencha os campos obrigatórios: Plano. Nada foi salvo."
    assert refused["data"] == {"field": "plano", "missing": ["plano"]}
    none = ana.mutate("create_contact", id="c_rita", name="Rita Gomes")
    assert none["data"]["missing"] == ["plano", "cidade"]
    assert contact(ana, "c_rita") is None
    made = ana.mutate("create_contact", id="c_rita", name="Rita Gomes", phone="+55 11 97654-3210",
                      properties={"cidade": "Recife", "plano": "Pro"})
    assert made["status"] == "accepted", made
    assert contact(ana, "c_rita")["properties"] == {"cidade": "Recife", "plano": "Pro"}
