"""WhatsApp Cloud API webhooks: handshake, signature and every inbound type Meta sends."""
import json
from datetime import datetime, timezone

import pytest

from rvops_contract.wire import Channel, MessageKind, MessageStatus
from rvops_meta_standin import payloads as P
from rvops_server.channels.events import (
    InboundMessage,
    ProviderError,
    StatusUpdate,
    TemplateStatusUpdate,
    WebhookError,
)
from rvops_server.channels.whatsapp_webhook import (
    load_json,
    parse_whatsapp_webhook,
    verify_signature,
    verify_subscription,
)

SECRET = "demo-app-secret"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
WA = dict(waba_id="15550009999", phone_number_id="15550001111", display_phone_number="15550001111")


def inbound(msg_type, body, *, context=None, wa_id="5511988887777", name="Maria Souza"):
    message = P.wa_message(wa_id, msg_type, body, message_id="wamid.IN1", timestamp=NOW, context=context)
    return P.whatsapp_inbound(wa_id=wa_id, profile_name=name, message=message, **WA)


def only(payload) -> InboundMessage:
    (event,) = parse_whatsapp_webhook(payload)
    assert isinstance(event, InboundMessage)
    return event


# ---- authentication ---------------------------------------------------------------------------
def test_signature_checks_the_exact_raw_body():
    body, headers = P.signed_request(inbound("text", P.text_body("oi")), SECRET)
    header = headers["X-Hub-Signature-256"]
    assert verify_signature(SECRET, body, header)
    assert verify_signature(SECRET, body, header.upper().replace("SHA256=", "sha256="))
    assert not verify_signature(SECRET, body + b" ", header)
    assert not verify_signature("other-secret", body, header)
    assert not verify_signature(SECRET, body, None)
    assert not verify_signature(SECRET, body, "")
    assert not verify_signature(SECRET, body, header.removeprefix("sha256="))
    assert not verify_signature(SECRET, body, "sha256=ção")  # non-ASCII never raises


def test_subscription_handshake():
    ok = {"hub.mode": "subscribe", "hub.verify_token": "demo-verify-token", "hub.challenge": "1158201444"}
    assert verify_subscription(ok, "demo-verify-token") == "1158201444"
    assert verify_subscription({**ok, "hub.verify_token": "wrong"}, "demo-verify-token") is None
    assert verify_subscription({**ok, "hub.mode": "unsubscribe"}, "demo-verify-token") is None
    assert verify_subscription(ok, "") is None


# ---- inbound message types ----------------------------------------------------------------------
def test_text_with_profile_name_and_time():
    event = only(inbound("text", P.text_body("Olá, quero um orçamento")))
    assert event.channel is Channel.WHATSAPP and event.kind is MessageKind.TEXT
    assert event.text == "Olá, quero um orçamento"
    assert event.provider_message_id == "wamid.IN1"
    assert event.from_id == "5511988887777" and event.customer_id == "5511988887777"
    assert event.to_id == "15550001111" and event.profile_name == "Maria Souza"
    assert event.timestamp == NOW and event.opens_window and not event.forwarded


@pytest.mark.parametrize("media_type, extra", [
    ("image", dict(caption="foto do produto")),
    ("video", dict(caption="vídeo")),
    ("document", dict(caption="contrato", filename="contrato.pdf")),
    ("sticker", dict(animated=False)),
    ("audio", dict(voice=False)),
])
def test_media_types(media_type, extra):
    body = P.media_body("1037543291543636", "image/jpeg", "abc123==", **extra)
    event = only(inbound(media_type, body))
    assert event.kind is MessageKind.MEDIA
    assert event.media.media_type == media_type and event.media.id == "1037543291543636"
    assert event.media.mime_type == "image/jpeg" and event.media.sha256 == "abc123=="
    assert event.media.caption == extra.get("caption") and event.text == extra.get("caption")
    assert event.media.filename == extra.get("filename")


def test_voice_note():
    event = only(inbound("audio", P.media_body("777", "audio/ogg; codecs=opus", "h", voice=True)))
    assert event.media.voice and event.media.media_type == "audio"


def test_location():
    event = only(inbound("location", P.location_body(-23.5614, -46.6559, "Loja Paulista", "Av. Paulista, 1000")))
    assert event.kind is MessageKind.LOCATION
    assert event.location.latitude == pytest.approx(-23.5614)
    assert event.text == "Loja Paulista, Av. Paulista, 1000"


def test_contacts():
    cards = [P.contact_card("João Lima", "+55 11 91234-5678", "5511912345678"),
             P.contact_card("Ana Reis", "+55 21 99999-0000")]
    event = only(inbound("contacts", cards))
    assert event.kind is MessageKind.CONTACTS
    assert [c.name for c in event.contacts] == ["João Lima", "Ana Reis"]
    assert event.contacts[0].wa_ids == ("5511912345678",) and event.contacts[1].wa_ids == ()
    assert event.text == "João Lima, Ana Reis"


@pytest.mark.parametrize("reply_type, description", [("button_reply", None), ("list_reply", "Entrega amanhã")])
def test_interactive_replies(reply_type, description):
    event = only(inbound("interactive", P.interactive_body(reply_type, "opt-1", "Sim", description),
                         context={"from": "15550001111", "id": "wamid.OUT9"}))
    assert event.kind is MessageKind.INTERACTIVE
    assert event.interactive.type == reply_type and event.interactive.id == "opt-1"
    assert event.interactive.title == "Sim" and event.interactive.description == description
    assert event.reply_to_provider_id == "wamid.OUT9"


def test_template_quick_reply_button():
    event = only(inbound("button", P.button_body("confirmar", "Confirmar pedido"),
                         context={"from": "15550001111", "id": "wamid.TPL"}))
    assert event.kind is MessageKind.INTERACTIVE and event.interactive.type == "button"
    assert event.interactive.id == "confirmar" and event.text == "Confirmar pedido"


def test_reaction_and_unreaction():
    event = only(inbound("reaction", P.reaction_body("wamid.OUT1", "👍")))
    assert event.kind is MessageKind.REACTION
    assert event.reaction.target_id == "wamid.OUT1" and event.reaction.emoji == "👍"
    removed = only(inbound("reaction", P.reaction_body("wamid.OUT1", "")))
    assert removed.reaction.emoji is None and removed.text is None


def test_reply_context_and_forwarded_flags():
    reply = only(inbound("text", P.text_body("isso"), context={"from": "15550001111", "id": "wamid.OUT2"}))
    assert reply.reply_to_provider_id == "wamid.OUT2" and not reply.forwarded
    fwd = only(inbound("text", P.text_body("olha"), context={"forwarded": True}))
    assert fwd.forwarded and not fwd.frequently_forwarded and fwd.reply_to_provider_id is None
    many = only(inbound("image", P.media_body("1", "image/jpeg", "h"),
                        context={"forwarded": True, "frequently_forwarded": True}))
    assert many.forwarded and many.frequently_forwarded


def test_unsupported_and_unknown_types_are_shown_not_crashed():
    event = only(inbound("unsupported", P.unsupported_errors()))
    assert event.kind is MessageKind.UNSUPPORTED
    assert event.unsupported_reason == "Message type is currently not supported."
    future = only(inbound("hologram", {"x": 1}))
    assert future.kind is MessageKind.UNSUPPORTED and "hologram" in future.unsupported_reason


def test_documented_payload_literally():
    """The text example of Meta's reference, byte for byte as a server would receive it."""
    raw = b'''{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":
    {"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",
    "phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Sheena Nelson"},
    "wa_id":"16505551234"}],"messages":[{"from":"16505551234",
    "id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=","timestamp":"1749416383",
    "type":"text","text":{"body":"Does it come in another color?"}}]},"field":"messages"}]}]}'''
    event = only(load_json(raw))
    assert event.text == "Does it come in another color?" and event.profile_name == "Sheena Nelson"
    assert event.timestamp == datetime.fromtimestamp(1749416383, tz=timezone.utc)


# ---- statuses, template updates, errors ---------------------------------------------------------
@pytest.mark.parametrize("status", ["sent", "delivered", "read"])
def test_status_updates(status):
    payload = P.whatsapp_status(message_id="wamid.OUT1", recipient_id="5511988887777", status=status,
                                timestamp=NOW, **WA)
    (event,) = parse_whatsapp_webhook(payload)
    assert isinstance(event, StatusUpdate)
    assert event.status is MessageStatus(status) and event.provider_message_id == "wamid.OUT1"
    assert event.recipient_id == "5511988887777" and not event.closes_window


def test_failed_status_with_window_closed():
    error = P.whatsapp_error(131047, "Re-engagement message",
                             "Message failed to send because more than 24 hours have passed since the "
                             "customer last replied to this number.")
    payload = P.whatsapp_status(message_id="wamid.OUT1", recipient_id="5511988887777", status="failed",
                                timestamp=NOW, error=error, **WA)
    (event,) = parse_whatsapp_webhook(payload)
    assert event.status is MessageStatus.FAILED and event.error_code == 131047
    assert event.error_title == "Re-engagement message" and "24 hours" in event.error_detail
    assert event.closes_window


def test_failed_status_other_error_does_not_close_window():
    error = P.whatsapp_error(131026, "Message undeliverable", "Unable to deliver")
    payload = P.whatsapp_status(message_id="wamid.X", recipient_id="1", status="failed", timestamp=NOW,
                                error=error, **WA)
    (event,) = parse_whatsapp_webhook(payload)
    assert event.error_code == 131026 and not event.closes_window


def test_template_status_update():
    payload = P.template_status_update(waba_id="15550009999", template_id="594425479261596",
                                       name="retomar_atendimento", language="pt_BR", event="REJECTED",
                                       reason="INCORRECT_CATEGORY", category="UTILITY", time=NOW)
    (event,) = parse_whatsapp_webhook(payload)
    assert isinstance(event, TemplateStatusUpdate)
    assert (event.name, event.language, event.status, event.reason) == (
        "retomar_atendimento", "pt_BR", "REJECTED", "INCORRECT_CATEGORY")
    assert event.template_id == "594425479261596" and event.waba_id == "15550009999"
    approved = P.template_status_update(waba_id="1", template_id="2", name="n", language="en_US",
                                        event="APPROVED", time=NOW)
    assert parse_whatsapp_webhook(approved)[0].reason is None


def test_system_level_errors():
    value = {"messaging_product": "whatsapp", "metadata": P.whatsapp_metadata("1", "1"),
             "errors": [P.whatsapp_error(130429, "Rate limit hit", "Cloud API message throughput reached")]}
    (event,) = parse_whatsapp_webhook(P.whatsapp_envelope("9", value))
    assert isinstance(event, ProviderError) and event.code == 130429


def test_ignored_account_fields():
    assert parse_whatsapp_webhook(P.whatsapp_envelope("9", {"event": "x"}, field="account_update")) == []


# ---- malformed deliveries -----------------------------------------------------------------------
@pytest.mark.parametrize("raw", [b"", b"{", b"\xff\xfe", b"not json"])
def test_malformed_json(raw):
    with pytest.raises(WebhookError):
        load_json(raw)


@pytest.mark.parametrize("payload", [
    [], "text", {"object": "page", "entry": []}, {"object": "whatsapp_business_account"},
    {"object": "whatsapp_business_account", "entry": {}},
    {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": []}]}]},
    {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {}}]}]},
    {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "nope", "value": {}}]}]},
    {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages",
                                                                    "value": {"messages": [{"id": "x"}]}}]}]},
    {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {
        "messages": [{"id": "x", "from": "1", "type": "text", "timestamp": "soon", "text": {"body": "a"}}]}}]}]},
    {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {
        "messages": [{"id": "x", "from": "1", "type": "location", "timestamp": "1", "location": {}}]}}]}]},
    {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {
        "statuses": [{"id": "x", "status": "teleported", "timestamp": "1"}]}}]}]},
])
def test_unknown_shapes_are_webhook_errors_not_crashes(payload):
    with pytest.raises(WebhookError):
        parse_whatsapp_webhook(json.loads(json.dumps(payload)))


def test_a_bare_reaction_does_not_reopen_the_window():
    assert not only(inbound("reaction", P.reaction_body("wamid.OUT1", "👍"))).opens_window
    assert only(inbound("image", P.media_body("1", "image/jpeg", "h"))).opens_window
