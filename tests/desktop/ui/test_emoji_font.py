"""Issue 15 #11: emoji are drawn in colour, not as empty boxes, from the system's emoji font or,
where the system has none, from the font a frozen build carries."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from rvops_desktop.ui.emoji_font import ensure_emoji_font

pytestmark = pytest.mark.gui

SYSTEM_FONT = Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf")  # scripts/setup installs it


def coloured_pixels(text: str) -> int:
    """How many of the drawn text's pixels are vivid colours (a boxed tofu glyph has none)."""
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(40)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return sum(1 for y in range(0, 64, 2) for x in range(0, 64, 2)
               if image.pixelColor(x, y).hsvSaturation() > 100 and image.pixelColor(x, y).value() > 80)


def test_the_systems_emoji_font_is_used_and_draws_in_colour(qapp):
    assert SYSTEM_FONT.exists(), "scripts/setup installs fonts-noto-color-emoji"
    assert ensure_emoji_font() == "Noto Color Emoji"
    assert QFontDatabase.applicationEmojiFontFamilies() == ["Noto Color Emoji"]
    assert coloured_pixels("😀") > 50 and coloured_pixels("👍🏽") > 50
    assert coloured_pixels("A") == 0


def test_without_a_system_emoji_font_the_bundled_one_is_loaded(qapp, tmp_path):
    bundled = tmp_path / "NotoColorEmoji.ttf"
    bundled.write_bytes(SYSTEM_FONT.read_bytes())  # what the frozen build carries
    assert ensure_emoji_font(installed=["DejaVu Sans"], bundled=bundled) == "Noto Color Emoji"


def test_with_no_emoji_font_at_all_it_says_so(qapp, tmp_path, caplog):
    assert ensure_emoji_font(installed=["DejaVu Sans"], bundled=tmp_path / "none.ttf") is None
    assert "fonts-noto-color-emoji" in caplog.text
