#!/usr/bin/env python3
"""Render the app icon (rvops_desktop/ui/resources/icons/rvops.svg) for the installers:
packaging/icons/rvops.ico (Windows: the .exe and the installer) and rvops.icns (macOS: the .app).

    python packaging/icons.py            # before `pyinstaller packaging/rvops-desktop.spec`
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "rvops_desktop" / "ui" / "resources" / "icons" / "rvops.svg"


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main(out: Path = HERE / "icons") -> list[Path]:
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (image plugins need it)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fmt, size in (("rvops.ico", "ico", 256), ("rvops.icns", "icns", 512), ("rvops.png", "png", 512)):
        path = out / name
        if not render(size).save(str(path), fmt):
            raise SystemExit(f"Qt could not write {path} ({fmt}): is the image format plugin installed?")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in main():
        print(path)
