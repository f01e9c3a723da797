"""Issue 18's journey for starting conversations offline, with the keyboard of a real X display.

Carla (a supervisor) has no link to her server. She starts two WhatsApp conversations from
File ▸ New conversation (Ctrl+N): one with João, one with Fernanda, each from an approved template
filled in the dialog. Both show at once and wait in her outbox. Meanwhile Bruno, served by another
instance of the same workspace, starts a conversation with Fernanda first. When Carla's server
returns, João's conversation is accepted and sent to WhatsApp as the template. Fernanda's is refused,
and Carla's desk says so. Nothing is written twice."""
from __future__ import annotations

from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.servers import Agent
from tests.support.waiting import wait_until

CARLA = "carla@demo.rvops"
JOAO, FERNANDA = "c_joao", "c_fernanda"
TOPIC = "o pedido 4711"  # ASCII: xdotool drops accents now and then (its keymap trick)


def start_with_the_keyboard(desk, app, window: str, search: str, contact_id: str) -> str:
    """Ctrl+N, the contact by a few letters, the template by its name, its variables, Enter."""
    desk.focus(window)
    desk.key("ctrl+n")
    dialog = desk.wait_window("^New conversation$")
    desk.focus(dialog)
    desk.type(search)
    pause(0.8)            # the search runs after a 250 ms pause in typing
    desk.key("Tab")       # the contacts found: the first is chosen
    pause(0.5)
    desk.key("Tab")       # the approved templates
    desk.type("retomar")  # the list finds an item by the start of its text
    pause(0.5)
    desk.key("Tab")       # {{1}}: the contact's first name, filled in
    desk.key("Tab")       # {{2}}
    desk.type(TOPIC)
    desk.key("Return")    # Start conversation
    desk.wait_no_window("^New conversation$")
    return app.wait_log(rf"start conversation (\w+) with {contact_id}").group(1)


def test_conversations_started_offline_are_sent_when_the_server_returns_and_a_refusal_is_said(
        desk, graph, graph_server):
    ana = Agent(graph_server.url, "ana@demo.rvops")
    assert ana.mutate("close", conversation_id="cv_joao")["status"] == "accepted"  # João is free
    ana.close()
    _journey(desk, graph_server, graph)


def _journey(desk, server, graph) -> None:
    app = desk.launch("--language", "en")
    window = sign_in(desk, server, CARLA)
    app.wait_log(r"inbox window shown")
    quit_with_ctrl_q(desk, app, window)
    server.stop()

    offline = desk.launch("--language", "en")
    window = desk.wait_window("^Rvops — Carla Mendes", 30)
    offline.wait_log(r"connection: offline")
    joaos = start_with_the_keyboard(desk, offline, window, "joao", JOAO)
    desk.wait_window("^João Pereira — Rvops — Carla Mendes")   # open at once, under Mine
    fernandas = start_with_the_keyboard(desk, offline, window, "fernanda", FERNANDA)
    desk.wait_window("^Fernanda Costa — Rvops — Carla Mendes")
    offline.wait_log(r"connection: offline \(\d+ waiting\)")
    desk.screenshot(desk.folder / "started-offline.png")

    # Meanwhile another instance of the workspace serves Bruno, who writes to Fernanda first
    other = desk.server(database=server.database)
    bruno = Agent(other.url, "bruno@demo.rvops")
    try:
        started = bruno.mutate("start_conversation", contact_id=FERNANDA, template_name="retomar_atendimento",
                               language="pt_BR", variables=["Fernanda", "a entrega"])
        assert started["status"] == "accepted", started
    finally:
        bruno.close()
        other.stop()

    server.start()  # the same database and port: Carla's server is back
    offline.wait_log(r"refused start_conversation: conflict", timeout=90)
    offline.wait_log(r"connection: online", timeout=90)
    wait_until(lambda: not desk.title(window).startswith("Fernanda"), 15, "the refused conversation closed")
    offline.wait_log(r"contact panel: none")   # nor is Fernanda's record left beside nothing
    desk.screenshot(desk.folder / "refusal-said.png")
    for mine in (joaos, fernandas):   # my own starts are no news to notify me of
        assert f"notice assigned for {mine}" not in offline.text()

    carla = Agent(server.url, CARLA)
    try:
        conversations = {c["id"]: c for c in carla.bootstrap()["conversations"]}
        assert conversations[joaos]["status"] == "open" and conversations[joaos]["assignee_id"] == "u_carla"
        assert fernandas not in conversations                      # refused: never written
        (brunos,) = [c for c in conversations.values() if c["contact_id"] == FERNANDA and c["status"] == "open"]
        assert brunos["assignee_id"] == "u_bruno"
        sent = [m for m in server.messages(joaos, CARLA) if m["direction"] == "outbound"]
        assert len(sent) == 1 and sent[0]["kind"] == "template", sent   # once, after the outage
        assert TOPIC in sent[0]["text"]
    finally:
        carla.close()
    templates = wait_until(lambda: [m for m in graph.sent if m.get("to", "").endswith("21998765432")], 30,
                           "João's template sent to WhatsApp")
    (template,) = templates
    assert template["type"] == "template" and template["template"]["name"] == "retomar_atendimento"
    (body,) = template["template"]["components"]
    assert [p["text"] for p in body["parameters"]] == ["João", TOPIC]
    assert offline.running
