"""A new template's buttons, edited row by row: a quick reply (its text), a link (its text and
address, which may end in `{{1}}`: then the example of that ending Meta's review needs) or a phone
number (its text and the number, read as E.164 like every phone in the app). Up to Meta's ten."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.phones import DEFAULT_COUNTRY_CODE, PhoneError, to_e164
from rvops_contract.templates import MAX_BUTTONS, PLACEHOLDER

from .fields import choice, line_edit


class ButtonRow(QWidget):
    changed = Signal()
    removed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = choice(self, [(self.tr("Quick reply"), "QUICK_REPLY"), (self.tr("Link"), "URL"),
                                  (self.tr("Phone"), "PHONE_NUMBER")], self.tr("Button type"))
        self.text = line_edit(self, self.tr("Button text"), self.tr("Button text"))
        self.value = QLineEdit(self)
        self.example = line_edit(self, self.tr("Example ending, e.g. BR123"), self.tr("Example of the link's ending"))
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAccessibleName(self.tr("Remove button"))
        self.remove.setToolTip(self.tr("Remove button"))
        # the type, the text and ✕ on one line; a link's or phone's value (and the link's example) under them
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.kind, 0, 0)
        layout.addWidget(self.text, 0, 1)
        layout.addWidget(self.remove, 0, 2)
        layout.addWidget(self.value, 1, 0, 1, 2)
        layout.addWidget(self.example, 2, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.value.textChanged.connect(self._example_shown)
        for edit in (self.text, self.value, self.example):
            edit.textChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.value.setVisible(kind != "QUICK_REPLY")
        self.value.setPlaceholderText(self.tr("https://… (may end in {{1}})") if kind == "URL"
                                      else self.tr("+55 11 98765-4321"))
        self.value.setAccessibleName(self.tr("Link address") if kind == "URL" else self.tr("Phone number"))
        self._example_shown()
        self.changed.emit()

    def _example_shown(self) -> None:
        self.example.setVisible(self.kind.currentData() == "URL" and bool(PLACEHOLDER.search(self.value.text())))

    def button(self) -> dict:
        """The button as Meta takes it."""
        kind = self.kind.currentData()
        button: dict = {"type": kind, "text": self.text.text().strip()}
        value = self.value.text().strip()
        if kind == "URL":
            button["url"] = value
            if PLACEHOLDER.search(value) and self.example.text().strip():
                button["example"] = [PLACEHOLDER.sub(self.example.text().strip(), value)]
        elif kind == "PHONE_NUMBER":
            try:
                button["phone_number"] = to_e164(value, DEFAULT_COUNTRY_CODE)
            except PhoneError:
                button["phone_number"] = value  # the rule says what is wrong with it
        return button


class ButtonsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ButtonRow] = []
        self.add_button = QPushButton(self.tr("Add b&utton"), self)
        self.add_button.clicked.connect(lambda: self.add())
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows)
        layout.addWidget(self.add_button)
        layout.addStretch(1)   # the rows stay together at the top

    def add(self, kind: str = "QUICK_REPLY", text: str = "", value: str = "", example: str = "") -> ButtonRow:
        row = ButtonRow(self)
        row.kind.setCurrentIndex(row.kind.findData(kind))
        row.text.setText(text)
        row.value.setText(value)
        row.example.setText(example)
        row.changed.connect(self.changed)
        row.removed.connect(self.remove)
        self._rows.addWidget(row)
        self.rows.append(row)
        self.add_button.setEnabled(len(self.rows) < MAX_BUTTONS)
        row.text.setFocus()
        self.changed.emit()
        return row

    def remove(self, row: ButtonRow) -> None:
        self.rows.remove(row)
        self._rows.removeWidget(row)
        row.deleteLater()
        self.add_button.setEnabled(len(self.rows) < MAX_BUTTONS)
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove(row)

    def buttons(self) -> list[dict]:
        return [row.button() for row in self.rows]
