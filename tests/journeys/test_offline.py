"""Start offline: the inbox opens from the replica with the server down, says it is offline, keeps
what the agent writes, and delivers it once when the server returns."""
from __future__ import annotations

from tests.journeys.conftest import signed_in_once
from tests.support.desktop import pause


def test_with_the_server_down_the_replica_opens_and_a_queued_reply_is_delivered_once(desk, server):
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
    text = "Mensagem escrita offline 4711"  # ASCII: xdotool drops accents now and then (its keymap trick)
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
