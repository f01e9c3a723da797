"""The shipped resources (icons, sounds, translations), package data of this package, and cached icon loading.

They travel inside the package (`importlib.resources`), so a checkout, an installed wheel and a frozen
build find them the same way.
"""
from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(str(files(__name__)))  # a folder on disk: wheel, checkout or frozen build alike
ICONS = RESOURCES / "icons"
SOUNDS = RESOURCES / "sounds"
TRANSLATIONS = RESOURCES / "translations"


@cache
def icon(name: str) -> QIcon:
    """`icons/<name>.svg` as a QIcon (an empty icon if there is no such file)."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def sound_path(name: str) -> Path:
    return SOUNDS / f"{name}.wav"


def icon_path(name: str) -> Path:
    """`icons/<name>.svg`: for what takes a file (native notifications)."""
    return ICONS / f"{name}.svg"
