"""Durable jobs: work that calls out (media downloads, outbound sends) as rows in the database.

A job row is written in the same transaction as its cause, so a crash loses none. Any instance
claims due rows under a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite's single writer
serialises claims), runs them, and deletes or re-schedules them. A claim whose instance died is
due again when its lease runs out. Workers are woken right after the commit that wrote a job, and
sweep every few seconds for what is due (retries, and what a dead instance left).
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

LEASE_SECONDS = 90.0  # a claimed job is someone's for this long (above any request timeout)
BACKOFF_BASE_SECONDS = 2.0  # first retry after this, doubling
BACKOFF_MAX_SECONDS = 300.0
POLL_SECONDS = 1.0  # how often an idle worker sweeps for due jobs
CONCURRENCY = 8  # jobs of one kind run at once per instance


@dataclass(frozen=True)
class JobSettings:
    lease_seconds: float = LEASE_SECONDS
    backoff_base_seconds: float = BACKOFF_BASE_SECONDS
    backoff_max_seconds: float = BACKOFF_MAX_SECONDS
    poll_seconds: float = POLL_SECONDS

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> JobSettings:
        if env is None:
            env = os.environ
        return cls(lease_seconds=float(env.get("RVOPS_JOB_LEASE_SECONDS", LEASE_SECONDS)),
                   backoff_base_seconds=float(env.get("RVOPS_JOB_BACKOFF_SECONDS", BACKOFF_BASE_SECONDS)),
                   backoff_max_seconds=float(env.get("RVOPS_JOB_BACKOFF_MAX_SECONDS", BACKOFF_MAX_SECONDS)),
                   poll_seconds=float(env.get("RVOPS_JOB_POLL_SECONDS", POLL_SECONDS)))

    def backoff(self, attempts: int) -> timedelta:
        """The pause after the `attempts`-th failed attempt (1, 2, …)."""
        seconds = self.backoff_base_seconds * (2 ** max(0, min(attempts - 1, 30)))
        return timedelta(seconds=min(self.backoff_max_seconds, seconds))


def claim(conn: Connection, table: sa.Table, now: datetime, *, lease_seconds: float, instance_id: str,
          limit: int, where: Sequence[sa.ColumnElement[bool]] = ()) -> list[dict[str, Any]]:
    """Take up to `limit` due, unleased rows of `table` (oldest first) under a lease; the rows as
    claimed (attempts counted). Rows another transaction holds are skipped, not waited for."""
    c = table.c
    due = sa.and_(c.next_attempt_at <= now, sa.or_(c.lease_until.is_(None), c.lease_until <= now), *where)
    rows = conn.execute(sa.select(table).where(due).order_by(c.next_attempt_at).limit(limit)
                        .with_for_update(skip_locked=True)).all()
    lease_until = now + timedelta(seconds=lease_seconds)
    claimed: list[dict[str, Any]] = []
    for row in rows:
        key = [column == getattr(row, column.name) for column in table.primary_key.columns]
        conn.execute(table.update().where(*key).values(lease_until=lease_until, claimed_by=instance_id,
                                                       attempts=c.attempts + 1))
        claimed.append(dict(row._mapping) | {"attempts": row.attempts + 1, "lease_until": lease_until})
    return claimed


class JobWorker:
    """Runs the jobs `claim_due(free)` hands it with `run(job)`, up to `concurrency` at once.

    `wake()` (safe from any thread) makes it look at once, as after the commit that wrote a job;
    otherwise it looks every `poll_seconds`.
    """

    def __init__(self, name: str, claim_due: Callable[[int], list[Any]], run: Callable[[Any], Awaitable[None]], *,
                 poll_seconds: float = POLL_SECONDS, concurrency: int = CONCURRENCY) -> None:
        self.name = name
        self.claim_due = claim_due
        self.run = run
        self.poll_seconds = poll_seconds
        self.concurrency = concurrency
        self.loop: asyncio.AbstractEventLoop | None = None
        self._event: asyncio.Event | None = None
        self._running: set[asyncio.Task[None]] = set()

    def wake(self) -> None:
        loop, event = self.loop, self._event
        if loop is None or event is None or loop.is_closed():
            return  # not started: the first sweep finds the job
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(event.set)

    async def run_forever(self) -> None:
        self.loop = asyncio.get_running_loop()
        self._event = asyncio.Event()
        try:
            while True:
                self._event.clear()
                free = self.concurrency - len(self._running)
                jobs = []
                if free > 0:
                    try:
                        jobs = await asyncio.to_thread(self.claim_due, free)
                    except Exception:  # the database is away: look again later
                        log.exception("%s: claiming jobs failed", self.name)
                for job in jobs:
                    task = asyncio.create_task(self._run_one(job))
                    self._running.add(task)
                if jobs and len(jobs) == free:
                    continue  # more may be due
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._event.wait(), self.poll_seconds)
        finally:
            for task in list(self._running):
                task.cancel()
            await asyncio.gather(*self._running, return_exceptions=True)

    async def _run_one(self, job: Any) -> None:
        try:
            await self.run(job)
        except asyncio.CancelledError:
            raise
        except Exception:  # its lease runs out and it is tried again
            log.exception("%s: job %s crashed", self.name, job)
        finally:
            self._running.discard(asyncio.current_task())
            if self._event is not None:
                self._event.set()

    async def drain(self) -> None:
        """Wait for the jobs running now (tests)."""
        while self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)
