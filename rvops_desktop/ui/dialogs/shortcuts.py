"""The shortcut sheet (Ctrl+/)."""
from __future__ import annotations

from PySide6.QtCore import QSize
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
                ("F6 / Shift+F6", self.tr("Next / previous pane: views, list, conversation, contact")),
                ("Enter / Ctrl+Enter", self.tr("Send")), ("Shift+Enter", self.tr("New line")),
                ("/", self.tr("Snippets")), ("Ctrl+O", self.tr("Attach a file")),
                ("Ctrl+Shift+N", self.tr("Hidden note on / off")),
                ("Alt+R", self.tr("Resume a conversation whose 24-hour window closed")), ("Ctrl+Shift+A", self.tr("Claim")),
                ("Ctrl+Shift+C", self.tr("Close conversation")), ("Ctrl+Shift+R", self.tr("Reopen")),
                ("Ctrl+Shift+T", self.tr("Transfer")), ("Ctrl+H", self.tr("Previous history of the contact")),
                ("Ctrl+Shift+L", self.tr("Call the contact of the open conversation")),
                ("Ctrl+Shift+D", self.tr("Dial pad")),
                ("Ctrl+Shift+Enter", self.tr("Answer a ringing call")),
                ("Ctrl+Shift+H", self.tr("Decline a ringing call, or hang up")),
                ("Ctrl+Shift+M", self.tr("Mute or unmute the microphone in a call")),
                (self.tr("Headset call button"), self.tr("Answer a ringing call, or hang up")),
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
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)   # a list, not a grid of forms
        table.resizeColumnsToContents()
        # the whole sheet at a glance (it is read, not scrolled), within the screen
        header, frame = table.horizontalHeader(), 2 * table.frameWidth()
        whole = QSize(header.length() + frame + 4, header.sizeHint().height() + table.verticalHeader().length() + frame)
        screen = self.screen().availableGeometry()
        table.setMinimumSize(whole.boundedTo(QSize(screen.width() * 4 // 5, screen.height() * 17 // 20)))
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
