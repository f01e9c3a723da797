"""Contact mutations need the contact to be visible to the agent (a conversation they see, owning
it, or see-all), and a contact in an open conversation keeps its phone unless see-all changes it."""
import pytest

from tests.support.servers import Agent

CHANGES = [
    ("update_contact", dict(fields={"phone": "+5511911112222"})),
    ("update_contact", dict(fields={"name": "Pague aqui"})),
    ("create_deal", dict(title="Desvio", value=1)),
    ("create_task", dict(title="Desvio")),
    ("create_company", dict(name="Desvio ME")),
]


@pytest.fixture
def agents(live_server):
    made = {who: Agent(live_server.url, f"{who}@demo.rvops") for who in ("ana", "bruno", "carla")}
    yield made
    for agent in made.values():
        agent.close()


def _contact(agent, contact_id):
    return next(c for c in agent.bootstrap()["contacts"] if c["id"] == contact_id)


@pytest.mark.parametrize("kind, args", CHANGES, ids=[f"{k}-{i}" for i, (k, _a) in enumerate(CHANGES)])
def test_an_agent_cannot_change_a_customer_another_agent_serves(agents, kind, args):
    ana, bruno, carla = agents["ana"], agents["bruno"], agents["carla"]
    assert bruno.mutate("claim", conversation_id="cv_lucia")["status"] == "accepted"
    before = _contact(carla, "c_lucia")
    result = ana.mutate(kind, contact_id="c_lucia", **args)
    assert result["status"] == "refused" and result["reason"] == "forbidden", result
    assert result["message"].endswith(".") and result["cursor"] is None
    assert _contact(carla, "c_lucia") == before
    linked = [r for c in ("deals", "tasks", "companies") for r in carla.bootstrap()[c] if r["contact_id"] == "c_lucia"]
    assert linked == []


def test_the_serving_agent_the_owner_and_see_all_may_change_a_contact(agents):
    """Fernanda has no owner and no conversation: only see-all reaches her until she is ana's."""
    ana, bruno, carla = agents["ana"], agents["bruno"], agents["carla"]
    refused = ana.mutate("update_contact", contact_id="c_fernanda", fields={"cidade": "Curitiba"})
    assert refused["reason"] == "forbidden"
    assert carla.mutate("update_contact", contact_id="c_fernanda", fields={"owner_id": "u_ana"})["status"] == "accepted"
    assert ana.mutate("update_contact", contact_id="c_fernanda", fields={"cidade": "Curitiba"})["status"] == "accepted"
    assert ana.mutate("create_deal", contact_id="c_fernanda", title="Plano Pro", value=90)["status"] == "accepted"
    assert bruno.mutate("claim", conversation_id="cv_lucia")["status"] == "accepted"
    assert bruno.mutate("update_contact", contact_id="c_lucia", fields={"cidade": "Contagem"})["status"] == "accepted"
    assert bruno.mutate("create_task", contact_id="c_lucia", title="Retornar")["status"] == "accepted"
    assert carla.mutate("update_contact", contact_id="c_lucia", fields={"nps": 8})["status"] == "accepted"
    assert _contact(carla, "c_lucia")["properties"] == {"cidade": "Contagem", "nps": 8}


def test_a_phone_change_during_an_open_conversation_needs_see_all(agents):
    ana, bruno, carla = agents["ana"], agents["bruno"], agents["carla"]
    assert bruno.mutate("claim", conversation_id="cv_lucia")["status"] == "accepted"
    refused = bruno.mutate("update_contact", contact_id="c_lucia", fields={"phone": "+5511911112222"})
    assert refused["status"] == "refused" and refused["reason"] == "forbidden", refused
    assert "supervisor" in refused["message"] and refused["data"] == {"field": "phone"}
    same = bruno.mutate("update_contact", contact_id="c_lucia", fields={"phone": "+5531991234567", "cidade": "BH"})
    assert same["status"] == "accepted"  # the number it already has is no change
    assert carla.mutate("update_contact", contact_id="c_lucia", fields={"phone": "+5511911112222"})["status"] \
        == "accepted"
    assert _contact(carla, "c_lucia")["phone"] == "+5511911112222"
    assert bruno.mutate("close", conversation_id="cv_lucia")["status"] == "accepted"
    # closed: the next conversation opens with whatever number the contact has then
    assert bruno.mutate("update_contact", contact_id="c_lucia", fields={"phone": "+5511933334444"})["status"] \
        == "accepted"
