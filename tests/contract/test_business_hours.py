"""Business hours (rvops_contract/business_hours.py): their shape and its problems, whether a moment
is within them, when they open next, and when a customer is owed the away message — each from the
moment given, read in the hours' own zone."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from rvops_contract.business_hours import (
    WeeklyHours,
    away_message_due,
    check_hours,
    is_open,
    next_opening,
    normalized,
)

SP = ZoneInfo("America/Sao_Paulo")
WEEKDAYS = {day: [["08:00", "12:00"], ["13:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}
OFFICE = {"time_zone": "America/Sao_Paulo", "days": {**WEEKDAYS, "sat": [["09:00", "13:00"]]}}


def sp(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """January 2026 in São Paulo: the 5th is a Monday."""
    return datetime(2026, 1, day, hour, minute, second, tzinfo=SP)


# ---- the shape and its problems ---------------------------------------------------------------
def test_valid_hours_have_no_problem_and_no_hours_is_always_open():
    assert check_hours(WeeklyHours(**OFFICE)) is None
    assert check_hours(WeeklyHours(time_zone="Europe/Lisbon", days={"sun": [["00:00", "24:00"]]})) is None
    assert check_hours(WeeklyHours(days={"mon": [["08:00", "12:00"], ["12:00", "18:00"]]})) is None  # touching
    assert check_hours(None) is None
    assert is_open(None, sp(11, 3)) and next_opening(None, sp(11, 3)) == sp(11, 3)


@pytest.mark.parametrize(("hours", "code", "field", "values"), [
    ({"time_zone": "Mars/Olympus"}, "bad_time_zone", "time_zone", {"zone": "Mars/Olympus"}),
    ({"time_zone": "sao paulo"}, "bad_time_zone", "time_zone", {"zone": "sao paulo"}),
    ({"days": {"tue": [["8:00", "12:00"]]}}, "bad_time", "days.tue", {"day": "tue", "start": "8:00", "end": "12:00"}),
    ({"days": {"wed": [["08:00", "25:00"]]}}, "bad_time", "days.wed", {"day": "wed", "start": "08:00", "end": "25:00"}),
    ({"days": {"thu": [["08:60", "09:00"]]}}, "bad_time", "days.thu", {"day": "thu", "start": "08:60", "end": "09:00"}),
    ({"days": {"fri": [["18:00", "08:00"]]}}, "end_before_start", "days.fri",
     {"day": "fri", "start": "18:00", "end": "08:00"}),
    ({"days": {"sat": [["09:00", "09:00"]]}}, "end_before_start", "days.sat",
     {"day": "sat", "start": "09:00", "end": "09:00"}),
    ({"days": {"sun": [["24:00", "24:00"]]}}, "end_before_start", "days.sun",
     {"day": "sun", "start": "24:00", "end": "24:00"}),
    ({"days": {"mon": [["13:00", "18:00"], ["08:00", "13:30"]]}}, "overlap", "days.mon",
     {"day": "mon", "start": "13:00", "end": "18:00", "other_start": "08:00", "other_end": "13:30"}),
    ({"days": {"tue": [["08:00", "18:00"], ["10:00", "11:00"]]}}, "overlap", "days.tue",
     {"day": "tue", "start": "10:00", "end": "11:00", "other_start": "08:00", "other_end": "18:00"}),
])
def test_each_problem_is_named_with_its_field_and_values(hours, code, field, values):
    problem = check_hours(WeeklyHours(**hours))
    assert (problem.code, problem.field, problem.values) == (code, field, values)


def test_the_first_problem_is_found_in_weekday_order():
    hours = WeeklyHours(days={"fri": [["18:00", "08:00"]], "mon": [["xx", "09:00"]]})
    assert check_hours(hours).field == "days.mon"


def test_the_shape_refuses_unknown_days_and_fields_and_too_many_intervals():
    with pytest.raises(ValidationError):
        WeeklyHours(days={"someday": [["08:00", "18:00"]]})
    with pytest.raises(ValidationError):
        WeeklyHours(days={"mon": [["08:00"]]})
    with pytest.raises(ValidationError):
        WeeklyHours(zone="America/Sao_Paulo")
    with pytest.raises(ValidationError):
        WeeklyHours(days={"mon": [[f"{h:02d}:00", f"{h:02d}:30"] for h in range(13)]})


def test_normalized_names_the_zone_orders_days_and_intervals_and_drops_closed_days():
    hours = WeeklyHours(days={"wed": [["13:00", "18:00"], ["08:00", "12:00"]], "mon": [["09:00", "17:00"]],
                              "sun": []})
    assert normalized(hours) == {"time_zone": "America/Sao_Paulo",
                                 "days": {"mon": [["09:00", "17:00"]], "wed": [["08:00", "12:00"], ["13:00", "18:00"]]}}
    assert list(normalized(hours, "Europe/Lisbon")["days"]) == ["mon", "wed"]
    assert normalized(hours, "Europe/Lisbon")["time_zone"] == "Europe/Lisbon"


# ---- open or closed ---------------------------------------------------------------------------
@pytest.mark.parametrize(("moment", "open_"), [
    (sp(5, 7, 59, 59), False),   # Monday, a second before opening
    (sp(5, 8), True),            # the start is included
    (sp(5, 11, 59, 59), True),
    (sp(5, 12), False),          # the end is not: lunch
    (sp(5, 12, 30), False),
    (sp(5, 13), True),
    (sp(5, 17, 59), True),
    (sp(5, 18), False),
    (sp(5, 23, 30), False),
    (sp(10, 9), True),           # Saturday morning
    (sp(10, 13), False),
    (sp(11, 10), False),         # Sunday: no hours
])
def test_is_open_reads_each_day_s_intervals(moment, open_):
    assert is_open(OFFICE, moment) is open_


def test_the_moment_is_read_in_the_hours_zone_whatever_its_own():
    assert is_open(OFFICE, datetime(2026, 1, 5, 11, 0, tzinfo=UTC))       # 08:00 in São Paulo
    assert not is_open(OFFICE, datetime(2026, 1, 5, 10, 59, tzinfo=UTC))  # 07:59
    assert is_open(OFFICE, datetime(2026, 1, 5, 11, 0))                   # naive: UTC
    tokyo = {**OFFICE, "time_zone": "Asia/Tokyo"}
    assert not is_open(tokyo, sp(5, 9))        # Monday 09:00 in São Paulo is Monday 21:00 in Tokyo
    assert is_open(tokyo, sp(4, 22))           # Sunday 22:00 in São Paulo is Monday 10:00 in Tokyo


def test_no_zone_named_uses_the_default_given_else_sao_paulo():
    hours = {"days": {"mon": [["08:00", "18:00"]]}}
    monday_night = sp(5, 21)
    assert not is_open(hours, monday_night)
    assert not is_open(hours, monday_night, "Asia/Tokyo")                  # Tuesday 09:00 in Tokyo
    assert is_open(hours, datetime(2026, 1, 5, 9, 0, tzinfo=UTC), "Europe/Lisbon")


def test_midnight_ends_a_day_and_a_day_with_no_interval_never_opens():
    night = {"time_zone": "America/Sao_Paulo", "days": {"fri": [["22:00", "24:00"]], "sat": [["00:00", "02:00"]]}}
    assert is_open(night, sp(9, 23, 59, 59)) and is_open(night, sp(10, 0)) and is_open(night, sp(10, 1, 59))
    assert not is_open(night, sp(10, 2))
    closed = {"time_zone": "America/Sao_Paulo", "days": {}}
    assert not is_open(closed, sp(5, 10)) and next_opening(closed, sp(5, 10)) is None


# ---- when it opens ----------------------------------------------------------------------------
@pytest.mark.parametrize(("moment", "opens"), [
    (sp(5, 9), sp(5, 9)),              # open: now
    (sp(5, 6, 30), sp(5, 8)),          # early Monday: this morning
    (sp(5, 12, 15), sp(5, 13)),        # lunch: after lunch
    (sp(5, 18), sp(6, 8)),             # Monday evening: Tuesday morning
    (sp(9, 19), sp(10, 9)),            # Friday evening: Saturday at nine
    (sp(10, 13), sp(12, 8)),           # Saturday afternoon: Monday (Sunday has no hours)
    (sp(11, 23, 59, 59), sp(12, 8)),
])
def test_next_opening(moment, opens):
    assert next_opening(OFFICE, moment) == opens


def test_a_weekly_opening_is_found_a_week_later():
    only_monday = {"time_zone": "America/Sao_Paulo", "days": {"mon": [["08:00", "09:00"]]}}
    assert next_opening(only_monday, sp(5, 10)) == sp(12, 8)
    assert next_opening(only_monday, sp(5, 10)) - sp(5, 10) == timedelta(days=6, hours=22)


def test_the_next_opening_is_in_the_hours_zone_and_compares_as_an_instant():
    tokyo = {"time_zone": "Asia/Tokyo", "days": {"mon": [["10:00", "18:00"]]}}
    opens = next_opening(tokyo, sp(5, 9))
    assert opens.tzinfo == ZoneInfo("Asia/Tokyo") and (opens.hour, opens.weekday()) == (10, 0)
    assert opens == datetime(2026, 1, 12, 1, 0, tzinfo=UTC)


def test_daylight_saving_moves_the_instant_not_the_wall_clock_hours():
    new_york = {"time_zone": "America/New_York", "days": {day: [["09:00", "17:00"]] for day in ("fri", "mon")}}
    friday = datetime(2026, 3, 6, 20, 0, tzinfo=UTC)            # Friday 15:00 EST: open
    assert is_open(new_york, friday)
    opens = next_opening(new_york, datetime(2026, 3, 6, 23, 0, tzinfo=UTC))
    assert opens == datetime(2026, 3, 9, 13, 0, tzinfo=UTC)      # Monday 09:00 EDT (UTC-4, no longer -5)
    assert is_open(new_york, datetime(2026, 3, 9, 13, 0, tzinfo=UTC))
    assert not is_open(new_york, datetime(2026, 3, 9, 12, 59, tzinfo=UTC))


def test_an_opening_inside_the_spring_forward_gap_is_when_the_clocks_resume():
    # 8 March 2026, New York: 02:00 EST jumps to 03:00 EDT; 02:30 never happens that day
    gap = {"time_zone": "America/New_York", "days": {"sun": [["02:30", "04:00"]]}}
    saturday = datetime(2026, 3, 7, 12, 0, tzinfo=UTC)
    opens = next_opening(gap, saturday)
    assert opens == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)      # 03:30 EDT, within the interval
    assert is_open(gap, opens)
    lost = {"time_zone": "America/New_York", "days": {"sun": [["02:00", "03:00"]]}}   # wholly in the gap
    assert next_opening(lost, saturday) == datetime(2026, 3, 15, 6, 0, tzinfo=UTC)    # a week on, 02:00 EDT


# ---- the away message -------------------------------------------------------------------------
def test_the_away_message_is_due_once_per_closed_period():
    assert not away_message_due(OFFICE, sp(5, 9), None)              # open: nothing to say
    assert not away_message_due(None, sp(5, 3), None)                # no hours: always open
    assert away_message_due(OFFICE, sp(5, 19), None)                 # closed, never told
    assert not away_message_due(OFFICE, sp(5, 23), sp(5, 19))        # told this evening
    assert not away_message_due(OFFICE, sp(6, 7, 59), sp(5, 19))     # still before Tuesday's opening
    assert away_message_due(OFFICE, sp(6, 12, 30), sp(5, 19))        # it opened since: lunch is a new period
    assert not away_message_due(OFFICE, sp(6, 12, 45), sp(6, 12, 30))
    assert away_message_due(OFFICE, sp(6, 12, 45), sp(6, 10))        # told while open (hours changed since)


def test_hours_that_never_open_say_it_once():
    closed = {"time_zone": "America/Sao_Paulo", "days": {}}
    assert away_message_due(closed, sp(5, 10), None)
    assert not away_message_due(closed, sp(20, 10), sp(5, 10))
