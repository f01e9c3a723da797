"""Webchat rate limits: what anonymous visitors may do, per client address and per visitor.

Anyone on the internet may open the widget, so its socket is the one door without a sign-in. Per
client address: at most ADDRESS_SOCKETS sockets open at once, ADDRESS_MESSAGES messages a minute,
and ADDRESS_NEW_VISITORS different visitors writing per ten minutes (each new visitor's first
message opens a conversation in the queue: this is what stops a script from filling the queue).
Per visitor: VISITOR_MESSAGES messages a minute. Sliding windows on the server's clock, kept in
the instance's memory: with N instances behind a balancer an address gets at most N times these.
Behind a proxy, set uvicorn's FORWARDED_ALLOW_IPS to its address so the visitor's own address counts.
"""
from __future__ import annotations

import math
from collections import defaultdict, deque

from rvops_contract.clock import Clock

ADDRESS_SOCKETS = 20
ADDRESS_MESSAGES = (120, 60.0)  # (how many, per seconds)
ADDRESS_NEW_VISITORS = (10, 600.0)
VISITOR_MESSAGES = (20, 60.0)
_SWEEP_EVERY = 10_000  # keys: forget idle ones now and then, so memory stays bounded


class SlidingWindow:
    def __init__(self, limit: int, seconds: float) -> None:
        self.limit, self.seconds = limit, seconds
        self._hits: dict[str, deque[float]] = defaultdict(deque)

    def wait(self, key: str, now: float) -> float:
        """Seconds until `key` may act again (0: it may now)."""
        hits = self._hits.get(key)
        if not hits:
            return 0.0
        while hits and hits[0] <= now - self.seconds:
            hits.popleft()
        return 0.0 if len(hits) < self.limit else hits[0] + self.seconds - now

    def hit(self, key: str, now: float) -> None:
        self._hits[key].append(now)
        if len(self._hits) > _SWEEP_EVERY:
            for stale in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.seconds]:
                del self._hits[stale]


class WebchatLimits:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.sockets: dict[str, int] = defaultdict(int)
        self.address_messages = SlidingWindow(*ADDRESS_MESSAGES)
        self.visitor_messages = SlidingWindow(*VISITOR_MESSAGES)
        self.new_visitors = SlidingWindow(*ADDRESS_NEW_VISITORS)
        self._writers: dict[str, set[str]] = defaultdict(set)  # address → visitors seen writing

    def open_socket(self, address: str) -> bool:
        if self.sockets[address] >= ADDRESS_SOCKETS:
            return False
        self.sockets[address] += 1
        return True

    def close_socket(self, address: str) -> None:
        self.sockets[address] -= 1
        if self.sockets[address] <= 0:
            del self.sockets[address]

    def message(self, address: str, visitor_id: str) -> int | None:
        """None if this visitor may send a message now (and it is counted), else seconds to wait."""
        now = self.clock.now().timestamp()
        new = visitor_id not in self._writers[address]
        wait = max(self.address_messages.wait(address, now), self.visitor_messages.wait(visitor_id, now),
                   self.new_visitors.wait(address, now) if new else 0.0)
        if wait > 0:
            return max(1, math.ceil(wait))
        self.address_messages.hit(address, now)
        self.visitor_messages.hit(visitor_id, now)
        if new:
            self.new_visitors.hit(address, now)
            writers = self._writers[address]
            if len(writers) > ADDRESS_NEW_VISITORS[0] * 10:  # bounded: forgetting one only re-counts it
                writers.clear()
            writers.add(visitor_id)
        return None
