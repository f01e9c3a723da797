"""The Meta stand-in over real HTTP: Graph API wire format, tokens, 24-hour rule, signed webhooks."""
import base64
import hashlib
from datetime import timedelta

import httpx
import pytest

from rvops_contract.clock import FakeClock
from rvops_meta_standin.testing import INSTAGRAM_PATH, WHATSAPP_PATH, standin_rig
from rvops_contract import demo_credentials as demo
from rvops_server.channels.instagram_webhook import parse_instagram_webhook
from rvops_server.channels.whatsapp_webhook import load_json, parse_whatsapp_webhook, verify_signature

AUTH = {"Authorization": f"Bearer {demo.ACCESS_TOKEN}"}
V = "v21.0"
CUSTOMER = "5511988887777"


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
async def rig(clock):
    async with standin_rig(clock=clock) as rig:
        async with httpx.AsyncClient(base_url=rig.url) as http:
            rig.http = http
            yield rig


async def customer_writes(rig, text="Oi, tudo bem?"):
    answer = await rig.http.post("/_standin/whatsapp/inbound", json={
        "wa_id": CUSTOMER, "profile_name": "Maria", "type": "text", "body": {"body": text}})
    assert answer.status_code == 200
    return answer.json()


def send_text(to=CUSTOMER, body="Olá! Como posso ajudar?"):
    return {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, "type": "text",
            "text": {"preview_url": False, "body": body}}


def statuses(webhooks):
    return [e.status.value for w in webhooks for e in parse_whatsapp_webhook(w.payload)]


async def test_inbound_message_arrives_signed_and_parseable(rig):
    sent = await customer_writes(rig, "Quero saber do meu pedido")
    assert sent["id"].startswith("wamid.") and sent["webhook_status"] == 200
    (hook,) = await rig.receiver.wait_for(1, path=WHATSAPP_PATH)
    assert verify_signature(demo.APP_SECRET, hook.body, hook.signature)
    assert not verify_signature("wrong", hook.body, hook.signature)
    (event,) = parse_whatsapp_webhook(load_json(hook.body))
    assert event.text == "Quero saber do meu pedido" and event.provider_message_id == sent["id"]
    assert event.from_id == CUSTOMER and event.profile_name == "Maria"
    assert hook.payload["entry"][0]["id"] == demo.WHATSAPP_WABA_ID


async def test_send_answers_like_meta_then_status_webhooks_in_order(rig):
    await customer_writes(rig)
    answer = await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", json=send_text(), headers=AUTH)
    assert answer.status_code == 200
    body = answer.json()
    assert body["messaging_product"] == "whatsapp"
    assert body["contacts"] == [{"input": CUSTOMER, "wa_id": CUSTOMER}]
    wamid = body["messages"][0]["id"]
    assert wamid.startswith("wamid.")
    hooks = (await rig.receiver.wait_for(4, path=WHATSAPP_PATH))[1:]
    assert statuses(hooks) == ["sent", "delivered", "read"]
    for hook in hooks:
        assert verify_signature(demo.APP_SECRET, hook.body, hook.signature)
        assert parse_whatsapp_webhook(hook.payload)[0].provider_message_id == wamid


async def test_window_closed_after_24_hours_fails_with_131047(rig, clock):
    await customer_writes(rig)
    clock.advance(hours=24, seconds=1)
    answer = await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", json=send_text(), headers=AUTH)
    assert answer.status_code == 200  # Meta accepts, then fails by webhook
    hooks = await rig.receiver.wait_for(2, path=WHATSAPP_PATH)
    (event,) = parse_whatsapp_webhook(hooks[1].payload)
    assert event.status.value == "failed" and event.error_code == 131047 and event.closes_window
    assert hooks[1].payload["entry"][0]["changes"][0]["value"]["statuses"][0]["errors"][0]["title"] == \
        "Re-engagement message"


async def test_never_wrote_means_window_closed_but_templates_pass(rig):
    await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", json=send_text(), headers=AUTH)
    template = {"messaging_product": "whatsapp", "to": CUSTOMER, "type": "template", "template": {
        "name": "retomar_atendimento", "language": {"code": "pt_BR"}, "components": [
            {"type": "body", "parameters": [{"type": "text", "text": "Maria"}, {"type": "text", "text": "Ana"}]}]}}
    answer = await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", json=template, headers=AUTH)
    assert answer.json()["messages"][0]["message_status"] == "accepted"
    hooks = await rig.receiver.wait_for(4, path=WHATSAPP_PATH)
    assert sorted(statuses(hooks)) == ["delivered", "failed", "read", "sent"]
    await rig.standin.drain()
    assert [r.outcome for r in rig.standin.state.sent] == ["failed:131047", "delivered"]


@pytest.mark.parametrize("components, code", [
    ([{"type": "body", "parameters": [{"type": "text", "text": "Maria"}]}], 132000),
    (None, 132000),
])
async def test_template_parameter_mismatch(rig, components, code):
    template = {"name": "retomar_atendimento", "language": {"code": "pt_BR"}}
    if components:
        template["components"] = components
    answer = await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", headers=AUTH, json={
        "messaging_product": "whatsapp", "to": CUSTOMER, "type": "template", "template": template})
    assert answer.status_code == 400 and answer.json()["error"]["code"] == code


@pytest.mark.parametrize("name, language", [("nao_existe", "pt_BR"), ("retomar_atendimento", "en_US"),
                                            ("promocao_relampago", "pt_BR")])
async def test_unknown_or_unapproved_template(rig, name, language):
    answer = await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", headers=AUTH, json={
        "messaging_product": "whatsapp", "to": CUSTOMER, "type": "template",
        "template": {"name": name, "language": {"code": language}}})
    assert answer.json()["error"]["code"] == 132001


@pytest.mark.parametrize("headers, subcode", [({}, None), ({"Authorization": "Bearer nope"}, None),
                                              ({"Authorization": "Bearer old-token"}, 463)])
async def test_bad_or_expired_token_is_190_oauth_exception(clock, headers, subcode):
    async with standin_rig(clock=clock, expired_tokens=frozenset({"old-token"})) as rig:
        async with httpx.AsyncClient(base_url=rig.url) as http:
            answer = await http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", json=send_text(),
                                     headers=headers)
    assert answer.status_code == 401
    error = answer.json()["error"]
    assert error["code"] == 190 and error["type"] == "OAuthException"
    assert error.get("error_subcode") == subcode and error["fbtrace_id"].startswith("A")
    assert set(error) <= {"message", "type", "code", "error_subcode", "error_data", "fbtrace_id"}


async def test_meta_error_shape_for_bad_requests(rig):
    answer = await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", headers=AUTH,
                                 json={"to": CUSTOMER, "type": "text", "text": {"body": "x"}})
    error = answer.json()["error"]
    assert answer.status_code == 400 and error["code"] == 100
    assert error["error_data"]["messaging_product"] == "whatsapp"
    answer = await rig.http.post(f"/{V}/999/messages", headers=AUTH, json=send_text())
    assert answer.json()["error"]["error_subcode"] == 33
    answer = await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", headers=AUTH,
                                 content=b"{not json")
    assert answer.status_code == 400 and answer.json()["error"]["code"] == 100


async def test_media_upload_then_metadata_then_authenticated_download(rig):
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(200))
    answer = await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/media", headers=AUTH,
                                 data={"messaging_product": "whatsapp", "type": "image/png"},
                                 files={"file": ("foto.png", data, "image/png")})
    media_id = answer.json()["id"]
    info = (await rig.http.get(f"/{V}/{media_id}", headers=AUTH)).json()
    assert set(info) == {"url", "mime_type", "sha256", "file_size", "id", "messaging_product"}
    assert info["id"] == media_id and info["file_size"] == len(data) and info["mime_type"] == "image/png"
    assert info["sha256"] == base64.b64encode(hashlib.sha256(data).digest()).decode()
    assert (await rig.http.get(info["url"])).status_code == 401
    download = await rig.http.get(info["url"], headers=AUTH)
    assert download.content == data and download.headers["content-type"] == "image/png"
    missing = await rig.http.get(f"/{V}/123", headers=AUTH)
    assert missing.json()["error"]["code"] == 100


async def test_templates_are_paged(rig):
    names, url, pages = [], f"/{V}/{demo.WHATSAPP_WABA_ID}/message_templates?limit=4", 0
    while url:
        page = (await rig.http.get(url, headers=AUTH)).json()
        names += [t["name"] for t in page["data"]]
        url = page.get("paging", {}).get("next")
        pages += 1
    assert pages == 2 and len(names) == len(set(names)) == len(rig.standin.state.templates)
    assert {"name", "language", "status", "category", "id", "components"} <= set(page["data"][0])


async def test_instagram_send_window_and_echo(rig, clock):
    customer = "6543210987654321"
    send = {"recipient": {"id": customer}, "message": {"text": "Oi! Posso ajudar?"}}
    refused = await rig.http.post(f"/{V}/me/messages", json=send, headers=AUTH)
    error = refused.json()["error"]
    assert (error["code"], error["error_subcode"]) == (10, 2534022)
    written = (await rig.http.post("/_standin/instagram/inbound", json={"sender_id": customer,
                                                                        "text": "Oi"})).json()
    answer = await rig.http.post(f"/{V}/me/messages", json=send, headers=AUTH)
    assert answer.status_code == 200
    assert answer.json()["recipient_id"] == customer and answer.json()["message_id"]
    hooks = await rig.receiver.wait_for(2, path=INSTAGRAM_PATH)
    assert all(verify_signature(demo.APP_SECRET, h.body, h.signature) for h in hooks)
    inbound, echo = (parse_instagram_webhook(h.payload)[0] for h in hooks)
    assert inbound.provider_message_id == written["id"] and not inbound.is_echo
    assert echo.is_echo and echo.provider_message_id == answer.json()["message_id"] and echo.customer_id == customer
    clock.advance(hours=25)
    assert (await rig.http.post(f"/{V}/me/messages", json=send, headers=AUTH)).json()["error"]["code"] == 10


async def test_injected_rate_limit(rig):
    await customer_writes(rig)
    await rig.http.post("/_standin/errors", json={"code": 130429, "message": "Rate limit hit", "count": 1})
    first = await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", json=send_text(), headers=AUTH)
    assert first.json()["error"]["code"] == 130429
    second = await rig.http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", json=send_text(), headers=AUTH)
    assert second.status_code == 200


async def test_undeliverable_number(clock):
    async with standin_rig(clock=clock, undeliverable_numbers=frozenset({"5500000000000"})) as rig:
        await rig.standin.customer_writes_whatsapp(wa_id="5500000000000", profile_name="X", body={"body": "a"})
        async with httpx.AsyncClient(base_url=rig.url) as http:
            await http.post(f"/{V}/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages", json=send_text("5500000000000"),
                            headers=AUTH)
        hooks = await rig.receiver.wait_for(2, path=WHATSAPP_PATH)
    assert parse_whatsapp_webhook(hooks[1].payload)[0].error_code == 131026


async def test_template_status_webhook(rig):
    answer = await rig.http.post("/_standin/templates/status", json={
        "name": "pesquisa_satisfacao", "language": "pt_BR", "event": "APPROVED"})
    assert answer.json()["webhook_status"] == 200
    (hook,) = await rig.receiver.wait_for(1, path=WHATSAPP_PATH)
    (event,) = parse_whatsapp_webhook(hook.payload)
    assert event.name == "pesquisa_satisfacao" and event.status == "APPROVED"


async def test_clock_drives_the_window_exactly(rig, clock):
    await customer_writes(rig)
    clock.advance(hours=23, minutes=59)
    assert rig.standin.state.window_open("whatsapp", CUSTOMER)
    clock.advance(minutes=1)
    assert not rig.standin.state.window_open("whatsapp", CUSTOMER)
    assert clock.now() - rig.standin.state.last_inbound[("whatsapp", CUSTOMER)] == timedelta(hours=24)
