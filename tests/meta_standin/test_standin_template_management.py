"""The stand-in's template management as Meta's: POST /{waba-id}/message_templates answers
{"id", "status": "PENDING", "category"}; a bad name or a name already in that language is error 100
(2388024) with Meta's words for the person; DELETE ?name= removes every language; approving or
rejecting one sends the signed `message_template_status_update` webhook our parser reads."""
import httpx
import pytest

from rvops_contract.clock import FakeClock
from rvops_meta_standin.testing import WHATSAPP_PATH, standin_rig
from rvops_server.channels import demo_credentials as demo
from rvops_server.channels.whatsapp_webhook import parse_whatsapp_webhook, verify_signature

AUTH = {"Authorization": f"Bearer {demo.ACCESS_TOKEN}"}
PATH = f"/v21.0/{demo.WHATSAPP_WABA_ID}/message_templates"
NEW = {"name": "fatura_disponivel", "language": "pt_BR", "category": "UTILITY",
       "components": [{"type": "BODY", "text": "Olá {{1}}", "example": {"body_text": [["Maria"]]}}]}


@pytest.fixture
async def rig():
    async with standin_rig(clock=FakeClock()) as rig:
        async with httpx.AsyncClient(base_url=rig.url) as http:
            rig.http = http
            yield rig


async def test_a_submitted_template_is_pending_then_approved_by_a_signed_webhook(rig):
    answer = await rig.http.post(PATH, json=NEW, headers=AUTH)
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"id", "status", "category"} and body["status"] == "PENDING" and body["id"].isdigit()
    listed = (await rig.http.get(PATH, headers=AUTH, params={"limit": 100})).json()["data"]
    assert {"name": "fatura_disponivel", "status": "PENDING"}.items() <= next(
        t for t in listed if t["name"] == "fatura_disponivel").items()
    review = await rig.http.post("/_standin/templates/status", json={
        "name": "fatura_disponivel", "language": "pt_BR", "event": "APPROVED"})
    assert review.status_code == 200
    [delivery] = await rig.receiver.wait_for(1, path=WHATSAPP_PATH)
    assert verify_signature(demo.APP_SECRET, delivery.body, delivery.signature)
    [event] = parse_whatsapp_webhook(delivery.payload)
    assert (event.name, event.language, event.status) == ("fatura_disponivel", "pt_BR", "APPROVED")
    assert delivery.payload["entry"][0]["changes"][0]["value"]["message_template_id"] == int(body["id"])


@pytest.mark.parametrize("change, subcode, words", [
    ({"name": "Fatura-Nova"}, None, "lowercase alphanumeric characters and underscores"),
    ({"name": "retomar_atendimento"}, 2388024, "There is already pt_BR content for this template"),
])
async def test_a_bad_or_taken_name_is_error_100_with_meta_s_words(rig, change, subcode, words):
    answer = await rig.http.post(PATH, json={**NEW, **change}, headers=AUTH)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert (error["code"], error["type"], error.get("error_subcode")) == (100, "OAuthException", subcode)
    assert error["message"] == "Invalid parameter" and words in error["error_user_msg"]
    assert error["error_user_title"] and error["fbtrace_id"] and error["is_transient"] is False


async def test_a_template_is_deleted_by_name_and_an_unknown_one_is_refused(rig):
    answer = await rig.http.delete(PATH, params={"name": "welcome_back"}, headers=AUTH)
    assert answer.status_code == 200 and answer.json() == {"success": True}
    assert rig.standin.state.find_template("welcome_back", "en_US") is None
    again = await rig.http.delete(PATH, params={"name": "welcome_back"}, headers=AUTH)
    assert again.status_code == 400 and again.json()["error"]["code"] == 100
    assert (await rig.http.delete(PATH, params={"name": "x"})).status_code == 401  # a token, as always
