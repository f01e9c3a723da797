"""F6 / Shift+F6: the focus walks the window's panes — the views, the conversation list, the open
conversation, the contact panel — as in most desktop programs; a pane with nothing to take the
focus (no conversation open) is passed over."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow


def panes(window: MainWindow) -> list[tuple[QWidget, QWidget | None]]:
    """Each pane, and the widget in it that takes the focus (None: nothing there now)."""
    return [(window.views, window.views), (window.list, window.list.view),
            (window.pane, window.pane.focus_target()), (window.contact_panel, window.contact_panel.focus_target())]


def step_pane(window: MainWindow, step: int) -> QWidget | None:
    """Focus the next (step 1) or previous (-1) pane's widget; returns it."""
    reachable = [(pane, target) for pane, target in panes(window)
                 if target is not None and target.isVisible() and target.isEnabled()]
    if not reachable:
        return None
    focused = QApplication.focusWidget()
    here = next((i for i, (pane, _) in enumerate(reachable)
                 if focused is not None and (focused is pane or pane.isAncestorOf(focused))), None)
    if here is None:
        index = 0 if step > 0 else len(reachable) - 1
    else:
        index = (here + step) % len(reachable)
    target = reachable[index][1]
    assert target is not None
    target.setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)
    return target
