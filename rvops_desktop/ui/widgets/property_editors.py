"""One editor per contact property kind (rvops_contract.properties): text and numbers in a line
edit, yes/no a check box, a choice a combo box, a date a date picker. Each reports the value the
definition stores, or NotAValue with the kind expected."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from rvops_contract.properties import as_date, from_text

from ..local_time import date_format

NO_DATE = QDate(1900, 1, 1)  # the date picker's "no date" (shown as —)


class PropertyEditor:
    """`widget` to put in the form; `value()` (may raise NotAValue); `on_change(callback)`."""

    def __init__(self, kind: str, choices: list[str], value: Any, parent: QWidget) -> None:
        self.kind = kind
        if kind == "bool":
            self.widget: QWidget = QCheckBox(parent)
            self.widget.setChecked(bool(value))
        elif kind == "choice":
            self.widget = QComboBox(parent)
            self.widget.addItem("—", None)
            for choice in choices:
                self.widget.addItem(choice, choice)
            if value is not None and value not in choices:  # an old value the options no longer have
                self.widget.addItem(str(value), value)
            self.widget.setCurrentIndex(max(0, self.widget.findData(value)))
        elif kind == "date":
            self.widget = QDateEdit(parent)
            self.widget.setCalendarPopup(True)
            self.widget.setDisplayFormat(date_format())
            self.widget.setMinimumDate(NO_DATE)
            self.widget.setSpecialValueText("—")
            day = as_date(value)
            self.widget.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        else:
            text = _shown(kind, value)
            self.widget = QLineEdit(text, parent)
            self.widget.setCursorPosition(0)  # a long value shows its beginning, not its end
            # room for the whole value (up to 32 characters): where the panel is too narrow for it
            # beside its label, the form puts the field under the label instead of clipping it
            metrics = self.widget.fontMetrics()
            self.widget.setMinimumWidth(min(metrics.horizontalAdvance(text), metrics.averageCharWidth() * 32) + 16)
            if kind == "number":
                self.widget.setPlaceholderText(QLocale().toString(1234.5, "f", 1))

    def value(self) -> Any:
        if isinstance(self.widget, QCheckBox):
            return self.widget.isChecked()
        if isinstance(self.widget, QComboBox):
            return self.widget.currentData()
        if isinstance(self.widget, QDateEdit):
            day = self.widget.date()
            return None if day == NO_DATE else day.toString("yyyy-MM-dd")
        return from_text(self.kind, self.widget.text())

    def on_change(self, callback: Callable[[], None]) -> None:
        if isinstance(self.widget, QCheckBox):
            self.widget.toggled.connect(lambda _checked: callback())
        elif isinstance(self.widget, QComboBox):
            self.widget.activated.connect(lambda _index: callback())
        else:  # QLineEdit and QDateEdit: when the agent leaves the field (or presses Enter)
            self.widget.editingFinished.connect(callback)

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        if isinstance(self.widget, (QLineEdit, QDateEdit)):
            self.widget.setReadOnly(read_only)
        else:  # a check box or a combo box cannot be read-only: disabled
            self.widget.setEnabled(not read_only)
        if read_only:
            self.widget.setToolTip(reason)


def _shown(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # 1234,5: read back as typed
        return locale.toString(value) if isinstance(value, int) else locale.toString(float(value), "g", 12)
    return str(value)
