"""Keys that press a button, and only while that button shows and is enabled (Qt's shortcut map
passes over a hidden or disabled widget's shortcuts): the call bar's Answer, Reject, Mute and Hang
up, the composer's Attach and Hidden note. Help ▸ Keyboard shortcuts lists them."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

Keys = Iterable[str | QKeySequence]


def shown_keys(keys: Keys) -> str:
    """The first of `keys` as this platform writes it (Ctrl+Shift+N; ⇧⌘N on a Mac)."""
    return QKeySequence(next(iter(keys))).toString(QKeySequence.SequenceFormat.NativeText)


def bind_keys(button: QAbstractButton, keys: Keys, focus_after: QWidget | None = None) -> None:
    """Each of `keys`, anywhere in the button's window, clicks it; then `focus_after` takes the focus."""
    def press() -> None:
        button.click()
        if focus_after is not None:
            focus_after.setFocus()
    for key in keys:
        shortcut = QShortcut(QKeySequence(key), button)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(press)
