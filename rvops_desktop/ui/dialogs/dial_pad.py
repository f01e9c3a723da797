"""Dial any number (S9): a number, an extension or a SIP address, typed or keyed in; Enter calls."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..plain_text import plain
from ..resources import icon
from ..widgets.dial_pad import Keypad


class DialPadDialog(QDialog):
    dialed = Signal(str)  # what the agent typed; the softphone service turns it into a call

    def __init__(self, gate=None, parent: QWidget | None = None) -> None:
        """`gate`: the window's CallGate, so Call is disabled (with the reason) while calls are off."""
        super().__init__(parent)
        self.setObjectName("dialPad")
        self.setWindowTitle(self.tr("Dial pad"))
        self.number = QLineEdit(self)
        self.number.setObjectName("dialNumber")
        self.number.setPlaceholderText(self.tr("Number, extension or SIP address"))
        self.number.setClearButtonEnabled(True)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() + 4)
        self.number.setFont(font)
        self.keypad = Keypad(3, self)
        self.keypad.pressed.connect(self.number.insert)
        self.reason = plain(QLabel(self))
        self.reason.setObjectName("dialReason")
        self.reason.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.call_button = QPushButton(icon("call"), self.tr("Call"), self)
        self.call_button.setObjectName("dialCall")
        self.call_button.setDefault(True)
        self.buttons.addButton(self.call_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.call_button.clicked.connect(self._call)
        self.number.returnPressed.connect(self._call)
        self.number.textChanged.connect(lambda text: self.call_button.setEnabled(bool(text.strip())))
        self.call_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keypad)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._gate = gate
        if gate is not None:
            gate.add(self.call_button)
        self._show_reason()
        self.number.setFocus()

    def _show_reason(self) -> None:
        reason = self._gate.reason if self._gate is not None else ""
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    def _call(self) -> None:
        text = self.number.text().strip()
        if not text or not self.call_button.isEnabled():
            return
        self.dialed.emit(text)
        self.accept()
