"""Labels from the header (issue 15 #16): the dialog ticks labels in use and adds new ones; Save
sets them on the server; the list row and the header show them; the filter bar narrows the list
to one label, its choices being the labels in use."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from rvops_server.store import schema as t

pytestmark = pytest.mark.gui


def _server_labels(live_server, conversation_id):
    with live_server.services.store.read() as conn:
        return conn.execute(sa.select(t.conversations.c.labels)
                            .where(t.conversations.c.id == conversation_id)).scalar()


def test_labels_set_in_the_dialog_reach_the_server_show_in_the_list_and_filter_it(ui, live_server, qtbot):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        window.pane.header.buttons["labels"].click()
        dialog = window.pane.last_dialog
        assert dialog.isVisible() and dialog.labels() == []
        for typed in ("VIP", "Boleto  atrasado", "vip"):      # the same spelling once
            qtbot.keyClicks(dialog.new_label, typed)
            qtbot.keyClick(dialog.new_label, Qt.Key.Key_Return)
        assert dialog.labels() == ["vip", "boleto atrasado"]
        dialog.save_button.click()
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the labels accepted")
        assert _server_labels(live_server, "cv_maria") == ["vip", "boleto atrasado"]
        assert "#vip #boleto atrasado" in window.pane.header.subtitle.text()
        row = window.list.view.model().index(window.inbox.index_of("cv_maria"), 0)
        assert row.data(Qt.ItemDataRole.AccessibleTextRole).endswith("#vip, #boleto atrasado")
        # the filter bar offers the labels in use; choosing one narrows the list to it
        bar = window.filter_bar
        bar.label.refresh()
        assert [bar.label.itemData(i) for i in range(bar.label.count())] == [None, "boleto atrasado", "vip"]
        bar.label.setCurrentIndex(bar.label.findData("vip"))
        await ui.until(lambda: [s.id for s in window.inbox] == ["cv_maria"], what="only Maria")
        bar.label.setCurrentIndex(0)
        await ui.until(lambda: len(window.inbox) > 1, what="every conversation again")
        # a second conversation gets a label in use by ticking it
        other = next(s.id for s in window.inbox if s.id != "cv_maria")
        window.list.select(other)
        await ui.until(lambda: window.pane.conversation_id == other, what="another one open")
        dialog = window.pane.edit_labels()
        item = dialog.list.findItems("vip", Qt.MatchFlag.MatchExactly)[0]
        item.setCheckState(Qt.CheckState.Checked)
        dialog.save_button.click()
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="accepted")
        assert _server_labels(live_server, other) == ["vip"]
    ui.run(scenario())
