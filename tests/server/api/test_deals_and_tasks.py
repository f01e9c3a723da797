"""Deals move along the pipeline and tasks get ticked, by who may see their contact; an unknown
stage is refused with the reason."""
import pytest

from tests.support.servers import Agent


@pytest.fixture
def agents(live_server):
    made = {name: Agent(live_server.url, f"{name}@demo.rvops") for name in ("ana", "bruno")}
    yield made
    for agent in made.values():
        agent.close()


def deal(agent, deal_id):
    return next(d for d in agent.bootstrap()["deals"] if d["id"] == deal_id)


def test_a_deal_moves_stage_and_a_task_is_ticked(agents):
    ana = agents["ana"]
    assert ana.mutate("update_deal", id="d_maria_pro", stage="negotiation", value=15000)["status"] == "accepted"
    moved = deal(ana, "d_maria_pro")
    assert (moved["stage"], moved["value"]) == ("negotiation", 15000)
    task_id = next(t["id"] for t in ana.bootstrap()["tasks"] if t["contact_id"] == "c_maria")
    assert ana.mutate("update_task", id=task_id, done=True)["status"] == "accepted"
    assert next(t for t in ana.bootstrap()["tasks"] if t["id"] == task_id)["done"] is True


def test_an_unknown_stage_or_someone_elses_contact_is_refused(agents):
    ana, bruno = agents["ana"], agents["bruno"]
    refused = ana.mutate("update_deal", id="d_maria_pro", stage="quase_la")
    assert refused["status"] == "refused" and refused["reason"] == "invalid" and refused["data"]["field"] == "stage"
    assert refused["message"] == 'Valor inválido para "stage": uma etapa do funil.'
    ana.http.headers["accept-language"] = "en"  # what the value must be is said in the reader's language too
    in_english = ana.mutate("update_deal", id="d_maria_pro", stage="quase_la")
    assert in_english["message"] == 'Invalid value for "stage": a stage of the pipeline.'
    del ana.http.headers["accept-language"]
    assert ana.mutate("create_deal", contact_id="c_maria", title="X", stage="quase_la")["reason"] == "invalid"
    not_his = bruno.mutate("update_deal", id="d_maria_pro", stage="won")
    assert not_his["status"] == "refused" and not_his["reason"] == "forbidden"
    assert deal(ana, "d_maria_pro")["stage"] == "proposta"
    assert ana.mutate("update_task", id="nope", done=True)["reason"] == "not_found"
