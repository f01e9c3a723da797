"""The snippets screen (S3), with the manage-snippets permission: create, edit, delete."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..plain_text import plain
from .settings_common import action_buttons, button_row, enter_in_form


class SnippetsDialog(QDialog):
    def __init__(self, store, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snippets"))
        self.resize(640, 420)
        self._store = store
        self._actions = actions
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(lambda cur, _prev: self._load(cur))
        self.shortcut = QLineEdit(self)
        self.shortcut.setPlaceholderText("ola")
        self.title = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Text; variables: {{contact.name}}, {{agent.name}}"))
        self.problem = plain(QLabel(self))  # server sentences may quote names
        self.problem.setStyleSheet("color: #D93025;")
        self.body.setTabChangesFocus(True)   # Tab goes on to the buttons; a snippet needs no tab characters
        self.new_button, self.save_button, self.delete_button = action_buttons(
            self, (self.tr("&New"), self.new), (self.tr("&Save"), self.save), (self.tr("&Delete"), self.delete))
        self.list.setAccessibleName(self.tr("Snippets"))
        form = QFormLayout()
        form.addRow(self.tr("S&hortcut (/…)"), self.shortcut)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Message"), self.body)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.problem)
        right.addLayout(button_row((self.new_button, self.save_button, self.delete_button)))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        main = QHBoxLayout()
        main.addWidget(self.list, 1)
        main.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(main)
        layout.addWidget(close)
        self._editing: str | None = None
        self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_in_form(self, event, self.save_button):   # Enter in the shortcut or the title saves
            super().keyPressEvent(event)

    def reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for snippet in self._store.snippets():
            item = QListWidgetItem(f"/{snippet.shortcut} — {snippet.title}")
            item.setData(Qt.ItemDataRole.UserRole, snippet)
            self.list.addItem(item)
            if snippet.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _load(self, item) -> None:
        snippet = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._editing = snippet.id if snippet else None
        self.shortcut.setText(snippet.shortcut if snippet else "")
        self.title.setText(snippet.title if snippet else "")
        self.body.setPlainText(snippet.body if snippet else "")

    def new(self) -> None:
        self.list.clearSelection()
        self._load(None)
        self.shortcut.setFocus()

    def save(self) -> None:
        shortcut = self.shortcut.text().strip().lstrip("/")
        title, body = self.title.text().strip(), self.body.toPlainText().strip()
        if not shortcut or not title or not body or not shortcut.replace("-", "").replace("_", "").isalnum():
            self.problem.setText(self.tr("Fill in a shortcut (letters, digits, - or _), a title and the text."))
            return
        self.problem.setText("")
        self._editing = self._actions.upsert_snippet(shortcut, title, body, self._editing)
        self.reload(select=self._editing)

    def delete(self) -> None:
        if self._editing is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete snippet"),
                                      self.tr("Delete the snippet /%1?").replace("%1", self.shortcut.text()))
        if answer == QMessageBox.StandardButton.Yes:
            self._actions.delete_snippet(self._editing)
            self._editing = None
            self.reload()
            self._load(None)
