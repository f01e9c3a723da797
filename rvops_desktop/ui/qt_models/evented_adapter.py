"""Maps the plain evented models' events (rvops_desktop.models.evented) onto a
QAbstractListModel's begin/end calls: insert, remove, move and dataChanged — never a reset on a
single change (napari's idiom)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex

from rvops_desktop.models import evented as ev

NO_PARENT = QModelIndex()


def forward(model: QAbstractListModel, event) -> None:
    if isinstance(event, ev.Inserting):
        model.beginInsertRows(NO_PARENT, event.index, event.index + event.count - 1)
    elif isinstance(event, ev.Inserted):
        model.endInsertRows()
    elif isinstance(event, ev.Removing):
        model.beginRemoveRows(NO_PARENT, event.index, event.index + event.count - 1)
    elif isinstance(event, ev.Removed):
        model.endRemoveRows()
    elif isinstance(event, ev.Moving):
        model.beginMoveRows(NO_PARENT, event.source, event.source, NO_PARENT,
                            ev.qt_move_destination(event.source, event.destination))
    elif isinstance(event, ev.Moved):
        model.endMoveRows()
    elif isinstance(event, ev.Changed):
        index = model.index(event.index)
        model.dataChanged.emit(index, index)
    elif isinstance(event, ev.Resetting):
        model.beginResetModel()
    elif isinstance(event, ev.Reset):
        model.endResetModel()
