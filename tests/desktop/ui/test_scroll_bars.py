"""Flat scroll bars over Fusion: the groove in the window's colour, the handle where Fusion says."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleFactory, QStyleOptionSlider

from rvops_desktop.ui import scroll_bars, theme

pytestmark = pytest.mark.gui


def _painted(bar: QScrollBar):
    image = bar.grab().toImage()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                        QStyle.SubControl.SC_ScrollBarSlider, bar)
    groove = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                        QStyle.SubControl.SC_ScrollBarGroove, bar)
    below_handle = (groove.center().x(), (handle.bottom() + groove.bottom()) // 2)
    return QColor(image.pixel(handle.center())), QColor(image.pixel(*below_handle))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_bars_are_flat_over_fusion_in_either_theme(qapp, qtbot, scheme):
    scroll_bars.install(qapp)
    watcher = theme.ThemeWatcher(forced=scheme)
    try:
        assert isinstance(qapp.style(), scroll_bars.FlatScrollBars)
        bar = QScrollBar(Qt.Orientation.Vertical)
        qtbot.addWidget(bar)
        bar.resize(14, 400)
        bar.setRange(0, 3000)
        bar.setPageStep(400)
        handle, groove = _painted(bar)
        colors = theme.colors()
        assert groove.rgb() == colors.window.rgb()   # Fusion's groove is a gradient of its own greys
        expected = QColor(colors.muted)
        alpha = scroll_bars.HANDLE_ALPHA["idle"] / 255
        for channel in ("red", "green", "blue"):   # the muted grey laid over the window's colour
            blended = getattr(expected, channel)() * alpha + getattr(colors.window, channel)() * (1 - alpha)
            assert abs(getattr(handle, channel)() - blended) <= 2
        assert (handle.lightness() < groove.lightness()) == (scheme == "light")
    finally:
        watcher._forced = "light"
        watcher.apply()


def test_native_styles_keep_their_own_bars(qapp):
    assert not scroll_bars.wanted_over(QStyleFactory.create("Windows"))
    assert scroll_bars.wanted_over(QStyleFactory.create("Fusion"))
    scroll_bars.install(qapp)
    assert not scroll_bars.wanted_over(qapp.style())   # once only
    assert scroll_bars.install(qapp) is False


def test_the_handle_darkens_under_the_mouse_and_while_dragged():
    option = QStyleOptionSlider()
    option.activeSubControls = QStyle.SubControl.SC_ScrollBarSlider
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_MouseOver
    assert scroll_bars.handle_state(option) == "hover"
    option.state |= QStyle.StateFlag.State_Sunken
    assert scroll_bars.handle_state(option) == "pressed"
    option.activeSubControls = QStyle.SubControl.SC_ScrollBarAddPage   # the mouse over the groove
    assert scroll_bars.handle_state(option) == "idle"
    alphas = scroll_bars.HANDLE_ALPHA
    assert alphas["idle"] < alphas["hover"] < alphas["pressed"]
