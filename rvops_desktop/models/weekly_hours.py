"""The weekly hours editor of Settings ▸ Teams (issue 16): a team's business hours
(rvops_contract/business_hours.py) as one row per weekday — open or closed, from, to — and back.
No Qt: ui/widgets/weekly_hours.py draws the rows.

A row shows one interval. A day that has several (set through the API: 08:00–12:00 and 13:00–18:00)
shows from its first start to its last end, and keeps its intervals as they are until the row is
changed. A time field cannot say 24:00: an end of 00:00 means midnight, the end of the day.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rvops_contract.business_hours import DAYS, DEFAULT_TIME_ZONE, MIDNIGHT, Day, hours_of

OPEN_BY_DEFAULT = DAYS[:5]            # hours newly turned on: Monday to Friday…
DEFAULT_SPAN = ("08:00", "18:00")     # …from 8 to 18


@dataclass(frozen=True)
class DayRow:
    day: Day
    open: bool
    start: str                            # "HH:MM"
    end: str                              # "HH:MM", MIDNIGHT for the end of the day
    kept: tuple[tuple[str, str], ...] = ()   # the day's intervals as the hours had them

    @classmethod
    def of(cls, day: Day, intervals: Iterable[Iterable[str]]) -> DayRow:
        kept = tuple((str(start), str(end)) for start, end in intervals)
        if not kept:
            return cls(day, False, *DEFAULT_SPAN)
        return cls(day, True, kept[0][0], kept[-1][1], kept)

    def intervals(self) -> list[list[str]]:
        """What the row says: its kept intervals while unchanged, else its one interval (none: closed)."""
        if not self.open:
            return []
        if self.kept and (self.start, self.end) == (self.kept[0][0], self.kept[-1][1]):
            return [list(span) for span in self.kept]
        return [[self.start, self.end]]

    @property
    def split(self) -> bool:
        """The row stands for several intervals (its from–to is their span)."""
        return len(self.intervals()) > 1


def rows_of(hours: Mapping[str, Any] | None) -> tuple[str, list[DayRow]]:
    """The zone and the seven rows for a team's hours; no hours: São Paulo, Monday to Friday 8–18
    (what the editor offers when hours are turned on)."""
    shape = hours_of(dict(hours)) if hours is not None else None
    if shape is None:
        return DEFAULT_TIME_ZONE, [DayRow.of(day, [DEFAULT_SPAN] if day in OPEN_BY_DEFAULT else [])
                                   for day in DAYS]
    return shape.time_zone or DEFAULT_TIME_ZONE, [DayRow.of(day, shape.days.get(day, [])) for day in DAYS]


def hours_from(zone: str, rows: Iterable[DayRow]) -> dict[str, Any]:
    """The hours to send, as the server stores them: closed days left out, weekday order."""
    said = {row.day: row.intervals() for row in rows}
    return {"time_zone": zone.strip(), "days": {day: said[day] for day in DAYS if said.get(day)}}


def end_from_field(hhmm: str) -> str:
    """A time field's end: 00:00 is midnight, the end of the day."""
    return MIDNIGHT if hhmm == "00:00" else hhmm


def end_for_field(end: str) -> str:
    return "00:00" if end == MIDNIGHT else end
