"""A closed conversation offers Reopen instead of Transfer/Close that would do nothing; reopening
brings it back under Mine, open, with the composer unlocked; the server's refusal (the contact is
in someone else's open conversation) undoes it and says who holds it."""
from __future__ import annotations

import pytest

from rvops_desktop.models import View
from tests.support.servers import Agent

pytestmark = pytest.mark.gui


def _buttons(window) -> dict[str, bool]:
    return {name: b.isVisibleTo(window) for name, b in window.pane.header.buttons.items()
            if name in ("transfer", "close", "reopen")}


def test_closed_offers_reopen_and_reopening_brings_it_back_under_mine(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        assert _buttons(window) == {"transfer": True, "close": True, "reopen": False}
        window.session.actions.close("cv_maria")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the close accepted")
        closed = window.views_model.index(window.views_model.row_of(View.closed()))
        window.views.setCurrentIndex(closed)
        await ui.until(lambda: window.inbox.view.kind == "closed", what="the closed view")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria"
                       and window.pane.conversation.status == "closed", what="closed Maria open")
        assert _buttons(window) == {"transfer": False, "close": False, "reopen": True}
        assert window.pane.composer.locked
        window.pane.header.buttons["reopen"].click()
        await ui.until(lambda: window.inbox.view.kind == "mine", what="back to Mine")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0
                       and window.replica.store.conversation("cv_maria").status == "open", what="reopened")
        assert window.pane.conversation_id == "cv_maria"
        assert _buttons(window) == {"transfer": True, "close": True, "reopen": False}
        assert not window.pane.composer.locked
        await ui.until(lambda: any(m.payload.get("event") == "reopened"
                                   for m in window.replica.store.older_messages("cv_maria", None, 5)[0]),
                       what="the server's 'reopened' line in the thread")
        model, view = window.pane.thread_model, window.pane.thread
        await ui.until(lambda: any(m.payload.get("event") == "reopened"
                                   for m in (model.message_at(r) for r in range(model.rowCount()))),
                       what="the line shown")
        row = next(r for r in range(model.rowCount()) if model.message_at(r).payload.get("event") == "reopened")
        shown = view.delegate._content(model.index(row))[1]
        assert shown.style == "system" and shown.body == "Ana Souza reopened the conversation"  # not the pt text
    ui.run(scenario())


def test_a_refused_reopen_is_undone_and_says_who_holds_the_contact(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        window.session.actions.close("cv_maria")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the close accepted")
        await ui.customer_writes("+5511987654321", "Maria Oliveira", "Oi de novo!")  # a new one
        bruno = Agent(ui.server.url, "bruno@demo.rvops")
        try:
            newer = next(c["id"] for c in bruno.bootstrap()["conversations"]
                         if c["contact_id"] == "c_maria" and c["status"] == "open")
            assert bruno.mutate("claim", conversation_id=newer)["status"] == "accepted"
        finally:
            bruno.close()
        window.session.actions.reopen("cv_maria")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the refusal")
        assert window.replica.store.conversation("cv_maria").status == "closed"  # undone
        await ui.until(lambda: "Bruno" in window.statusBar().currentMessage(), what="the refusal said")
    ui.run(scenario())
