"""The composer's text box: Enter sends, Shift+Enter is a new line, the snippet list follows the
arrows, and files or pictures pasted or dropped become attachments (the composer decides how)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from .snippet_popup import SnippetPopup


def local_files(data: QMimeData) -> list[str]:
    """The local files a drop or a paste carries (none when any of its URLs is not a local file)."""
    urls = data.urls() if data.hasUrls() else []
    return [u.toLocalFile() for u in urls] if urls and all(u.isLocalFile() for u in urls) else []


class ComposerEdit(QPlainTextEdit):
    """Enter sends, Shift+Enter inserts a line break; arrows/Enter/Esc drive the snippet list."""

    submitted = Signal()

    def __init__(self, popup: SnippetPopup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._popup = popup
        self.insert_snippet: Callable[[object], object] = lambda _snippet: None
        self.files_given: Callable[[list[str]], object] = lambda _paths: None   # files pasted or dropped here
        self.image_given: Callable[[QImage], object] = lambda _image: None   # a picture pasted

    # paste and drop: files and pictures become attachments, text stays text
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(local_files(source)) or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if files := local_files(source):
            self.files_given(files)
        elif source.hasImage():
            self.image_given(QImage(source.imageData()))
        else:
            super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._popup.isVisible():
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._popup.move_selection(-1 if key == Qt.Key.Key_Up else 1)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                snippet = self._popup.current_snippet()
                if snippet is not None:
                    self.insert_snippet(snippet)
                    return
            if key == Qt.Key.Key_Escape:
                self._popup.hide()
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        super().keyPressEvent(event)
