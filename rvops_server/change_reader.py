"""Reading new changes once per instance for every live stream.

Each new cursor wakes every stream of the instance. Without sharing, fifty streams would each
query the same new rows; instead the first stream to wake reads the new stretch of the log
(`load_entries`) into a bounded in-memory window, and every stream filters it for its own agent
in memory (`visible_changes`). A stream further behind than the window reads the log directly.

Streams call `read_shared` on the event loop: the first one to find the window behind hands ONE
read to a worker thread and the others wait for that read instead of each queueing its own (fifty
thread hand-offs per change cost more CPU than the read itself).
"""
from __future__ import annotations

import asyncio
import bisect
import json
import threading
from collections import OrderedDict

from starlette.concurrency import run_in_threadpool

from rvops_server.domain.changes import MAX_CHANGES_PAGE, Entry, as_changes, load_entries
from rvops_server.domain.presence import PresenceRules
from rvops_server.store.db import Store

WINDOW_ENTRIES = 20_000  # entries kept in memory; older cursors are read from the database
ENCODED_FRAMES = 512  # frames kept encoded: streams with the same outcome share the same bytes


class SharedChangeReader:
    def __init__(self, store: Store, presence: PresenceRules, capacity: int = WINDOW_ENTRIES) -> None:
        self.store = store
        self.presence = presence  # presence records in the log are judged by the app's rules
        self.capacity = capacity
        self._lock = threading.Lock()
        self._entries: list[Entry] = []
        self._cursors: list[int] = []
        self._floor: int | None = None  # the window holds every entry after this cursor…
        self._upto: int | None = None  # …up to and including this one
        self._log_has_more = False  # the log held more than one page past the window's end
        self.database_reads = 0  # for tests and diagnostics
        self.encodings = 0
        self._frames: OrderedDict[tuple, str] = OrderedDict()
        self._in_flight: asyncio.Future | None = None  # the read every waking stream waits for
        self.thread_reads = 0  # reads handed to a worker thread (for tests and diagnostics)

    def cached(self, since: int, latest_published: int, limit: int = MAX_CHANGES_PAGE):
        """The entries after `since` without touching the database, or None when a read is needed."""
        with self._lock:
            if (self._floor is None or since < self._floor or since > self._upto or self._log_has_more
                    or latest_published > self._upto):
                return None
            return self._slice(since, limit)

    async def read_shared(self, since: int, latest_published: int, limit: int = MAX_CHANGES_PAGE):
        """`read` for a stream on the event loop: from the window when it is up to date, else by one
        worker-thread read that every stream waking for the same new changes shares."""
        page = self.cached(since, latest_published, limit)
        if page is not None:
            return page
        in_flight = self._in_flight
        if in_flight is None or in_flight.done() or in_flight.get_loop() is not asyncio.get_running_loop():
            self.thread_reads += 1
            in_flight = self._in_flight = asyncio.ensure_future(run_in_threadpool(self.read, since, limit))
            return await asyncio.shield(in_flight)  # a stream closing must not cancel the others' read
        await asyncio.wait({in_flight})  # another stream is reading: take the window after it
        page = self.cached(since, latest_published, limit)
        if page is not None:
            return page
        self.thread_reads += 1  # older than the window, newer than that read, or it failed
        return await run_in_threadpool(self.read, since, limit)

    def read(self, since: int, limit: int = MAX_CHANGES_PAGE) -> tuple[list[Entry], int, bool]:
        """The entries after `since` (entries, next_cursor, has_more); reads the log when needed."""
        with self._lock:
            if self._floor is None:
                self._floor = self._upto = since
            if since < self._floor:
                return self._direct(since, limit)
            if since >= self._upto:
                self._extend()
            if since > self._upto:  # a cursor from an instance that has read further: catch up later
                return [], since, False
            return self._slice(since, limit)

    def frame(self, entries: list[Entry], decisions: tuple[int, ...], next_cursor: int) -> str:
        """The JSON text of a changes frame, encoded once for every stream that gets the same one.

        Entries between two cursors never change once read, so the first and last cursor, the next
        cursor and the per-entry decisions identify the frame."""
        key = (entries[0].cursor if entries else None, entries[-1].cursor if entries else None,
               len(entries), next_cursor, decisions)
        with self._lock:
            text = self._frames.get(key)
            if text is not None:
                self._frames.move_to_end(key)
                return text
        text = json.dumps({"type": "changes", "cursor": next_cursor, "changes": as_changes(entries, decisions)},
                          separators=(",", ":"), ensure_ascii=False)
        with self._lock:
            self.encodings += 1
            self._frames[key] = text
            if len(self._frames) > ENCODED_FRAMES:
                self._frames.popitem(last=False)
        return text

    def _direct(self, since: int, limit: int):
        self.database_reads += 1
        with self.store.read() as conn:
            return load_entries(conn, since, limit, presence=self.presence)

    def _extend(self) -> None:
        """Append the log after the window's end (one page); evict the oldest past capacity."""
        self.database_reads += 1
        with self.store.read() as conn:
            entries, next_cursor, self._log_has_more = load_entries(conn, self._upto, MAX_CHANGES_PAGE,
                                                                         presence=self.presence)
        self._entries.extend(entries)
        self._cursors.extend(e.cursor for e in entries)
        self._upto = next_cursor
        overflow = len(self._entries) - self.capacity
        if overflow > 0:
            self._floor = self._cursors[overflow - 1]
            del self._entries[:overflow]
            del self._cursors[:overflow]

    def _slice(self, since: int, limit: int):
        start = bisect.bisect_right(self._cursors, since)
        chunk = self._entries[start:start + limit]
        if start + limit < len(self._entries):
            return chunk, chunk[-1].cursor, True
        return chunk, self._upto, self._log_has_more
