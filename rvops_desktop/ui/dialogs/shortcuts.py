"""The shortcut sheet (Ctrl+/)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [("Ctrl+K", self.tr("Search")), ("Alt+↑ / Alt+↓", self.tr("Previous / next conversation")),
                ("Tab, ↑ / ↓, Home / End", self.tr("Walk the conversation list (the focus stays in it)")),
                ("Enter / Ctrl+Enter", self.tr("Send")), ("Shift+Enter", self.tr("New line")),
                ("/", self.tr("Snippets")), ("Ctrl+Shift+A", self.tr("Claim")),
                ("Ctrl+Shift+C", self.tr("Close conversation")), ("Ctrl+Shift+R", self.tr("Reopen")),
                ("Ctrl+Shift+T", self.tr("Transfer")), ("Ctrl+Shift+D", self.tr("Dial pad")),
                ("Ctrl+N", self.tr("New conversation")), ("Ctrl+Shift+O", self.tr("Contacts")),
                ("Ctrl+Shift+S", self.tr("Supervision (supervisors)")), ("Ctrl+,", self.tr("Settings (administrators)")),
                ("Ctrl+/", self.tr("This sheet"))]
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # a sheet to read, not a form
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        for i, (keys, action) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(keys))
            table.setItem(i, 1, QTableWidgetItem(action))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(420, 340)
