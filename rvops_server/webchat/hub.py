"""The visitors' live side: which visitor sockets this instance holds, and what to push to them.

Messages reach visitors by following the change feed (which, on PostgreSQL, also carries other
instances' commits), so an agent's reply reaches the visitor whichever instance stored it.
Typing is pushed directly to this instance's sockets. A message re-announced unchanged (a claim or a
transfer touches the conversation's history, so a new viewer gets it) is not pushed to its visitor
again: the hub remembers what it last pushed of each visitor's recent messages.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict, defaultdict
from typing import Any

from fastapi import WebSocket
from starlette.concurrency import run_in_threadpool

from rvops_server.domain.changes import current_cursor
from rvops_server.domain.webchat_messages import visitor_of_conversation
from rvops_server.services import Services
from rvops_server.webchat import threads

log = logging.getLogger(__name__)

REMEMBERED_PER_VISITOR = 200  # messages whose last pushed form the hub keeps, per connected visitor


class WebchatHub:
    def __init__(self, services: Services, secret: bytes) -> None:
        self.services = services
        self.secret = secret
        self.sockets: dict[str, set[WebSocket]] = defaultdict(set)
        self.cursor = 0
        self._pushed: dict[str, OrderedDict[str, dict[str, Any]]] = {}  # visitor -> message id -> form

    # ---- sockets ------------------------------------------------------------------------------
    def join(self, visitor_id: str, socket: WebSocket) -> None:
        self.sockets[visitor_id].add(socket)

    def leave(self, visitor_id: str, socket: WebSocket) -> None:
        group = self.sockets.get(visitor_id)
        if group is not None:
            group.discard(socket)
            if not group:
                del self.sockets[visitor_id]
                self._pushed.pop(visitor_id, None)

    def _news(self, visitor_id: str, message: dict[str, Any]) -> bool:
        """False for a message this visitor was last pushed exactly as it is (and records it)."""
        pushed = self._pushed.setdefault(visitor_id, OrderedDict())
        key = str(message.get("id"))
        if pushed.get(key) == message:
            pushed.move_to_end(key)
            return False
        pushed[key] = message
        pushed.move_to_end(key)
        while len(pushed) > REMEMBERED_PER_VISITOR:
            pushed.popitem(last=False)
        return True

    async def push(self, visitor_id: str, message: dict[str, Any]) -> int:
        sent = 0
        for socket in list(self.sockets.get(visitor_id, ())):
            try:
                await socket.send_json(message)
                sent += 1
            except Exception:  # noqa: BLE001 - a socket that went away; its handler removes it
                log.debug("push to a closed webchat socket of %s", visitor_id)
        return sent

    # ---- typing -------------------------------------------------------------------------------
    async def typing(self, conversation_id: str, author: str | None) -> int:
        def _visitor() -> str | None:
            with self.services.store.read() as conn:
                return visitor_of_conversation(conn, conversation_id)
        visitor_id = await run_in_threadpool(_visitor)
        if not visitor_id:
            return 0
        return await self.push(visitor_id, {"type": "typing", "author": author})

    # ---- following the change feed ------------------------------------------------------------
    def _read(self, after: int) -> tuple[list[tuple[str, dict[str, Any]]], int, bool]:
        with self.services.store.read() as conn:
            if not self.sockets:
                return [], current_cursor(conn), False
            return threads.changed_messages(conn, self.services, self.secret, after)

    async def run(self) -> None:
        feed = self.services.feed
        wake = feed.subscribe()
        try:
            self.cursor = await run_in_threadpool(lambda: self._read(0)[1] if not self.sockets else 0)
            while True:
                await wake.wait()
                wake.clear()
                if not self.sockets:  # no visitor here to tell: skip past without reading the log
                    self.cursor = max(self.cursor, feed.latest)
                    continue
                more = True
                while more:
                    try:
                        found, self.cursor, more = await run_in_threadpool(self._read, self.cursor)
                    except Exception:
                        log.exception("webchat hub: reading changes failed")
                        await asyncio.sleep(1.0)
                        break
                    for visitor_id, message in found:
                        if visitor_id in self.sockets and self._news(visitor_id, message):
                            await self.push(visitor_id, {"type": "message", "message": message})
        finally:
            feed.unsubscribe(wake)

    async def close_all(self) -> None:
        for group in list(self.sockets.values()):
            for socket in list(group):
                with contextlib.suppress(Exception):
                    await socket.close(code=1001)
