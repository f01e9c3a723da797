"""macOS hands a clicked `tel:`/`callto:`/`sip:` link to the running app as a QFileOpenEvent, not
as an argument: this filter, installed on the QApplication, passes its URL on as if it had been one
(a file dropped on the Dock icon is not a link: left to Qt)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class UrlOpenFilter(QObject):
    def __init__(self, handed_over: Callable[[list[str]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handed_over = handed_over

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.url().scheme() and not event.url().isLocalFile():
            self._handed_over([event.url().toString()])
            return True
        return False
