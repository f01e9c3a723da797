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
    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = path
        self.setWindowTitle(Path(path).name)
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
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), Path(self.path).name)
        if target:
            shutil.copyfile(self.path, target)
