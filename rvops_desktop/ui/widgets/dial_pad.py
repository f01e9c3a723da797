"""A phone keypad (1-9, *, 0, #): the dial pad's keys and the in-call DTMF keys."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

KEYS = "123456789*0#"


class Keypad(QWidget):
    pressed = Signal(str)  # one key: 0-9, * or #

    def __init__(self, columns: int = 3, parent: QWidget | None = None, *, key_width: int = 0) -> None:
        """`key_width`: a fixed width per key (a compact row in the call bar); 0 = grow with the layout."""
        super().__init__(parent)
        self.setObjectName("keypad")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for i, key in enumerate(KEYS):
            button = QPushButton(key, self)
            button.setObjectName(f"key_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # typing stays in the number field
            if key_width:
                button.setFixedWidth(key_width)
            else:
                button.setMinimumSize(56, 36)
            button.setSizePolicy(button.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.pressed.emit(k))
            grid.addWidget(button, i // columns, i % columns)
            self.buttons[key] = button
