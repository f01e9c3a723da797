"""A reply goes to the number the conversation opened with, even after the contact's phone is
changed mid-conversation (a supervisor correcting it): nobody redirects a customer's replies.
A conversation opened later goes to the number the contact has then."""
from __future__ import annotations

from tests.server.gateways.test_whatsapp_sending import open_conversation, send, wait_status

CUSTOMER = "5511966665555"


def test_a_reply_goes_to_the_number_the_conversation_opened_with(server, meta, admin):
    conversation_id = open_conversation(meta, server, admin, wa_id=CUSTOMER)
    contact_id = next(c for c in admin.bootstrap()["conversations"] if c["id"] == conversation_id)["contact_id"]
    changed = admin.mutate("update_contact", contact_id=contact_id, fields={"phone": "+5511900001111"})
    assert changed["status"] == "accepted", changed
    message_id = send(admin, conversation_id, text="Seu código de acesso é 482913")
    wait_status(admin, message_id, "sent", "delivered", "read")
    sent = [s for s in meta.standin.state.sent if s.payload.get("type") == "text"]
    assert [(s.to, s.payload["text"]["body"]) for s in sent] == [(CUSTOMER, "Seu código de acesso é 482913")]

    assert admin.mutate("close", conversation_id=conversation_id)["status"] == "accepted"
    started = admin.mutate("start_conversation", contact_id=contact_id, template_name="retomar_atendimento",
                           language="pt_BR", variables=["Rita", "o pedido"])
    assert started["status"] == "accepted", started
    wait_status(admin, started["data"]["message_id"], "sent", "delivered", "read")
    assert meta.standin.state.sent[-1].to == "5511900001111"
