"""The rest of an inbox view read in steps (models/view_scan.py): a chunk per event-loop turn
once the list has painted its first rows, so the window shows the inbox at once and stays
responsive while the others arrive (issue 14: cold start on a 90,000-conversation view)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from rvops_desktop.models import InboxModel, Reset

FIRST_ROWS = 200    # read before the first paint: the screen and a few pages down
CHUNK_ROWS = 2_000  # then per event-loop turn: ≈ 20 ms on this machine, about a frame


class InboxLoading(QObject):
    """Calls `inbox.load_more()` a turn at a time while the view is partial; after a new read of
    the view, first waits for `viewport` (the list's) to paint, if it is on screen."""

    loaded = Signal()   # the view is whole again

    def __init__(self, inbox: InboxModel, viewport: QWidget | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inbox, self._viewport = inbox, viewport
        self._painted = False   # since the view was last read
        self.steps = 0          # chunks read since the view was last read (0: read whole at once)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._more)
        inbox.events.connect(self._on_event)
        if viewport is not None:
            viewport.installEventFilter(self)
        self._resume()

    def when_loaded(self, then: Callable[[], object]) -> None:
        """`then()` now if the view is whole, else once it is (the desk freezes what start-up
        built out of the garbage collector's walks then: main_thread_gc)."""
        if not self._inbox.partial:
            then()
            return

        def once() -> None:
            self.loaded.disconnect(once)
            then()
        self.loaded.connect(once)

    def close(self) -> None:
        self._timer.stop()
        self._inbox.events.disconnect(self._on_event)
        if self._viewport is not None:
            self._viewport.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._resume()
        return False

    def _on_event(self, event: object) -> None:
        if isinstance(event, Reset):   # a view read anew (another view, a bootstrap): maybe in steps
            self._painted = False
            self.steps = 0
            self._resume()

    def _resume(self) -> None:
        if self._inbox.partial and not self._timer.isActive():
            self._timer.start()

    def _more(self) -> None:
        viewport = self._viewport
        if viewport is not None and viewport.isVisible() and not self._painted:
            return   # on screen and not painted yet: its paint resumes
        self.steps += 1
        if self._inbox.load_more(CHUNK_ROWS):
            self._timer.start()
        else:
            self.loaded.emit()
