"""The emoji picker's grid: a thin Qt list model over models.emoji_catalog.EmojiPicker."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from rvops_desktop.models.emoji_catalog import EmojiPicker
from rvops_desktop.models.evented import Reset

from ..i18n import language

_NO_PARENT = QModelIndex()


class EmojiListModel(QAbstractListModel):
    def __init__(self, picker: EmojiPicker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.picker = picker
        picker.events.connect(self._on_event)

    def _on_event(self, event) -> None:
        if isinstance(event, Reset):
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent: QModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.picker.shown)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.picker.shown):
            return None
        emoji = self.picker.shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return emoji.char
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return emoji.name_pt if language() == "pt-BR" else emoji.name_en
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
