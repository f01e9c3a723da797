"""Group commit: small writes that arrive together share one transaction.

Under load, webhook deliveries arrive faster than one transaction each can commit. Each of them
waits anyway; `GroupCommit` lets whatever is waiting run in one write transaction: one BEGIN, one
change-log append and one COMMIT for the lot, and one wake-up of the live streams, which then send
each agent one frame for the lot instead of one per message. When nothing is waiting, a write runs
at once, alone, as before: batching adds no delay, it only takes what queued up meanwhile.

Every write's caller is answered only after the transaction holding it commits. If the shared
transaction fails (say a duplicate delivery stored meanwhile by another instance), it is rolled
back whole and each write is run again in a transaction of its own, so one bad write fails alone
and nothing is stored twice. A write must therefore keep its effects inside the unit of work
(the database, `uow.changed`, `uow.after_commit`), which every write here does.

Several instances each run their own shared transactions. One message per transaction could not
deadlock; several could, if two instances updated the same conversations in opposite orders. So a
shared transaction runs its writes sorted by the caller's `order` key (the customer, for webhook
deliveries), stably, so each customer's messages keep their order of arrival and every instance
takes those rows' locks in the same order. What is left (say, routing two new conversations to the
same agent in one batch) PostgreSQL detects as a deadlock; the loser is retried one write at a time.
"""
from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool

from rvops_server.store.db import Store, UnitOfWork

log = logging.getLogger(__name__)
T = TypeVar("T")
Write = Callable[[UnitOfWork], Any]
MAX_BATCH = 64  # writes per shared transaction: bounds how long a lock on the change log is held


class GroupCommit:
    def __init__(self, store: Store, max_batch: int = MAX_BATCH) -> None:
        self.store = store
        self.max_batch = max_batch
        self._waiting: deque[tuple[Write, str, asyncio.Future[Any]]] = deque()
        self._committer: asyncio.Task[None] | None = None
        self.transactions = 0  # for tests and diagnostics
        self.fallbacks = 0  # shared transactions that failed and were retried one write each

    async def run(self, write: Callable[[UnitOfWork], T], order: str = "") -> T:
        """Run `write(uow)` in a write transaction, shared with the writes waiting beside it (run in
        `order`, then arrival); its result once committed, or its own exception."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._waiting.append((write, order, future))
        if self._committer is None or self._committer.done():
            self._committer = asyncio.ensure_future(self._commit_waiting())
        return await future

    async def _commit_waiting(self) -> None:
        while self._waiting:
            batch = [self._waiting.popleft() for _ in range(min(len(self._waiting), self.max_batch))]
            batch.sort(key=lambda waiting: waiting[1])  # stable: arrival order within one key
            try:
                outcomes = await asyncio.shield(run_in_threadpool(self._commit, [write for write, _, _ in batch]))
            except BaseException as exc:  # cancelled at shutdown: nobody is left waiting in vain
                for _, _, future in (*batch, *self._waiting):
                    if future.done():
                        continue
                    if isinstance(exc, Exception):
                        future.set_exception(exc)
                    else:
                        future.cancel()
                self._waiting.clear()
                raise
            for (_, _, future), (ok, value) in zip(batch, outcomes, strict=True):
                if future.done():  # its caller went away; the write stands
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)

    def _commit(self, writes: list[Write]) -> list[tuple[bool, Any]]:
        """In a worker thread: all writes in one transaction, or each alone if that fails."""
        if len(writes) > 1:
            try:
                with self.store.write() as uow:
                    results = [write(uow) for write in writes]
                self.transactions += 1
                return [(True, result) for result in results]
            except Exception as exc:  # noqa: BLE001 - rolled back whole: retry each on its own
                self.fallbacks += 1
                log.info("group commit of %d writes failed (%s): committing them one by one",
                         len(writes), type(exc).__name__)
        return [self._alone(write) for write in writes]

    def _alone(self, write: Write) -> tuple[bool, Any]:
        try:
            with self.store.write() as uow:
                result = write(uow)
            self.transactions += 1
            return True, result
        except Exception as exc:  # noqa: BLE001 - handed to that write's caller
            return False, exc
