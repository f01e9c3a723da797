"""What the server keeps of a customer's message: the JSON-safe structured parts (`payload_of`)."""
import json
from datetime import datetime, timezone

from rvops_meta_standin import payloads as P
from rvops_contract import demo_credentials as demo
from rvops_server.channels.gateway import payload_of
from rvops_server.channels.whatsapp_webhook import parse_whatsapp_webhook

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
WA = dict(waba_id="1", phone_number_id=demo.WHATSAPP_PHONE_NUMBER_ID, display_phone_number="1")
CUSTOMER = "5511988887777"


def event_of(msg_type, body, context=None):
    message = P.wa_message(CUSTOMER, msg_type, body, message_id="wamid.A", timestamp=NOW, context=context)
    return parse_whatsapp_webhook(P.whatsapp_inbound(wa_id=CUSTOMER, profile_name="Maria", message=message, **WA))[0]


def test_payload_keeps_structured_parts():
    contacts = payload_of(event_of("contacts", [P.contact_card("João Lima", "+55 11 9", "55119")]))
    assert contacts["contacts"][0]["phones"] == ["+55 11 9"]
    location = payload_of(event_of("location", P.location_body(-23.5, -46.6, "Loja")))
    assert location["location"]["name"] == "Loja"
    reaction = payload_of(event_of("reaction", P.reaction_body("wamid.OUT", "")))
    assert reaction["reaction"] == {"target_id": "wamid.OUT", "emoji": None}
    json.dumps([contacts, location, reaction])
