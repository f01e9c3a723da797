"""Claiming from the queue keeps the claimed conversation open and is no news to its claimer; a
conversation transferred to me is one notice, not one per old message."""
from __future__ import annotations

import pytest

from rvops_desktop.models import View
from tests.support.servers import Agent

pytestmark = pytest.mark.gui


def test_claiming_from_the_queue_stays_on_it_and_does_not_notify_me(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        queue = window.views_model.index(window.views_model.row_of(View.queue()))
        window.views.setCurrentIndex(queue)
        await ui.until(lambda: window.inbox.view.kind == "queue", what="the queue")
        await ui.customer_writes("+5548999990001", "Rita Nova", "Quero um orçamento")
        await ui.until(lambda: window.inbox_model.rowCount() >= 2, what="two waiting in the queue")
        window.list.select("cv_lucia")
        await ui.until(lambda: window.pane.conversation_id == "cv_lucia", what="Lúcia open")
        before = list(window.notifier.history)
        window.claim("cv_lucia")
        await ui.until(lambda: window.inbox.view.kind == "mine", what="back to Mine")
        assert window.pane.conversation_id == "cv_lucia"  # not the next queued one
        await ui.until(lambda: window.replica.store.conversation("cv_lucia").assignee_id == "u_ana"
                       and window.replica.outbox.pending_count() == 0, what="the claim accepted")
        assert [n for n in window.notifier.history if n not in before and n.conversation_id == "cv_lucia"] == []
    ui.run(scenario())


def test_a_transfer_to_me_is_one_notice_not_one_per_old_message(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.notifier._prime()  # what is mine now (the window primes it 1.5 s after showing)
        bruno = Agent(ui.server.url, "bruno@demo.rvops")
        try:
            bruno.mutate("claim", conversation_id="cv_lucia")
            bruno.mutate("send_message", conversation_id="cv_lucia", text="Oi Lúcia, já vejo isso")
            bruno.mutate("transfer", conversation_id="cv_lucia", to_user_id="u_ana")
        finally:
            bruno.close()
        await ui.until(lambda: any(n.kind == "assigned" and n.conversation_id == "cv_lucia"
                                   for n in window.notifier.history), what="the transfer notice")
        await ui.until(lambda: window.replica.store.conversation("cv_lucia").assignee_id == "u_ana")
        old = [n for n in window.notifier.history if n.kind == "message" and n.conversation_id == "cv_lucia"]
        assert old == []  # "Olá, alguém pode me ajudar…" was written before: not a new message
        await ui.customer_writes("+5531991234567", "Lúcia Araújo", "Obrigada!")
        await ui.until(lambda: any(n.kind == "message" and n.conversation_id == "cv_lucia"
                                   for n in window.notifier.history), what="a really new message notifies")
    ui.run(scenario())
