"""What arrives in the conversation the agent has open is read at once (the badge does not grow
while they read); not while the window is minimised — then it is read when the window comes back."""
from __future__ import annotations

import pytest

from tests.support.servers import Agent

pytestmark = pytest.mark.gui


def test_messages_arriving_in_the_open_conversation_are_read_but_not_while_minimised(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        store = window.replica.store
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        await ui.until(lambda: store.conversation("cv_maria").unread == 0, what="read when opened")

        def texts():
            return [m.text for m in store.messages_page("cv_maria", limit=100)]
        await ui.customer_writes("+5511987654321", "Maria Oliveira", "Mais uma pergunta")
        await ui.until(lambda: "Mais uma pergunta" in texts(), what="the message in the open thread")
        await ui.until(lambda: store.conversation("cv_maria").unread == 0 and window.replica.outbox.pending_count() == 0,
                       what="read while looking")
        ana = Agent(ui.server.url, "ana@demo.rvops")
        try:
            [row] = [c for c in ana.bootstrap()["conversations"] if c["id"] == "cv_maria"]
            assert row["unread"] == 0  # the server agrees: nothing to read
        finally:
            ana.close()

        window.showMinimized()
        await ui.until(window.isMinimized, what="minimised")
        await ui.customer_writes("+5511987654321", "Maria Oliveira", "Oi? Está aí?")
        await ui.until(lambda: "Oi? Está aí?" in texts(), what="the second message")
        await ui.until(lambda: store.conversation("cv_maria").unread >= 1, what="unread while away")
        window.bring_to_front()
        await ui.until(lambda: store.conversation("cv_maria").unread == 0, what="read on coming back")
    ui.run(scenario())
