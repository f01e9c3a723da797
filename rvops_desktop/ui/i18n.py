"""Translations: source strings are English; pt-BR is the default locale.

`install(app, language=None)` loads resources/translations/rvops_<lang>.qm with a QTranslator
(pt_BR unless the OS locale or RVOPS_LANG asks for English). Strings go through self.tr() /
QCoreApplication.translate. Regenerate with scripts in docs/ui.md (pyside6-lupdate/-lrelease).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .resources import TRANSLATIONS

DEFAULT = "pt_BR"
SUPPORTED = ("pt_BR", "en")
_current = DEFAULT
_translator: QTranslator | None = None


def pick_language(requested: str | None = None) -> str:
    wanted = requested or os.environ.get("RVOPS_LANG") or ""
    if not wanted:
        system = QLocale.system().name()
        wanted = "en" if system.startswith("en") else DEFAULT
    return "en" if wanted.lower().startswith("en") else DEFAULT


def install(app: QCoreApplication, requested: str | None = None) -> str:
    """Install the translator for `requested` (or the default); returns the language used."""
    global _current, _translator
    lang = pick_language(requested)
    if _translator is not None:
        app.removeTranslator(_translator)
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / f"rvops_{lang}.qm")):
        app.installTranslator(translator)
        _translator = translator
    _current = lang
    return lang


def language() -> str:
    """"pt-BR" or "en" (the form the shared rules' `message(language)` take)."""
    return "en" if _current == "en" else "pt-BR"
