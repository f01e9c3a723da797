"""The snippet list the composer opens on "/" (S3): filtered as you type, arrows and Enter."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_VARIABLE = re.compile(r"\{\{\s*([\w.]+)\s*\}\}")


def fill_variables(body: str, values: dict[str, str]) -> str:
    """`{{contact.name}}` → the value; unknown variables stay as typed, for the agent to see."""
    return _VARIABLE.sub(lambda m: values.get(m.group(1), m.group(0)), body)


class SnippetPopup(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snippetPopup")
        self.setAccessibleName(self.tr("Snippets"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMaximumHeight(180)
        self.hide()

    def show_snippets(self, snippets) -> None:
        self.clear()
        for snippet in snippets[:30]:
            item = QListWidgetItem(f"/{snippet.shortcut}  —  {snippet.title}\n{(snippet.body or '')[:90]}")
            item.setData(Qt.ItemDataRole.UserRole, snippet)
            self.addItem(item)
        self.setVisible(self.count() > 0)
        if self.count():
            self.setCurrentRow(0)

    def move_selection(self, delta: int) -> None:
        if self.count():
            self.setCurrentRow((self.currentRow() + delta) % self.count())

    def current_snippet(self):
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
