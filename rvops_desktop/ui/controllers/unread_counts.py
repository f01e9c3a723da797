"""Unread conversations per inbox view, counted off the GUI thread and debounced."""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait

from PySide6.QtCore import QObject, QTimer, Signal

from rvops_desktop.models import InboxModel, View
from rvops_desktop.models.summaries import ViewKind

from ..qt_models.inbox_model import InboxListModel
from ..qt_models.views_model import ViewsListModel
from ..services.gui_thread import GuiThreadCall

COUNTS_DEBOUNCE_MS = 400
_COUNTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rvops-unread-counts")


class UnreadCounts(QObject):
    """Counts into `views_model` (the current view's count from its model at once, the others by
    SQLite on a worker thread, one count at a time); `counted` after each update."""

    counted = Signal()  # the views' counts changed: the window's title and the tray follow

    def __init__(self, views_model: ViewsListModel, inbox: InboxModel, inbox_model: InboxListModel,
                 count_others: Callable[[list[View]], dict[View, int]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views_model, self.inbox, self.inbox_model = views_model, inbox, inbox_model
        self._count_others = count_others
        self.timer = QTimer(self, singleShot=True, interval=COUNTS_DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self._counting: Future[dict[View, int]] | None = None
        # the counting thread hands the finished Future over through a plain handle (gui_thread)
        self._counts_ready = GuiThreadCall(self._apply)

    def schedule(self) -> None:
        """Count again after the debounce (a burst of changes counts once)."""
        self.timer.start()

    def refresh(self) -> None:
        if self._counting is not None and not self._counting.done():
            self.timer.start()  # one count at a time; try again after the debounce
            return
        current = self.inbox.view
        self.views_model.set_counts({current: self.inbox_model.unread_count})
        self.counted.emit()
        others = [e.view for e in self.views_model.entries if e.view != current and e.view.kind != ViewKind.CLOSED]
        count_others = self._count_others

        def count() -> dict[View, int]:  # counted by SQLite: no summaries built while the agent scrolls
            return count_others(others)
        self._counting = _COUNTER.submit(count)
        self._counting.add_done_callback(self._counts_ready)

    def _apply(self, future: Future[dict[View, int]]) -> None:
        if not future.cancelled() and future.exception() is None:  # cancelled: the window closed
            self.views_model.set_counts(future.result())
            self.counted.emit()

    def close(self) -> None:
        """Stop counting: nothing touches the replica after the window closed."""
        self.timer.stop()
        if self._counting is not None:
            self._counting.cancel()
            wait([self._counting], timeout=5)  # cancelled, finished or failed: either way it is over


__all__ = ["COUNTS_DEBOUNCE_MS", "UnreadCounts"]
