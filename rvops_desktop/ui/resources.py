"""Where the shipped resources live (icons, sounds, translations) and cached icon loading."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
ICONS = RESOURCES / "icons"
SOUNDS = RESOURCES / "sounds"
TRANSLATIONS = RESOURCES / "translations"


@cache
def icon(name: str) -> QIcon:
    """`resources/icons/<name>.svg` as a QIcon (an empty icon if there is no such file)."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def sound_path(name: str) -> Path:
    return SOUNDS / f"{name}.wav"


def icon_path(name: str) -> Path:
    """`resources/icons/<name>.svg`: for what takes a file (native notifications)."""
    return ICONS / f"{name}.svg"
