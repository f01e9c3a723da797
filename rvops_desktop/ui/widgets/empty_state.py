"""What an empty pane says: a sentence centred in the theme's muted colour."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QListWidget, QWidget

MARGIN = 24  # px between an empty pane's sentence and the pane's edges


def muted(label: QLabel) -> QLabel:
    """`label` as an empty state's sentence: centred, in the palette's placeholder colour (it follows
    the light and dark themes), away from the pane's edges."""
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setMargin(MARGIN)  # the label's own margin: contents margins are reset when its parent is polished
    return label


class ListWithEmptyText(QListWidget):
    """A list that, while it has no rows, says so in its middle (in the muted colour) instead of
    showing a blank box: "No deals for this contact"."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(8, 4, -8, -4),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()
