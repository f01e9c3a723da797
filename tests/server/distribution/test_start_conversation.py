"""Closing frees the contact for a new outbound (active) conversation (S10)."""
import pytest

from tests.server.distribution.routing_kit import customer_writes
from tests.support.servers import Agent


@pytest.fixture
def ana(live_server):
    agent = Agent(live_server.url, "ana@demo.rvops")
    yield agent
    agent.close()


@pytest.fixture
def bruno(live_server):
    agent = Agent(live_server.url, "bruno@demo.rvops")
    yield agent
    agent.close()


def start(agent, contact_id="c_maria", template="retomar_atendimento", variables=("Maria", "a proposta")):
    return agent.mutate("start_conversation", contact_id=contact_id, template_name=template, language="pt_BR",
                        variables=list(variables))


def test_a_contact_in_service_is_not_free_until_closed(live_server, ana, bruno):
    mine = start(ana)
    assert mine["reason"] == "conflict" and mine["data"]["conversation_id"] == "cv_maria"
    busy = start(bruno)
    assert busy["reason"] == "conflict" and "Ana Souza" in busy["message"]
    assert ana.mutate("close", conversation_id="cv_maria")["status"] == "accepted"
    started = start(bruno)
    assert started["status"] == "accepted", started
    snapshot = bruno.bootstrap()
    conv = next(c for c in snapshot["conversations"] if c["id"] == started["data"]["conversation_id"])
    assert conv["assignee_id"] == "u_bruno" and conv["contact_id"] == "c_maria" and conv["status"] == "open"
    template = next(m for m in snapshot["messages"] if m["id"] == started["data"]["message_id"])
    assert template["kind"] == "template" and "Maria" in template["text"]
    again = start(ana)
    assert again["reason"] == "conflict" and "Bruno Lima" in again["message"]


def test_the_new_conversation_stays_locked_until_the_contact_writes(live_server, bruno):
    started = start(bruno, contact_id="c_fernanda", variables=("Fernanda", "seu pedido"))
    assert started["status"] == "accepted", started
    cid = started["data"]["conversation_id"]
    refused = bruno.mutate("send_message", conversation_id=cid, text="Oi?")
    assert refused["reason"] == "window_closed" and "template" in refused["message"]
    customer_writes(live_server, sender="+5541987651234", text="Oi, pode falar!")
    assert bruno.mutate("send_message", conversation_id=cid, text="Oi Fernanda!")["status"] == "accepted"


def test_only_approved_templates_and_known_contacts(bruno):
    assert start(bruno, contact_id="c_fernanda", template="promocao_black_friday",
                 variables=("Fernanda",))["reason"] == "template_not_approved"
    assert start(bruno, contact_id="nobody")["reason"] == "not_found"
    assert start(bruno, contact_id="c_pedro")["reason"] == "invalid"  # Instagram-only: no WhatsApp phone
