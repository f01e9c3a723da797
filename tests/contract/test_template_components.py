"""A new template's HEADER, FOOTER and BUTTONS, checked as Meta reviews them (one rule: the
desktop's form says it before submitting, the server refuses with it): a header of text (60
characters, one variable with its example) or of media (with Meta's sample handle), a footer of 60
characters without variables, and 1–10 buttons — up to 10 quick replies grouped together, 2 links
(one `{{1}}` at the end, with the full address as example) and 1 phone number."""
import pytest

from rvops_contract.templates import TemplateRefusal as R
from rvops_contract.templates import check_new_template

BODY = {"type": "BODY", "text": "Olá {{1}}, seu pedido saiu.", "example": {"body_text": [["Maria"]]}}
HEADER = {"type": "HEADER", "format": "TEXT", "text": "Pedido {{1}}", "example": {"header_text": ["#1234"]}}
IMAGE = {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARb"]}}
FOOTER = {"type": "FOOTER", "text": "Rvops CRM"}
REPLY = {"type": "QUICK_REPLY", "text": "Obrigado"}
LINK = {"type": "URL", "text": "Rastrear", "url": "https://rastreio.example/{{1}}",
        "example": ["https://rastreio.example/BR123"]}
PHONE = {"type": "PHONE_NUMBER", "text": "Ligar", "phone_number": "+5511987654321"}


def buttons(*items):
    return {"type": "BUTTONS", "buttons": list(items)}


def check(*components):
    return check_new_template("pedido_enviado", "pt_BR", "UTILITY", [BODY, *components])


@pytest.mark.parametrize("components", [
    [HEADER, FOOTER, buttons(LINK, PHONE, REPLY, REPLY)],
    [IMAGE, buttons(*[REPLY] * 10)],
    [{**IMAGE, "format": "VIDEO"}, buttons({**LINK, "url": "https://loja.example"}, LINK)],
    [{**IMAGE, "format": "DOCUMENT"}, FOOTER],
    [{"type": "HEADER", "format": "TEXT", "text": "Seu pedido"}, buttons(REPLY, REPLY, PHONE)],
    [{"type": "HEADER", "text": "Seu pedido"}],  # TEXT is the default format
    [{"type": "FOOTER", "text": "x" * 60}, buttons({**REPLY, "text": "y" * 25})],
])
def test_what_meta_takes(components):
    assert check(*components) is None


@pytest.mark.parametrize("components, why", [
    ([{"type": "HEADER", "format": "LOCATION"}], R.HEADER_FORMAT),
    ([{"type": "HEADER", "format": "TEXT", "text": " "}], R.HEADER_FORMAT),
    ([{"type": "HEADER", "format": "TEXT", "text": "x" * 61}], R.HEADER_TEXT),
    ([{**HEADER, "text": "Pedido {{1}} de {{2}}", "example": {"header_text": ["a", "b"]}}], R.HEADER_TEXT),
    ([{**HEADER, "text": "Pedido {{2}}"}], R.HEADER_TEXT),
    ([{**HEADER, "example": {}}], R.EXAMPLE_MISSING),
    ([{"type": "HEADER", "format": "IMAGE"}], R.HEADER_MEDIA_EXAMPLE),
    ([{**IMAGE, "example": {"header_handle": [""]}}], R.HEADER_MEDIA_EXAMPLE),
    ([{"type": "FOOTER", "text": "x" * 61}], R.BAD_FOOTER),
    ([{"type": "FOOTER", "text": "Até {{1}}"}], R.BAD_FOOTER),
    ([{"type": "FOOTER", "text": ""}], R.BAD_FOOTER),
    ([buttons()], R.BAD_BUTTONS),
    ([buttons(*[REPLY] * 11)], R.BAD_BUTTONS),
    ([buttons(LINK, LINK, LINK)], R.BAD_BUTTONS),
    ([buttons(PHONE, PHONE)], R.BAD_BUTTONS),
    ([buttons(*[REPLY] * 8, LINK, PHONE, REPLY)], R.BAD_BUTTONS),  # 11 in all
    ([buttons({"type": "COPY_CODE", "text": "Copiar"})], R.BAD_BUTTONS),
    ([buttons(REPLY, LINK, REPLY)], R.BUTTONS_NOT_GROUPED),
    ([buttons(LINK, REPLY, PHONE)], R.BUTTONS_NOT_GROUPED),
    ([buttons({**REPLY, "text": "y" * 26})], R.BUTTON_TEXT),
    ([buttons({**REPLY, "text": ""})], R.BUTTON_TEXT),
    ([buttons({**REPLY, "text": "Sim\nNão"})], R.BUTTON_TEXT),
    ([buttons({**REPLY, "text": "Oi {{1}}"})], R.BUTTON_TEXT),
    ([buttons({**LINK, "url": "rastreio.example/{{1}}"})], R.BUTTON_URL),
    ([buttons({**LINK, "url": "https://rastreio.example/{{1}}/detalhe"})], R.BUTTON_URL),
    ([buttons({**LINK, "url": "https://r.example/{{1}}/{{2}}"})], R.BUTTON_URL),
    ([buttons({**LINK, "url": "https://r.example/{{2}}"})], R.BUTTON_URL),
    ([buttons({**LINK, "url": "https://r.example/" + "a" * 2000})], R.BUTTON_URL),
    ([buttons({**LINK, "example": []})], R.EXAMPLE_MISSING),
    ([buttons({**LINK, "example": "https://rastreio.example/BR123"})], R.EXAMPLE_MISSING),  # Meta: a list
    ([buttons({**PHONE, "phone_number": "11987654321"})], R.BUTTON_PHONE),  # no country code
    ([buttons({**PHONE, "phone_number": "+55 11 98765-4321 ramal 12"})], R.BUTTON_PHONE),
    ([buttons({**PHONE, "phone_number": ""})], R.BUTTON_PHONE),
])
def test_what_meta_refuses(components, why):
    assert check(*components) is why


def test_the_body_s_length_is_its_own_refusal():
    long_body = {"type": "BODY", "text": "x" * 1025}
    assert check_new_template("aviso", "pt_BR", "UTILITY", [long_body]) is R.BODY_TOO_LONG
    assert check_new_template("aviso", "pt_BR", "UTILITY", [{"type": "BODY", "text": "x" * 1024}]) is None
    assert check_new_template("aviso", "pt_BR", "UTILITY", [BODY, {"type": "CAROUSEL"}]) is R.BAD_COMPONENT
