"""Emoji drawn in colour, not as empty boxes: the first colour emoji font the system has (Windows'
Segoe UI Emoji, macOS' Apple Color Emoji, Linux's Noto Color Emoji) or, where there is none, the
one a frozen build carries in resources/fonts/; Qt is told to use it for emoji everywhere.

The Linux packages depend on `fonts-noto-color-emoji` (packaging/deb.py; the Flatpak runtime has
it); the frozen build copies the build machine's Noto Color Emoji (packaging/rvops-desktop.spec)."""
from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from .resources import RESOURCES

log = logging.getLogger(__name__)

FAMILIES = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji", "Twemoji Mozilla",
            "JoyPixels", "EmojiOne Color")
BUNDLED = RESOURCES / "fonts" / "NotoColorEmoji.ttf"


def ensure_emoji_font(installed: Iterable[str] | None = None, bundled: Path = BUNDLED) -> str | None:
    """The emoji font family in use (None: emoji will show as boxes, said once in the log).
    `installed`: the system's font families (default: Qt's font database)."""
    families = set(QFontDatabase.families() if installed is None else installed)
    family = next((f for f in FAMILIES if f in families), None)
    if family is None and bundled.exists():
        loaded = QFontDatabase.addApplicationFont(str(bundled))
        family = next(iter(QFontDatabase.applicationFontFamilies(loaded)), None) if loaded >= 0 else None
    if family is None:
        log.warning("no colour emoji font on this computer: emoji show as boxes "
                    "(install Noto Color Emoji, e.g. the fonts-noto-color-emoji package)")
        return None
    QFontDatabase.setApplicationEmojiFontFamilies([family])
    return family
