"""The chatbot on webchat, over the visitor WebSocket: the menu arrives with a button per option
(marked as the bot's), and the visitor's answer — the option's title, as a tap on a button sends
it — routes the conversation."""
from __future__ import annotations

import json

import sqlalchemy as sa
from websockets.sync.client import connect

from rvops_server.store import schema as t
from tests.server.gateways.conftest import rows, wait_for
from tests.server.webchat.test_visitor_socket import receive, ws_url

CONFIG = {"greeting": "Olá! Sou o assistente.", "menu": {"prompt": "Escolha um assunto:", "options": [
    {"id": "vendas", "title": "Vendas", "team_id": "t_vendas"},
    {"id": "suporte", "title": "Suporte", "team_id": "t_suporte"}]}}


def test_the_visitor_sees_the_bot_menu_as_buttons_and_a_choice_routes(server, admin):
    assert admin.mutate("set_chatbot", channel="webchat", config=CONFIG)["status"] == "accepted"
    with connect(ws_url(server)) as socket:
        receive(socket, "hello")
        socket.send(json.dumps({"type": "message", "text": "Oi", "client_id": "c1"}))
        receive(socket, "message")  # the visitor's own
        menu = receive(socket, "message")["message"]
        assert menu["text"] == "Olá! Sou o assistente.\n\nEscolha um assunto:" and menu["bot"] is True
        assert menu["buttons"] == [{"id": "vendas", "title": "Vendas"}, {"id": "suporte", "title": "Suporte"}]
        assert menu["author"] is None
        socket.send(json.dumps({"type": "message", "text": "Suporte", "client_id": "c2"}))
        receive(socket, "ack")
    c = t.conversations.c
    done = wait_for(lambda: (found := rows(server, sa.select(t.conversations).where(
        c.channel == "webchat", c.bot_status == "done"))) and found[0], "the bot to route the conversation")
    assert done["team_id"] == "t_suporte" and done["bot_option"] == "Suporte"
