"""An image attachment at full size (scrollable), with Save as…."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class ImageViewer(QDialog):
    def __init__(self, path: str, parent: QWidget | None = None, *, name: str = "") -> None:
        """`name`: the file's name as the customer sent it (none for a photo): the title and the
        name offered when saving, never the cache's file name."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = path
        self.name = name or self.tr("Image") + Path(path).suffix.lower()
        self.setWindowTitle(name or self.tr("Image"))
        self.image = QLabel(self)
        self.image.setPixmap(QPixmap(path))
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(900, 700)

    def save(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), self.name)
        if target:
            shutil.copyfile(self.path, target)
