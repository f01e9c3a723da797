"""Webchat spam over real WebSockets: anonymous sockets open no conversation until their visitor
writes; one address gets a bounded number of new visitors' conversations, sockets and messages,
one visitor a bounded number of messages; refusals say how long to wait (the server's clock)."""
from __future__ import annotations

import contextlib
import json

import httpx
import sqlalchemy as sa
from websockets.sync.client import connect

from rvops_server.store import schema as t
from rvops_server.webchat.limits import ADDRESS_NEW_VISITORS, ADDRESS_SOCKETS, VISITOR_MESSAGES

SPAMMER, NEIGHBOUR = "203.0.113.66", "198.51.100.20"  # via X-Forwarded-For, trusted from loopback


def open_socket(server, address: str, token: str | None = None):
    url = server.url.replace("http://", "ws://") + "/webchat/ws?lang=en" + (f"&token={token}" if token else "")
    return connect(url, additional_headers={"X-Forwarded-For": address})


def frame(socket, *kinds: str) -> dict:
    while True:
        data = json.loads(socket.recv(timeout=10))
        if data["type"] in kinds:
            return data


def send(socket, text: str, client_id: str) -> dict:
    socket.send(json.dumps({"type": "message", "text": text, "client_id": client_id}))
    return frame(socket, "ack", "error")


def webchat_conversations(server) -> int:
    with server.services.store.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(t.conversations)
                            .where(t.conversations.c.channel == "webchat")).scalar()


def test_sockets_alone_open_nothing_and_one_address_opens_a_bounded_number_of_conversations(live_server):
    before = webchat_conversations(live_server)
    limit = ADDRESS_NEW_VISITORS[0]
    with contextlib.ExitStack() as open_sockets:
        sockets = [open_sockets.enter_context(open_socket(live_server, SPAMMER)) for _ in range(ADDRESS_SOCKETS)]
        for socket in sockets:
            assert frame(socket, "hello")["history"] == []
        assert webchat_conversations(live_server) == before  # connecting is not writing
        answers = [send(socket, "compre já", f"c{i}") for i, socket in enumerate(sockets)]
        assert [a["type"] for a in answers] == ["ack"] * limit + ["error"] * (ADDRESS_SOCKETS - limit)
        refused = answers[-1]
        assert refused["code"] == "rate_limited" and refused["retry_after"] > 0
        assert "wait" in refused["message"]
        assert webchat_conversations(live_server) == before + limit
        with open_socket(live_server, SPAMMER) as extra:  # one socket too many from this address
            assert frame(extra, "error")["code"] == "rate_limited"
        with open_socket(live_server, NEIGHBOUR) as neighbour:  # another address is not held back
            frame(neighbour, "hello")
            assert send(neighbour, "olá, quero ajuda", "n1")["type"] == "ack"
        assert webchat_conversations(live_server) == before + limit + 1


def test_one_visitor_sends_a_bounded_number_of_messages_a_minute(live_server, fake_clock):
    limit, seconds = VISITOR_MESSAGES
    with open_socket(live_server, NEIGHBOUR) as socket:
        token = frame(socket, "hello")["token"]
        answers = [send(socket, f"mensagem {i}", f"m{i}")["type"] for i in range(limit + 3)]
        assert answers == ["ack"] * limit + ["error"] * 3
        upload = httpx.post(f"{live_server.url}/api/v1/attachments/webchat-visitor",
                            data={"token": token, "lang": "en"}, headers={"X-Forwarded-For": NEIGHBOUR},
                            files={"file": ("a.png", b"\x89PNG\r\n\x1a\n" + b"0" * 20, "image/png")})
        assert upload.status_code == 429 and int(upload.headers["Retry-After"]) > 0
        assert upload.json()["error"] == "rate_limited"
        fake_clock.advance(seconds=seconds)
        assert send(socket, "de novo", "later")["type"] == "ack"
    with open_socket(live_server, "192.0.2.1", token) as same_visitor_elsewhere:  # the visitor, not the address
        frame(same_visitor_elsewhere, "hello")
        assert send(same_visitor_elsewhere, "oi", "x")["type"] == "ack"
