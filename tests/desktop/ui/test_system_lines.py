"""The server's system lines are said in the agent's language with the names from the replica,
the server's own (pt-BR) text only when a name is unknown here."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from rvops_desktop.ui.delegates.message_content import _system_line

pytestmark = pytest.mark.gui
NAMES = {"u_admin": "Admin Demo", "u_ana": "Ana Souza"}


@pytest.mark.parametrize(("payload", "line"), [
    ({"event": "requeued", "actor_id": "u_admin", "from_user_id": "u_ana"},
     "Admin Demo deactivated the agent who held it: the conversation went back to distribution"),
    ({"event": "transferred", "actor_id": "u_ana", "to_user_id": "u_admin"},
     "Ana Souza transferred the conversation to Admin Demo"),
])
def test_lines_in_the_agents_language_with_names(qapp, payload, line):
    message = SimpleNamespace(text="texto do servidor")
    assert _system_line(message, payload, NAMES.get) == line


def test_an_unknown_name_falls_back_to_the_servers_text(qapp):
    message = SimpleNamespace(text="Fulano desativou quem atendia: a conversa voltou para a distribuição")
    assert _system_line(message, {"event": "requeued", "actor_id": "u_gone"}, NAMES.get) == message.text


@pytest.mark.parametrize(("payload", "line"), [
    ({"event": "bot_routed", "option": "Suporte técnico", "to_team_id": "t_suporte"},
     "The bot sent the conversation to Suporte (option: Suporte técnico)"),
    ({"event": "bot_fallback", "option": "", "to_team_id": None},
     "The bot got no valid answer: the conversation went to the queue"),
    ({"event": "bot_out_of_hours"}, "Out of business hours: the conversation waits in the queue"),
])
def test_the_chatbot_lines_say_which_option_brought_the_conversation(qapp, payload, line):
    names = {"t_suporte": "Suporte"}
    assert _system_line(SimpleNamespace(text="texto"), payload, names.get) == line


def test_the_bots_messages_are_marked_as_the_bots_and_show_the_menu(qapp):
    from rvops_desktop.ui.delegates.message_content import describe
    menu = SimpleNamespace(kind="interactive", direction="outbound", text="Olá!\n\nEscolha:", status="sent",
                           attachments=[], created_at=None, payload={"bot": True, "menu": {
                               "style": "button", "options": [{"id": "a", "title": "Vendas"},
                                                              {"id": "b", "title": "Suporte"}]}})
    content = describe(menu)
    assert content.header == "Chatbot" and content.body == "Olá!\n\nEscolha:\n1. Vendas\n2. Suporte"
    agent = SimpleNamespace(**{**vars(menu), "payload": {}, "kind": "text", "text": "Oi"})
    assert describe(agent).header == ""


def test_a_teams_away_message_is_marked_as_such(qapp):
    from rvops_desktop.ui.delegates.message_content import describe
    away = SimpleNamespace(kind="text", direction="outbound", text="Voltamos às 8h.", status="sent", attachments=[],
                           created_at=None, payload={"away": True, "team_id": "t_vendas"})
    content = describe(away)
    assert content.header == "Away message — the team is closed" and content.body == "Voltamos às 8h."
