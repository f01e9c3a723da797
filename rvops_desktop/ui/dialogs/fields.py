"""Form fields made in one line: a text field with its placeholder and accessible name, a choice
list with its (text, value) items."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget


def line_edit(parent: QWidget, placeholder: str = "", name: str = "") -> QLineEdit:
    field = QLineEdit(parent)
    if placeholder:
        field.setPlaceholderText(placeholder)
    if name:
        field.setAccessibleName(name)
    return field


def choice(parent: QWidget, items: Iterable[tuple[str, object]], name: str) -> QComboBox:
    box = QComboBox(parent)
    for text, value in items:
        box.addItem(text, value)
    box.setAccessibleName(name)
    return box
