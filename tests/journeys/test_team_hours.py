"""Issue 16's team hours, with the keyboard of a real X display.

The administrator opens Settings (Ctrl+,), goes to Teams (Ctrl+Tab) where the first team is
selected, switches its business hours on (Alt+B: the editor offers Monday to Friday, 08:00–18:00,
in São Paulo's time) and saves (Alt+S). The server has the team's hours so, and Supervision
(Ctrl+Shift+S) opens with each team's line saying whether it is open."""
from __future__ import annotations

from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.servers import Agent
from tests.support.waiting import wait_until

WEEKDAY = [["08:00", "18:00"]]


def test_an_admin_gives_a_team_business_hours_from_settings(desk, server):
    app = desk.launch("--language", "en")
    window = sign_in(desk, server, "admin@demo.rvops")
    app.wait_log(r"inbox window shown")
    admin = Agent(server.url, "admin@demo.rvops")
    try:
        teams = sorted(admin.bootstrap()["teams"], key=lambda t: t["name"].lower())
        assert all(t.get("business_hours") is None for t in teams)   # the demo's teams are always open
        desk.focus(window)
        desk.key("ctrl+comma")
        settings = desk.wait_window("^Settings$")
        desk.focus(settings)
        pause(0.5)
        desk.key("ctrl+Tab")   # Users, Teams
        pause(0.5)
        desk.key("alt+b")
        desk.key("alt+s")
        app.wait_log(r"settings: update_team applied")

        def hours_on_the_server():
            return [t for t in admin.bootstrap()["teams"] if t.get("business_hours")]
        (team,) = wait_until(hours_on_the_server, 30, "one team with hours on the server")
        hours = team["business_hours"]
        assert hours == {"time_zone": "America/Sao_Paulo",   # closed days are left out
                         "days": {day: WEEKDAY for day in ("mon", "tue", "wed", "thu", "fri")}}
        desk.screenshot(desk.folder / "team-hours.png")
        desk.key("Escape")
        desk.wait_no_window("^Settings$")

        desk.focus(window)
        desk.key("ctrl+shift+s")
        supervision = desk.wait_window("^Supervision$")
        pause(0.5)
        desk.screenshot(desk.folder / "supervision-hours.png")
        desk.focus(supervision)
        desk.key("Escape")
        desk.wait_no_window("^Supervision$")
    finally:
        admin.close()
    quit_with_ctrl_q(desk, app, window)
