"""The app's look, put on once before its first window — the sign-in dialog as much as the inbox:
flat scroll bars over Fusion (`scroll_bars`), then the OS's light or dark palette (`theme`), kept
in step with the OS's scheme. The sign-in dialog was shown in Qt's bare palette, the inbox after it
in ours."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from . import scroll_bars
from .theme import ThemeWatcher


def dress(app: QApplication) -> None:
    """Idempotent: the second call finds the look in place."""
    scroll_bars.install(app)  # before the theme, whose palette then goes over the style's own
    if getattr(app, "_rvops_theme", None) is None:
        app._rvops_theme = ThemeWatcher(parent=app)  # type: ignore[attr-defined]
