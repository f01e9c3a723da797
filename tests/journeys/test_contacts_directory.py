"""Issue 18's journey for the contacts directory, with the keyboard of a real X display.

Ana opens File ▸ Contacts (Ctrl+Shift+O), creates Paula from a number written as people write it
(`11 99876-5432`, stored as +5511998765432), and starts a WhatsApp conversation from Paula's page.
Then, from File ▸ New conversation, she types a number nobody has, takes "New contact +55 …" and
starts that one too. The server holds both contacts, owned by Ana, and both conversations, hers,
each opened by the template she filled in; WhatsApp gets the templates."""
from __future__ import annotations

from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.servers import Agent
from tests.support.waiting import wait_until

TOPIC = "o seu cadastro"  # ASCII: xdotool drops accents now and then (its keymap trick)


def fill_the_template(desk, first_name: str | None = None) -> None:
    """In the New conversation dialog, from the template list: retomar_atendimento, its {{1}} (the
    contact's first name, filled in for a known contact), its {{2}}, Enter."""
    desk.type("retomar")  # the list finds an item by the start of its text
    pause(0.5)
    desk.key("Tab")       # {{1}}
    if first_name is not None:
        desk.type(first_name)
    desk.key("Tab")       # {{2}}
    desk.type(TOPIC)
    desk.key("Return")    # Start conversation
    try:
        desk.wait_no_window("^New conversation$")
    except AssertionError:
        desk.screenshot(desk.folder / "still-open.png")
        raise


def test_a_contact_created_in_the_directory_and_a_typed_number_each_get_a_conversation(desk, graph, graph_server):
    _journey(desk, graph_server, graph)


def _journey(desk, server, graph) -> None:
    app = desk.launch("--language", "en")
    window = sign_in(desk, server)
    app.wait_log(r"inbox window shown")

    # File ▸ Contacts, New contact: Paula, her number as she dictated it
    desk.focus(window)
    desk.key("ctrl+shift+o")
    directory = desk.wait_window("^Contacts$")
    desk.focus(directory)
    desk.key("alt+n")
    dialog = desk.wait_window("^New contact$")
    desk.focus(dialog)
    desk.type("Paula Nunes")
    desk.key("Tab")
    desk.type("11 99876-5432")
    pause(0.3)
    desk.key("Return")    # Create contact
    desk.wait_no_window("^New contact$")
    paula = app.wait_log(r"create contact (\w+)").group(1)

    # her page: Start conversation
    desk.focus(directory)
    desk.key("alt+s")
    desk.focus(desk.wait_window("^New conversation$"))
    fill_the_template(desk)
    first = app.wait_log(rf"start conversation (\w+) with {paula}").group(1)
    desk.wait_window("^Paula Nunes — Rvops — Ana Souza")   # the main window opens it

    # File ▸ New conversation from a number nobody has
    desk.focus(window)
    desk.key("ctrl+n")
    desk.focus(desk.wait_window("^New conversation$"))
    desk.type("+55 41 98888-7777")
    pause(0.8)            # read after a 250 ms pause in typing
    desk.key("Tab")       # "New contact +55 41 98888-7777"
    desk.key("space")
    pause(0.3)
    desk.key("Tab", "Tab")   # past the (empty) contacts found, to the templates
    fill_the_template(desk, first_name="Cliente")   # a number has no name to fill {{1}} with
    second = app.wait_log(r"start conversation (\w+) with (\w+)", timeout=15)
    while second.group(1) == first:   # the log's first match is Paula's
        second = app.wait_log(rf"start conversation (?!{first})(\w+) with (\w+)")
    desk.screenshot(desk.folder / "started-from-directory.png")

    ana = Agent(server.url, "ana@demo.rvops")
    try:
        def both_there():
            body = ana.bootstrap()
            mine = {c["id"]: c for c in body["conversations"] if c["assignee_id"] == "u_ana"}
            return body if first in mine and second.group(1) in mine else None
        body = wait_until(both_there, 60, "both conversations on the server")
        contacts = {c["id"]: c for c in body["contacts"]}
        assert contacts[paula]["name"] == "Paula Nunes" and contacts[paula]["phone"] == "+5511998765432"
        assert contacts[paula]["owner_id"] == "u_ana"
        typed = contacts[second.group(2)]
        assert typed["phone"] == "+5541988887777" and typed["owner_id"] == "u_ana"
        for conversation_id in (first, second.group(1)):
            (sent,) = [m for m in body["messages"] if m["conversation_id"] == conversation_id]
            assert sent["kind"] == "template" and TOPIC in sent["text"]
    finally:
        ana.close()
    wait_until(lambda: len(graph.sent) >= 2, 30, "both templates sent to WhatsApp")
    assert {m["to"] for m in graph.sent} >= {"5511998765432", "5541988887777"}
    quit_with_ctrl_q(desk, app, window)
