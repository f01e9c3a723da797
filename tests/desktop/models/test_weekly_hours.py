"""The weekly hours editor's rows (models/weekly_hours.py) and the team form's arguments
(models/administration.py): a team's hours as seven rows and back, a split day kept until it is
changed, midnight as an end, and only what changed sent."""
from __future__ import annotations

from types import SimpleNamespace

from rvops_desktop.models.administration import TeamForm, team_args
from rvops_desktop.models.weekly_hours import DayRow, end_for_field, end_from_field, hours_from, rows_of

OFFICE = {"time_zone": "America/Manaus",
          "days": {"mon": [["08:00", "12:00"], ["13:00", "18:00"]], "fri": [["08:00", "17:00"]],
                   "sat": [["22:00", "24:00"]]}}


def test_no_hours_offer_monday_to_friday_eight_to_six_in_sao_paulo():
    zone, rows = rows_of(None)
    assert zone == "America/Sao_Paulo"
    assert [(r.day, r.open) for r in rows] == [("mon", True), ("tue", True), ("wed", True), ("thu", True),
                                               ("fri", True), ("sat", False), ("sun", False)]
    assert {(r.start, r.end) for r in rows} == {("08:00", "18:00")}
    assert hours_from(zone, rows)["days"] == {day: [["08:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}


def test_hours_read_into_rows_come_back_unchanged():
    zone, rows = rows_of(OFFICE)
    monday = rows[0]
    assert (monday.open, monday.start, monday.end, monday.split) == (True, "08:00", "18:00", True)
    assert not rows[1].open and rows[5].end == "24:00"
    assert hours_from(zone, rows) == OFFICE


def test_a_changed_split_day_becomes_one_interval_and_a_closed_day_is_left_out():
    _zone, rows = rows_of(OFFICE)
    monday = rows[0]
    later = DayRow(monday.day, True, "09:00", monday.end, monday.kept)
    assert later.intervals() == [["09:00", "18:00"]] and not later.split
    closed = DayRow("fri", False, "08:00", "17:00", rows[4].kept)
    days = hours_from(" America/Manaus ", [later, *rows[1:4], closed, *rows[5:]])
    assert days == {"time_zone": "America/Manaus", "days": {"mon": [["09:00", "18:00"]], "sat": [["22:00", "24:00"]]}}


def test_a_time_field_says_midnight_as_00_00():
    assert end_from_field("00:00") == "24:00" and end_from_field("18:30") == "18:30"
    assert end_for_field("24:00") == "00:00" and end_for_field("18:30") == "18:30"


def test_the_team_form_sends_only_changed_hours_and_away_message():
    team = SimpleNamespace(id="t_vendas", name="Vendas", member_ids=["u_ana"],
                           extra={"distribution_method": None, "business_hours": OFFICE, "away_message": "Fechado."})
    before = TeamForm.of(team)
    assert (before.business_hours, before.away_message) == (OFFICE, "Fechado.")
    assert team_args("t_vendas", before, TeamForm.of(team)) == {}
    after = TeamForm.of(team)
    after.business_hours, after.away_message = None, "  "
    assert team_args("t_vendas", before, after) == {"team_id": "t_vendas", "business_hours": None,
                                                    "away_message": None}
    new = TeamForm("Cobrança", business_hours=OFFICE, away_message=" Volto já ")
    assert team_args(None, None, new) == {"name": "Cobrança", "member_ids": [], "distribution_method": None,
                                          "business_hours": OFFICE, "away_message": "Volto já"}
