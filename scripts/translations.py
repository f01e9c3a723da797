#!/usr/bin/env python3
"""Regenerate the translations: pyside6-lupdate → fill pt-BR from PT_BR (pt_br_strings.py) → pyside6-lrelease.

    .venv/bin/python scripts/translations.py

Source strings are English (rvops_en.ts needs no translations); pt-BR is the default locale.
A source string without an entry in pt_br_strings.py stays "unfinished" and shows in English.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from pt_br_strings import PT_BR  # beside this script

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "rvops_desktop" / "ui" / "resources" / "translations"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    """The UI, and the voip and sync layers' sentences (marked with QT_TRANSLATE_NOOP, rendered by the UI)."""
    return sorted([str(p) for folder in ("ui", "voip", "sync") for p in (ROOT / "rvops_desktop" / folder).rglob("*.py")]
                  + [str(ROOT / "rvops_desktop" / "app.py")])


def main() -> int:
    for lang in ("pt_BR", "en"):
        ts = HERE / f"rvops_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)], check=True,
                       stdout=subprocess.DEVNULL)
        tree = ET.parse(ts)
        tree.getroot().set("language", lang)
        missing = []
        for message in tree.iter("message"):
            source = message.find("source").text
            translation = message.find("translation")
            if lang == "pt_BR" and source in PT_BR:
                translation.text = PT_BR[source]
                translation.attrib.pop("type", None)
            elif lang == "en":
                translation.text = source
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(HERE / f"rvops_{lang}.qm")], check=True,
                       stdout=subprocess.DEVNULL)
        if missing:
            print(f"{lang}: {len(missing)} untranslated: {missing}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
