"""Teams' business hours on the desk (issue 16): an administrator edits a team's week and away
message in Settings ▸ Teams and the server keeps them (a bad interval is refused with the server's
sentence under the form); a supervisor sees them without editing; the supervision dashboard says
per team whether it is open now and, closed, when it opens — following the clock."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTime

from rvops_desktop.ui.local_time import clock_time, day_and_month
from rvops_server.store import schema as t
from tests.support.servers import Agent

pytestmark = pytest.mark.gui

SP = ZoneInfo("America/Sao_Paulo")
AWAY = "Voltamos na segunda às 8h."
WEEK = {"time_zone": "America/Sao_Paulo",
        "days": {"mon": [["08:00", "18:00"]], "tue": [["08:00", "18:00"]], "wed": [["08:00", "18:00"]],
                 "thu": [["08:00", "18:00"]], "fri": [["08:00", "17:00"]], "sat": [["09:00", "24:00"]]}}


def _team(live_server, team_id) -> dict:
    with live_server.services.store.read() as conn:
        return dict(conn.execute(sa.select(t.teams).where(t.teams.c.id == team_id)).first()._mapping)


def _choose(teams, name) -> None:
    (row,) = [i for i in range(teams.list.count()) if teams.list.item(i).text().startswith(name)]
    teams.list.setCurrentRow(row)


def test_an_admin_sets_a_teams_week_and_away_message(ui, live_server):
    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        dialog = window.settings()
        teams = dialog.teams
        _choose(teams, "Vendas")
        editor = teams.hours
        assert not editor.enabled.isChecked() and not editor.zone.isEnabled()   # no hours: always open
        assert editor.hours() is None
        editor.enabled.setChecked(True)
        assert editor.zone.isEnabled() and editor.zone.currentText() == "America/Sao_Paulo"
        assert not editor.days["sat"].start.isEnabled()   # offered: Monday to Friday, 8 to 18
        editor.days["fri"].end.setTime(QTime(17, 0))
        editor.days["sat"].open.setChecked(True)
        assert editor.days["sat"].start.isEnabled()
        editor.days["sat"].start.setTime(QTime(9, 0))
        editor.days["sat"].end.setTime(QTime(0, 0))        # 00:00 as an end: midnight
        teams.away.setPlainText(AWAY)
        teams.save()
        await ui.until(lambda: not dialog.busy, what="the server's verdict")
        assert teams.verdict.text() == "Saved."
        stored = _team(live_server, "t_vendas")
        assert (stored["business_hours"], stored["away_message"]) == (WEEK, AWAY)
        await ui.until(lambda: (next(x for x in window.replica.store.teams() if x.id == "t_vendas").extra or {})
                       .get("business_hours") == WEEK, what="the hours in the replica")
        assert editor.hours() == WEEK and teams.away.toPlainText() == AWAY   # shown back as saved
        teams.save()
        assert teams.verdict.text() == "Nothing changed."

        editor.days["mon"].start.setTime(QTime(19, 0))     # after its end
        teams.save()
        await ui.until(lambda: not dialog.busy, what="the server's verdict")
        assert "19:00–18:00" in teams.verdict.text()   # the server's sentence (the session's language)
        assert _team(live_server, "t_vendas")["business_hours"] == WEEK
        editor.enabled.setChecked(False)                   # always open again
        editor.days["mon"].start.setTime(QTime(8, 0))
        teams.save()
        await ui.until(lambda: not dialog.busy, what="the server's verdict")
        assert _team(live_server, "t_vendas")["business_hours"] is None
    ui.run(scenario())


def test_a_supervisor_sees_the_hours_but_does_not_edit_them(ui, live_server):
    admin = Agent(live_server.url, "admin@demo.rvops")
    try:
        assert admin.mutate("update_team", team_id="t_suporte", business_hours=WEEK)["status"] == "accepted"
    finally:
        admin.close()

    async def scenario():
        window = await ui.open_window("carla@demo.rvops")
        teams = window.settings().teams
        _choose(teams, "Suporte")
        assert teams.hours.enabled.isChecked() and teams.hours.hours() == WEEK
        assert not teams.hours_box.isEnabled() and not teams.away.isEnabled()
    ui.run(scenario())


def _team_line(dialog, name) -> str:
    lines = [dialog.queues.topLevelItem(i).text(0) for i in range(dialog.queues.topLevelItemCount())]
    return next(line for line in lines if line.startswith(name))


def test_the_dashboard_says_which_teams_are_open_and_when_a_closed_one_opens(ui, live_server):
    admin = Agent(live_server.url, "admin@demo.rvops")
    try:
        assert admin.mutate("update_team", team_id="t_vendas", business_hours=WEEK)["status"] == "accepted"
    finally:
        admin.close()

    async def scenario():
        window = await ui.open_window("carla@demo.rvops")
        dialog = window.supervision()
        assert ui.clock.now() == datetime(2026, 1, 5, 9, 0, tzinfo=SP)   # Monday 09:00 in São Paulo
        assert _team_line(dialog, "Vendas").endswith(" · open now")
        assert " · " not in _team_line(dialog, "Suporte")                # no hours: always open, nothing said
        ui.clock.set(datetime(2026, 1, 5, 19, 0, tzinfo=SP))             # Monday evening
        dialog.refresh()
        opens = datetime(2026, 1, 6, 8, 0, tzinfo=SP)                     # said in the computer's time
        assert _team_line(dialog, "Vendas").endswith(f" · closed, opens {day_and_month(opens)} {clock_time(opens)}")
        ui.clock.set(datetime(2026, 1, 6, 6, 0, tzinfo=SP))              # the same day, in São Paulo
        dialog.refresh()
        if day_and_month(ui.clock.now()) == day_and_month(opens):         # and on this computer: the time alone
            assert _team_line(dialog, "Vendas").endswith(f" · closed, opens {clock_time(opens)}")
    ui.run(scenario())
