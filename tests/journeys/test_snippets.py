"""Snippets made in their own screen and used at once (S3), from the keyboard of a real X display:
Ana opens Tools ▸ Snippets (Alt+T, S), makes `/prazo` (New, the shortcut, Tab, the title, Enter —
which saves; it used to press New and empty the form), adds its text in Portuguese on a Brazilian
keyboard and saves it (Alt+S). In Maria's conversation "/pra", Enter, Enter sends it filled in."""
from __future__ import annotations

from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.waiting import wait_until

BODY = "{{contact.first_name}}, o prazo de entrega é de 5 dias úteis."


def test_a_snippet_made_in_its_screen_is_sent_from_the_composer(desk, graph, graph_server):
    _journey(desk, graph_server, graph)


def _journey(desk, server, graph) -> None:
    desk.brazilian_keyboard()
    app = desk.launch("--language", "en")
    window = sign_in(desk, server)
    app.wait_log(r"list mine: 3 conversations")

    desk.focus(window)
    desk.key("alt+t", "s")
    dialog = desk.wait_window("^Snippets$", 15)
    desk.focus(dialog)
    desk.key("alt+n")
    pause(0.3)   # a button's key presses it as a click does, a moment later (Qt's animateClick)
    desk.type("prazo")
    desk.key("Tab")
    desk.type("Prazo de entrega")
    desk.key("Return")   # saves — with no text yet, the screen says what is missing; nothing is lost
    pause(0.3)
    desk.key("alt+m")    # the text
    desk.type(BODY)
    desk.key("alt+s")
    with server.api("carla@demo.rvops") as carla:
        def saved():
            found = next((s for s in carla.get("/api/v1/sync/bootstrap").json()["snippets"]
                          if s["shortcut"] == "prazo"), None)
            if found is None:
                pause(0.2)
            return found
        snippet = wait_until(saved, 30, "the snippet on the server")
    assert (snippet["title"], snippet["body"]) == ("Prazo de entrega", BODY)
    desk.key("Escape")
    desk.wait_no_window("^Snippets$")

    desk.focus(window)
    desk.key("alt+Down")   # Maria's
    desk.wait_window("^Maria Oliveira — Rvops — Ana Souza")
    pause(0.5)   # the snippets list is read from the replica the sync has filled
    desk.type("/pra")
    pause(0.3)
    desk.key("Return")   # the snippet, filled in
    desk.key("Return")   # sent
    wait_until(lambda: graph.sent, 30, "the snippet sent to WhatsApp")
    assert graph.sent[0]["text"]["body"] == "Maria, o prazo de entrega é de 5 dias úteis."
    quit_with_ctrl_q(desk, app, window)
