"""Group commit: writes waiting together share one transaction; a bad one fails alone."""
import asyncio
from datetime import datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from rvops_contract.clock import FakeClock
from rvops_server.store import schema as t
from rvops_server.store.db import Store, make_engine, migrate
from rvops_server.store.group_commit import GroupCommit

NOW = datetime(2026, 11, 30, 12, 0)


@pytest.fixture
def store(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    yield Store(engine, FakeClock())
    engine.dispose()


def add_contact(contact_id: str):
    def write(uow):
        uow.conn.execute(t.contacts.insert().values(id=contact_id, name=contact_id, tags=[], properties={},
                                                    created_at=NOW, updated_at=NOW))
        uow.changed("contacts", contact_id)
        return contact_id
    return write


def stored(store: Store) -> list[str]:
    with store.read() as conn:
        return sorted(conn.execute(sa.select(t.contacts.c.id).where(t.contacts.c.id.like("gc_%"))).scalars())


def cursors(store: Store) -> list[int]:
    with store.read() as conn:
        return list(conn.execute(sa.select(t.changes.c.cursor).where(t.changes.c.record_id.like("gc_%"))
                                 .order_by(t.changes.c.cursor)).scalars())


def test_writes_waiting_together_commit_in_one_transaction_and_wake_the_streams_once(store):
    group = GroupCommit(store)
    published = []
    store.on_commit.append(published.append)

    async def five_deliveries_at_once():
        return await asyncio.gather(*(group.run(add_contact(f"gc_{i}")) for i in range(5)))

    assert asyncio.run(five_deliveries_at_once()) == [f"gc_{i}" for i in range(5)]
    assert group.transactions == 1 and group.fallbacks == 0
    assert stored(store) == [f"gc_{i}" for i in range(5)]
    assert len(published) == 1 and published[0] == max(cursors(store))  # one wake-up for the lot
    assert len(cursors(store)) == 5  # each write's change is in the log, in submission order


def test_a_write_alone_runs_at_once_in_its_own_transaction(store):
    group = GroupCommit(store)

    async def one_after_another():
        return [await group.run(add_contact("gc_a")), await group.run(add_contact("gc_b"))]

    assert asyncio.run(one_after_another()) == ["gc_a", "gc_b"]
    assert group.transactions == 2 and group.fallbacks == 0


def test_a_failing_write_fails_alone_and_nothing_is_stored_twice(store):
    group = GroupCommit(store)
    asyncio.run(group.run(add_contact("gc_taken")))

    async def three_at_once():
        return await asyncio.gather(group.run(add_contact("gc_1")), group.run(add_contact("gc_taken")),
                                    group.run(add_contact("gc_2")), return_exceptions=True)

    first, duplicate, last = asyncio.run(three_at_once())
    assert (first, last) == ("gc_1", "gc_2")
    assert isinstance(duplicate, IntegrityError)  # its caller learns why (a duplicate delivery)
    assert group.fallbacks == 1
    assert stored(store) == ["gc_1", "gc_2", "gc_taken"]
    assert len(cursors(store)) == 3  # the rolled-back attempt left no change behind


def test_an_error_inside_a_write_reaches_only_its_caller(store):
    group = GroupCommit(store)

    def broken(uow):
        raise ValueError("not a message we know")

    async def two_at_once():
        return await asyncio.gather(group.run(broken), group.run(add_contact("gc_ok")), return_exceptions=True)

    error, ok = asyncio.run(two_at_once())
    assert isinstance(error, ValueError) and ok == "gc_ok"
    assert stored(store) == ["gc_ok"]


def test_a_caller_that_gives_up_does_not_undo_its_write(store):
    group = GroupCommit(store)

    async def impatient():
        task = asyncio.ensure_future(group.run(add_contact("gc_left")))
        await asyncio.sleep(0)  # the commit is under way
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await group.run(add_contact("gc_after"))  # the committer carries on

    asyncio.run(impatient())
    assert stored(store) == ["gc_after", "gc_left"]


def test_batches_are_capped(store):
    group = GroupCommit(store, max_batch=2)

    async def five_at_once():
        await asyncio.gather(*(group.run(add_contact(f"gc_{i}")) for i in range(5)))

    asyncio.run(five_at_once())
    assert group.transactions == 3 and stored(store) == [f"gc_{i}" for i in range(5)]


def test_a_shared_transaction_runs_its_writes_by_key_keeping_arrival_order_within_a_key(store):
    """Each instance takes the same rows' locks in the same order (no deadlock between two shared
    transactions), and one customer's messages stay in the order they came."""
    group = GroupCommit(store)
    ran = []

    def write(name):
        def run(uow):
            ran.append(name)
            return add_contact(f"gc_{name}")(uow)
        return run

    arrivals = [("b1", "cliente-b"), ("a1", "cliente-a"), ("b2", "cliente-b"), ("c1", "cliente-c"), ("a2", "cliente-a")]

    async def together():
        await asyncio.gather(*(group.run(write(name), order=key) for name, key in arrivals))

    asyncio.run(together())
    assert ran == ["a1", "a2", "b1", "b2", "c1"] and group.transactions == 1
