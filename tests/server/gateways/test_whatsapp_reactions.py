"""Issue 15 #14: the agent reacts to a customer's WhatsApp message; the reaction reaches Meta as
Meta sends reactions (type `reaction`, the customer's wamid), its statuses come back, a new one
replaces the earlier, and what cannot be reacted to is refused with a sentence."""
from __future__ import annotations

from rvops_meta_standin import payloads as P
from tests.server.gateways.conftest import message_by_provider_id
from tests.server.gateways.test_whatsapp_sending import message, wait_status

CUSTOMER = "5511977775555"


def test_a_reaction_reaches_the_customer_and_a_new_one_replaces_it(server, meta, admin):
    written = meta.customer_whatsapp(wa_id=CUSTOMER, type="text", body=P.text_body("Chegou o pedido!"))
    theirs = message_by_provider_id(server, "whatsapp", written["id"])
    conversation_id = theirs["conversation_id"]

    first = admin.mutate("react", conversation_id=conversation_id, target_id=theirs["id"], emoji="👍")
    assert first["status"] == "accepted", first
    sent = wait_status(admin, first["data"]["message_id"], "delivered", "read")
    assert sent["kind"] == "reaction" and sent["direction"] == "outbound"
    wire = meta.standin.state.sent[-1].payload
    assert wire["type"] == "reaction" and wire["reaction"] == {"message_id": written["id"], "emoji": "👍"}
    assert wire["to"] == CUSTOMER and wire["biz_opaque_callback_data"] == first["data"]["message_id"]

    second = admin.mutate("react", conversation_id=conversation_id, target_id=theirs["id"], emoji="❤️")
    assert second["status"] == "accepted", second
    wait_status(admin, second["data"]["message_id"], "delivered", "read")
    assert meta.standin.state.sent[-1].payload["reaction"]["emoji"] == "❤️"
    assert message(admin, first["data"]["message_id"]) == {}  # replaced: one reaction per agent and message
    conversation = next(c for c in admin.bootstrap()["conversations"] if c["id"] == conversation_id)
    assert conversation["last_message_preview"] == "Chegou o pedido!"  # a reaction is no new last message


def test_what_cannot_be_reacted_to_is_refused_with_a_reason(server, meta, admin):
    written = meta.customer_whatsapp(wa_id="5511977775556", type="text", body=P.text_body("Oi"))
    theirs = message_by_provider_id(server, "whatsapp", written["id"])
    conversation_id = theirs["conversation_id"]
    note = admin.mutate("add_note", conversation_id=conversation_id, text="só para agentes")["data"]["message_id"]
    refused = admin.mutate("react", conversation_id=conversation_id, target_id=note, emoji="👍")
    assert refused["status"] == "refused" and refused["reason"] == "invalid" and "conversa" in refused["message"]
    elsewhere = admin.mutate("react", conversation_id=conversation_id, target_id="not-a-message", emoji="👍")
    assert elsewhere["status"] == "refused" and elsewhere["reason"] == "invalid"
    empty = admin.mutate("react", conversation_id=conversation_id, target_id=theirs["id"], emoji="")
    assert empty["status"] == "refused"
