"""WhatsApp webhooks over real HTTP: handshake, signatures, malformed bodies, every inbound kind
as Meta documents it (posted by the Meta stand-in), media download, duplicate deliveries."""
from __future__ import annotations

import base64
import hashlib
from datetime import UTC
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from rvops_meta_standin import payloads as P
from rvops_contract import demo_credentials as demo
from rvops_server.store import schema as t
from tests.server.gateways.conftest import message_by_provider_id, rows, settled_message, wait_for

CUSTOMER = "5511955554444"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
WA = {"waba_id": demo.WHATSAPP_WABA_ID, "phone_number_id": demo.WHATSAPP_PHONE_NUMBER_ID,
      "display_phone_number": demo.WHATSAPP_DISPLAY_PHONE_NUMBER}


def signed_post(server, payload, *, secret=demo.APP_SECRET, channel="whatsapp", header=True):
    body, headers = P.signed_request(payload, secret)
    if not header:
        headers.pop(P.SIGNATURE_HEADER)
    return httpx.post(f"{server.url}/webhooks/{channel}", content=body, headers=headers, timeout=15)


def inbound_payload(message_id="wamid.TEST1", text="Olá"):
    from datetime import datetime
    message = P.wa_message(CUSTOMER, "text", P.text_body(text), message_id=message_id,
                           timestamp=datetime(2026, 1, 5, 11, 59, tzinfo=UTC))
    return P.whatsapp_inbound(wa_id=CUSTOMER, profile_name="Rita", message=message, **WA)


def message_count(server) -> int:
    return rows(server, sa.select(sa.func.count().label("n")).select_from(t.messages))[0]["n"]


def test_handshake_echoes_the_challenge_only_for_our_verify_token(server):
    query = {"hub.mode": "subscribe", "hub.verify_token": demo.VERIFY_TOKEN, "hub.challenge": "1158201444"}
    ok = httpx.get(f"{server.url}/webhooks/whatsapp", params=query)
    assert ok.status_code == 200 and ok.text == "1158201444"
    wrong = httpx.get(f"{server.url}/webhooks/whatsapp", params={**query, "hub.verify_token": "guess"})
    assert wrong.status_code == 403


def test_missing_and_forged_signatures_are_refused_and_store_nothing(server):
    before = message_count(server)
    assert signed_post(server, inbound_payload(), header=False).status_code == 401
    assert signed_post(server, inbound_payload(), secret="not-the-app-secret").status_code == 403
    body, headers = P.signed_request(inbound_payload(), demo.APP_SECRET)
    tampered = body.replace(b"Ol", b"Xl")  # signature of another body
    assert httpx.post(f"{server.url}/webhooks/whatsapp", content=tampered, headers=headers).status_code == 403
    assert message_count(server) == before
    assert message_by_provider_id(server, "whatsapp", "wamid.TEST1") is None


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b'{"object": "page", "entry": []}',
                                  (b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": '
                                   b'[{"field": "mystery", "value": {}}]}]}'), b"[]"])
def test_malformed_or_unknown_signed_bodies_get_200_and_a_dead_letter_never_500(server, body, caplog):
    headers = {"Content-Type": "application/json", P.SIGNATURE_HEADER: P.signature(demo.APP_SECRET, body)}
    answer = httpx.post(f"{server.url}/webhooks/whatsapp", content=body, headers=headers)
    assert answer.status_code == 200  # a refusal would have Meta retry it for days
    assert answer.json()["skipped"] == 1 and "dead letter" in caplog.text
    assert len(rows(server, sa.select(t.dead_letters))) == 1


def test_the_same_message_delivered_twice_is_stored_once(server):
    payload = inbound_payload("wamid.DUP")
    first, second = signed_post(server, payload), signed_post(server, payload)
    assert first.status_code == 200 and second.status_code == 200
    stored = rows(server, sa.select(t.messages).where(t.messages.c.provider_id == "wamid.DUP"))
    assert len(stored) == 1
    contact = rows(server, sa.select(t.contacts).where(t.contacts.c.phone == "+" + CUSTOMER))
    assert len(contact) == 1 and contact[0]["name"] == "Rita"


KINDS = [
    # (type, body, media, expected kind, expected text, payload key)
    ("text", P.text_body("Oi, tudo bem?"), None, "text", "Oi, tudo bem?", None),
    ("location", P.location_body(-23.56, -46.65, "Loja Paulista", "Av. Paulista, 1000"), None, "location",
     "Loja Paulista, Av. Paulista, 1000", "location"),
    ("contacts", [P.contact_card("João Lima", "+55 11 98888-7777", "5511988887777")], None, "contacts",
     "João Lima", "contacts"),
    ("interactive", P.interactive_body("button_reply", "btn-yes", "Sim, quero"), None, "interactive",
     "Sim, quero", "interactive"),
    ("interactive", P.interactive_body("list_reply", "plan-pro", "Plano Pro", "R$ 99/mês"), None, "interactive",
     "Plano Pro", "interactive"),
    ("button", P.button_body("talk-to-agent", "Falar com atendente"), None, "interactive", "Falar com atendente",
     "interactive"),
    ("unsupported", P.unsupported_errors(), None, "unsupported", None, "unsupported_reason"),
    ("image", None, {"mime_type": "image/png", "caption": "Comprovante"}, "media", "Comprovante", None),
    ("document", None, {"mime_type": "application/pdf", "filename": "proposta.pdf"}, "media", None, None),
    ("audio", None, {"mime_type": "audio/ogg", "voice": True}, "media", None, None),
    ("video", None, {"mime_type": "video/mp4", "caption": "Vídeo"}, "media", "Vídeo", None),
    ("sticker", None, {"mime_type": "image/webp"}, "media", None, None),
]


def test_every_inbound_kind_reaches_the_inbox_with_media_downloaded(server, meta, admin):
    sent = []
    for msg_type, body, media, *_ in KINDS:
        if media is not None:
            data = PNG + msg_type.encode()  # distinct bytes per file
            media = {**media, "data_b64": base64.b64encode(data).decode()}
        answer = meta.customer_whatsapp(wa_id=CUSTOMER, type=msg_type, body=body, media=media)
        assert answer["webhook_status"] == 200, msg_type
        sent.append((answer["id"], media))
    reaction = meta.customer_whatsapp(wa_id=CUSTOMER, type="reaction", body=P.reaction_body(sent[0][0], "👍"))
    assert reaction["webhook_status"] == 200
    for provider_id, _media in sent:
        settled_message(server, "whatsapp", provider_id)

    messages = {m["provider_id"]: m for m in admin.bootstrap()["messages"]}
    for (provider_id, media), (msg_type, _body, _m, kind, text, key) in zip(sent, KINDS):
        message = messages[provider_id]
        assert message["kind"] == kind and message["direction"] == "inbound", msg_type
        assert message["text"] == text, msg_type
        if key:
            assert key in message["payload"], msg_type
        if media is not None:
            attachment = message["attachments"][0]
            data = base64.b64decode(media["data_b64"])
            assert attachment["mime_type"] == media["mime_type"] and attachment["size"] == len(data)
            assert attachment["sha256"] == hashlib.sha256(data).hexdigest()
            download = admin.http.get(f"/api/v1/media/{attachment['id']}")
            assert download.status_code == 200 and download.content == data
            assert download.headers["content-type"].startswith(media["mime_type"])
    assert messages[sent[9][0]]["attachments"][0]["voice"] is True
    assert messages[reaction["id"]]["kind"] == "reaction"
    assert messages[reaction["id"]]["payload"]["reaction"] == {"target_id": sent[0][0], "emoji": "👍"}
    conversations = {m["conversation_id"] for p, m in messages.items() if p in {s[0] for s in sent}}
    assert len(conversations) == 1  # one open conversation for the customer


def test_media_that_cannot_be_downloaded_is_still_shown_with_the_reason(server, meta, admin):
    message = P.wa_message(CUSTOMER, "image", P.media_body("999999", "image/jpeg", "x"), message_id="wamid.NOMEDIA",
                           timestamp=meta.standin.state.clock.now())
    assert signed_post(server, P.whatsapp_inbound(wa_id=CUSTOMER, profile_name="Rita", message=message, **WA)
                       ).status_code == 200
    stored = settled_message(server, "whatsapp", "wamid.NOMEDIA")
    attachment = stored["attachments"][0]
    assert attachment["id"] is None and attachment["error"] == "invalid_request" and attachment["state"] == "failed"
    assert "Meta" in attachment["error_text"]
    assert not list(Path(server.settings.media_dir).glob("[0-9a-f]" * 32))


# ---- reactions, replies, forwards and failed statuses over HTTP, as Meta documents them --------
def _thread(admin, conversation_id) -> list[dict]:
    return [m for m in admin.bootstrap()["messages"] if m["conversation_id"] == conversation_id]


def test_a_changed_reaction_replaces_the_old_one_and_an_unreaction_removes_it(server, meta, admin):
    written = meta.customer_whatsapp(wa_id=CUSTOMER, type="text", body=P.text_body("Chegou?"))
    target = written["id"]
    conversation_id = message_by_provider_id(server, "whatsapp", target)["conversation_id"]
    cursor = admin.bootstrap()["cursor"]
    thumbs = meta.customer_whatsapp(wa_id=CUSTOMER, type="reaction", body=P.reaction_body(target, "👍"))
    assert thumbs["webhook_status"] == 200
    thumbs_row = message_by_provider_id(server, "whatsapp", thumbs["id"])["id"]
    heart = meta.customer_whatsapp(wa_id=CUSTOMER, type="reaction", body=P.reaction_body(target, "❤️"))
    assert heart["webhook_status"] == 200
    reactions = [m for m in _thread(admin, conversation_id) if m["kind"] == "reaction"]
    assert [(m["provider_id"], m["text"]) for m in reactions] == [(heart["id"], "❤️")]  # one per customer
    heart_row = reactions[0]["id"]

    removed = meta.customer_whatsapp(wa_id=CUSTOMER, type="reaction", body=P.reaction_body(target, ""))
    assert removed["webhook_status"] == 200
    thread = _thread(admin, conversation_id)
    assert not [m for m in thread if m["kind"] == "reaction"]  # gone, and no bubble for the removal
    assert message_by_provider_id(server, "whatsapp", removed["id"]) is None
    deletes = {c["id"] for c in admin.changes(cursor)["changes"]
               if c["collection"] == "messages" and c["op"] == "delete"}
    assert deletes == {thumbs_row, heart_row}  # replaced, then removed: clients drop both
    again = signed_post(server, P.whatsapp_inbound(wa_id=CUSTOMER, profile_name="Rita", **WA, message=P.wa_message(
        CUSTOMER, "reaction", P.reaction_body(target, ""), message_id=removed["id"],
        timestamp=meta.standin.state.clock.now())))
    assert again.status_code == 200  # Meta's retry of the removal: still 200, nothing to do


def test_a_reply_quoting_a_message_is_stored_with_the_link(server, meta, admin):
    quoted = meta.customer_whatsapp(wa_id=CUSTOMER, type="text", body=P.text_body("Qual o prazo?"))
    reply = meta.customer_whatsapp(wa_id=CUSTOMER, type="text", body=P.text_body("Esqueci: e o frete?"),
                                   context={"from": CUSTOMER, "id": quoted["id"]})
    assert reply["webhook_status"] == 200
    stored_quoted = message_by_provider_id(server, "whatsapp", quoted["id"])
    stored_reply = message_by_provider_id(server, "whatsapp", reply["id"])
    assert stored_reply["reply_to_id"] == stored_quoted["id"] and stored_reply["text"] == "Esqueci: e o frete?"
    wire = next(m for m in admin.bootstrap()["messages"] if m["id"] == stored_reply["id"])
    assert wire["reply_to_id"] == stored_quoted["id"]


@pytest.mark.parametrize("context, frequently", [({"forwarded": True}, False),
                                                 ({"frequently_forwarded": True}, True)])
def test_forwarded_flags_are_kept(server, meta, admin, context, frequently):
    written = meta.customer_whatsapp(wa_id=CUSTOMER, type="text", body=P.text_body("Olha essa promoção"),
                                     context=context)
    assert written["webhook_status"] == 200
    stored = next(m for m in admin.bootstrap()["messages"] if m["provider_id"] == written["id"])
    assert stored["payload"]["forwarded"] is True
    assert stored["payload"]["frequently_forwarded"] is frequently
    assert stored["reply_to_id"] is None  # a forward's context quotes nothing


def test_a_failed_status_other_than_131047_fails_the_message_but_keeps_the_window(server, meta, admin):
    written = meta.customer_whatsapp(wa_id=CUSTOMER, type="text", body=P.text_body("Oi"))
    conversation_id = message_by_provider_id(server, "whatsapp", written["id"])["conversation_id"]
    result = admin.mutate("send_message", conversation_id=conversation_id, text="Olá!")
    message_id = result["data"]["message_id"]
    sent = wait_for(lambda: (m := next(x for x in _thread(admin, conversation_id) if x["id"] == message_id)
                             )["provider_id"] and m, "the reply to be sent")
    meta.drain()  # the stand-in's own sent/delivered/read webhooks are in
    failed = P.whatsapp_status(message_id=sent["provider_id"], recipient_id=CUSTOMER, status="failed",
                               timestamp=meta.standin.state.clock.now(),
                               error=P.whatsapp_error(131026, "Message undeliverable",
                                                      "Message failed to send because of an unknown error."), **WA)
    assert signed_post(server, failed).status_code == 200
    stored = next(x for x in _thread(admin, conversation_id) if x["id"] == message_id)
    assert stored["status"] == "failed" and stored["error_code"] == "undeliverable"
    assert "Não foi possível entregar" in stored["error_text"]
    conversation = next(c for c in admin.bootstrap()["conversations"] if c["id"] == conversation_id)
    assert conversation["window_closed_by_provider"] is False
    assert admin.mutate("send_message", conversation_id=conversation_id, text="De novo")["status"] == "accepted"


def test_deliveries_arriving_together_are_each_stored_once(server):
    """They may share a transaction (group commit); each is answered after its own is committed."""
    from concurrent.futures import ThreadPoolExecutor
    payloads = [inbound_payload(f"wamid.TOGETHER{i}", f"mensagem {i}") for i in range(12)]
    payloads += payloads[:3]  # Meta retrying three of them while the first tries are in flight
    with ThreadPoolExecutor(15) as pool:
        answers = list(pool.map(lambda p: signed_post(server, p), payloads))
    assert [a.status_code for a in answers] == [200] * 15
    stored = rows(server, sa.select(t.messages.c.provider_id, t.messages.c.conversation_id)
                  .where(t.messages.c.provider_id.like("wamid.TOGETHER%")))
    assert sorted(r["provider_id"] for r in stored) == sorted(f"wamid.TOGETHER{i}" for i in range(12))
    assert len({r["conversation_id"] for r in stored}) == 1  # one customer, one conversation


def test_an_oversized_delivery_is_refused_before_it_is_read(server):
    from rvops_server.api.limits import WEBHOOK_MAX_BYTES  # Meta's 3 MB deliveries fit under it
    big = inbound_payload("wamid.BIG", "x" * (WEBHOOK_MAX_BYTES + 10))
    answer = signed_post(server, big)
    assert answer.status_code == 413 and answer.json()["error"] == "too_large"
    assert message_by_provider_id(server, "whatsapp", "wamid.BIG") is None


def test_the_delivery_endpoints_are_documented(server):
    spec = httpx.get(f"{server.url}/openapi.json").json()
    assert "post" in spec["paths"]["/webhooks/whatsapp"] and "post" in spec["paths"]["/webhooks/instagram"]
    assert "get" in spec["paths"]["/webhooks/whatsapp"]  # the handshake
