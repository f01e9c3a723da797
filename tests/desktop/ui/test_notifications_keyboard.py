"""Notifications (new conversation assigned or offered, new message in a conversation not open;
muted per conversation; a click opens it), the keyboard map, status and connection state."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rvops_desktop.ui.qt_models import roles
from tests.support.servers import Agent

pytestmark = pytest.mark.gui


def test_notifications_for_new_message_and_assignment_and_click_opens(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        notifier = window.notifier
        window.list.select("cv_pedro")  # open another conversation than Maria's
        await ui.until(lambda: window.pane.conversation_id == "cv_pedro")
        await ui.customer_writes("+5511987654321", "Maria Oliveira", "Recebeu minha mensagem?")
        notice = await ui.until(lambda: next((n for n in notifier.history if n.kind == "message"), None),
                                what="message notification")
        assert notice.conversation_id == "cv_maria" and "Recebeu minha mensagem?" in notice.body
        await ui.until(lambda: "(" in window.windowTitle(), what="unread total in the title")
        # a conversation transferred to me
        bruno = Agent(ui.server.url, "bruno@demo.rvops")
        bruno.mutate("claim", conversation_id="cv_lucia")
        bruno.mutate("transfer", conversation_id="cv_lucia", to_user_id="u_ana")
        bruno.close()
        await ui.until(lambda: any(n.kind == "assigned" and n.conversation_id == "cv_lucia"
                                   for n in notifier.history), what="assigned notification")
        # a new customer writes in: offered to everyone in the queue (manual distribution)
        await ui.customer_writes("+5548999990000", "Rita Nova", "Olá, quero um orçamento")
        offered = await ui.until(lambda: next((n for n in notifier.history if n.kind == "offered"), None),
                                 what="offered notification")
        assert "Rita Nova" in offered.body
        # clicking the last notification opens that conversation
        notifier.click_last()
        await ui.until(lambda: window.pane.conversation_id == offered.conversation_id, what="opened by click")
        # muted: no more notifications for Maria
        notifier.set_muted("cv_maria", True)
        count = len(notifier.history)
        await ui.customer_writes("+5511987654321", "Maria Oliveira", "Alô?")
        await ui.until(lambda: any(m.text == "Alô?" for m in ui.engines[0][1].store.messages_page("cv_maria")),
                       what="message arrived")
        assert len(notifier.history) == count
    ui.run(scenario())


def test_keyboard_map(ui, qtbot):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.activateWindow()
        await ui.until(window.isActiveWindow, what="active window")
        window.list.select(window.inbox_model.conversation_id(0))
        first = window.pane.conversation_id
        qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        second = window.inbox_model.conversation_id(1)
        await ui.until(lambda: window.pane.conversation_id == second, what="Alt+Down")
        qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        await ui.until(lambda: window.pane.conversation_id == first, what="Alt+Up")
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is window.list.search
        qtbot.keyClicks(window.list.search, "Maria")
        qtbot.keyClick(window.list.search, Qt.Key.Key_Return)
        await ui.until(lambda: window.inbox.view.kind == "search", what="search view")
        ids = {window.inbox_model.index(i).data(roles.ID) for i in range(window.inbox_model.rowCount())}
        assert "cv_maria" in ids and "cv_joao" not in ids
        qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
        assert window.last_dialog.windowTitle() == "Keyboard shortcuts"
        window.last_dialog.close()
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert window.last_dialog.windowTitle() == "Transfer conversation"
        window.last_dialog.reject()
        qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert window.last_dialog.windowTitle() == "Close conversation"
        window.last_dialog.reject()
        # Ctrl+Enter sends
        window.pane.composer.edit.setPlainText("via Ctrl+Enter")
        qtbot.keyClick(window.pane.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        model = window.pane.thread_model
        await ui.until(lambda: model.index(model.rowCount() - 1).data() == "via Ctrl+Enter", what="sent")
    ui.run(scenario())


def test_status_and_connection_are_always_visible(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        status = window.status
        await ui.until(lambda: status.connection.text() == "Connected", what="online")
        status.presence.setCurrentIndex(status.presence.findData("away"))
        await ui.engines[0][0].wait_idle(10)
        carla = Agent(ui.server.url, "carla@demo.rvops")
        presence = {p["user_id"]: p["status"] for p in carla.bootstrap()["presence"]}
        carla.close()
        assert presence["u_ana"] == "away"
        engine = ui.engines[0][0]
        await engine.stop()
        window.pane.composer.edit.setPlainText("")
        window.session.actions.add_note("cv_maria", "offline note")
        await ui.until(lambda: status.connection.text() == "Sync stopped" or "waiting" in status.connection.text(),
                       what="state after stop")
    ui.run(scenario())


def test_a_click_hands_the_focus_to_the_composer_and_a_list_walked_with_the_keys_keeps_it(ui, qtbot):
    """Clicking a conversation is "open it and type"; a list the agent tabbed into is walked with
    the arrows, Home and End without the focus jumping to the composer at every step."""
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.activateWindow()
        await ui.until(window.isActiveWindow, what="active window")
        view, edit = window.list.view, window.pane.composer.edit
        window.list.select(window.inbox_model.conversation_id(0))
        await ui.until(lambda: QApplication.focusWidget() is edit, what="the composer after opening")
        second = window.inbox_model.conversation_id(1)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(window.inbox_model.index(1)).center())
        await ui.until(lambda: window.pane.conversation_id == second, what="opened by a click")
        assert QApplication.focusWidget() is edit  # the click did not take the focus into the list

        view.setFocus(Qt.FocusReason.TabFocusReason)
        last = window.inbox_model.conversation_id(window.inbox_model.rowCount() - 1)
        qtbot.keyClick(view, Qt.Key.Key_End)
        await ui.until(lambda: window.pane.conversation_id == last, what="End opens the last")
        assert QApplication.focusWidget() is view
        qtbot.keyClick(view, Qt.Key.Key_Up)
        await ui.until(lambda: window.pane.conversation_id == window.inbox_model.conversation_id(
            window.inbox_model.rowCount() - 2), what="Up opens the one above")
        assert QApplication.focusWidget() is view
    ui.run(scenario())
