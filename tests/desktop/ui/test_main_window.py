"""The inbox window against the real server: views, list, thread, send (queued → sent)."""
from __future__ import annotations

import pytest

from rvops_desktop.ui.qt_models import roles

pytestmark = pytest.mark.gui


def _rows(model):
    return [model.index(i).data(roles.ID) for i in range(model.rowCount())]


def test_mine_lists_my_conversations_and_opens_a_thread(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        assert {"cv_maria", "cv_joao", "cv_pedro"} <= set(_rows(window.inbox_model))
        assert "cv_lucia" not in _rows(window.inbox_model)  # the queue is another view
        assert window.list.select("cv_maria")
        await ui.until(lambda: window.pane.thread_model.rowCount() >= 3, what="thread")
        texts = [window.pane.thread_model.index(i).data() for i in range(window.pane.thread_model.rowCount())]
        assert "Perfeito, pode mandar a proposta em PDF?" in texts
        assert window.pane.header.title.text() == "Maria Oliveira"
        assert not window.pane.composer.locked
        # the queue view, with its Claim button
        window.views.setCurrentIndex(window.views_model.index(1))
        await ui.until(lambda: "cv_lucia" in _rows(window.inbox_model), what="queue")
        assert window.list.claim_button.isVisible()
    ui.run(scenario())


def test_typed_message_shows_queued_then_sent(ui, qtbot):
    from PySide6.QtCore import Qt

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        ui.wrote_recently("+5511987654321")   # Maria: her 24-hour window is open at Meta
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        edit = window.pane.composer.edit
        edit.setFocus()
        qtbot.keyClicks(edit, "Segue a proposta")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        model = window.pane.thread_model

        def status_of_last():
            message = model.index(model.rowCount() - 1).data(roles.ROW)
            return message.status if message is not None and message.text == "Segue a proposta" else None
        assert status_of_last() == "queued"  # the optimistic row, before any network round trip
        await ui.until(lambda: status_of_last() in ("delivered", "read"), what="delivered")
        assert edit.toPlainText() == ""
        # Shift+Enter is a new line, not a send
        qtbot.keyClicks(edit, "linha 1")
        qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(edit, "linha 2")
        assert edit.toPlainText() == "linha 1\nlinha 2"
    ui.run(scenario())
