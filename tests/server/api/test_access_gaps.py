"""What an agent reaches beyond their conversations: calls logged only where they may see, call ids
never taken over, replies quoting only their own conversation, a bootstrap and a feed holding only
the contacts and calls they may see, and another team's hidden notes kept out of the history."""
import pytest

from tests.support.servers import Agent


@pytest.fixture
def agents(live_server):
    made = {who: Agent(live_server.url, f"{who}@demo.rvops") for who in ("ana", "bruno", "carla")}
    yield made
    for agent in made.values():
        agent.close()


def call(id_, **extra):
    return dict(id=id_, direction="outbound", number="+5531991234567", started_at="2026-01-05T12:00:00Z",
                duration_seconds=30, outcome="answered", **extra)


def _call_lines(agent, conversation_id):
    return [m for m in agent.bootstrap()["messages"] if m["conversation_id"] == conversation_id and m["kind"] == "call"]


def test_log_call_is_refused_in_a_conversation_or_for_a_contact_the_agent_cannot_see(agents):
    ana, bruno, carla = agents["ana"], agents["bruno"], agents["carla"]
    assert bruno.mutate("claim", conversation_id="cv_lucia")["status"] == "accepted"
    refused = ana.mutate("log_call", **call("call-ana-1", contact_id="c_lucia", conversation_id="cv_lucia"))
    assert refused["status"] == "refused" and refused["reason"] == "forbidden", refused
    assert ana.mutate("log_call", **call("call-ana-2", contact_id="c_lucia"))["reason"] == "forbidden"
    assert _call_lines(carla, "cv_lucia") == []
    assert {c["id"] for c in carla.bootstrap()["calls"]} == set()
    assert bruno.mutate("log_call", **call("call-bruno-1", contact_id="c_lucia", conversation_id="cv_lucia"))[
        "status"] == "accepted"
    assert [m["payload"]["call_id"] for m in _call_lines(carla, "cv_lucia")] == ["call-bruno-1"]


def test_another_agents_call_id_is_refused_not_reused(agents):
    ana, bruno, carla = agents["ana"], agents["bruno"], agents["carla"]
    assert ana.mutate("log_call", **call("call-7", contact_id="c_maria", conversation_id="cv_maria"))["status"] \
        == "accepted"
    taken = bruno.mutate("log_call", **call("call-7"))
    assert taken["status"] == "refused" and taken["reason"] == "conflict", taken
    assert ana.mutate("log_call", **call("call-7", contact_id="c_maria", conversation_id="cv_maria"))["status"] \
        == "accepted"  # her own retry: the same call, once
    [stored] = [c for c in carla.bootstrap()["calls"] if c["id"] == "call-7"]
    assert (stored["agent_id"], stored["conversation_id"]) == ("u_ana", "cv_maria")
    assert len(_call_lines(carla, "cv_maria")) == 1


def test_a_reply_may_quote_only_a_message_of_its_own_conversation(agents):
    ana, bruno = agents["ana"], agents["bruno"]
    assert bruno.mutate("claim", conversation_id="cv_lucia")["status"] == "accepted"
    lucia_message = next(m["id"] for m in bruno.bootstrap()["messages"] if m["conversation_id"] == "cv_lucia")
    before = ana.bootstrap()
    refused = ana.mutate("send_message", conversation_id="cv_maria", text="Veja isto", reply_to_id=lucia_message)
    assert refused["status"] == "refused" and refused["reason"] == "invalid", refused
    assert refused["data"] == {"field": "reply_to_id"} and refused["message"].endswith(".")
    assert ana.mutate("send_message", conversation_id="cv_maria", text="x", reply_to_id="nao-existe")["reason"] \
        == "invalid"
    assert ana.changes(before["cursor"])["changes"] == []
    maria_message = next(m["id"] for m in before["messages"] if m["conversation_id"] == "cv_maria")
    quoted = ana.mutate("send_message", conversation_id="cv_maria", text="Sobre isto", reply_to_id=maria_message)
    assert quoted["status"] == "accepted", quoted


def _ids(payload, collection):
    return {r["id"] for r in payload[collection]}


def test_the_bootstrap_and_the_feed_hold_only_the_contacts_and_calls_an_agent_may_see(agents):
    ana, bruno, carla = agents["ana"], agents["bruno"], agents["carla"]
    assert ana.mutate("log_call", **call("call-maria", contact_id="c_maria", conversation_id="cv_maria"))[
        "status"] == "accepted"
    assert ana.mutate("log_call", **call("call-ana-free"))["status"] == "accepted"
    assert bruno.mutate("log_call", **call("call-bruno-free"))["status"] == "accepted"

    # ana sees her conversations (maria, joão, pedro) and the queue (lúcia); bruno the queue and joão, his own
    assert _ids(ana.bootstrap(), "contacts") == {"c_maria", "c_joao", "c_pedro", "c_lucia"}
    seen_by_bruno = bruno.bootstrap()
    assert _ids(seen_by_bruno, "contacts") == {"c_joao", "c_lucia"}
    assert _ids(carla.bootstrap(), "contacts") == {"c_maria", "c_joao", "c_pedro", "c_lucia", "c_fernanda"}
    assert _ids(ana.bootstrap(), "calls") == {"call-maria", "call-ana-free"}
    assert _ids(seen_by_bruno, "calls") == {"call-bruno-free"}
    assert _ids(carla.bootstrap(), "calls") == {"call-maria", "call-ana-free", "call-bruno-free"}

    # the feed follows the same rule: nothing of fernanda's or of ana's own calls reaches bruno…
    assert carla.mutate("update_contact", contact_id="c_fernanda", fields={"cidade": "Curitiba"})["status"] \
        == "accepted"
    assert ana.mutate("log_call", **call("call-ana-later"))["status"] == "accepted"
    assert ana.mutate("update_contact", contact_id="c_maria", fields={"cidade": "Santos"})["status"] == "accepted"
    quiet = bruno.changes(seen_by_bruno["cursor"])["changes"]
    assert {(c["collection"], c["id"]) for c in quiet if c["collection"] in ("contacts", "calls")} == set()

    # …until maria's conversation is transferred to him: then her contact and its calls arrive
    assert ana.mutate("transfer", conversation_id="cv_maria", to_user_id="u_bruno")["status"] == "accepted"
    arrived = bruno.changes(seen_by_bruno["cursor"])["changes"]
    got = {(c["collection"], c["id"]) for c in arrived if c["collection"] in ("contacts", "calls")}
    assert got == {("contacts", "c_maria"), ("calls", "call-maria")}
    maria = next(c["record"] for c in arrived if c["collection"] == "contacts")
    assert maria["properties"]["cidade"] == "Santos"
    assert {"c_maria"} <= _ids(bruno.bootstrap(), "contacts") and "call-maria" in _ids(bruno.bootstrap(), "calls")


def test_deals_companies_and_tasks_follow_their_contact(agents):
    """Maria's deal, company and task reach only those who may see her (or own the deal, or have the
    task); bruno gets them when her conversation is transferred to him."""
    ana, bruno, carla = agents["ana"], agents["bruno"], agents["carla"]
    assert carla.mutate("create_task", id="tk_bruno", contact_id="c_maria", title="Ajudar a Ana",
                        assignee_id="u_bruno")["status"] == "accepted"
    seen = bruno.bootstrap()
    assert (_ids(seen, "deals"), _ids(seen, "companies"), _ids(seen, "tasks")) == (set(), set(), {"tk_bruno"})
    assert (_ids(ana.bootstrap(), "deals"), _ids(ana.bootstrap(), "companies")) == ({"d_maria_pro"}, {"co_acme"})
    assert ana.mutate("create_deal", id="d_nova", contact_id="c_maria", title="Nova", value=1)["status"] == "accepted"
    quiet = bruno.changes(seen["cursor"])["changes"]
    assert {(c["collection"], c["id"]) for c in quiet if c["collection"] in ("deals", "companies", "tasks")} == set()
    assert ana.mutate("transfer", conversation_id="cv_maria", to_user_id="u_bruno")["status"] == "accepted"
    arrived = bruno.changes(seen["cursor"])["changes"]
    got = {(c["collection"], c["id"]) for c in arrived if c["collection"] in ("deals", "companies", "tasks")}
    assert got == {("deals", "d_maria_pro"), ("deals", "d_nova"), ("companies", "co_acme"), ("tasks", "tk_ligar"),
                   ("tasks", "tk_bruno")}


def test_a_new_conversation_announces_its_contact_to_those_who_now_see_it(agents, live_server):
    """Lúcia's conversation closes; when she writes again, her new queue conversation brings her
    contact to an agent who never saw her."""
    ana, bruno, carla = agents["ana"], agents["bruno"], agents["carla"]
    assert carla.mutate("claim", conversation_id="cv_lucia")["status"] == "accepted"
    assert carla.mutate("close", conversation_id="cv_lucia")["status"] == "accepted"
    seen = bruno.bootstrap()
    assert "c_lucia" not in _ids(seen, "contacts")
    from rvops_server.domain.inbound import Inbound, ingest
    with live_server.services.store.write() as uow:
        ingest(uow, live_server.services.router, Inbound(
            channel="whatsapp", sender="+5531991234567", provider_id="wamid.lucia.again", kind="text",
            text="Voltei!", profile_name="Lúcia"), live_server.services.clock.now())
    arrived = bruno.changes(seen["cursor"])["changes"]
    assert ("contacts", "c_lucia") in {(c["collection"], c["id"]) for c in arrived}


def _note_texts(agent, contact_id):
    history = agent.http.get(f"/api/v1/contacts/{contact_id}/history").raise_for_status().json()
    return [m["text"] for c in history["conversations"] for m in c["messages"] if m["kind"] == "note"]


def test_the_history_keeps_other_teams_hidden_notes_out(agents):
    ana, carla = agents["ana"], agents["carla"]
    assert ana.mutate("add_note", conversation_id="cv_maria", text="Passando para o Suporte")["status"] == "accepted"
    assert ana.mutate("transfer", conversation_id="cv_maria", to_team_id="t_suporte")["status"] == "accepted"
    assert carla.mutate("claim", conversation_id="cv_maria")["status"] == "accepted"
    assert carla.mutate("add_note", conversation_id="cv_maria", text="Estorno interno aprovado")["status"] \
        == "accepted"
    assert carla.mutate("close", conversation_id="cv_maria")["status"] == "accepted"
    # ana still reads maria's history (her earlier conversation), but not the Suporte team's note
    assert _note_texts(ana, "c_maria") == ["Passando para o Suporte"]
    assert _note_texts(carla, "c_maria") == ["Passando para o Suporte", "Estorno interno aprovado"]
