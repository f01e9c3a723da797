"""Garbage collection on the GUI thread only.

Python's cycle collector runs in whichever thread happens to allocate when a threshold is crossed.
A worker thread (asyncio.to_thread, qasync's executor, the call-audio thread) can then destroy Qt
objects that live on the GUI thread: a QObject with a running timer freed there leaves Qt's timer
list pointing at freed memory, and the GUI thread crashes later in QTimerInfoList::activateTimers
(seen as rare segfaults in long runs). So automatic collection is turned off and the GUI thread
collects on a timer, with Python's own thresholds (pyqtgraph's GarbageCollector does the same).
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (what Python would have
        done); returns how many objects were freed."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        """Back to Python's own collection (what there was before), after one full collection here,
        at a safe point: re-enabled with garbage pending, the first automatic collection could start
        inside a Qt destructor (this object's own, say) and free a widget there; Qt then waits for a
        lock its caller holds, and the process hangs (seen once in a CI run, at a module's end)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()


def keep_start_up_out_of_collections() -> None:
    """Once the window is shown: what start-up built (modules, the inbox's summaries) lives as long
    as the window, so one collection now, then freeze it (`gc.freeze`) so that no later full
    collection walks it again — one froze a scroll of the thread for 90-200 ms at 90,000
    conversations (benchmarks/bench_ui.py). Objects freed by their reference count still go."""
    gc.collect()
    gc.freeze()

