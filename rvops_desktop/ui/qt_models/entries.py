"""A flat Qt list model over a Python list of entries: rows are `entries`, subclasses say what a
row shows for each role (`entry_data`). For small lists owned by one view (the views on the left,
the contacts directory's answer); the inbox and the thread have their own adapters."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

NO_PARENT = QModelIndex()


class EntriesListModel(QAbstractListModel):
    entries: list[Any]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        return self.entry_data(self.entries[index.row()], role)

    def entry_data(self, entry: Any, role: int) -> Any:
        """What `entry`'s row shows for `role` (None: nothing)."""
        raise NotImplementedError
