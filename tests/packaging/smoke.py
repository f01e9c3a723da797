"""The smoke test every shipped form of the app passes (installed wheel, frozen folder, .deb):
`rvops-desktop --demo` started as a user starts it, under Xvfb, in a desktop session with a real
Secret Service — it opens in pt-BR, with its window icon and channel icons, and says nothing wrong."""
from __future__ import annotations

import subprocess
import time
from pathlib import Path

import numpy as np
import pytest

from tests.support.desktop import Display, Session, missing_tools

WHATSAPP_GREEN = (0x25, 0xD3, 0x66)  # the channel icon's fill (ui/resources/icons/whatsapp.svg)


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=900, **kwargs)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def whatsapp_green_pixels(png: Path) -> int:
    from PySide6.QtGui import QImage
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), png
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    rgb = pixels[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)
    return int((np.abs(rgb - WHATSAPP_GREEN).max(axis=2) <= 12).sum())


def demo_starts_in_pt_br_with_its_icons(scripts: Path, folder: Path) -> Path:
    """`scripts/rvops-desktop --demo` passes the smoke test; returns its screenshot."""
    if missing_tools():
        pytest.fail(f"needs {missing_tools()} (scripts/setup installs them)")
    with Display() as display, Session(display, folder, bin=scripts) as desk:
        app = desk.launch("--demo", "--no-customers")  # no --language: pt-BR is the default
        window = desk.wait_window("^Rvops — ", 120)
        app.wait_log(r"inbox window shown", 60)
        assert desk.icon_size(window), "the window has no icon (_NET_WM_ICON): icons missing from this build"
        # Two WhatsApp conversations in "Minhas": their channel icons are drawn (≈150 px each at 20 px).
        # The window maps before it paints: look until the list is drawn (or give up after 45 s).
        shot = folder / "demo.png"
        deadline = time.monotonic() + 45
        while whatsapp_green_pixels(desk.screenshot(shot)) < 200 and time.monotonic() < deadline:
            time.sleep(0.5)  # each look is a full-screen capture
        assert whatsapp_green_pixels(shot) >= 200, f"no channel icons in {shot}"
        desk.focus(window)
        desk.key("ctrl+slash")  # the shortcut sheet, whose title is translated
        sheet = desk.wait_window("^Atalhos de teclado$", 30)
        assert desk.title(sheet) == "Atalhos de teclado"
        log = app.text()
        assert "Traceback" not in log, log[-3000:]
        assert "keyring unavailable" not in log, "the Secret Service was not found (keyring backends missing)"
        return shot
