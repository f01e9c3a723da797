"""Snooze from the header (issue 15 #16): the conversation leaves Mine (the pane moves on, as
after closing) for Snoozed, where its header says until when; the server keeps it; when its time
comes it is back in Mine and the agent is told once; Wake it now ends it early. The clock is the
test's (shared with the server): time is moved, never waited for."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from rvops_desktop.models import View
from rvops_server.store import schema as t

pytestmark = pytest.mark.gui


def _server_snoozed_until(live_server):
    with live_server.services.store.read() as conn:
        return conn.execute(sa.select(t.conversations.c.snoozed_until)
                            .where(t.conversations.c.id == "cv_maria")).scalar()


def _show(window, view):
    window.views.setCurrentIndex(window.views_model.index(window.views_model.row_of(view)))


def test_snoozed_for_an_hour_it_leaves_mine_and_comes_back_when_the_hour_is_over(ui, live_server, fake_clock):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        header = window.pane.header
        assert header.buttons["snooze"].isVisibleTo(window) and not header.wake_action.isEnabled()
        said = []
        window.pane.said.connect(said.append)
        header.snooze_menu.findChild(type(header.wake_action), "snooze_one_hour").trigger()
        await ui.until(lambda: "cv_maria" not in window.inbox, what="gone from Mine")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the snooze accepted")
        assert _server_snoozed_until(live_server) is not None
        assert said and said[-1].startswith("Snoozed until")
        _show(window, View.snoozed())
        await ui.until(lambda: window.inbox.view.kind == "snoozed" and "cv_maria" in window.inbox,
                       what="listed under Snoozed")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open from Snoozed")
        assert "Snoozed until" in header.subtitle.text() and header.wake_action.isEnabled()
        _show(window, View.mine())
        await ui.until(lambda: window.inbox.view.kind == "mine", what="Mine again")
        fake_clock.advance(minutes=59)
        window._tick()
        assert "cv_maria" not in window.inbox
        assert not [n for n in window.notifier.history if n.kind == "snooze"]
        fake_clock.advance(minutes=1, seconds=1)
        window._tick()
        assert "cv_maria" in window.inbox
        (notice,) = [n for n in window.notifier.history if n.kind == "snooze"]   # told once, by the clock
        assert notice.conversation_id == "cv_maria" and notice.title == "Back from snooze: Maria Oliveira"
        fake_clock.advance(minutes=5)
        window._tick()
        assert len([n for n in window.notifier.history if n.kind == "snooze"]) == 1
    ui.run(scenario())


def test_wake_it_now_brings_it_back_at_once(ui, live_server):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        window.pane.snooze("tomorrow")
        await ui.until(lambda: "cv_maria" not in window.inbox, what="gone from Mine")
        _show(window, View.snoozed())
        await ui.until(lambda: window.inbox.view.kind == "snoozed" and "cv_maria" in window.inbox, what="Snoozed")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria"
                       and window.pane.header.wake_action.isEnabled(), what="Maria open from Snoozed")
        window.pane.header.wake_action.trigger()
        await ui.until(lambda: "cv_maria" not in window.inbox, what="gone from Snoozed")
        _show(window, View.mine())
        await ui.until(lambda: window.inbox.view.kind == "mine" and "cv_maria" in window.inbox, what="back in Mine")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the wake accepted")
        assert _server_snoozed_until(live_server) is None
    ui.run(scenario())


def test_pending_waits_for_the_customer_and_their_message_brings_it_back(ui, live_server):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        said = []
        window.pane.said.connect(said.append)
        window.pane.header.snooze_menu.findChild(type(window.pane.header.wake_action), "snooze_until_reply").trigger()
        await ui.until(lambda: "cv_maria" not in window.inbox, what="gone from Mine")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="accepted")
        assert said[-1] == "Pending: it comes back to Mine when the customer writes."
        _show(window, View.snoozed())
        await ui.until(lambda: "cv_maria" in window.inbox, what="under Snoozed")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open again")
        assert "Pending: until the customer replies" in window.pane.header.subtitle.text()
        _show(window, View.mine())
        await ui.until(lambda: window.inbox.view.kind == "mine", what="Mine")
        await ui.customer_writes("+5511987654321", "Maria Oliveira", "Enviei o comprovante agora")
        await ui.until(lambda: "cv_maria" in window.inbox, timeout=20, what="back in Mine when she wrote")
        assert _server_snoozed_until(live_server) is None
    ui.run(scenario())
