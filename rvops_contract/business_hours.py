"""Business hours (issue 16: a team's; issue 18: the chatbot's), one rule for server and client.

The shape: an IANA time zone ("America/Sao_Paulo") and, per weekday (mon…sun), zero or more
intervals ["HH:MM", "HH:MM"] of that zone's wall-clock time, each from its start (included) to its
end (excluded); "24:00" ends at midnight. A day with no interval is closed; no hours at all (None)
is always open. `time_zone` None means the caller's default (the workspace's, else São Paulo).

`check_hours` names the first problem (a zone that does not exist, a time that is not HH:MM, an end
not after its start, two intervals of a day that overlap) for the caller to say in its words.
`is_open`, `next_opening` and `away_message_due` take the moment (aware; naive is UTC) instead of
reading a clock, and read it in the hours' zone through zoneinfo: a daylight-saving change moves the
instant, never the wall-clock hours.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_TIME_ZONE = "America/Sao_Paulo"
Day = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DAYS: tuple[Day, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_INTERVALS = 12   # a day's intervals: more than any real timetable needs
MIDNIGHT = "24:00"   # the end of a day
_HHMM = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$")
_Time = Annotated[str, Field(max_length=5)]


class WeeklyHours(BaseModel):
    """`days`: weekday → [["08:00", "12:00"], ["13:00", "18:00"]]; a day not listed is closed."""

    model_config = ConfigDict(extra="forbid")

    time_zone: str | None = Field(default=None, max_length=64)
    days: dict[Day, Annotated[list[tuple[_Time, _Time]], Field(max_length=MAX_INTERVALS)]] = Field(
        default_factory=dict)


HoursLike = WeeklyHours | dict[str, Any] | None   # the shape, or as stored and sent (JSON)


@dataclass(frozen=True)
class HoursProblem:
    """`code`: bad_time_zone (values: zone), bad_time or end_before_start (day, start, end), overlap
    (day, start, end, and the interval it overlaps: other_start, other_end). `field` under the hours:
    `time_zone` or `days.<day>`."""

    code: str
    field: str
    values: dict[str, str] = dataclasses.field(default_factory=dict)


def zone_of(name: str | None) -> ZoneInfo | None:
    """The zone by its IANA name; None when there is no such zone."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def minutes_of(hhmm: str) -> int:
    """"08:30" → 510; "24:00" → 1440 (the time must be valid: see `check_hours`)."""
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def check_hours(hours: WeeklyHours | None) -> HoursProblem | None:
    """None when the hours are valid (None is: always open); else the first problem, day by day."""
    if hours is None:
        return None
    if hours.time_zone is not None and zone_of(hours.time_zone) is None:
        return HoursProblem("bad_time_zone", "time_zone", {"zone": hours.time_zone})
    for day in DAYS:
        intervals = hours.days.get(day, [])
        for start, end in intervals:
            values = {"day": day, "start": start, "end": end}
            if not (_HHMM.match(start) and _HHMM.match(end)):
                return HoursProblem("bad_time", f"days.{day}", values)
            if minutes_of(end) <= minutes_of(start):
                return HoursProblem("end_before_start", f"days.{day}", values)
        ordered = sorted(intervals, key=lambda span: minutes_of(span[0]))
        for before, after in itertools.pairwise(ordered):
            if minutes_of(after[0]) < minutes_of(before[1]):   # touching (12:00 and 12:00) is fine
                return HoursProblem("overlap", f"days.{day}", {"day": day, "start": after[0], "end": after[1],
                                                               "other_start": before[0], "other_end": before[1]})
    return None


def normalized(hours: WeeklyHours, default_zone: str | None = None) -> dict[str, Any]:
    """Valid hours as stored and sent: the zone named (the default filled in), the days in weekday
    order with their intervals by start, closed days left out."""
    days = {day: [list(span) for span in sorted(hours.days[day], key=lambda s: minutes_of(s[0]))]
            for day in DAYS if hours.days.get(day)}
    return {"time_zone": hours.time_zone or default_zone or DEFAULT_TIME_ZONE, "days": days}


def hours_of(value: HoursLike) -> WeeklyHours | None:
    """Hours as stored or received (a JSON dict) read into the shape; None stays None."""
    if value is None or isinstance(value, WeeklyHours):
        return value
    return WeeklyHours.model_validate(value)


def _zone(hours: WeeklyHours, default_zone: str | None) -> ZoneInfo:
    return (zone_of(hours.time_zone) or zone_of(default_zone) or ZoneInfo(DEFAULT_TIME_ZONE))


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def is_open(hours: HoursLike, when: datetime, default_zone: str | None = None) -> bool:
    """Whether `when` falls within the hours; no hours: always open."""
    shape = hours_of(hours)
    if shape is None:
        return True
    local = _aware(when).astimezone(_zone(shape, default_zone))
    minute = local.hour * 60 + local.minute
    return any(minutes_of(start) <= minute < minutes_of(end)
               for start, end in shape.days.get(DAYS[local.weekday()], []))


def next_opening(hours: HoursLike, when: datetime,
                 default_zone: str | None = None) -> datetime | None:
    """`when` itself while open; else the first moment after it that the hours open (aware, in the
    hours' zone); None when they never open (no day has an interval)."""
    shape, when = hours_of(hours), _aware(when)
    if shape is None or is_open(shape, when, default_zone):
        return when
    zone = _zone(shape, default_zone)
    today = when.astimezone(zone).date()
    for offset in range(15):   # two weeks: a week's only opening may fall in a daylight-saving gap
        date = today + timedelta(days=offset)
        for start, _end in sorted(shape.days.get(DAYS[date.weekday()], []), key=lambda s: minutes_of(s[0])):
            minute = minutes_of(start)
            wall = datetime.combine(date, time(minute // 60, minute % 60), tzinfo=zone)
            # a start inside a daylight-saving gap does not exist: it opens when the clocks resume
            opening = wall.astimezone(UTC).astimezone(zone)
            if opening > when and is_open(shape, opening, default_zone):
                return opening
    return None


def away_message_due(hours: HoursLike, now: datetime, last_sent: datetime | None,
                     default_zone: str | None = None) -> bool:
    """Whether a customer writing at `now` is told the team is away: closed now, and not told yet in
    this closed period (never told, or the hours opened since they were)."""
    if is_open(hours, now, default_zone):
        return False
    if last_sent is None:
        return True
    reopened = next_opening(hours, _aware(last_sent), default_zone)
    return reopened is not None and reopened <= _aware(now)


__all__ = ["DAYS", "DEFAULT_TIME_ZONE", "MAX_INTERVALS", "MIDNIGHT", "Day", "HoursLike", "HoursProblem", "WeeklyHours",
           "away_message_due", "check_hours", "hours_of", "is_open", "minutes_of", "next_opening", "normalized",
           "zone_of"]
