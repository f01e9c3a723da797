"""The 24-hour window (S11) enforced by the server with a fake clock, and resuming by template."""
from datetime import timedelta

from rvops_contract.clock import to_iso
from tests.server.distribution.routing_kit import conversation, customer_writes

INSTAGRAM_PEDRO = "17841400000000101"


def _claimed_whatsapp_conversation(server, agent, phone="+5511955550001"):
    first = customer_writes(server, sender=phone, text="Oi, tudo bem?")
    assert agent.mutate("claim", conversation_id=first.conversation_id)["status"] == "accepted"
    return first.conversation_id, server.services.clock.now()


def test_free_form_messages_until_24_hours_after_the_last_inbound(live_server, ana):
    clock = live_server.services.clock
    conversation_id, last_inbound = _claimed_whatsapp_conversation(live_server, ana)
    clock.set(last_inbound + timedelta(hours=23, minutes=59, seconds=59))
    inside = ana.mutate("send_message", conversation_id=conversation_id, text="Ainda dá tempo")
    assert inside["status"] == "accepted"  # and our own message does not extend the window:
    clock.set(last_inbound + timedelta(hours=24, seconds=1))
    outside = ana.mutate("send_message", conversation_id=conversation_id, text="Tarde demais")
    assert outside["status"] == "refused" and outside["reason"] == "window_closed"
    assert outside["data"]["closes_at"] == to_iso(last_inbound + timedelta(hours=24))
    assert "24 horas" in outside["message"] and "template" in outside["message"]


def test_resume_sends_only_an_approved_template_and_stays_locked_until_the_contact_writes(live_server, ana):
    clock = live_server.services.clock
    conversation_id, last_inbound = _claimed_whatsapp_conversation(live_server, ana, "+5511955550002")
    clock.set(last_inbound + timedelta(hours=30))

    pending = ana.mutate("resume", conversation_id=conversation_id, template_name="promocao_black_friday",
                         language="pt_BR", variables=["Maria"])
    assert pending["reason"] == "template_not_approved" and "PENDING" in pending["message"]
    paused = ana.mutate("resume", conversation_id=conversation_id, template_name="pesquisa_nps", language="pt_BR")
    assert paused["reason"] == "template_not_approved" and "PAUSED" in paused["message"]
    unknown = ana.mutate("resume", conversation_id=conversation_id, template_name="nao_existe", language="pt_BR")
    assert unknown["reason"] == "template_not_approved" and "não existe" in unknown["message"]
    short = ana.mutate("resume", conversation_id=conversation_id, template_name="retomar_atendimento",
                       language="pt_BR", variables=["Maria"])
    assert short["reason"] == "invalid" and "2" in short["message"]

    sent = ana.mutate("resume", conversation_id=conversation_id, template_name="retomar_atendimento",
                      language="pt_BR", variables=["Maria", "seu pedido"])
    assert sent["status"] == "accepted"
    message = next(m for m in ana.bootstrap()["messages"] if m["id"] == sent["data"]["message_id"])
    assert message["kind"] == "template"
    assert message["text"] == "Olá Maria! Podemos continuar seu atendimento sobre seu pedido?"
    assert ana.mutate("send_message", conversation_id=conversation_id, text="E aí?")["reason"] == "window_closed"

    clock.advance(minutes=10)
    customer_writes(live_server, sender="+5511955550002", text="Oi, pode falar")  # the contact writes again
    assert ana.mutate("send_message", conversation_id=conversation_id, text="Que bom!")["status"] == "accepted"
    assert conversation(live_server, conversation_id)["last_inbound_at"] is not None


def test_instagram_cannot_be_resumed_and_unlocks_when_the_contact_writes(live_server, ana):
    # cv_pedro (Instagram, ana's) last heard from the contact 26 hours ago
    refused = ana.mutate("resume", conversation_id="cv_pedro", template_name="retomar_atendimento",
                         language="pt_BR", variables=["Pedro", "o plano"])
    assert refused["reason"] == "window_closed" and "Instagram" in refused["message"]
    assert "escrever" in refused["message"]
    english = ana.http.post("/api/v1/sync/mutations", headers={"accept-language": "en"}, json={"mutations": [
        {"mutation_id": "ig-resume-en-1", "type": "send_message",
         "args": {"conversation_id": "cv_pedro", "text": "hello"}}]}).json()["results"][0]
    assert english["reason"] == "window_closed" and "write again" in english["message"]
    customer_writes(live_server, channel="instagram", sender=INSTAGRAM_PEDRO, text="Oi de novo")
    assert ana.mutate("send_message", conversation_id="cv_pedro", text="Olá, Pedro!")["status"] == "accepted"


def test_webchat_has_no_window(live_server, ana):
    first = customer_writes(live_server, channel="webchat", text="Oi pelo site")
    assert ana.mutate("claim", conversation_id=first.conversation_id)["status"] == "accepted"
    live_server.services.clock.advance(days=3)
    assert ana.mutate("send_message", conversation_id=first.conversation_id, text="Oi!")["status"] == "accepted"
    refused = ana.mutate("resume", conversation_id=first.conversation_id, template_name="retomar_atendimento",
                         language="pt_BR", variables=["a", "b"])
    assert refused["reason"] == "invalid"
