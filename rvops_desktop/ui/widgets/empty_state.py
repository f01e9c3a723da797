"""What an empty pane says: a sentence centred in the theme's muted colour."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel


def muted(label: QLabel) -> QLabel:
    """`label` as an empty state's sentence: centred, in the palette's placeholder colour (it follows
    the light and dark themes), away from the pane's edges."""
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setContentsMargins(24, 24, 24, 24)
    return label
