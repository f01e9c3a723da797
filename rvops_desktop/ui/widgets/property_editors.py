"""One editor per contact property kind (rvops_contract.properties): text and numbers in a line
edit, yes/no a check box, a choice a combo box, a date a date picker. Each reports the value the
definition stores, or NotAValue with the kind expected. Also what the contact panel and the new
contact form share: a required property's label and mark, and the sentences saying why a value
was not saved."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from rvops_contract.properties import as_date, from_text
from rvops_contract.wire import PropertyType

from ..local_time import date_format
from ..plain_text import plain

NO_DATE = QDate(1900, 1, 1)  # the date picker's "no date" (shown as —)


class _TurnsOnlyWhenIn:
    """A choice or a date the mouse wheel changes only once the agent is in it: rolled over on the
    way down the contact panel, Qt's combo box took the next choice — and saved it on the contact —
    and the date picker stepped its date. Elsewhere the wheel goes on to the panel, which scrolls."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()


class _ChoiceBox(_TurnsOnlyWhenIn, QComboBox):
    pass


class _DateBox(_TurnsOnlyWhenIn, QDateEdit):
    pass


class PropertyEditor:
    """`widget` to put in the form; `value()` (may raise NotAValue); `on_change(callback)`."""

    def __init__(self, kind: str, choices: list[str], value: Any, parent: QWidget) -> None:
        self.kind = kind
        self.choices = list(choices)
        if kind == PropertyType.BOOL:
            self.widget: QWidget = QCheckBox(parent)
        elif kind == PropertyType.CHOICE:
            self.widget = _ChoiceBox(parent)
        elif kind == PropertyType.DATE:
            self.widget = _DateBox(parent)
            self.widget.setCalendarPopup(True)
            self.widget.setDisplayFormat(date_format())
            self.widget.setMinimumDate(NO_DATE)
            self.widget.setSpecialValueText("—")
        else:
            self.widget = QLineEdit(parent)
            if kind == PropertyType.NUMBER:  # empty reads as the empty choice and date do; the form in the tip
                # (a grey "1.234,5" read as the contact's value, and with a separator the field never shows)
                self.widget.setPlaceholderText("—")
                self.widget.setToolTip(number_hint())
        if isinstance(self.widget, _TurnsOnlyWhenIn):
            self.widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # the wheel gives no focus either
        self.set_value(value)

    def set_value(self, value: Any) -> None:
        """Show `value` (another contact's, when the panel reuses its editors): quietly, as loaded."""
        widget = self.widget
        blocked = widget.blockSignals(True)
        try:
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.clear()
                widget.addItem("—", None)
                for choice in self.choices:
                    widget.addItem(choice, choice)
                if value is not None and value not in self.choices:  # an old value the options no longer have
                    widget.addItem(str(value), value)
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QDateEdit):
                day = as_date(value)
                widget.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
            elif isinstance(widget, QLineEdit):
                text = _shown(self.kind, value)
                widget.setText(text)
                widget.setCursorPosition(0)  # a long value shows its beginning, not its end
                # room for the whole value (up to 32 characters): where the panel is too narrow for it
                # beside its label, the form puts the field under the label instead of clipping it
                metrics = widget.fontMetrics()
                widget.setMinimumWidth(min(metrics.horizontalAdvance(text), metrics.averageCharWidth() * 32) + 16)
        finally:
            widget.blockSignals(blocked)

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


def field_label(key: str, text: str, widget: QWidget, parent: QWidget, *, required: bool,
                editable: bool = True) -> QLabel:
    """The label of a property's field (its buddy): a required one marked "*", the reason in a
    tooltip (on the field too, unless it is read-only and says why instead)."""
    label = plain(QLabel(text, parent))
    label.setObjectName(f"label_{key}")
    label.setBuddy(widget)
    if required:
        reason = QCoreApplication.translate("ContactPanel", "Required: it cannot be left empty.")
        label.setText(f"{text} *")
        label.setToolTip(reason)
        widget.setAccessibleDescription(reason)
        if editable:
            widget.setToolTip(reason)
    return label


def required_sentence(labels: list[str]) -> str:
    """The server's sentence (property_required), word for word: said before anything is queued."""
    return QCoreApplication.translate("ContactPanel", "Fill in the required fields: %1. Nothing was saved."
                                      ).replace("%1", ", ".join(labels))


def number_example() -> str:
    """1234,5 in pt-BR, 1234.5 in English: as a number is typed (no group separator)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(1234.5, "f", 1)


def number_hint() -> str:
    return QCoreApplication.translate("ContactPanel", "A number, such as %1").replace("%1", number_example())


def misfit_sentence(label: str, why: str, choices: list[str]) -> str:
    """Why what was typed into `label` was not saved (`why`: check_value's or NotAValue's kind)."""
    translate = QCoreApplication.translate
    expected = {"number": translate("ContactPanel", "a number, such as %1").replace("%1", number_example()),
                "yes/no": translate("ContactPanel", "yes or no"),
                "date": translate("ContactPanel", "a date, such as 31/12/2026"),
                "text": translate("ContactPanel", "up to 2000 characters"),
                "choice": translate("ContactPanel", "one of: %1").replace("%1", ", ".join(choices))}[why]
    return translate("ContactPanel", "%1 was not saved: type %2.").replace("%1", label).replace("%2", expected)


def _shown(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == PropertyType.NUMBER and isinstance(value, (int, float)) and not isinstance(value, bool):
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # 1234,5: read back as typed
        return locale.toString(value) if isinstance(value, int) else locale.toString(float(value), "g", 12)
    return str(value)
