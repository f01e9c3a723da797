"""Empty panes and lists say what would be there (widgets/empty_state.py)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from rvops_desktop.ui.widgets.empty_state import ListWithEmptyText

pytestmark = pytest.mark.gui


def _drawn_in_the_middle(widget) -> int:
    """Pixels of the list's viewport, in its middle band, that are not its background: a row sits
    at the top; the sentence is centred."""
    image = widget.viewport().grab().toImage()
    base = widget.palette().color(QPalette.ColorRole.Base)
    middle = range(image.height() // 2 - 10, image.height() // 2 + 10)
    return sum(1 for y in middle for x in range(image.width()) if QColor(image.pixel(x, y)) != base)


def test_an_empty_record_list_says_so_and_a_filled_one_shows_only_its_rows(qapp: QApplication):
    records = ListWithEmptyText("No deals for this contact")
    records.resize(240, 90)
    records.show()
    QApplication.processEvents()
    assert _drawn_in_the_middle(records) > 30  # the sentence
    records.addItem("Upgrade para Enterprise — Proposta")
    QApplication.processEvents()
    assert _drawn_in_the_middle(records) == 0  # the row, at the top; no sentence
    records.clear()
    QApplication.processEvents()
    assert _drawn_in_the_middle(records) > 30
    records.close()


def test_an_empty_panes_sentence_keeps_away_from_the_panes_edges(qapp: QApplication):
    """The contact panel's sentence ran to its right edge: the label's margins were set as contents
    margins, which Qt resets when the label's parent is polished."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from rvops_desktop.ui.widgets.empty_state import MARGIN, muted
    pane = QWidget()
    label = muted(QLabel(" ".join(["ii"] * 150), pane))  # short words: every wrapped line fills its width
    label.setWordWrap(True)
    QVBoxLayout(pane).addWidget(label)
    pane.resize(300, 400)
    pane.show()
    QApplication.processEvents()
    image = label.grab().toImage()
    background = image.pixelColor(1, 1)
    drawn = [x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y) != background]
    assert drawn, "the sentence is painted"
    assert min(drawn) >= MARGIN - 2 and max(drawn) <= image.width() - MARGIN + 2, (min(drawn), max(drawn))
    pane.close()
