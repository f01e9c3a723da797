"""Light and dark themes that follow the OS (QStyleHints.colorScheme), and the bubble colours."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Colors:
    dark: bool
    window: QColor
    surface: QColor
    text: QColor
    muted: QColor
    accent: QColor
    inbound: QColor
    outbound: QColor
    note: QColor
    note_text: QColor
    selected: QColor
    badge: QColor
    danger: QColor
    read_tick: QColor
    border: QColor


LIGHT = Colors(False, QColor("#F4F5F7"), QColor("#FFFFFF"), QColor("#1F2328"), QColor("#6B7280"),
               QColor("#2F80ED"), QColor("#FFFFFF"), QColor("#DCEBFF"), QColor("#FFF4C2"), QColor("#5C4400"),
               QColor("#E3EDFB"), QColor("#2F80ED"), QColor("#D93025"), QColor("#1A73E8"), QColor("#E1E4E8"))
DARK = Colors(True, QColor("#1B1D21"), QColor("#24272C"), QColor("#E8EAED"), QColor("#9AA0A6"),
              QColor("#5B9BF0"), QColor("#2D3136"), QColor("#1F3A5F"), QColor("#4A3F12"), QColor("#FCE9A8"),
              QColor("#2A3A52"), QColor("#5B9BF0"), QColor("#F28B82"), QColor("#8AB4F8"), QColor("#3A3F45"))

_current = LIGHT


def colors() -> Colors:
    return _current


def _palette(c: Colors) -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, c.window)
    p.setColor(QPalette.ColorRole.Base, c.surface)
    p.setColor(QPalette.ColorRole.AlternateBase, c.window)
    p.setColor(QPalette.ColorRole.Text, c.text)
    p.setColor(QPalette.ColorRole.WindowText, c.text)
    p.setColor(QPalette.ColorRole.ButtonText, c.text)
    p.setColor(QPalette.ColorRole.Button, c.surface)
    p.setColor(QPalette.ColorRole.Highlight, c.accent)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    p.setColor(QPalette.ColorRole.PlaceholderText, c.muted)
    p.setColor(QPalette.ColorRole.ToolTipBase, c.surface)
    p.setColor(QPalette.ColorRole.ToolTipText, c.text)
    p.setColor(QPalette.ColorRole.Link, c.accent)
    return p


class ThemeWatcher(QObject):
    """Applies the OS's colour scheme now and whenever it changes; `forced` pins one for tests."""

    changed = Signal(bool)  # dark?

    def __init__(self, forced: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._forced = forced
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()

    def is_dark(self) -> bool:
        if self._forced:
            return self._forced == "dark"
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def apply(self) -> None:
        global _current
        dark = self.is_dark()
        if (_current is DARK) == dark and QGuiApplication.instance().property("rvopsThemed"):
            return
        _current = DARK if dark else LIGHT
        app = QGuiApplication.instance()
        app.setPalette(_palette(_current))
        app.setProperty("rvopsThemed", True)
        self.changed.emit(dark)
