"""The glue the routes call: events → storable fields, sends with the attachment rules first."""
import json
from datetime import datetime, timezone

import pytest

from rvops_contract.clock import FakeClock
from rvops_meta_standin import payloads as P
from rvops_meta_standin.testing import standin_rig
from rvops_server.channels import demo_credentials as demo
from rvops_server.channels.gateway import (
    OutgoingFile,
    SendRefused,
    inbound_fields,
    send_instagram,
    send_whatsapp,
    send_whatsapp_template,
    status_fields,
    sync_templates,
)
from rvops_server.channels.graph_client import GraphClient
from rvops_server.channels.whatsapp_webhook import parse_whatsapp_webhook

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
WA = dict(waba_id="1", phone_number_id=demo.WHATSAPP_PHONE_NUMBER_ID, display_phone_number="1")
CUSTOMER = "5511988887777"
PHONE = demo.WHATSAPP_PHONE_NUMBER_ID


def event_of(msg_type, body, context=None):
    message = P.wa_message(CUSTOMER, msg_type, body, message_id="wamid.A", timestamp=NOW, context=context)
    return parse_whatsapp_webhook(P.whatsapp_inbound(wa_id=CUSTOMER, profile_name="Maria", message=message, **WA))[0]


def test_inbound_fields_for_a_voice_note_are_json_safe():
    fields = inbound_fields(event_of("audio", P.media_body("77", "audio/ogg", "h", voice=True),
                                     context={"from": PHONE, "id": "wamid.Q"}))
    assert fields["channel"] == "whatsapp" and fields["sender"] == CUSTOMER and fields["kind"] == "media"
    assert fields["provider_id"] == "wamid.A" and fields["reply_to_provider_id"] == "wamid.Q"
    assert fields["attachments"][0]["provider_media_id"] == "77" and fields["attachments"][0]["voice"]
    assert fields["sent_at"] == NOW
    json.dumps({k: v for k, v in fields.items() if k != "sent_at"})


def test_payload_keeps_structured_parts():
    contacts = inbound_fields(event_of("contacts", [P.contact_card("João Lima", "+55 11 9", "55119")]))
    assert contacts["payload"]["contacts"][0]["phones"] == ["+55 11 9"]
    location = inbound_fields(event_of("location", P.location_body(-23.5, -46.6, "Loja")))
    assert location["payload"]["location"]["name"] == "Loja"
    reaction = inbound_fields(event_of("reaction", P.reaction_body("wamid.OUT", "")))
    assert reaction["payload"]["reaction"] == {"target_id": "wamid.OUT", "emoji": None}
    json.dumps([contacts["payload"], location["payload"], reaction["payload"]])


def test_status_fields():
    payload = P.whatsapp_status(message_id="wamid.O", recipient_id=CUSTOMER, status="failed", timestamp=NOW,
                                error=P.whatsapp_error(131047, "Re-engagement message", "24 hours"), **WA)
    fields = status_fields(parse_whatsapp_webhook(payload)[0])
    assert fields == {"channel": "whatsapp", "provider_id": "wamid.O", "status": "failed", "error_code": "131047",
                      "error_text": "Re-engagement message — 24 hours"}


@pytest.fixture
async def rig():
    async with standin_rig(clock=FakeClock()) as rig:
        async with GraphClient(demo.ACCESS_TOKEN, base_url=rig.url) as graph:
            rig.graph = graph
            yield rig


async def test_send_whatsapp_file_checks_rules_then_uploads(rig):
    await rig.standin.customer_writes_whatsapp(wa_id=CUSTOMER, profile_name="M", body={"body": "oi"})
    sent = await send_whatsapp(rig.graph, PHONE, CUSTOMER, text="Segue",
                               file=OutgoingFile(b"a,b\n1,2\n", "text/csv", "lista.csv"))
    record = rig.standin.state.sent[-1]
    assert record.type == "document" and record.payload["document"]["filename"] == "lista.csv"
    assert sent.provider_message_id == record.provider_message_id
    with pytest.raises(SendRefused) as too_big:
        await send_whatsapp(rig.graph, PHONE, CUSTOMER, file=OutgoingFile(b"x" * (5 * 1024 * 1024 + 1), "image/png"))
    assert too_big.value.code == "too_large" and len(rig.standin.state.media) == 1  # nothing uploaded


async def test_send_instagram_refuses_pdf_and_maps_window(rig):
    with pytest.raises(SendRefused) as pdf:
        await send_instagram(rig.graph, "65", file=OutgoingFile(b"%PDF", "application/pdf"), file_url="http://x")
    assert pdf.value.sentence_pt == "PDF só pode ser enviado no WhatsApp."
    with pytest.raises(SendRefused) as closed:
        await send_instagram(rig.graph, "65", text="oi")
    assert closed.value.code == "window_closed" and closed.value.meta_code == 10


async def test_template_send_and_sync(rig):
    with pytest.raises(SendRefused) as wrong:
        await send_whatsapp_template(rig.graph, PHONE, CUSTOMER, "retomar_atendimento", "pt_BR", ["só um"])
    assert wrong.value.code == "template_parameters"
    await send_whatsapp_template(rig.graph, PHONE, CUSTOMER, "retomar_atendimento", "pt_BR", ["Maria", "Ana"])
    records = await sync_templates(rig.graph, demo.WHATSAPP_WABA_ID)
    first = next(r for r in records if r["name"] == "retomar_atendimento")
    assert first["variables"] == ["1", "2"] and first["status"] == "APPROVED" and "{{1}}" in first["body"]
