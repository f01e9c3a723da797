"""Flat scroll bars where Qt's Fusion style would draw them (Linux, and wherever no native style is).

Fusion paints a scroll bar's groove and handle with gradients, antialiased, on every paint: about
1 ms for the thread's 590-px bar on this machine (0.8 ms the groove, 0.2 ms the handle; its arrows
12 µs), paid on every conversation switch (the thread's range changes) and on every scroll step of
the inbox and the thread. Drawn flat — the groove filled with the window's colour, the handle a
rounded bar in the theme's muted grey, darker under the mouse and while dragged — the same bar
costs a few tens of microseconds. Fusion still lays the bar out and answers where the mouse is (the
handle is drawn exactly where it says), and still draws the arrow buttons. Native styles (Windows,
macOS) keep their own bars: they are what users there expect, and they are not the slow ones.
"""
from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

from .theme import colors

_BAR = QStyle.ComplexControl.CC_ScrollBar
_SC = QStyle.SubControl
_ARROWS = _SC.SC_ScrollBarAddLine | _SC.SC_ScrollBarSubLine
HANDLE_INSET = 3  # px on each side across the bar: a 14-px bar shows an 8-px handle
HANDLE_ALPHA = {"idle": 110, "hover": 165, "pressed": 210}  # of the theme's muted colour
_installed: list[FlatScrollBars] = []


class FlatScrollBars(QProxyStyle):
    """Fusion with flat scroll bars (see the module)."""

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        if control != _BAR or not isinstance(option, QStyleOptionSlider):
            super().drawComplexControl(control, option, painter, widget)
            return
        painter.fillRect(option.rect, colors().window)
        arrows = option.subControls & _ARROWS
        if arrows:
            only_arrows = QStyleOptionSlider(option)
            only_arrows.subControls = arrows
            super().drawComplexControl(control, only_arrows, painter, widget)
        if option.subControls & _SC.SC_ScrollBarSlider and option.maximum > option.minimum:
            handle = QRectF(self.subControlRect(control, option, _SC.SC_ScrollBarSlider, cast(QWidget, widget)))
            across = HANDLE_INSET
            handle = (handle.adjusted(across, 1, -across, -1) if option.orientation == Qt.Orientation.Vertical
                      else handle.adjusted(1, across, -1, -across))
            color = QColor(colors().muted)
            color.setAlpha(HANDLE_ALPHA[handle_state(option)])
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            radius = min(handle.width(), handle.height()) / 2
            painter.drawRoundedRect(handle, radius, radius)
            painter.restore()


def handle_state(option: QStyleOptionSlider) -> str:
    """idle, hover (the mouse over the handle) or pressed (the handle dragged)."""
    on_handle = bool(option.activeSubControls & _SC.SC_ScrollBarSlider)
    if on_handle and option.state & QStyle.StateFlag.State_Sunken:
        return "pressed"
    if on_handle and option.state & QStyle.StateFlag.State_MouseOver:
        return "hover"
    return "idle"


def wanted_over(style: QStyle) -> bool:
    """Flat bars replace Fusion's only (not a native style's), once."""
    return not isinstance(style, FlatScrollBars) and style.name().lower() == "fusion"


def install(app: QCoreApplication | None) -> bool:
    """Put flat scroll bars on the application when its style is Fusion; True if it did."""
    if not isinstance(app, QApplication) or not wanted_over(app.style()):
        return False
    style = FlatScrollBars("Fusion")
    app.setStyle(style)
    _installed.append(style)  # the application owns it; the reference keeps its Python side alive
    return True
