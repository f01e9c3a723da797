"""The stand-in's template management as Meta's: POST /{waba-id}/message_templates answers
{"id", "status": "PENDING", "category"}; a bad name or a name already in that language is error 100
(2388024) with Meta's words for the person; DELETE ?name= removes every language; approving or
rejecting one sends the signed `message_template_status_update` webhook our parser reads."""
import httpx
import pytest

from rvops_contract.clock import FakeClock
from rvops_meta_standin.testing import WHATSAPP_PATH, standin_rig
from rvops_contract import demo_credentials as demo
from rvops_server.channels.whatsapp_webhook import parse_whatsapp_webhook, verify_signature

AUTH = {"Authorization": f"Bearer {demo.ACCESS_TOKEN}"}
PATH = f"/v21.0/{demo.WHATSAPP_WABA_ID}/message_templates"
NEW = {"name": "fatura_disponivel", "language": "pt_BR", "category": "UTILITY",
       "components": [{"type": "BODY", "text": "Olá {{1}}", "example": {"body_text": [["Maria"]]}}]}


@pytest.fixture
async def rig():
    async with standin_rig(clock=FakeClock()) as rig, httpx.AsyncClient(base_url=rig.url) as http:
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


# ---- header, footer and buttons (issue 16): Meta's limits on submission, its parameters on sends ----
RICH = {"name": "pedido_enviado", "language": "pt_BR", "category": "UTILITY", "components": [
    {"type": "HEADER", "format": "TEXT", "text": "Pedido {{1}}", "example": {"header_text": ["#1234"]}},
    {"type": "BODY", "text": "Olá {{1}}, seu pedido saiu.", "example": {"body_text": [["Maria"]]}},
    {"type": "FOOTER", "text": "Rvops CRM"},
    {"type": "BUTTONS", "buttons": [
        {"type": "URL", "text": "Rastrear", "url": "https://r.example/{{1}}", "example": ["https://r.example/BR1"]},
        {"type": "PHONE_NUMBER", "text": "Ligar", "phone_number": "+5511987654321"},
        {"type": "QUICK_REPLY", "text": "Obrigado"}]}]}
MESSAGES = f"/v21.0/{demo.WHATSAPP_PHONE_NUMBER_ID}/messages"


def rich_with(index: int, **change) -> dict:
    components = [dict(c) for c in RICH["components"]]
    components[index] = {**components[index], **change}
    return {**RICH, "components": components}


def buttons(*items) -> dict:
    return rich_with(3, buttons=list(items))


REPLY = {"type": "QUICK_REPLY", "text": "Ok"}
LINK = {"type": "URL", "text": "Site", "url": "https://loja.example"}


async def test_a_template_with_header_footer_and_buttons_is_taken_as_sent(rig):
    answer = await rig.http.post(PATH, json=RICH, headers=AUTH)
    assert answer.status_code == 200 and answer.json()["status"] == "PENDING"
    assert rig.standin.state.find_template("pedido_enviado", "pt_BR")["components"] == RICH["components"]


@pytest.mark.parametrize("submitted, subcode, words", [
    (rich_with(0, text="x" * 61), 2388040, "header text can have at most 60 characters"),
    (rich_with(0, text="{{1}} e {{2}}", example={"header_text": ["a", "b"]}), 2388047, "one variable"),
    (rich_with(0, example={}), None, "sample value for the header"),
    (rich_with(0, format="IMAGE", example={}), None, "example.header_handle"),
    (rich_with(1, text="x" * 1025), 2388040, "body text can have at most 1024"),
    (rich_with(1, example={}), None, "sample value for every variable of the body"),
    (rich_with(2, text="x" * 61), 2388040, "footer text can have at most 60"),
    (rich_with(2, text="Até {{1}}"), 2388073, "footer can't have variables"),
    (buttons(*[REPLY] * 11), None, "must have between 1 and 10 elements"),
    (buttons(LINK, LINK, LINK), None, "at most 2 URL button"),
    (buttons({**REPLY, "text": "y" * 26}), 2388040, "button text can have at most 25"),
    (buttons(REPLY, LINK, REPLY), None, "Quick reply buttons must be grouped together"),
    (buttons({**LINK, "url": "https://r.example/{{1}}/x", "example": ["https://r.example/1/x"]}), None,
     "one variable, {{1}}, at the end"),
    (buttons({**LINK, "url": "https://r.example/{{1}}"}), None, "full address for the URL button"),
    (buttons({"type": "PHONE_NUMBER", "text": "Ligar", "phone_number": "+55119876543210987654"}), 2388040,
     "phone number can have at most 20"),
])
async def test_components_meta_refuses_are_error_100_with_meta_s_words(rig, submitted, subcode, words):
    answer = await rig.http.post(PATH, json=submitted, headers=AUTH)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert (error["code"], error.get("error_subcode")) == (100, subcode)
    assert words in (error.get("error_user_msg") or error["message"]), error
    assert rig.standin.state.find_template("pedido_enviado", "pt_BR") is None


async def test_an_unknown_component_or_button_type_is_named_as_meta_names_params(rig):
    answer = await rig.http.post(PATH, json=rich_with(2, type="SIGNATURE"), headers=AUTH)
    assert answer.json()["error"]["message"] == ('(#100) Param components[2][type] must be one of '
                                                 '{BODY, BUTTONS, FOOTER, HEADER} - got "SIGNATURE".')
    answer = await rig.http.post(PATH, json=buttons({"type": "OTP", "text": "Copiar"}), headers=AUTH)
    assert "Param components[3][buttons][0][type] must be one of" in answer.json()["error"]["message"]


async def approved(rig, submitted: dict) -> None:
    assert (await rig.http.post(PATH, json=submitted, headers=AUTH)).status_code == 200
    await rig.http.post("/_standin/templates/status", json={
        "name": submitted["name"], "language": submitted["language"], "event": "APPROVED"})


def send(name: str, *components) -> dict:
    return {"messaging_product": "whatsapp", "to": "5511988887777", "type": "template",
            "template": {"name": name, "language": {"code": "pt_BR"}, "components": list(components)}}


HEADER_TEXT = {"type": "header", "parameters": [{"type": "text", "text": "#98"}]}
BODY_TEXT = {"type": "body", "parameters": [{"type": "text", "text": "Rita"}]}
LINK_END = {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "BR98"}]}


@pytest.mark.parametrize("components, code, details", [
    ([HEADER_TEXT, BODY_TEXT, LINK_END], None, None),
    ([BODY_TEXT, LINK_END], 132000,
     "header: number of localizable_params (0) does not match the expected number of params (1)"),
    ([HEADER_TEXT, BODY_TEXT], 131008, "buttons: Button at index 0 of type Url requires a parameter"),
    ([HEADER_TEXT, BODY_TEXT, {**LINK_END, "index": "1"}], 131008,
     "buttons: Button at index 0 of type Url requires a parameter"),
])
async def test_a_send_gives_the_header_s_and_the_dynamic_link_s_parameters(rig, components, code, details):
    await approved(rig, RICH)
    answer = await rig.http.post(MESSAGES, json=send("pedido_enviado", *components), headers=AUTH)
    if code is None:
        assert answer.status_code == 200, answer.json()
    else:
        error = answer.json()["error"]
        assert (answer.status_code, error["code"], error["error_data"]["details"]) == (400, code, details), error


async def test_a_media_header_s_send_carries_the_file_of_its_format(rig):
    await approved(rig, {**rich_with(0, format="IMAGE", text=None, example={"header_handle": ["4::aW1h"]}),
                         "name": "promo_foto"})
    image = {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://cdn.example/p.jpg"}}]}
    ok = await rig.http.post(MESSAGES, json=send("promo_foto", image, BODY_TEXT, LINK_END), headers=AUTH)
    assert ok.status_code == 200, ok.json()
    for header, received in ((None, "UNKNOWN"), ({"type": "header", "parameters": [
            {"type": "video", "video": {"link": "https://cdn.example/p.mp4"}}]}, "VIDEO")):
        wrong = await rig.http.post(MESSAGES, json=send("promo_foto", *[c for c in (header, BODY_TEXT, LINK_END)
                                                                         if c]), headers=AUTH)
        error = wrong.json()["error"]
        assert (error["code"], error["error_data"]["details"]) == (
            132012, f"header: Format mismatch, expected IMAGE, received {received}")
