"""The desk as a Brazilian agent gets it: a session in pt_BR (no --language), an ABNT2 keyboard.
The installed app speaks Portuguese from the first window, its keys are the Portuguese labels'
(Alt+N for "Se&nha"), and what Ana writes with accents reaches the customer as typed."""
from __future__ import annotations

from tests.journeys.conftest import quit_with_ctrl_q
from tests.support.desktop import pause
from tests.support.waiting import wait_until

REPLY = "Olá, Maria! Já enviei a proposta às 15h; qualquer dúvida é só chamar."


def test_a_brazilian_session_gets_the_desk_in_portuguese(desk, graph, graph_server):
    _journey(desk, graph_server, graph)


def _journey(desk, server, graph) -> None:
    desk.env.update(LANG="pt_BR.UTF-8", LANGUAGE="pt_BR:pt")
    desk.brazilian_keyboard()
    app = desk.launch()
    dialog = desk.wait_window("^Entrar no Rvops$", 60)
    desk.focus(dialog)
    for field, text in (("alt+s", server.url), ("alt+e", "ana@demo.rvops"), ("alt+n", "demo")):   # Servidor, E-mail, Senha
        desk.key(field, "ctrl+a")
        desk.type(text)
    desk.key("Return")
    window = desk.wait_window("^Rvops — ", 60)
    app.wait_log(r"list mine: 3 conversations")

    desk.focus(window)
    desk.key("ctrl+slash")
    desk.wait_window("^Atalhos de teclado$", 15)
    desk.key("Escape")
    desk.focus(window)
    desk.key("alt+Down")
    desk.wait_window("^Maria Oliveira — Rvops — Ana Souza")
    pause(0.5)
    desk.type(REPLY)
    desk.key("Return")
    wait_until(lambda: graph.sent, 30, "the reply sent to WhatsApp")
    assert graph.sent[0]["text"]["body"] == REPLY
    desk.key("ctrl+shift+t")
    desk.wait_window("^Transferir conversa$", 15)
    desk.key("Escape")
    quit_with_ctrl_q(desk, app, window)
