"""The sync engine: bootstrap, delta pulls, the live stream and the outbox sender (asyncio).

    engine = SyncEngine(replica, SyncClient(url, session.get_token))
    engine.subscribe(lambda status: ...)        # SyncStatus: state + pending count
    engine.on_refusal(lambda notice: ...)       # RefusalNotice with the server's reason
    task = engine.start()                       # runs until `await engine.stop()`

Two loops run side by side:
- the link: bootstrap when the replica has no cursor, then pull changes from the stored cursor
  until caught up, then hold the live stream and apply what it pushes. Every apply is one
  replica transaction that also stores the cursor, so a crash never skips or re-applies a change.
  Broken links are retried with back-off and jitter.
- the sender: wakes whenever the outbox has rows (any replica commit is heard), pushes them
  FIFO (see sender.py), backs off while offline and retries at once when the link comes back.

All replica writes and all observer callbacks happen on the event loop's thread.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from rvops_contract.snapshot import inbox_arriving
from rvops_contract.wire import responses as answer

from .backoff import Backoff
from .sender import OUTBOX_BATCH_SIZE, OutboxSender, RefusalNotice
from .state import ConnectionState, StatusBoard, StatusListener, SyncStatus
from .transport import Offline, Rejected, SyncClient, SyncError, Unauthorized

if TYPE_CHECKING:
    from rvops_desktop.models import Replica
    from rvops_desktop.models.replica import ReplicaChange
    from rvops_desktop.models.snapshot import SnapshotProgress

log = logging.getLogger(__name__)


Sleep = Callable[[float], Awaitable[Any]]
LOOPS_END_SECONDS = 15.0  # the stream's closing handshake is bounded by its close timeout (10 s)


async def _ended(loops: Sequence[asyncio.Task[None]]) -> None:
    """Cancel the loops still running and return once they have ended.

    A cancelled gather ends as soon as its first loop has; the link loop may still be closing its
    stream (the WebSocket's closing handshake). stop() returning before it has let the event loop
    close under it (the stream left to the collector, with no loop). A loop already cancelling is
    not cancelled again: that would interrupt the handshake."""
    for loop in loops:
        if not loop.done() and not loop.cancelling():
            loop.cancel()
    ended, running = await asyncio.wait(loops, timeout=LOOPS_END_SECONDS)
    for loop in ended:
        if not loop.cancelled():
            loop.exception()  # raised by gather already; read here so it is not reported twice
    for loop in running:
        log.warning("a sync loop has not ended %.0f s after being cancelled: %r", LOOPS_END_SECONDS, loop)


class SyncEngine:
    def __init__(self, replica: Replica, client: SyncClient, *, batch_size: int = OUTBOX_BATCH_SIZE,
                 sleep: Sleep = asyncio.sleep, random: Callable[[], float] | None = None) -> None:
        self.replica = replica
        self.client = client
        self._sleep = sleep
        self._board = StatusBoard()
        self._link_backoff = Backoff(random=random)
        self.snapshot_page_rows: int | None = None  # the server's default (1000) unless set
        self.sender = OutboxSender(replica, client, batch_size=batch_size, backoff=Backoff(random=random))
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._outbox_wake = asyncio.Event()  # the outbox may have rows
        self._reconnected = asyncio.Event()  # the link just came (back) up: retry pushes now
        self._link_wake = asyncio.Event()  # a push got through: retry the link now
        self._signed_in = asyncio.Event()  # credentials (re)provided after a 401
        self._signed_in.set()
        self._changed = asyncio.Event()  # any status change or apply (for wait_for)
        self._unsubscribe_replica: Callable[[], None] | None = None
        self._board.subscribe(lambda _status: self._changed.set())

    # ---- observing -------------------------------------------------------------------------
    @property
    def status(self) -> SyncStatus:
        return self._board.status

    def subscribe(self, listener: StatusListener) -> Callable[[], None]:
        """Call `listener(SyncStatus)` whenever the state or pending count changes."""
        return self._board.subscribe(listener)

    def on_refusal(self, listener: Callable[[RefusalNotice], None]) -> Callable[[], None]:
        """Call `listener(RefusalNotice)` when the server refuses a queued action."""
        return self.sender.on_refusal(listener)

    # ---- lifecycle -------------------------------------------------------------------------
    def start(self) -> asyncio.Task[None]:
        """Start both loops on the running event loop; returns the task that runs them."""
        task = asyncio.get_running_loop().create_task(self.run(), name="sync-engine")
        self._tasks.append(task)
        return task

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._loop_thread = threading.get_ident()
        self._unsubscribe_replica = self.replica.subscribe(self._on_replica_change)
        self._refresh_pending()
        self._board.set_link(ConnectionState.CONNECTING)
        loops = [asyncio.create_task(self._link_loop(), name="sync-link"),
                 asyncio.create_task(self._sender_loop(), name="sync-sender")]
        try:
            await asyncio.gather(*loops)
        finally:
            try:
                await _ended(loops)
            finally:
                self._unsubscribe_replica()
                self._unsubscribe_replica = None
                self._board.set_link(ConnectionState.STOPPED)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()

    def credentials_changed(self) -> None:
        """Call after a new login following SIGNED_OUT: both loops resume."""
        self._board.set_signed_out(False)
        self._signed_in.set()
        self._reconnected.set()
        self._link_wake.set()

    async def wait_for(self, predicate: Callable[[SyncStatus], bool], timeout: float) -> SyncStatus:
        """Wait until `predicate(status)` holds (checked after every change); TimeoutError if not."""
        async def _wait() -> SyncStatus:
            while not predicate(self.status):
                self._changed.clear()
                await self._changed.wait()
            return self.status
        return await asyncio.wait_for(_wait(), timeout)

    async def wait_idle(self, timeout: float) -> SyncStatus:
        """Online, live stream open, nothing pending."""
        return await self.wait_for(lambda s: s.state is ConnectionState.ONLINE and s.pending == 0, timeout)

    # ---- the link: bootstrap, catch up, live stream ------------------------------------------
    async def sync_once(self) -> int:
        """Bootstrap if needed and pull until caught up (no stream). Returns the cursor."""
        if self.replica.cursor is None:
            await self._bootstrap()
        while True:
            since = self.replica.cursor or 0
            page = await self.client.changes(since)
            self._apply(page.changes, page.cursor)
            if not page.has_more:
                return self.replica.cursor or 0

    async def _bootstrap(self) -> None:
        """The paged snapshot (server /sync/snapshot): each page written as it arrives, off the event
        loop (the GUI's, under qasync), with its resume token; after a drop, the rest from there."""
        progress = self.replica.snapshot_progress
        self._board.set_bootstrapping(True)
        try:
            try:
                await self._read_snapshot(progress)
            except Rejected as exc:  # the server cannot resume this one (another server, a reset)
                if progress is None:
                    raise
                log.warning("the server refused to resume the snapshot at %s (%s): starting again",
                            progress.at, exc)
                await self._read_snapshot(None)
        finally:
            self._board.set_bootstrapping(False)

    async def _read_snapshot(self, progress: SnapshotProgress | None) -> None:
        """Read and apply the snapshot in a worker thread (parsing and writing never hold the event
        loop); a cancelled engine stops it after the page in hand, never mid-write."""
        loop = asyncio.get_running_loop()
        stop = threading.Event()
        state: dict[str, Any] = {"progress": progress, "arriving": progress is not None and inbox_arriving(progress.collection),
                 "done": False}

        def publish() -> None:
            current = state["progress"]
            if state["done"]:
                self._board.set_snapshot(None)
            elif current is not None:
                self._board.set_snapshot(current.received, current.total, inbox_arriving=state["arriving"])

        def take(frame: answer.AnySnapshotFrame) -> bool:
            if stop.is_set():
                return False
            current = state["progress"]
            if isinstance(frame, answer.SnapshotBegin):
                if current is None or current.at != frame.cursor:
                    current = self.replica.begin_snapshot(frame.cursor, frame.counts)
                    log.info("snapshot at %s: %s rows to fetch", current.at, current.total)
            elif isinstance(frame, answer.SnapshotPage) and current is not None:
                current = self.replica.apply_snapshot_page(frame.collection, frame.records, frame.resume)
                state["arriving"] = state["arriving"] or inbox_arriving(current.collection)
            elif isinstance(frame, answer.SnapshotEnd) and current is not None:
                cursor = self.replica.finish_snapshot()
                log.info("snapshot applied at cursor %s: %s rows", cursor, current.received)
                state["done"] = True
            state["progress"] = current
            loop.call_soon_threadsafe(publish)
            return not state["done"]

        if progress is not None:
            log.info("resuming the snapshot at %s: %s of %s rows kept", progress.at, progress.received, progress.total)
            publish()
        at, resume = (progress.at, progress.resume) if progress else (None, None)
        work = loop.run_in_executor(None, self.client.read_snapshot, at, resume, self.snapshot_page_rows, take)
        try:
            await asyncio.shield(work)
        except asyncio.CancelledError:
            stop.set()  # the engine stops: let the page in hand finish, then leave
            await asyncio.wait([work])
            raise
        publish()
        if not state["done"]:
            raise Offline("the snapshot stopped before its end")

    async def _link_loop(self) -> None:
        while True:
            try:
                self._board.set_link(ConnectionState.CONNECTING, self.status.error)
                await self.sync_once()
                stream = self.client.stream(self.replica.cursor or 0)
                try:
                    async for message in stream:
                        self._on_stream(message)
                except Exception:  # applying a message failed: the socket closes now, not whenever
                    await stream.aclose()  # the collector finds the generator (maybe with no loop running)
                    raise
            except Unauthorized as exc:
                await self._signed_out(exc)
            except (Offline, Rejected) as exc:
                delay = self._link_backoff.next_delay()
                log.info("link down (%s); reconnecting in %.2fs", exc, delay)
                self._board.set_link(ConnectionState.OFFLINE, exc.code)
                await self._pause(delay, self._link_wake)

    def _on_stream(self, message: answer.AnyStreamMessage) -> None:
        if isinstance(message, answer.StreamHello):
            self._link_backoff.reset()
            self._board.set_link(ConnectionState.ONLINE)
            self._reconnected.set()  # pushes waiting out a back-off go now
            self._outbox_wake.set()
        elif isinstance(message, answer.StreamChanges):
            self._apply(message.changes, message.cursor)

    def _apply(self, changes: Sequence[answer.Change], cursor: int | None) -> None:
        if changes or (cursor is not None and cursor != self.replica.cursor):
            self.replica.apply_changes(changes, cursor)
        self._changed.set()

    # ---- the sender -----------------------------------------------------------------------------
    async def _sender_loop(self) -> None:
        while True:
            self._outbox_wake.clear()
            try:
                pushed = await self.sender.push_once()
            except Unauthorized as exc:
                await self._signed_out(exc)
                continue
            except Offline as exc:
                delay = self.sender.backoff.next_delay()
                log.info("push failed (%s); retrying in %.2fs", exc, delay)
                self._reconnected.clear()
                await self._pause(delay, self._reconnected)
                continue
            self._refresh_pending()
            if pushed:
                self.sender.backoff.reset()
                self._link_wake.set()  # the server is back: don't wait out the link's back-off
                continue
            await self._outbox_wake.wait()

    # ---- helpers --------------------------------------------------------------------------------
    async def _signed_out(self, exc: SyncError) -> None:
        log.warning("signed out: %s", exc)
        self._signed_in.clear()
        self._board.set_signed_out(True, exc.code)
        await self._signed_in.wait()

    async def _pause(self, delay: float, wake: asyncio.Event) -> None:
        """Sleep `delay` (through the injected sleep) unless `wake` is set first."""
        wake.clear()
        sleeper = asyncio.ensure_future(self._sleep(delay))
        waiter = asyncio.ensure_future(wake.wait())
        try:
            await asyncio.wait({sleeper, waiter}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            waiter.cancel()

    def _refresh_pending(self) -> None:
        pending = self.replica.outbox.pending_count()
        self._board.set_pending(pending)
        if pending:
            self._outbox_wake.set()

    def _on_replica_change(self, _change: ReplicaChange) -> None:
        """Heard after every replica commit, from whichever thread wrote."""
        if self._loop is None:
            return
        if threading.get_ident() == self._loop_thread:
            self._refresh_pending()
        else:
            self._loop.call_soon_threadsafe(self._refresh_pending)
