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
