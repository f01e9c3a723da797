"""Steps run after a widget's first paint, each on its own event-loop turn: what the agent's first
action needs and the first paint does not (docs/ui.md: the first paint needs neither SQLAlchemy
nor the ORM)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs its steps in order, the first on the turn after `widget` first painted, a turn between
    each (so the list scrolls and clicks land meanwhile); steps added after that run at once, in
    turn."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._steps: list[Callable[[], object]] = []
        self._painted = False
        self._going = False  # a step is due on the next turn
        widget.installEventFilter(self)

    def add(self, *steps: Callable[[], object]) -> None:
        """Run `steps` after those already waiting."""
        self._steps.extend(steps)
        self._go()

    def first(self, step: Callable[[], object]) -> None:
        """Run `step` before the others still waiting."""
        self._steps.insert(0, step)
        self._go()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            watched.removeEventFilter(self)
            self._painted = True
            self._go()
        return False

    def _go(self) -> None:
        """The next step on the next turn, once painted (one chain of turns at a time)."""
        if self._painted and self._steps and not self._going:
            self._going = True
            QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        self._going = False
        if self._steps:
            self._steps.pop(0)()
        self._go()
