"""Moments as the agent reads them: in the computer's time zone, in the UI language's way of
writing dates (03/12/2026 in pt-BR, 12/3/2026 in English), never UTC ISO text."""
from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from rvops_contract.clock import from_iso


def local(iso: str | datetime | None) -> datetime | None:
    moment = from_iso(iso) if isinstance(iso, str) or iso is None else iso
    return moment.astimezone() if moment is not None else None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_format() -> str:
    """The locale's short date format with a four-digit year (dd/MM/yyyy, M/d/yyyy)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"y+", "yyyy", fmt)


def short_date(moment: str | datetime | date | None) -> str:
    """A calendar date: 03/12/2026 (pt-BR), 12/3/2026 (English)."""
    day = moment if isinstance(moment, date) and not isinstance(moment, datetime) else local(moment)
    if day is None:
        return ""
    return QLocale().toString(_qdate(day if not isinstance(day, datetime) else day.date()), date_format())


def day_and_month(moment: str | datetime | None) -> str:
    """A day this year, without the year: 03/12 (pt-BR), 12/3 (English)."""
    when = local(moment)
    if when is None:
        return ""
    fmt = re.sub(r"[^dM]*y+[^dM]*", "", QLocale().dateFormat(QLocale.FormatType.ShortFormat)).strip(" ./-")
    return QLocale().toString(_qdate(when.date()), fmt)


def clock_time(moment: str | datetime | None) -> str:
    """The time of day, 24-hour as the inbox has always shown it: 17:25."""
    when = local(moment)
    return QLocale().toString(QTime(when.hour, when.minute), "HH:mm") if when is not None else ""
