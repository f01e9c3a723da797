"""Claiming durable jobs (rvops_server/jobs.py) on the real databases: concurrent claimers never
take the same row (SKIP LOCKED on PostgreSQL, the single writer on SQLite), a lease that ran out
makes a row due again, and retries back off."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa

from rvops_contract.clock import FakeClock
from rvops_server.jobs import JobSettings, claim
from rvops_server.store import schema as t
from rvops_server.store.db import Store, make_engine, migrate

NOW = datetime(2026, 12, 2, 12, 0)
JOBS = 40


@pytest.fixture
def store(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(t.outbound_sends.insert(), [
            {"message_id": f"m{i:03d}", "attempts": 0, "next_attempt_at": NOW - timedelta(seconds=JOBS - i),
             "expires_at": NOW + timedelta(days=1), "created_at": NOW} for i in range(JOBS)])
    yield Store(engine, FakeClock())
    engine.dispose()


def take(store: Store, instance: str, limit: int, now: datetime = NOW, lease: float = 60,
         together: threading.Barrier | None = None) -> list[str]:
    with store.write() as uow:
        rows = claim(uow.conn, t.outbound_sends, now, lease_seconds=lease, instance_id=instance, limit=limit)
        if together is not None:
            together.wait(5)  # both claimers hold their rows, uncommitted, at the same time
        return [row["message_id"] for row in rows]


def test_two_instances_claiming_at_once_never_take_the_same_job(store):
    # PostgreSQL: both transactions are open together (SKIP LOCKED); SQLite: its writer lock serialises them
    together = threading.Barrier(2) if store.engine.dialect.name == "postgresql" else None
    taken: dict[str, list[str]] = {}
    threads = [threading.Thread(target=lambda name=name: taken.__setitem__(name, take(store, name, 15,
                                                                                     together=together)))
               for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    a, b = taken["a"], taken["b"]
    assert len(a) == len(b) == 15 and not set(a) & set(b)  # skipped, not waited for, not shared
    assert sorted(a + b) == [f"m{i:03d}" for i in range(30)]  # the oldest first
    with store.read() as conn:
        claimed = conn.execute(sa.select(t.outbound_sends).where(t.outbound_sends.c.claimed_by.isnot(None))).all()
    assert len(claimed) == 30 and {row.attempts for row in claimed} == {1}


def test_a_lease_that_ran_out_makes_the_job_due_again(store):
    first = take(store, "dead", JOBS, lease=30)
    assert len(first) == JOBS
    assert take(store, "other", JOBS, now=NOW + timedelta(seconds=29)) == []  # still leased
    again = take(store, "other", JOBS, now=NOW + timedelta(seconds=31))
    assert sorted(again) == sorted(first)
    with store.read() as conn:
        assert set(conn.execute(sa.select(t.outbound_sends.c.attempts)).scalars()) == {2}


def test_a_job_not_due_yet_is_left_alone(store):
    with store.write() as uow:
        uow.conn.execute(t.outbound_sends.update().values(next_attempt_at=NOW + timedelta(seconds=5)))
    assert take(store, "a", JOBS) == []
    assert len(take(store, "a", JOBS, now=NOW + timedelta(seconds=5))) == JOBS


def test_back_off_doubles_up_to_its_cap():
    settings = JobSettings(backoff_base_seconds=2, backoff_max_seconds=60)
    assert [settings.backoff(n).total_seconds() for n in range(1, 8)] == [2, 4, 8, 16, 32, 60, 60]
    assert JobSettings.from_env({"RVOPS_JOB_LEASE_SECONDS": "7"}).lease_seconds == 7
