"""What the window defers past its first paint (ui/services/after_first_paint.py): nothing runs
before the watched widget paints; then one step per event-loop turn, in order, the desk's `first`
ahead of the window's own; a step added later still runs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from rvops_desktop.ui.services.after_first_paint import AfterFirstPaint

pytestmark = pytest.mark.gui


def test_steps_wait_for_the_paint_then_run_one_a_turn_first_first(qapp):
    widget = QWidget()
    widget.resize(200, 100)
    ran: list[str] = []
    steps = AfterFirstPaint(widget)
    steps.add(lambda: ran.append("engine"), lambda: ran.append("store"))
    steps.first(lambda: ran.append("sync"))
    for _ in range(3):
        qapp.processEvents()
    assert ran == []  # never shown, never painted: nothing ran
    widget.show()
    turns: list[list[str]] = []
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: turns.append(list(ran)))
    ticker.start()
    for _ in range(40):
        qapp.processEvents()
        if len(ran) == 3:
            break
    ticker.stop()
    assert ran == ["sync", "engine", "store"]
    assert ["sync"] in turns and ["sync", "engine"] in turns  # a turn between steps
    steps.add(lambda: ran.append("late"))
    for _ in range(3):
        qapp.processEvents()
    assert ran[-1] == "late"
    widget.close()

