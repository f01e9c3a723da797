"""Screen readers and keyboard users: every icon-only button, edit field and list in the main
window has an accessible name (in the agent's language); Tab walks list → thread → composer →
contact panel before the status bar."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

pytestmark = pytest.mark.gui

NAMED = (QAbstractItemView, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox)


def unnamed(window) -> list[str]:
    missing = []
    for widget in window.findChildren(object):
        if not hasattr(widget, "accessibleName") or not hasattr(widget, "isVisibleTo"):
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            continue  # its text is its name
        if isinstance(widget, (QAbstractButton, *NAMED)) and not widget.accessibleName().strip():
            if widget.objectName().startswith("qt_") or isinstance(widget.parent(), (QComboBox, QLineEdit)) \
                    or isinstance(widget.parent() and widget.parent().parent(), QComboBox):
                continue  # Qt's own parts: a combo box's popup, a line edit's clear button, the menu bar's »
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(no objectName)'} "
                           f"tooltip={widget.toolTip()!r}")
    return missing


def test_every_control_in_the_main_window_has_an_accessible_name(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        missing = unnamed(window)
        assert missing == [], "\n".join(missing)
        assert window.pane.composer.edit.accessibleName() == "Message to the customer"
    ui.run(scenario())


def test_tab_walks_the_inbox_then_the_conversation_then_the_contact_before_the_status_bar(ui, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        window.activateWindow()
        window.list.search.setFocus()
        await ui.until(lambda: QApplication.focusWidget() is window.list.search, what="focus in the search")
        order = []
        for _ in range(60):
            widget = QApplication.focusWidget()
            order.append(widget)
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is window.list.search:
                break

        def first(predicate) -> int:
            return next(i for i, w in enumerate(order) if predicate(w))
        names = [f"{type(w).__name__}:{w.objectName()}" for w in order]
        at_list = first(lambda w: w is window.list.view)
        at_composer = first(lambda w: w is window.pane.composer.edit)
        at_contact = first(lambda w: w is window.contact_panel.fields["name"])
        at_deals = first(lambda w: w is window.contact_panel.lists["deal"])
        at_status = first(lambda w: w is window.status.presence)
        assert at_list < at_composer < at_contact < at_deals < at_status, names
    ui.run(scenario())


def test_f6_walks_the_panes_and_passes_over_those_with_nothing_open(ui, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    def f6(shift: bool = False) -> object:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6,
                       Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier)
        return QApplication.focusWidget()

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.activateWindow()
        window.list.search.setFocus()
        await ui.until(lambda: QApplication.focusWidget() is window.list.search, what="focus in the search")
        window.open_conversation("")
        await ui.until(lambda: window.pane.conversation_id is None and window.contact_panel.focus_target() is None,
                       what="nothing open")
        assert f6() is window.views            # from the list: no conversation, no contact: round to the views
        assert f6() is window.list.view
        window.list.select("cv_maria")
        await ui.until(lambda: window.contact_panel.focus_target() is not None, what="Maria's contact shown")
        window.list.view.setFocus()
        assert f6() is window.pane.composer.edit
        panel = window.contact_panel
        first = panel.call_button if panel.call_button.isEnabled() else panel.fields["name"]  # no softphone here
        assert f6() is first   # the contact's first control: call her, or her name
        assert f6() is window.views
        assert f6(shift=True) is first
        assert f6(shift=True) is window.pane.composer.edit
        window.contact_panel.fields["cidade"].setFocus()
        assert f6() is window.views   # from anywhere in the panel
    ui.run(scenario())
