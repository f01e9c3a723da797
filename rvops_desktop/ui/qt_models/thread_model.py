"""QAbstractListModel over `rvops_desktop.models.ThreadModel`: the thread view is a QListView
with a delegate, one row per message and no widget per message."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from rvops_desktop.models import evented as ev

from . import roles
from .evented_adapter import NO_PARENT, forward

_SIZE_HINT = int(Qt.ItemDataRole.SizeHintRole)


class ThreadListModel(QAbstractListModel):
    def __init__(self, thread=None, *, user_names: Callable[[str], str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = None
        self._rows = 0
        self._user_names = user_names or (lambda _id: "")
        self._size_of = None  # (message, index) -> QSize, from the view (its delegate's geometry)
        self.set_thread(thread)

    @property
    def thread_model(self):
        return self._thread

    def set_thread(self, thread) -> None:
        """Show another conversation's ThreadModel (closing the previous one)."""
        self.beginResetModel()
        if self._thread is not None:
            self._thread.events.disconnect(self._on_event)
            self._thread.close()
        self._thread = thread
        self._rows = 0 if thread is None else len(thread)
        if thread is not None:
            thread.events.connect(self._on_event)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = NO_PARENT) -> int:
        # asked for every row each time the list is laid out (QAbstractListModel::index):
        # a plain attribute, refreshed before each end…Rows/endResetModel
        return 0 if parent.isValid() else self._rows

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        thread = self._thread
        if thread is None or not index.isValid() or index.row() >= len(thread):
            return None
        message = thread[index.row()]
        if role == _SIZE_HINT:  # first: asked for every row on every layout
            return self._size_of(message, index) if self._size_of is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return message.text or ""
        if role == roles.ROW:
            return message
        if role == roles.ID:
            return message.id
        if role == roles.REPLY:
            return thread.get(message.reply_to_id) if message.reply_to_id else None
        if role == roles.AUTHOR_NAME:
            return self._user_names(message.author_id) if message.author_id else ""
        return None

    def set_size_of(self, size_of) -> None:
        """`size_of(message, index) -> QSize` answers SizeHintRole (None: no size hint)."""
        self._size_of = size_of

    def name_of(self, record_id: str) -> str:
        """A user's (or team's) name for the system lines the delegate writes out."""
        return self._user_names(record_id)

    def message_at(self, row: int):
        """The message of `row` (for the delegate: no QVariant round trip per row)."""
        return self._thread[row]

    def load_older(self) -> int:
        return self._thread.load_older() if self._thread is not None else 0

    @property
    def has_older(self) -> bool:
        """Older messages than the first row exist in the replica (not read yet)."""
        return self._thread is not None and self._thread.has_older

    def row_of(self, message_id: str) -> int:
        thread = self._thread
        return thread.index_of(message_id) if thread is not None and message_id in thread else -1

    def close(self) -> None:
        self.set_thread(None)

    def _on_event(self, event) -> None:
        if isinstance(event, (ev.Inserted, ev.Removed, ev.Reset)):
            self._rows = len(self._thread)  # the list changed; Qt reads the new count at end…
        forward(self, event)
