"""The list the composer opens as you type: snippets on "/" (S3), and in a hidden note colleagues
on "@" (issue 15 #16); filtered as you type, arrows and Enter."""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_VARIABLE = re.compile(r"\{\{\s*([\w.]+)\s*\}\}")


def fill_variables(body: str, values: dict[str, str]) -> str:
    """`{{contact.name}}` → the value; unknown variables stay as typed, for the agent to see."""
    return _VARIABLE.sub(lambda m: values.get(m.group(1), m.group(0)), body)


@dataclass(frozen=True)
class Mention:
    """A colleague chosen in the list (the composer writes their name after "@")."""

    name: str


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

    def show_people(self, people: list[tuple[str, str]]) -> None:
        """Colleagues to @mention in a hidden note: (user id, name)."""
        self.clear()
        for _uid, name in people[:30]:
            item = QListWidgetItem(f"@{name}")
            item.setData(Qt.ItemDataRole.UserRole, Mention(name))
            self.addItem(item)
        self.setVisible(self.count() > 0)
        if self.count():
            self.setCurrentRow(0)

    def move_selection(self, delta: int) -> None:
        if self.count():
            self.setCurrentRow((self.currentRow() + delta) % self.count())

    def current_snippet(self) -> object | None:  # a snippet, or a Mention
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
