"""Agents' WhatsApp messages through the real server to the Meta stand-in: text, media (upload,
then send by id), templates with parameters; statuses coming back; every mapped Meta error
reaching the agent as a failed message with its reason."""
from __future__ import annotations

import base64

import pytest

from rvops_meta_standin import payloads as P
from tests.server.gateways.conftest import message_by_provider_id, wait_for

CUSTOMER = "5511977776666"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def open_conversation(meta, server, admin, wa_id=CUSTOMER) -> str:
    written = meta.customer_whatsapp(wa_id=wa_id, type="text", body=P.text_body("Preciso de ajuda"))
    assert written["webhook_status"] == 200
    return message_by_provider_id(server, "whatsapp", written["id"])["conversation_id"]


def send(admin, conversation_id, **args) -> str:
    result = admin.mutate("send_message", conversation_id=conversation_id, **args)
    assert result["status"] == "accepted", result
    return result["data"]["message_id"]


def message(admin, message_id) -> dict:
    return next((m for m in admin.bootstrap()["messages"] if m["id"] == message_id), {})


def wait_status(admin, message_id, *statuses) -> dict:
    return wait_for(lambda: (m := message(admin, message_id)).get("status") in statuses and m,
                    f"message {message_id} to become {statuses}")


def test_text_is_sent_and_its_statuses_come_back_to_read(server, meta, admin):
    conversation_id = open_conversation(meta, server, admin)
    message_id = send(admin, conversation_id, text="Olá! Como posso ajudar?")
    read = wait_status(admin, message_id, "read")
    sent = meta.standin.state.sent[-1]
    assert sent.provider_message_id == read["provider_id"] and sent.to == CUSTOMER
    assert sent.payload["type"] == "text" and sent.payload["text"]["body"] == "Olá! Como posso ajudar?"


def test_statuses_of_many_messages_arriving_together_each_reach_read(server, meta, admin):
    """Every message sent gets sent, delivered and read back from Meta, many at once under load:
    they may share a transaction; none is lost and none goes backwards."""
    conversation_id = open_conversation(meta, server, admin)
    message_ids = [send(admin, conversation_id, text=f"Resposta {i}") for i in range(8)]
    for message_id in message_ids:
        read = wait_status(admin, message_id, "read")
        assert read["provider_id"]
    statuses = {m["id"]: m["status"] for m in admin.bootstrap()["messages"] if m["id"] in message_ids}
    assert statuses == dict.fromkeys(message_ids, "read")


def test_media_is_uploaded_then_sent_by_id(server, meta, admin):
    conversation_id = open_conversation(meta, server, admin)
    upload = admin.http.post("/api/v1/attachments", files={"file": ("foto.png", PNG, "image/png")})
    assert upload.status_code == 200, upload.text
    message_id = send(admin, conversation_id, text="Segue a foto", attachment_id=upload.json()["id"])
    wait_status(admin, message_id, "sent", "delivered", "read")
    sent = meta.standin.state.sent[-1].payload
    assert sent["type"] == "image" and sent["image"]["caption"] == "Segue a foto"
    assert meta.standin.state.media[sent["image"]["id"]].data == PNG


def test_template_is_sent_with_its_parameters(server, meta, admin):
    conversation_id = open_conversation(meta, server, admin)
    result = admin.mutate("resume", conversation_id=conversation_id, template_name="retomar_atendimento",
                          language="pt_BR", variables=["Rita", "Ana"])
    assert result["status"] == "accepted", result
    wait_status(admin, result["data"]["message_id"], "sent", "delivered", "read")
    template = meta.standin.state.sent[-1].payload["template"]
    assert template["name"] == "retomar_atendimento" and template["language"] == {"code": "pt_BR"}
    assert template["components"] == [{"type": "body", "parameters": [{"type": "text", "text": "Rita"},
                                                                       {"type": "text", "text": "Ana"}]}]


def test_meta_closing_the_window_fails_the_message_and_closes_the_conversation(server, meta, meta_clock, admin):
    conversation_id = open_conversation(meta, server, admin)
    meta_clock.advance(hours=25)  # Meta's clock says the customer wrote more than 24 hours ago
    message_id = send(admin, conversation_id, text="Ainda está aí?")
    failed = wait_status(admin, message_id, "failed")
    assert failed["error_code"] == "window_closed"
    assert "janela de 24 horas" in failed["error_text"] and "24-hour window" not in failed["error_text"]
    conversation = next(c for c in admin.bootstrap()["conversations"] if c["id"] == conversation_id)
    assert conversation["window_closed_by_provider"] is True
    refused = admin.mutate("send_message", conversation_id=conversation_id, text="De novo")
    assert refused["status"] == "refused" and refused["reason"] == "window_closed"
    # By our clock the window is still open: no closing time in the future, Meta's word instead
    assert "A Meta informou" in refused["message"] and "(UTC)" not in refused["message"], refused


MAPPED = [  # Meta's code (subcode, HTTP status) → the reason the agent's failed message carries
    (131026, None, 400, "undeliverable", "Não foi possível entregar"),
    (132001, None, 404, "template_not_found", "modelo não existe"),
    (132000, None, 400, "template_parameters", "variáveis do modelo"),
    (190, 463, 401, "token_expired", "token de acesso"),
    (10, None, 403, "permission_denied", "não tem permissão"),
    (100, None, 400, "invalid_request", "parâmetro inválido"),
    (131053, None, 400, "media_failed", "não conseguiu processar o arquivo"),
    (368, None, 400, "account_problem", "conta comercial"),
    (131000, None, 500, "service_unavailable", "temporariamente indisponível"),
    (999999, None, 400, "unknown", "código 999999"),
    (131047, None, 400, "window_closed", "janela de 24 horas"),  # last: it closes the window
]


def test_each_mapped_meta_error_reaches_the_agent_as_a_failed_message(server, meta, admin):
    conversation_id = open_conversation(meta, server, admin)
    for code, subcode, http_status, reason, sentence in MAPPED:
        meta.inject_error(code, subcode, http_status=http_status)
        message_id = send(admin, conversation_id, text=f"tentativa {code}")
        failed = wait_status(admin, message_id, "failed")
        assert failed["error_code"] == reason, code
        assert sentence in failed["error_text"] and " / " not in failed["error_text"], code  # one language


def sends_with_key(meta, message_id) -> list:
    """What the stand-in accepted carrying this message's idempotency key."""
    return [r for r in meta.standin.state.sent if r.key == message_id]


def queue_rows(server) -> list[dict]:
    import sqlalchemy as sa

    from rvops_server.store import schema as t
    from tests.server.gateways.conftest import rows
    return rows(server, sa.select(t.outbound_sends))


def test_rate_limits_are_retried_durably_as_the_agent_is_told_then_sent_once(server, meta, admin, fake_clock):
    """More 130429 answers than any in-request retry would absorb: the message stays queued with
    "will be retried" while its queue row backs off (on the server's clock), then it is sent once."""
    conversation_id = open_conversation(meta, server, admin)
    meta.inject_error(130429, count=6, http_status=429)
    message_id = send(admin, conversation_id, text="Depois do limite")
    waiting = wait_for(lambda: (m := message(admin, message_id)).get("error_code") == "rate_limited" and m,
                       "the rate limit to reach the agent")
    assert waiting["status"] == "queued" and "será reenviada" in waiting["error_text"]
    assert queue_rows(server)[0]["next_attempt_at"] > fake_clock.now().replace(tzinfo=None)

    def sent():
        fake_clock.advance(seconds=301)  # past the longest back-off: the next attempt is due
        return message(admin, message_id).get("status") in ("sent", "delivered", "read")

    wait_for(sent, "the message to be sent after the rate limits", timeout=30)
    assert meta.standin.state.injected_errors == []
    assert len(sends_with_key(meta, message_id)) == 1
    final = wait_status(admin, message_id, "read")
    assert final["error_code"] is None and final["error_text"] is None
    assert queue_rows(server) == []


def test_a_permanent_error_ends_failed_with_the_reason_and_is_not_retried(server, meta, admin, fake_clock):
    conversation_id = open_conversation(meta, server, admin)
    meta.inject_error(131026, count=1)
    message_id = send(admin, conversation_id, text="Número sem WhatsApp")
    failed = wait_status(admin, message_id, "failed")
    assert failed["error_code"] == "undeliverable" and "Não foi possível entregar" in failed["error_text"]
    assert queue_rows(server) == []
    fake_clock.advance(hours=1)
    meta.drain()
    assert message(admin, message_id)["status"] == "failed" and sends_with_key(meta, message_id) == []


def test_a_send_that_cannot_reach_meta_is_retried_then_sent_once(server, meta, admin, fake_clock):
    """A transport error (Graph unreachable) is retried by the queue, not turned into a failure."""
    conversation_id = open_conversation(meta, server, admin)
    gateway = server.services.meta_gateway
    real_base = gateway.jobs_graph.base_url
    gateway.jobs_graph.base_url = "http://127.0.0.1:9"  # nothing listens there: connection refused
    message_id = send(admin, conversation_id, text="Sem rede")
    waiting = wait_for(lambda: (m := message(admin, message_id)).get("error_code") and m, "the transport error")
    assert waiting["status"] == "queued" and waiting["error_code"] == "service_unavailable"
    gateway.jobs_graph.base_url = real_base

    def sent():
        fake_clock.advance(seconds=301)
        return message(admin, message_id).get("status") in ("sent", "delivered", "read")

    wait_for(sent, "the message to be sent once Meta is reachable", timeout=30)
    assert len(sends_with_key(meta, message_id)) == 1


def test_a_send_still_refused_after_a_day_of_retries_ends_failed_saying_so(server, meta, admin, fake_clock):
    conversation_id = open_conversation(meta, server, admin)
    meta.inject_error(130429, count=100_000, http_status=429)
    message_id = send(admin, conversation_id, text="Limite o dia todo")
    wait_for(lambda: message(admin, message_id).get("error_code") == "rate_limited", "a rate-limited attempt")
    fake_clock.advance(hours=25)
    failed = wait_status(admin, message_id, "failed")
    assert failed["error_code"] == "retries_exhausted" and "24 horas de novas tentativas" in failed["error_text"]
    assert "será reenviada" not in failed["error_text"] and queue_rows(server) == []
    meta.standin.state.injected_errors.clear()
