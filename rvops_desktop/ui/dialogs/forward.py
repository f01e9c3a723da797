"""Forward a message (S-peers: WhatsApp's Forward): the text, a search box and the conversations it
may go to (models/forwarding.py decides which); Forward sends it there as the agent's message."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.wire import channel_name

from ..plain_text import plain
from ..widgets.list_search import filter_items
from .buttons import ok_button, ok_cancel


class ForwardDialog(QDialog):
    def __init__(self, text: str, targets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forward message"))
        self.resize(420, 480)
        quoted = plain(QLabel(text if len(text) <= 300 else text[:300] + "…", self))
        quoted.setObjectName("forwardedText")
        quoted.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("forwardTargets")
        self.list.setAccessibleName(self.tr("Conversations to forward to"))
        for summary in targets:
            channel = channel_name(summary.channel)
            item = QListWidgetItem(f"{summary.display_name}  ·  {channel}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.empty = QLabel(self.tr("None of your open conversations can receive it now: forward to a "
                                    "conversation you hold whose 24-hour window is open."), self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not targets)
        self.buttons = ok_cancel(self, self.tr("Forward"))
        self.forward_button = ok_button(self.buttons)
        self.forward_button.setEnabled(bool(targets))
        layout = QVBoxLayout(self)
        layout.addWidget(quoted)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

    def _filter(self, text: str) -> None:
        self.forward_button.setEnabled(filter_items(self.list, text) is not None)

    def target(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None
