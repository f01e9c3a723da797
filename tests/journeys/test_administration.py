"""Issue 16's journey through the administration screens, with the keyboard of a real X display.

The administrator opens Settings (Ctrl+,) and creates Diego, a new agent, with a first password.
Then she opens Supervision (Ctrl+Shift+S), where Lúcia waits in the queue, and assigns her to Diego
with Tab, his name and Enter. At the same desk Diego signs in with that password, and Lúcia's
conversation is his."""
from __future__ import annotations

from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.servers import Agent
from tests.support.waiting import wait_until

PASSWORD = "senha-forte-123"
LUCIA = "cv_lucia"  # the demo's one queued conversation


def test_an_admin_creates_an_agent_and_assigns_him_a_waiting_conversation_from_supervision(desk):
    server = desk.server()
    try:
        _journey(desk, server)
    finally:
        server.stop()


def _journey(desk, server) -> None:
    app = desk.launch("--language", "en")
    window = sign_in(desk, server, "admin@demo.rvops")
    app.wait_log(r"inbox window shown")

    # Settings ▸ Users ▸ New user
    desk.focus(window)
    desk.key("ctrl+comma")
    settings = desk.wait_window("^Settings$")
    desk.focus(settings)
    desk.key("alt+n")
    pause(0.3)
    desk.type("Diego Rocha")
    desk.key("Tab")
    desk.type("diego@demo.rvops")
    desk.key("Tab", "Tab", "Tab", "Tab")   # role (agent), capacity, SIP extension, to the first password
    desk.type(PASSWORD)
    desk.key("alt+s")
    app.wait_log(r"settings: create_user applied")
    admin = Agent(server.url, "admin@demo.rvops")
    try:
        diego = wait_until(lambda: next((u for u in admin.bootstrap()["users"] if u["email"] == "diego@demo.rvops"),
                                        None), 30, "Diego on the server")
        assert diego["name"] == "Diego Rocha" and diego["role"] == "agent"
        desk.key("Escape")   # Settings closes
        desk.wait_no_window("^Settings$")

        # Supervision: Lúcia waits; Tab to the agents, Diego, Enter
        desk.focus(window)
        desk.key("ctrl+shift+s")
        supervision = desk.wait_window("^Supervision$")
        desk.focus(supervision)
        pause(0.5)
        desk.key("Tab")
        desk.type("Diego")   # the list finds him by the start of his name
        desk.key("Return")
        app.wait_log(rf"transfer {LUCIA} to {diego['id']}")
        wait_until(lambda: next(c for c in admin.bootstrap()["conversations"] if c["id"] == LUCIA)["assignee_id"]
                   == diego["id"], 30, "Lúcia's conversation is Diego's")
        desk.screenshot(desk.folder / "assigned.png")
        desk.key("Escape")
        desk.wait_no_window("^Supervision$")
    finally:
        admin.close()

    # Diego at the same desk: File ▸ Sign out, then his first sign-in
    desk.focus(window)
    desk.key("alt+f")
    desk.key("o")
    desk.focus(desk.wait_window("^Sign out$"))
    desk.key("Return")
    window = sign_in(desk, server, "diego@demo.rvops", PASSWORD)
    app.wait_log(r"inbox window shown for diego@demo\.rvops")
    app.wait_log(r"list mine: 1 conversations")
    desk.focus(window)
    desk.key("alt+Down")
    desk.wait_window("^Lúcia Araújo — Rvops — Diego Rocha")
    quit_with_ctrl_q(desk, app, window)
