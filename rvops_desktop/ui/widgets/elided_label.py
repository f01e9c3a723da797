"""A one-line label that gives up width to what is beside it: `…` at the end, the full text as its
tooltip, and a minimum width that does not depend on the text (a long contact name never widens
its pane, so the panes around it do not move)."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy

from ..plain_text import plain, plain_tooltip


class ElidedLabel(QLabel):
    def __init__(self, parent=None, *, minimum_width: int = 80) -> None:
        super().__init__(parent)
        plain(self)  # a contact's name or number, as they wrote it
        self._minimum_width = minimum_width
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tooltip(text))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum_width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self._minimum_width, super().sizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
