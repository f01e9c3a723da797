"""How new conversations are distributed (S2), changed by a supervisor from the keyboard of a real X
display: with the demo's manual method a new WhatsApp customer waits in the queue; Carla opens
Settings (Ctrl+,), picks "The least busy agent" for the workspace (Alt+W, T, ↓), and the
next new customer's conversation is assigned at once to the least busy agent who is online — her,
the only one at a desk — and her inbox says so. Customers write through Meta's signed webhooks."""
from __future__ import annotations

from datetime import UTC, datetime

import httpx

from rvops_contract import demo_credentials as demo
from rvops_meta_standin import payloads as P
from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.waiting import wait_until


def writes_in(server, wa_id: str, name: str, text: str) -> None:
    message = P.wa_message(wa_id, "text", P.text_body(text), message_id=f"wamid.distribution.{wa_id}",
                           timestamp=datetime.now(UTC))
    payload = P.whatsapp_inbound(wa_id=wa_id, profile_name=name, message=message, waba_id=demo.WHATSAPP_WABA_ID,
                                 phone_number_id=demo.WHATSAPP_PHONE_NUMBER_ID,
                                 display_phone_number=demo.WHATSAPP_DISPLAY_PHONE_NUMBER)
    body, headers = P.signed_request(payload, demo.APP_SECRET)
    assert httpx.post(f"{server.url}/webhooks/whatsapp", content=body, headers=headers, timeout=15).status_code == 200


def conversation_of(server, name: str) -> dict:
    with server.api("carla@demo.rvops") as carla:
        def look():
            bootstrap = carla.get("/api/v1/sync/bootstrap").raise_for_status().json()
            contact = next((c for c in bootstrap["contacts"] if c["name"] == name), None)
            found = contact and next((c for c in bootstrap["conversations"] if c["contact_id"] == contact["id"]), None)
            if not found:
                pause(0.2)
            return found
        return wait_until(look, 30, f"{name}'s conversation on the server")


def test_a_supervisor_switches_to_least_busy_and_the_next_customer_is_assigned_at_once(desk, server):
    app = desk.launch("--language", "en")
    window = sign_in(desk, server, "carla@demo.rvops")
    app.wait_log(r"connection: online")

    writes_in(server, "5511912340001", "Rafael Gomes", "Oi, queria saber do plano Pro")
    rafael = conversation_of(server, "Rafael Gomes")
    assert rafael["assignee_id"] is None   # manual: in the queue, for anyone to claim
    app.wait_log(r"notification shown: New conversation in the queue")

    desk.focus(window)
    desk.key("ctrl+comma")
    settings = desk.wait_window("^Settings$", 15)
    desk.focus(settings)
    desk.key("alt+w")
    desk.type("T")   # "The contact's owner": on the way, not applied
    desk.key("Down")   # "The least busy agent", applied once the choice settles
    app.wait_log(r"settings: set_distribution_method applied")
    with server.api("carla@demo.rvops") as carla:
        assert carla.get("/api/v1/sync/bootstrap").json()["workspace"][0]["distribution_method"] == "least_busy"
    desk.key("Escape")
    desk.wait_no_window("^Settings$")
    assert app.text().count("settings: set_distribution_method applied") == 1   # not once for "owner" on the way

    writes_in(server, "5511912340002", "Sofia Martins", "Boa tarde, preciso de uma segunda via")
    sofia = conversation_of(server, "Sofia Martins")
    assert sofia["assignee_id"] == "u_carla"   # the least busy agent online: the one at her desk
    app.wait_log(rf"notice assigned for {sofia['id']}")
    quit_with_ctrl_q(desk, app, window)
