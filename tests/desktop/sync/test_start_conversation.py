"""Starting an outbound conversation from the client (S10): optimistic, then the server's decision."""
from __future__ import annotations

from tests.desktop.sync.syncrig import eventually


async def test_a_started_conversation_shows_at_once_and_stays_when_accepted(server, clients):
    bruno = await clients(server.url, "bruno@demo.rvops")
    await bruno.engine.wait_idle(15)
    pending = bruno.actions.start_conversation("c_fernanda", "retomar_atendimento", "pt_BR", ["Fernanda", "seu pedido"])
    cid, mid = pending.args["conversation_id"], pending.args["message_id"]
    assert bruno.replica.store.conversation(cid).assignee_id == "u_bruno"  # before the server answers
    await bruno.engine.wait_idle(15)
    assert bruno.replica.outbox.pending_count() == 0 and not bruno.replica.outbox.refusals()
    assert bruno.replica.store.conversation(cid).status == "open"
    message = bruno.replica.store.message(mid)
    assert message.kind == "template" and "Fernanda" in message.text


async def test_a_contact_in_service_refuses_and_the_optimistic_conversation_goes_away(server, clients):
    bruno = await clients(server.url, "bruno@demo.rvops")
    await bruno.engine.wait_idle(15)
    notices = []
    bruno.engine.on_refusal(notices.append)
    pending = bruno.actions.start_conversation("c_maria", "retomar_atendimento", "pt_BR", ["Maria", "a proposta"])
    await eventually(lambda: notices)
    await bruno.engine.wait_idle(15)
    assert bruno.replica.store.conversation(pending.args["conversation_id"]) is None
    assert notices[0].reason == "conflict" and "Ana Souza" in notices[0].message
