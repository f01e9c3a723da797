"""A compact weekly hours editor (Settings ▸ Teams, issue 16): business hours on or off (off:
always open), the time zone, and per weekday open or closed with from and to. The rows are
models/weekly_hours.py's; this widget only draws them and reads them back."""
from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.business_hours import DAYS
from rvops_desktop.models.weekly_hours import DayRow, end_for_field, end_from_field, hours_from, rows_of

DAY_NAMES = {"mon": QT_TRANSLATE_NOOP("WeeklyHoursEditor", "Monday"),
             "tue": QT_TRANSLATE_NOOP("WeeklyHoursEditor", "Tuesday"),
             "wed": QT_TRANSLATE_NOOP("WeeklyHoursEditor", "Wednesday"),
             "thu": QT_TRANSLATE_NOOP("WeeklyHoursEditor", "Thursday"),
             "fri": QT_TRANSLATE_NOOP("WeeklyHoursEditor", "Friday"),
             "sat": QT_TRANSLATE_NOOP("WeeklyHoursEditor", "Saturday"),
             "sun": QT_TRANSLATE_NOOP("WeeklyHoursEditor", "Sunday")}
TIME = "HH:mm"


def _said(day: str) -> str:
    return QCoreApplication.translate("WeeklyHoursEditor", DAY_NAMES[day])


class _DayLine:
    """One weekday: open (its name, ticked), from, to; the row it was loaded from."""

    def __init__(self, parent: QWidget, day: str) -> None:
        self.day, self.row, self._on = day, DayRow.of(day, []), True  # type: ignore[arg-type]
        self.open = QCheckBox(_said(day), parent)
        self.start, self.end = QTimeEdit(parent), QTimeEdit(parent)
        for edit, what in ((self.start, QT_TRANSLATE_NOOP("WeeklyHoursEditor", "%1 opens at")),
                           (self.end, QT_TRANSLATE_NOOP("WeeklyHoursEditor", "%1 closes at (00:00: midnight)"))):
            edit.setDisplayFormat(TIME)
            edit.setAccessibleName(QCoreApplication.translate("WeeklyHoursEditor", what).replace("%1", _said(day)))
        self.open.toggled.connect(self._follow)

    def show(self, row: DayRow) -> None:
        self.row = row
        self.open.setChecked(row.open)
        self.start.setTime(QTime.fromString(row.start, TIME))
        self.end.setTime(QTime.fromString(end_for_field(row.end), TIME))
        intervals = " · ".join(f"{a}–{b}" for a, b in row.kept) if row.split else ""
        tip = QCoreApplication.translate("WeeklyHoursEditor", "Open %1; changing the times makes it one interval.")
        for widget in (self.start, self.end):
            widget.setToolTip(tip.replace("%1", intervals) if intervals else "")
        self._follow()

    def read(self) -> DayRow:
        return DayRow(self.row.day, self.open.isChecked(), self.start.time().toString(TIME),
                      end_from_field(self.end.time().toString(TIME)), self.row.kept)

    def enable(self, on: bool) -> None:
        self._on = on
        self.open.setEnabled(on)
        self._follow()

    def _follow(self) -> None:
        on = self._on and self.open.isChecked()
        self.start.setEnabled(on)
        self.end.setEnabled(on)


class WeeklyHoursEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Only during &business hours (otherwise always open)"), self)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setMinimumContentsLength(20)
        self.days = {day: _DayLine(self, day) for day in DAYS}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Time zone"), self), 0, 0)
        grid.addWidget(self.zone, 0, 1, 1, 4)
        for n, line in enumerate(self.days.values(), start=1):
            grid.addWidget(line.open, n, 0)
            grid.addWidget(line.start, n, 1)
            grid.addWidget(QLabel(self.tr("to"), self), n, 2)
            grid.addWidget(line.end, n, 3)
        grid.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding), 1, 4)   # the times stay together
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addLayout(grid)
        self.enabled.toggled.connect(self._follow)
        self.set_hours(None)

    def set_hours(self, hours: dict | None) -> None:
        """Show a team's hours (None: always open, the editor offering Monday to Friday 8–18)."""
        zone, rows = rows_of(hours)
        self.enabled.setChecked(hours is not None)
        self.zone.setCurrentText(zone)
        for row in rows:
            self.days[row.day].show(row)
        self._follow()

    def hours(self) -> dict | None:
        """The hours to send; None when off (always open)."""
        if not self.enabled.isChecked():
            return None
        return hours_from(self.zone.currentText(), [line.read() for line in self.days.values()])

    def _follow(self) -> None:
        on = self.enabled.isChecked()
        self.zone.setEnabled(on)
        for line in self.days.values():
            line.enable(on)
