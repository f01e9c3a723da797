"""The chatbot on the desktop (issue 18 #3): the header says which menu option brought the
conversation, or that the bot still holds it (fields the replica keeps in `extra`)."""
from __future__ import annotations

import pytest

from rvops_server.store import schema as t

pytestmark = pytest.mark.gui


def _set(live_server, conversation_id, **values):
    with live_server.services.store.write() as uow:  # fixture data: what the bot would have written
        uow.conn.execute(t.conversations.update().where(t.conversations.c.id == conversation_id).values(**values))
        uow.changed("conversations", conversation_id)


def test_the_header_shows_the_option_that_brought_the_conversation(ui, live_server):
    _set(live_server, "cv_maria", bot_status="done", bot_option="Suporte técnico")

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        assert "Chatbot: Suporte técnico" in window.pane.header.subtitle.text()
        _set(live_server, "cv_maria", bot_status="active", bot_option=None)
        await ui.until(lambda: "With the chatbot" in window.pane.header.subtitle.text(), what="the live change")

    ui.run(scenario())
