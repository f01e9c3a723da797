"""Replica change notifications, delivered on the GUI thread as a Qt signal.

The replica calls its listeners in the thread that wrote (the sync engine may write from a worker
thread); a queued signal carries the `ReplicaChange` over to the GUI thread, where the Qt models
refresh the touched rows only.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from .gui_thread import GuiThreadCall


class ReplicaBridge(QObject):
    changed = Signal(object)  # rvops_desktop.models.ReplicaChange
    _relay = Signal(object)

    def __init__(self, replica, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._replica = replica
        self._relay.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)
        # every replica listener (the evented inbox and thread models too) runs on the GUI thread,
        # whichever thread committed (the engine writes a bootstrap from a worker thread); the
        # writing thread holds a plain handle, not this object (gui_thread)
        self._run_here = GuiThreadCall(self._call)
        replica.deliver_listeners_with(self._run_here)
        self._unsubscribe = replica.subscribe(self._relay.emit)

    def close(self) -> None:
        self._unsubscribe()
        self._replica.deliver_listeners_with(None)
        self._run_here.close()

    def _call(self, fn) -> None:
        fn()
