"""While the agent writes in a webchat conversation, the visitor's widget hears "… is typing" —
over the real server, the visitor on its real WebSocket — at most once every 3 s (by the clock)."""
from __future__ import annotations

import asyncio
import json

import pytest
from PySide6.QtTest import QTest
from websockets.sync.client import connect

from tests.support.servers import Agent

pytestmark = pytest.mark.gui


def _receive(socket, kind: str) -> dict:
    while True:
        frame = json.loads(socket.recv(timeout=10))
        if frame["type"] == kind:
            return frame


def _webchat_conversation(agent: Agent) -> str | None:
    return next((c["id"] for c in agent.bootstrap()["conversations"] if c["channel"] == "webchat"), None)


def test_the_visitor_sees_the_agent_typing_at_most_every_three_seconds(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        url = ui.server.url.replace("http://", "ws://") + "/webchat/ws?lang=pt-BR"
        ana = await asyncio.to_thread(Agent, ui.server.url, "ana@demo.rvops")
        with await asyncio.to_thread(connect, url) as socket:
            await asyncio.to_thread(_receive, socket, "hello")
            socket.send(json.dumps({"type": "message", "text": "Oi, alguém aí?", "client_id": "c1"}))
            await asyncio.to_thread(_receive, socket, "ack")
            conversation_id = await ui.until(lambda: _webchat_conversation(ana), what="the webchat conversation")
            await asyncio.to_thread(ana.mutate, "claim", conversation_id=conversation_id)
            await ui.until(lambda: window.replica.store.conversation(conversation_id) is not None
                           and window.replica.store.conversation(conversation_id).assignee_id, what="claimed")
            window.pane.show_conversation(conversation_id)
            sent = []
            real = window.typing._send

            async def counted(cid):
                sent.append(cid)
                return await real(cid)
            window.typing._send = counted
            QTest.keyClicks(window.pane.composer.edit, "Ola")   # three keystrokes
            typing = await asyncio.to_thread(_receive, socket, "typing")
            assert typing["author"] == "Ana Souza"
            assert sent == [conversation_id]                      # once, not once per keystroke
            ui.clock.advance(seconds=3)
            QTest.keyClicks(window.pane.composer.edit, " tudo bem")
            await asyncio.to_thread(_receive, socket, "typing")   # a pause later: the visitor hears again
            assert sent == [conversation_id, conversation_id]
        ana.close()
    ui.run(scenario())


def test_no_typing_signal_for_whatsapp_conversations(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.pane.show_conversation("cv_maria")
        sent = []

        async def counted(cid):
            sent.append(cid)
        window.typing._send = counted
        QTest.keyClicks(window.pane.composer.edit, "Ola")
        await asyncio.sleep(0)
        assert sent == []   # WhatsApp has no typing signal a business can send
    ui.run(scenario())
