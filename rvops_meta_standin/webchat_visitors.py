"""Simulated website visitors for the demo: they open the chat widget's socket and talk.

Each visitor connects to the server's `/webchat/ws` exactly as the widget does (so the server
cannot tell them from a browser), writes an opening line, and answers each agent reply after
`reply_after`. Deterministic for a seed, driven by an injected clock, and bounded.
"""
from __future__ import annotations

import asyncio
import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import websockets
from websockets.asyncio.client import ClientConnection

from rvops_contract.clock import Clock, SystemClock

DEFAULT_MAX_VISITORS = 3
DEFAULT_REPLY_AFTER = timedelta(seconds=15)
DEFAULT_NEW_VISITOR_EVERY = timedelta(seconds=70)
MAX_REPLIES_PER_VISITOR = 3
OPENINGS = ["Oi! Estou no site e fiquei com uma dúvida sobre os planos.",
            "Boa tarde, vocês fazem integração com o meu ERP?",
            "Olá, quero falar com um consultor, por favor.",
            "Oi, esqueci minha senha do portal. Podem ajudar?"]
REPLIES = ["Ah, entendi! Obrigado.", "E quanto custa?", "Perfeito, pode me mandar o link?", "Beleza, vou testar aqui."]


@dataclass
class Visitor:
    number: int
    socket: ClientConnection  # open: a visitor exists once the widget's socket said hello
    visitor_id: str | None = None
    replies: int = 0
    reply_due: datetime | None = None
    seen: set[str] = field(default_factory=set)


@dataclass
class WebchatVisitorSimulator:
    server_url: str  # http://127.0.0.1:PORT
    seed: int = 0
    clock: Clock = field(default_factory=SystemClock)
    max_visitors: int = DEFAULT_MAX_VISITORS
    reply_after: timedelta = DEFAULT_REPLY_AFTER
    new_visitor_every: timedelta = DEFAULT_NEW_VISITOR_EVERY

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.visitors: list[Visitor] = []
        self.messages_sent = 0
        self._next_visitor_at: datetime | None = None

    @property
    def socket_url(self) -> str:
        return self.server_url.replace("http://", "ws://").replace("https://", "wss://") + "/webchat/ws?lang=pt-BR"

    async def step(self) -> None:
        """One tick: read what agents wrote, answer what is due, maybe bring a new visitor."""
        now = self.clock.now()
        for visitor in self.visitors:
            await self._read_agent_messages(visitor, now)
            if visitor.reply_due is not None and visitor.reply_due <= now:
                visitor.reply_due = None
                visitor.replies += 1
                await self._say(visitor, self.rng.choice(REPLIES))
        if len(self.visitors) < self.max_visitors and (self._next_visitor_at is None or self._next_visitor_at <= now):
            visitor = Visitor(len(self.visitors) + 1, await websockets.connect(self.socket_url, open_timeout=10))
            hello = json.loads(await visitor.socket.recv())
            visitor.visitor_id = hello.get("visitor_id")
            self.visitors.append(visitor)
            await self._say(visitor, self.rng.choice(OPENINGS))
            self._next_visitor_at = now + self.new_visitor_every

    async def _say(self, visitor: Visitor, text: str) -> None:
        self.messages_sent += 1
        await visitor.socket.send(json.dumps({"type": "message", "text": text,
                                              "client_id": f"sim-{visitor.number}-{self.messages_sent}"}))

    async def _read_agent_messages(self, visitor: Visitor, now: datetime) -> None:
        while True:
            try:
                frame = json.loads(await asyncio.wait_for(visitor.socket.recv(), 0.001))
            except TimeoutError:
                return
            message = frame.get("message") if frame.get("type") == "message" else None
            if not message or message.get("from") != "agent" or message["id"] in visitor.seen:
                continue
            visitor.seen.add(message["id"])
            if visitor.replies < MAX_REPLIES_PER_VISITOR and visitor.reply_due is None:
                visitor.reply_due = now + self.reply_after

    async def run(self, stop: asyncio.Event, tick_seconds: float = 1.0) -> None:
        """For the demo: step every `tick_seconds` until `stop` is set."""
        try:
            while not stop.is_set():
                try:
                    await self.step()
                except (OSError, websockets.WebSocketException):
                    pass  # the server may be starting or restarting; try next tick
                try:
                    await asyncio.wait_for(stop.wait(), tick_seconds)
                except TimeoutError:
                    continue
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        for visitor in self.visitors:
            await visitor.socket.close()
