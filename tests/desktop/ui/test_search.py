"""Search as an agent uses it: results as they type (no Enter), a second search replacing the
first at once, each result showing the message that matched, and opening a result at that
message, outlined, rather than at the bottom of the thread."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_typing_searches_each_result_shows_its_match_and_opens_there(ui, qtbot):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        older = "Oi! Queria saber do upgrade para o plano Enterprise."  # not Maria's last message
        for n in range(30):  # a long thread, so opening at the match means scrolling up to it
            window.session.actions.send_message("cv_maria", f"Mensagem {n} sobre outro assunto")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the thread grown")

        qtbot.keyClicks(window.list.search, "upgrade")  # no Enter: the pause runs the search
        await ui.until(lambda: window.inbox.view.kind == "search" and window.inbox_model.rowCount() >= 1,
                       what="results while typing")
        row = window.inbox_model.row_of("cv_maria")
        assert row >= 0 and window.inbox.get("cv_maria").match_text == older  # the match, not the last message
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.thread.delegate.marked_id is not None, what="the match marked")
        marked = window.pane.thread.delegate.marked_id
        assert window.replica.store.message(marked).text == older
        await ui.until(window.pane.thread.marked_row_visible, what="the thread scrolled to the match")

        window.list.search.setFocus()
        window.list.search.selectAll()
        qtbot.keyClicks(window.list.search, "boleto")  # typed over the first: a second search, João's thread
        await ui.until(lambda: window.inbox.view.query == "boleto" and window.inbox_model.row_of("cv_joao") >= 0
                       and window.inbox_model.row_of("cv_maria") < 0, what="the second search's results")
        window.list.search.clear()
        await ui.until(lambda: window.inbox.view.kind != "search", what="back to the inbox when cleared")
    ui.run(scenario())
