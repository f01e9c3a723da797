"""Start offline: the inbox opens from the replica with the server down, says it is offline, keeps
what the agent writes, and delivers it once when the server returns. A supervisor on a plane finds a
contact and reads her whole earlier history from the replica."""
from __future__ import annotations

from tests.journeys.conftest import quit_with_ctrl_q, signed_in_once
from tests.support.desktop import pause


def test_with_the_server_down_the_replica_opens_and_a_queued_reply_is_delivered_once(desk, server):
    desk.brazilian_keyboard()
    signed_in_once(desk, server)
    server.stop()

    offline = desk.launch("--language", "en")
    window = desk.wait_window("^Rvops — Ana Souza", 30)  # no dialog, no wait on the network
    offline.wait_log(r"session resumed from the keychain")
    offline.wait_log(r"connection: offline")
    desk.focus(window)
    desk.key("alt+Down")  # the first of my conversations: Maria's, the newest
    desk.wait_window("^Maria Oliveira — Rvops", 15)
    pause(0.5)
    text = "Mensagem escrita sem conexão, às 4711"
    desk.type(text)
    desk.key("ctrl+Return")
    offline.wait_log(r"connection: offline \(2 waiting\)")  # the read mark and the reply
    desk.screenshot(desk.folder / "offline.png")

    server.start()  # the same database and port: the agent's server is back
    offline.wait_log(r"connection: online", timeout=90)
    sent = [m for m in server.messages("cv_maria") if m.get("text") == text]
    assert len(sent) == 1, sent
    assert sent[0]["direction"] == "outbound"
    assert offline.running


def test_a_supervisor_on_a_plane_finds_a_contact_and_reads_her_history(desk, server):
    with server.api("carla@demo.rvops") as carla:   # what the server holds of Maria, before the flight
        history = carla.get("/api/v1/contacts/c_maria/history").raise_for_status().json()
    signed_in_once(desk, server, "carla@demo.rvops")
    server.stop()

    offline = desk.launch("--language", "en")
    window = desk.wait_window("^Rvops — Carla", 30)
    offline.wait_log(r"connection: offline")
    desk.focus(window)
    desk.key("ctrl+k")
    desk.type("Maria")   # searched in the replica: conversations, contacts, messages
    offline.wait_log(r"list search: [1-9]\d* conversations")
    desk.key("alt+Down")
    desk.wait_window("^Maria Oliveira — Rvops — Carla", 15)
    desk.key("ctrl+h")
    desk.wait_window("^Previous history — Maria Oliveira$", 15)
    shown = offline.wait_log(r"previous history of contact c_maria: (\d+) conversations, (\d+) templates sent")
    assert (int(shown[1]), int(shown[2])) == (len(history["conversations"]), len(history["templates_sent"]))
    assert len(history["conversations"]) >= 1
    desk.key("Escape")
    quit_with_ctrl_q(desk, offline, window)
