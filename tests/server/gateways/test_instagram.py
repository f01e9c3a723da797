"""Instagram over real HTTP: signed webhooks, media by CDN url, sending via /me/messages, echoes
of our own sends not stored twice, echoes typed in Instagram's app stored, the out-of-window error."""
from __future__ import annotations

import base64

import httpx
import pytest

from rvops_meta_standin import payloads as P
from rvops_contract import demo_credentials as demo
from tests.server.gateways.conftest import message_by_provider_id, settled_message, wait_for

IGSID = "17841455500000077"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def customer_writes(meta, server, **kwargs) -> dict:
    written = meta.customer_instagram(sender_id=IGSID, **kwargs)
    assert written["webhook_status"] == 200
    return settled_message(server, "instagram", written["id"])


def thread(admin, conversation_id) -> list[dict]:
    return [m for m in admin.bootstrap()["messages"] if m["conversation_id"] == conversation_id]


def test_signature_rules_are_the_same_as_whatsapp(server):
    payload = P.instagram_message(ig_account_id=demo.INSTAGRAM_ACCOUNT_ID, sender_id=IGSID,
                                  recipient_id=demo.INSTAGRAM_ACCOUNT_ID, mid="m_forged",
                                  timestamp=server.services.clock.now(), text="oi")
    body, headers = P.signed_request(payload, "wrong-secret")
    assert httpx.post(f"{server.url}/webhooks/instagram", content=body, headers=headers).status_code == 403
    headers.pop(P.SIGNATURE_HEADER)
    assert httpx.post(f"{server.url}/webhooks/instagram", content=body, headers=headers).status_code == 401
    bad = b'{"object": "instagram", "entry": [{"id": "1"}]}'
    headers[P.SIGNATURE_HEADER] = P.signature(demo.APP_SECRET, bad)
    answer = httpx.post(f"{server.url}/webhooks/instagram", content=bad, headers=headers)
    assert answer.status_code == 200 and answer.json()["skipped"] == 1  # kept as a dead letter, not retried
    assert message_by_provider_id(server, "instagram", "m_forged") is None


def test_text_and_image_from_a_customer_are_stored_with_the_image_downloaded(server, meta, admin):
    text = customer_writes(meta, server, text="Oi, vi o anúncio")
    image = customer_writes(meta, server, attachment_type="image",
                            media={"data_b64": base64.b64encode(PNG).decode(), "mime_type": "image/png"})
    assert text["kind"] == "text" and text["text"] == "Oi, vi o anúncio"
    attachment = image["attachments"][0]
    assert image["kind"] == "media" and attachment["mime_type"] == "image/png" and attachment["size"] == len(PNG)
    assert admin.http.get(f"/api/v1/media/{attachment['id']}").content == PNG
    assert text["conversation_id"] == image["conversation_id"]


def test_our_reply_is_sent_and_its_echo_is_not_stored_twice(server, meta, admin):
    conversation_id = customer_writes(meta, server, text="Tem plano anual?")["conversation_id"]
    result = admin.mutate("send_message", conversation_id=conversation_id, text="Temos sim!")
    assert result["status"] == "accepted"
    sent = wait_for(lambda: (m := next(x for x in thread(admin, conversation_id)
                                       if x["id"] == result["data"]["message_id"]))["status"] == "sent" and m,
                    "the reply to be sent")
    meta.drain()  # the stand-in has posted the echo webhook
    echo = meta.standin.state.deliveries[-1]
    assert echo.payload["entry"][0]["messaging"][0]["message"]["is_echo"] is True and echo.status_code == 200
    outbound = [m for m in thread(admin, conversation_id) if m["direction"] == "outbound" and m["kind"] == "text"]
    assert [m["id"] for m in outbound] == [sent["id"]]
    assert sent["provider_id"] == meta.standin.state.sent[-1].provider_message_id
    assert meta.standin.state.sent[-1].payload == {"recipient": {"id": IGSID}, "message": {"text": "Temos sim!"}}


def test_an_echo_of_a_message_typed_in_instagrams_app_is_stored_as_ours(server, meta, admin):
    conversation_id = customer_writes(meta, server, text="Olá")["conversation_id"]
    payload = P.instagram_message(ig_account_id=demo.INSTAGRAM_ACCOUNT_ID, sender_id=demo.INSTAGRAM_ACCOUNT_ID,
                                  recipient_id=IGSID, mid="m_from_phone", timestamp=server.services.clock.now(),
                                  text="Respondi pelo celular", is_echo=True)
    body, headers = P.signed_request(payload, demo.APP_SECRET)
    for _ in range(2):  # delivered twice: stored once
        assert httpx.post(f"{server.url}/webhooks/instagram", content=body, headers=headers).status_code == 200
    stored = [m for m in thread(admin, conversation_id) if m["provider_id"] == "m_from_phone"]
    assert len(stored) == 1 and stored[0]["direction"] == "outbound" and stored[0]["text"] == "Respondi pelo celular"


def test_out_of_window_error_fails_the_message_as_window_closed(server, meta, admin):
    conversation_id = customer_writes(meta, server, text="Oi")["conversation_id"]
    meta.inject_error(10, 2534022, http_status=400)
    result = admin.mutate("send_message", conversation_id=conversation_id, text="Fora da janela")
    failed = wait_for(lambda: (m := next(x for x in thread(admin, conversation_id)
                                         if x["id"] == result["data"]["message_id"]))["status"] == "failed" and m,
                      "the send to fail")
    assert failed["error_code"] == "window_closed" and "Instagram" in failed["error_text"]
    conversation = next(c for c in admin.bootstrap()["conversations"] if c["id"] == conversation_id)
    assert conversation["window_closed_by_provider"] is True


def test_handshake_echoes_the_challenge_only_for_our_verify_token(server):
    query = {"hub.mode": "subscribe", "hub.verify_token": demo.VERIFY_TOKEN, "hub.challenge": "987654321"}
    ok = httpx.get(f"{server.url}/webhooks/instagram", params=query)
    assert ok.status_code == 200 and ok.text == "987654321"
    assert httpx.get(f"{server.url}/webhooks/instagram",
                     params={**query, "hub.verify_token": "guess"}).status_code == 403
    assert httpx.get(f"{server.url}/webhooks/instagram",
                     params={**query, "hub.mode": "unsubscribe"}).status_code == 403


@pytest.mark.parametrize("kind, mime_type, data", [("video", "video/mp4", b"\x00\x00\x00\x18ftypmp42video"),
                                                   ("audio", "audio/mp4", b"\x00\x00\x00\x18ftypM4A audio")])
def test_a_non_image_attachment_is_stored_with_its_file_downloaded(server, meta, admin, kind, mime_type, data):
    stored = customer_writes(meta, server, attachment_type=kind,
                             media={"data_b64": base64.b64encode(data).decode(), "mime_type": mime_type})
    assert stored["kind"] == "media" and stored["direction"] == "inbound"
    attachment = stored["attachments"][0]
    assert attachment["media_type"] == kind and attachment["mime_type"] == mime_type
    assert attachment["size"] == len(data)
    download = admin.http.get(f"/api/v1/media/{attachment['id']}")
    assert download.status_code == 200 and download.content == data
    assert download.headers["content-type"].startswith(mime_type)
