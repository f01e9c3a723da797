"""Translations: source strings are English; pt-BR is the default locale.

`install(app, language=None)` loads ui/resources/translations/rvops_<lang>.qm with a QTranslator
(pt_BR unless the OS locale or RVOPS_LANG asks for English). Strings go through self.tr() /
QCoreApplication.translate. Regenerate with scripts in docs/ui.md (pyside6-lupdate/-lrelease).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .resources import TRANSLATIONS

DEFAULT = "pt_BR"
SUPPORTED = ("pt_BR", "en")
_current = DEFAULT
_translators: list[QTranslator] = []


def pick_language(requested: str | None = None) -> str:
    wanted = requested or os.environ.get("RVOPS_LANG") or ""
    if not wanted:
        system = QLocale.system().name()
        wanted = "en" if system.startswith("en") else DEFAULT
    return "en" if wanted.lower().startswith("en") else DEFAULT


def install(app: QCoreApplication, requested: str | None = None) -> str:
    """Install the translator for `requested` (or the default); returns the language used."""
    global _current
    lang = pick_language(requested)
    while _translators:
        app.removeTranslator(_translators.pop())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (f"{qt_dir}/qtbase_{lang}.qm", str(TRANSLATIONS / f"rvops_{lang}.qm")):  # Qt's own buttons too
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _translators.append(translator)
    _current = lang
    # Numbers, prices and Qt's date widgets in the same language as the words: R$ 79,90 in pt-BR.
    system = QLocale.system()
    QLocale.setDefault(system if system.name().startswith(lang[:2]) else
                       QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil) if lang == DEFAULT else
                       QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return lang


def language() -> str:
    """"pt-BR" or "en" (the form the shared rules' `message(language)` take)."""
    return "en" if _current == "en" else "pt-BR"
