"""The Graph API client against the Meta stand-in over real HTTP on loopback."""
import base64

import httpx
import pytest

from rvops_contract.clock import FakeClock
from rvops_meta_standin.state import InjectedError
from rvops_meta_standin.testing import WHATSAPP_PATH, standin_rig
from rvops_contract import demo_credentials as demo
from rvops_server.channels.errors import ChannelErrorReason
from rvops_server.channels.graph_client import (
    DEFAULT_GRAPH_API_URL,
    GRAPH_API_URL_ENV,
    GraphApiError,
    GraphClient,
    graph_api_url,
)
from rvops_server.channels.whatsapp_webhook import parse_whatsapp_webhook

PHONE = demo.WHATSAPP_PHONE_NUMBER_ID
CUSTOMER = "5511988887777"


class RecordingSleep:
    def __init__(self):
        self.delays = []

    async def __call__(self, seconds):
        self.delays.append(seconds)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
async def rig(clock):
    async with standin_rig(clock=clock) as rig:
        yield rig


@pytest.fixture
async def client(rig):
    sleep = RecordingSleep()
    async with GraphClient(demo.ACCESS_TOKEN, base_url=rig.url, sleep=sleep) as client:
        client.sleeps = sleep
        yield client


def test_base_url_from_one_setting(monkeypatch):
    monkeypatch.delenv(GRAPH_API_URL_ENV, raising=False)
    assert graph_api_url() == DEFAULT_GRAPH_API_URL
    monkeypatch.setenv(GRAPH_API_URL_ENV, "http://127.0.0.1:9/")
    assert graph_api_url() == "http://127.0.0.1:9"
    assert GraphClient("t", http=httpx.AsyncClient()).url("1/messages") == "http://127.0.0.1:9/v21.0/1/messages"


async def test_send_text_and_receive_statuses(rig, client):
    await rig.standin.customer_writes_whatsapp(wa_id=CUSTOMER, profile_name="Maria", body={"body": "oi"})
    sent = await client.send_text(PHONE, "+55 11 98888-7777", "Olá, Maria!", reply_to="wamid.X")
    assert sent.provider_message_id.startswith("wamid.") and sent.recipient_id == CUSTOMER
    record = rig.standin.state.sent[-1]
    assert record.payload["context"] == {"message_id": "wamid.X"}
    assert record.payload["text"] == {"preview_url": False, "body": "Olá, Maria!"}
    hooks = await rig.receiver.wait_for(4, path=WHATSAPP_PATH)
    assert [parse_whatsapp_webhook(h.payload)[0].status.value for h in hooks[1:]] == ["sent", "delivered", "read"]


async def test_upload_send_and_download_media(rig, client):
    await rig.standin.customer_writes_whatsapp(wa_id=CUSTOMER, profile_name="Maria", body={"body": "oi"})
    data = b"%PDF-1.4 fake"
    media_id = await client.upload_media(PHONE, data, "application/pdf", "boleto.pdf")
    sent = await client.send_media(PHONE, CUSTOMER, "document", media_id, caption="Seu boleto", filename="boleto.pdf")
    assert sent.provider_message_id
    assert rig.standin.state.sent[-1].payload["document"] == {"id": media_id, "caption": "Seu boleto",
                                                              "filename": "boleto.pdf"}
    content, info = await client.download_media(media_id)
    assert content == data and info.mime_type == "application/pdf" and info.file_size == len(data)


async def test_download_customer_voice_note(rig, client):
    answer = await rig.standin.customer_writes_whatsapp(
        wa_id=CUSTOMER, profile_name="Maria", type="audio",
        media={"data_b64": base64.b64encode(b"OggS voice").decode(), "mime_type": "audio/ogg; codecs=opus",
               "voice": True})
    (hook,) = await rig.receiver.wait_for(1, path=WHATSAPP_PATH)
    (event,) = parse_whatsapp_webhook(hook.payload)
    assert event.provider_message_id == answer["id"] and event.media.voice
    content, info = await client.download_media(event.media.id)
    assert content == b"OggS voice" and info.sha256 == event.media.sha256


async def test_template_with_parameters(rig, client):
    sent = await client.send_template(PHONE, CUSTOMER, "confirmacao_pedido", "pt_BR", ["Maria", "#1234", "2 dias"])
    assert sent.provider_message_id
    template = rig.standin.state.sent[-1].payload["template"]
    assert template["components"] == [{"type": "body", "parameters": [
        {"type": "text", "text": "Maria"}, {"type": "text", "text": "#1234"}, {"type": "text", "text": "2 dias"}]}]


async def test_template_errors_are_mapped(client):
    with pytest.raises(GraphApiError) as wrong_count:
        await client.send_template(PHONE, CUSTOMER, "confirmacao_pedido", "pt_BR", ["Maria"])
    assert wrong_count.value.error.reason is ChannelErrorReason.TEMPLATE_PARAMETERS
    with pytest.raises(GraphApiError) as missing:
        await client.send_template(PHONE, CUSTOMER, "nao_existe", "pt_BR")
    assert missing.value.error.reason is ChannelErrorReason.TEMPLATE_NOT_FOUND
    assert missing.value.error.code == 132001 and missing.value.status_code == 404
    assert client.sleeps.delays == []  # not retried


async def test_templates_sync_follows_paging(rig, client):
    templates = await client.list_templates(demo.WHATSAPP_WABA_ID, page_size=2)
    assert [t.name for t in templates] == [t["name"] for t in rig.standin.state.templates]
    order = next(t for t in templates if t.name == "confirmacao_pedido")
    assert order.is_approved and order.body_variables == ["1", "2", "3"] and order.category == "UTILITY"
    assert not next(t for t in templates if t.name == "promocao_relampago").is_approved


async def test_rate_limits_are_retried_with_backoff(rig, client):
    await rig.standin.customer_writes_whatsapp(wa_id=CUSTOMER, profile_name="Maria", body={"body": "oi"})
    for code in (130429, 131056, 80007):
        rig.standin.state.injected_errors.append(InjectedError(code, "Rate limit hit"))
    sent = await client.send_text(PHONE, CUSTOMER, "olá")
    assert sent.provider_message_id
    assert client.sleeps.delays == [1.0, 2.0, 4.0]


async def test_rate_limit_gives_up_after_the_cap(rig, client):
    rig.standin.state.injected_errors.extend(InjectedError(130429, "Rate limit hit") for _ in range(10))
    with pytest.raises(GraphApiError) as refused:
        await client.send_text(PHONE, CUSTOMER, "olá")
    assert refused.value.error.reason is ChannelErrorReason.RATE_LIMITED
    assert len(client.sleeps.delays) == client.max_retries


async def test_expired_token_is_a_clear_error(rig):
    async with GraphClient("expired", base_url=rig.url, sleep=RecordingSleep()) as client:
        with pytest.raises(GraphApiError) as refused:
            await client.send_text(PHONE, CUSTOMER, "olá")
    error = refused.value.error
    assert error.reason is ChannelErrorReason.TOKEN_EXPIRED and error.code == 190
    assert "token" in error.message_pt and refused.value.status_code == 401


async def test_instagram_send_and_window(rig, client):
    with pytest.raises(GraphApiError) as closed:
        await client.send_instagram_text("6543210987654321", "oi")
    assert closed.value.error.reason is ChannelErrorReason.WINDOW_CLOSED
    await rig.standin.customer_writes_instagram(sender_id="6543210987654321", text="Oi")
    sent = await client.send_instagram_text("6543210987654321", "Olá!")
    assert sent.recipient_id == "6543210987654321" and sent.provider_message_id
    image = await client.send_instagram_attachment("6543210987654321", "image", "https://example.com/a.png")
    assert rig.standin.state.sent[-1].payload["message"]["attachment"]["type"] == "image" and image


async def test_unreachable_graph_is_service_unavailable():
    sleep = RecordingSleep()
    async with GraphClient("t", base_url="http://127.0.0.1:9", sleep=sleep, max_retries=2) as client:
        with pytest.raises(GraphApiError) as post:
            await client.send_text(PHONE, CUSTOMER, "x")
        assert sleep.delays == []  # a send is never blindly repeated
        with pytest.raises(GraphApiError) as get:
            await client.get_media("1")
    assert post.value.error.reason is get.value.error.reason is ChannelErrorReason.SERVICE_UNAVAILABLE
    assert sleep.delays == [1.0, 2.0]
