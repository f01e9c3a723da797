"""Issue 16's required contact properties, with the keyboard of a real X display.

The administrator opens Maria's conversation (Ctrl+K, her name, Alt+Down), then Settings (Ctrl+,),
goes to Properties (Ctrl+Tab) where Plano is the first property, ticks Required (Alt+R) and saves
(Alt+S): the contact panel beside Maria's conversation marks Plano required at once, and the server
has it so. Unticked and saved again, the mark goes."""
from __future__ import annotations

from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.servers import Agent
from tests.support.waiting import wait_until


def test_an_admin_marks_a_property_required_and_the_contact_panel_shows_it_at_once(desk):
    server = desk.server()
    try:
        _journey(desk, server)
    finally:
        server.stop()


def _plano_required(admin: Agent) -> bool:
    return next(d for d in admin.bootstrap()["property_definitions"] if d["key"] == "plano")["required"]


def _journey(desk, server) -> None:
    app = desk.launch("--language", "en")
    window = sign_in(desk, server, "admin@demo.rvops")
    app.wait_log(r"inbox window shown")

    # Maria's conversation, her record in the contact panel: nothing required yet
    desk.focus(window)
    desk.key("ctrl+k")
    pause(0.3)
    desk.type("Maria Oliveira")
    desk.key("Return")
    app.wait_log(r"list search: [1-9]\d* conversations")
    desk.key("alt+Down")
    desk.wait_window("^Maria Oliveira — Rvops")
    app.wait_log(r"contact panel: c_maria")

    # Settings ▸ Properties: Plano (the first) ▸ Required ▸ Save
    desk.key("ctrl+comma")
    settings = desk.wait_window("^Settings$")
    desk.focus(settings)
    pause(0.5)
    desk.key("ctrl+Tab", "ctrl+Tab", "ctrl+Tab")   # Users, Teams, Chatbot, Properties
    pause(0.5)
    admin = Agent(server.url, "admin@demo.rvops")
    try:
        assert not _plano_required(admin)
        desk.key("alt+r")
        desk.key("alt+s")
        app.wait_log(r"settings: upsert_property_definition applied")
        app.wait_log(r"contact panel: required plano")
        assert _plano_required(admin)
        desk.screenshot(desk.folder / "plano-required.png")

        desk.key("alt+r")   # and back: no longer required
        desk.key("alt+s")
        app.wait_log(r"contact panel: required none")
        wait_until(lambda: not _plano_required(admin), 30, "Plano no longer required on the server")
    finally:
        admin.close()
    desk.key("Escape")
    desk.wait_no_window("^Settings$")
    quit_with_ctrl_q(desk, app, window)
