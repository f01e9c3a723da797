"""Replica change notifications, delivered on the GUI thread as a Qt signal.

The replica calls its listeners in the thread that wrote (the sync engine may write from a worker
thread); a queued signal carries the `ReplicaChange` over to the GUI thread, where the Qt models
refresh the touched rows only.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal


class ReplicaBridge(QObject):
    changed = Signal(object)  # rvops_desktop.models.ReplicaChange
    _relay = Signal(object)

    def __init__(self, replica, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = replica.subscribe(self._relay.emit)

    def close(self) -> None:
        self._unsubscribe()
