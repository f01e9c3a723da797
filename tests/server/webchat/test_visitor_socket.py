"""The visitor WebSocket and uploads without a browser: identity, messages both ways, typing."""
from __future__ import annotations

import json

import httpx
import pytest
from websockets.sync.client import connect

from tests.server.gateways.conftest import wait_for

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")


def ws_url(server, token=None) -> str:
    url = server.url.replace("http://", "ws://") + "/webchat/ws?lang=pt-BR"
    return url + (f"&token={token}" if token else "")


def receive(socket, kind: str) -> dict:
    while True:
        frame = json.loads(socket.recv(timeout=10))
        if frame["type"] == kind:
            return frame


def receive_new_message(socket, seen: set[str]) -> dict:
    """The next message the visitor has not had yet: a claim or a transfer re-announces the
    conversation's messages, and the widget shows each message id once (widget.js), as here."""
    while True:
        message = receive(socket, "message")["message"]
        if message["id"] not in seen:
            seen.add(message["id"])
            return message


def webchat_conversation(admin) -> dict:
    return next((c for c in admin.bootstrap()["conversations"] if c["channel"] == "webchat"), None)


def test_visitor_writes_agent_replies_and_types(server, admin):
    with connect(ws_url(server)) as socket:
        hello = receive(socket, "hello")
        assert hello["visitor_id"].startswith("v_") and hello["history"] == []
        socket.send(json.dumps({"type": "message", "text": "Olá, <b>ajuda</b>?", "client_id": "c1"}))
        assert receive(socket, "ack")["message_id"]
        seen: set[str] = set()
        mine = receive_new_message(socket, seen)
        assert mine["from"] == "visitor" and mine["text"] == "Olá, <b>ajuda</b>?"

        conversation = wait_for(lambda: webchat_conversation(admin), "the webchat conversation")
        assert admin.mutate("claim", conversation_id=conversation["id"])["status"] == "accepted"
        typing = admin.http.post(f"/api/v1/conversations/{conversation['id']}/typing")
        assert typing.json() == {"delivered": 1}
        assert receive(socket, "typing")["author"] == "Admin Demo"
        assert admin.mutate("send_message", conversation_id=conversation["id"], text="Oi! Em que posso ajudar?",
                            )["status"] == "accepted"
        admin.mutate("add_note", conversation_id=conversation["id"], text="nota interna")
        reply = receive_new_message(socket, seen)  # the claim's re-announced message may come first
        assert reply["from"] == "agent" and reply["text"] == "Oi! Em que posso ajudar?"
        assert reply["author"] == "Admin Demo"

        socket.send(json.dumps({"type": "message", "text": "Olá, <b>ajuda</b>?", "client_id": "c1"}))  # a retry
        receive(socket, "ack")
    messages = [m for m in admin.bootstrap()["messages"] if m["conversation_id"] == conversation["id"]]
    assert [m["text"] for m in messages if m["direction"] == "inbound"] == ["Olá, <b>ajuda</b>?"]

    with connect(ws_url(server, hello["token"])) as again:  # a reload: same identity, history kept
        back = receive(again, "hello")
        assert back["visitor_id"] == hello["visitor_id"]
        assert [m["text"] for m in back["history"]] == ["Olá, <b>ajuda</b>?", "Oi! Em que posso ajudar?"]


def test_a_claim_does_not_push_the_visitor_a_message_it_already_has(server, admin):
    """A claim re-announces the conversation's messages (so the new viewer gets its history); the
    hub does not send the visitor its own message again, unchanged (wasted frames)."""
    with connect(ws_url(server)) as socket:
        receive(socket, "hello")
        socket.send(json.dumps({"type": "message", "text": "Preciso de ajuda", "client_id": "r1"}))
        mine = receive(socket, "ack")["message_id"]
        conversation = wait_for(lambda: webchat_conversation(admin), "the webchat conversation")
        assert admin.mutate("claim", conversation_id=conversation["id"])["status"] == "accepted"
        assert admin.mutate("send_message", conversation_id=conversation["id"], text="Claro!")["status"] == "accepted"
        pushed = []
        while not pushed or pushed[-1]["text"] != "Claro!":
            pushed.append(receive(socket, "message")["message"])
    assert [m["id"] for m in pushed].count(mine) == 1, [(m["id"], m["text"]) for m in pushed]


def test_a_forged_token_gets_a_new_identity_not_someone_elses(server):
    with connect(ws_url(server)) as first:
        owner = receive(first, "hello")
        first.send(json.dumps({"type": "message", "text": "segredo", "client_id": "s1"}))
        receive(first, "ack")
    forged = owner["visitor_id"] + ".0123456789abcdef0123456789abcdef"
    with connect(ws_url(server, forged)) as intruder:
        hello = receive(intruder, "hello")
        assert hello["visitor_id"] != owner["visitor_id"] and hello["history"] == []


@pytest.mark.parametrize("name,mime,status,reason", [
    ("foto.png", "image/png", 200, None),
    ("audio.ogg", "audio/ogg", 422, "no_audio_on_webchat"),
    ("proposta.pdf", "application/pdf", 422, "pdf_whatsapp_only"),
])
def test_visitor_uploads_follow_the_channel_rules(server, admin, name, mime, status, reason):
    with connect(ws_url(server)) as socket:
        token = receive(socket, "hello")["token"]
        answer = httpx.post(f"{server.url}/api/v1/attachments/webchat-visitor",
                            data={"token": token, "client_id": "f1", "lang": "pt-BR"}, files={"file": (name, PNG, mime)})
        assert answer.status_code == status, answer.text
        assert answer.headers["access-control-allow-origin"] == "*"
        if reason:
            assert answer.json()["error"] == reason
            return
        shown = receive(socket, "message")["message"]
        assert shown["kind"] == "media" and shown["attachments"][0]["name"] == name
        assert httpx.get(shown["attachments"][0]["url"]).content == PNG
        assert httpx.get(shown["attachments"][0]["url"].split("?")[0] + "?sig=forged").status_code == 403


def test_uploads_and_typing_need_their_credentials(server):
    answer = httpx.post(f"{server.url}/api/v1/attachments/webchat-visitor", data={"token": "v_x.y"},
                        files={"file": ("a.png", PNG, "image/png")})
    assert answer.status_code == 401 and "recarregue" in answer.json()["message"]
    assert httpx.post(f"{server.url}/api/v1/conversations/cv_maria/typing").status_code == 401


def test_with_no_visitor_connected_the_hub_follows_the_log_without_reading_it(server, admin):
    """Every change wakes the hub; while no visitor is here it only moves its cursor (under
    webhook load it had read the log once per message for nobody)."""
    hub = server.services.webchat_hub
    reads = []
    original = hub._read
    hub._read = lambda after: reads.append(after) or original(after)
    for text in ("um", "dois", "três"):
        assert admin.mutate("add_note", conversation_id="cv_maria", text=text)["status"] == "accepted"
    latest = server.services.feed.latest
    wait_for(lambda: hub.cursor >= latest, "the hub to pass the notes")
    assert reads == []

    with connect(ws_url(server)) as socket:  # a visitor arrives: their messages are read and pushed
        receive(socket, "hello")
        socket.send(json.dumps({"type": "message", "text": "Oi", "client_id": "c9"}))
        assert receive(socket, "message")["message"]["text"] == "Oi"
    assert reads
