"""Live fan-out of new change cursors to the streams of this process.

Writers call `publish(cursor)` after commit (from any thread); each stream awaits `wait()`.
With PostgreSQL, a LISTEN connection (see `pg_listen.py`) publishes cursors committed by other
instances through the same method, so every stream follows one code path.
"""
from __future__ import annotations

import asyncio
import threading


class ChangeFeed:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self.latest = 0

    def publish(self, cursor: int) -> None:
        with self._lock:
            self.latest = max(self.latest, cursor)
            by_loop: dict[asyncio.AbstractEventLoop, list[asyncio.Event]] = {}
            for loop, event in self._waiters:
                by_loop.setdefault(loop, []).append(event)
        for loop, events in by_loop.items():  # one hand-over per loop, not one per stream
            try:
                loop.call_soon_threadsafe(_set_all, events)
            except RuntimeError:  # that loop is closed
                pass

    def subscribe(self) -> asyncio.Event:
        event = asyncio.Event()
        with self._lock:
            self._waiters.add((asyncio.get_running_loop(), event))
        return event

    def unsubscribe(self, event: asyncio.Event) -> None:
        with self._lock:
            self._waiters = {w for w in self._waiters if w[1] is not event}


def _set_all(events: list[asyncio.Event]) -> None:
    for event in events:
        event.set()
