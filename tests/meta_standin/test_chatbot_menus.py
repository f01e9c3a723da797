"""Interactive menus at the stand-in: WhatsApp reply buttons and lists and Instagram quick
replies are accepted in Graph's exact format and refused with Meta's error otherwise; customers
(and the simulator) answer them with button_reply / list_reply / quick_reply webhooks, signed."""
from datetime import timedelta

import httpx
import pytest

from rvops_contract.clock import FakeClock
from rvops_meta_standin.simulator import CustomerSimulator
from rvops_meta_standin.testing import INSTAGRAM_PATH, WHATSAPP_PATH, standin_rig
from rvops_contract import demo_credentials as demo
from rvops_server.channels.graph_client import GraphClient
from rvops_server.channels.instagram_webhook import parse_instagram_webhook
from rvops_server.channels.whatsapp_webhook import parse_whatsapp_webhook, verify_signature
from rvops_server.chatbot.native import instagram_quick_replies, whatsapp_interactive

AUTH = {"Authorization": f"Bearer {demo.ACCESS_TOKEN}"}
V = "v21.0"
CUSTOMER = "5511988887777"
IG_CUSTOMER = "6500000000000001"
BUTTONS = {"style": "button", "options": [{"id": "vendas", "title": "Vendas"}, {"id": "suporte", "title": "Suporte"}]}


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
async def rig(clock):
    async with standin_rig(clock=clock) as rig, httpx.AsyncClient(base_url=rig.url) as http:
        rig.http = http
        await http.post("/_standin/whatsapp/inbound", json={"wa_id": CUSTOMER, "profile_name": "Maria",
                                                            "type": "text", "body": {"body": "Oi"}})
        yield rig


def send(interactive):
    return {"messaging_product": "whatsapp", "recipient_type": "individual", "to": CUSTOMER, "type": "interactive",
            "interactive": interactive}


async def post(rig, body):
    return await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", json=body, headers=AUTH)


async def test_reply_buttons_and_lists_in_graph_format_are_accepted(rig):
    assert (await post(rig, send(whatsapp_interactive("Escolha:", BUTTONS)))).status_code == 200
    rows = [{"id": f"o{i}", "title": f"Opção {i}", "description": "Detalhe"} for i in range(10)]
    listed = whatsapp_interactive("Escolha:", {"style": "list", "list_button": "Ver opções", "options": rows})
    assert (await post(rig, send(listed))).status_code == 200
    assert [s.payload["interactive"]["type"] for s in rig.standin.state.sent] == ["button", "list"]


@pytest.mark.parametrize("broken, param", [
    ({"type": "button", "body": {"text": "x"}, "action": {"buttons": [
        {"type": "reply", "reply": {"id": f"b{i}", "title": "B"}} for i in range(4)]}}, "interactive.action.buttons"),
    ({"type": "button", "body": {"text": "x"}, "action": {"buttons": [
        {"type": "reply", "reply": {"id": "b", "title": "x" * 21}}]}}, "interactive.action.buttons[0].reply.title"),
    ({"type": "button", "action": {"buttons": [{"type": "reply", "reply": {"id": "b", "title": "B"}}]}},
     "interactive.body.text"),
    ({"type": "list", "body": {"text": "x"}, "action": {"button": "Ver", "sections": [{"rows": [
        {"id": f"r{i}", "title": "R"} for i in range(11)]}]}}, "interactive.action.sections"),
    ({"type": "list", "body": {"text": "x"}, "action": {"button": "Ver", "sections": [{"rows": [
        {"id": "r", "title": "y" * 25}]}]}}, "interactive.action.sections.rows[0].title"),
    ({"type": "carousel", "body": {"text": "x"}, "action": {}}, "interactive.type"),
])
async def test_malformed_interactive_sends_are_refused_as_meta_does(rig, broken, param):
    answer = await post(rig, send(broken))
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == 100 and error["type"] == "OAuthException" and error["message"].startswith("(#100)")
    assert error["error_data"]["details"] == param and error["fbtrace_id"]
    assert rig.standin.state.sent == []


async def test_instagram_quick_replies_are_checked(rig):
    await rig.http.post("/_standin/instagram/inbound", json={"sender_id": IG_CUSTOMER, "text": "Oi"})
    async with GraphClient(demo.ACCESS_TOKEN, base_url=rig.url) as graph:
        await graph.send_instagram_quick_replies(IG_CUSTOMER, "Escolha:", instagram_quick_replies(BUTTONS))
    assert rig.standin.state.sent[-1].payload["message"]["quick_replies"][0] == {
        "content_type": "text", "title": "Vendas", "payload": "vendas"}
    too_many = [{"content_type": "text", "title": f"Q{i}", "payload": f"q{i}"} for i in range(14)]
    answer = await rig.http.post(f"/{V}/me/messages", headers=AUTH, json={
        "recipient": {"id": IG_CUSTOMER}, "message": {"text": "Escolha:", "quick_replies": too_many}})
    assert answer.status_code == 400 and answer.json()["error"]["code"] == 100


async def test_customers_tap_buttons_lists_and_quick_replies_over_signed_webhooks(rig):
    await rig.http.post("/_standin/whatsapp/inbound", json={
        "wa_id": CUSTOMER, "profile_name": "Maria", "type": "interactive",
        "body": {"type": "list_reply", "list_reply": {"id": "o2", "title": "Opção 2", "description": "Detalhe"}}})
    await rig.http.post("/_standin/instagram/inbound", json={
        "sender_id": IG_CUSTOMER, "text": "Vendas", "quick_reply_payload": "vendas"})
    whatsapp = (await rig.receiver.wait_for(2, path=WHATSAPP_PATH))[-1]
    assert verify_signature(demo.APP_SECRET, whatsapp.body, whatsapp.signature)
    (tap,) = parse_whatsapp_webhook(whatsapp.payload)
    assert (tap.interactive.type, tap.interactive.id, tap.interactive.title) == ("list_reply", "o2", "Opção 2")
    instagram = (await rig.receiver.wait_for(1, path=INSTAGRAM_PATH))[-1]
    (quick,) = parse_instagram_webhook(instagram.payload)
    assert (quick.interactive.type, quick.interactive.id, quick.text) == ("quick_reply", "vendas", "Vendas")


async def test_the_simulated_customer_answers_a_menu_by_tapping_an_option(rig, clock):
    sim = CustomerSimulator(rig.url, seed=1, clock=clock, max_customers=1, reply_after=timedelta(0))
    await sim.step()
    customer = sim.customers[0]
    async with GraphClient(demo.ACCESS_TOKEN, base_url=rig.url) as graph:
        if customer.channel == "whatsapp":
            await graph.send_interactive(demo.WHATSAPP_PHONE_NUMBER_ID, customer.customer_id,
                                         whatsapp_interactive("Escolha:", BUTTONS))
        else:
            await graph.send_instagram_quick_replies(customer.customer_id, "Escolha:",
                                                     instagram_quick_replies(BUTTONS))
    (reply,) = await sim.step()  # learns of the menu and answers at once
    assert reply.what == "reply"
    path = WHATSAPP_PATH if customer.channel == "whatsapp" else INSTAGRAM_PATH
    hook = next(h for h in reversed(rig.receiver.received) if h.path == path
                and reply.message_id in h.body.decode())
    parser = parse_whatsapp_webhook if customer.channel == "whatsapp" else parse_instagram_webhook
    (event,) = parser(hook.payload)
    assert event.interactive is not None and event.interactive.id in {"vendas", "suporte"}
    await sim.aclose()
