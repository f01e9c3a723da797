"""End to end, with real parts only: a SIP call through the loopback rig ends, the softphone's
record is logged to the agent's replica (rvops_desktop.calls), the real sync engine pushes it to
the real server on loopback, and a supervisor's replica receives it as a call line (S8, S9)."""
from __future__ import annotations

import asyncio
import time

import keyring
import pytest
import siprig
import sqlalchemy as sa

from rvops_contract.wire import Direction
from rvops_desktop.calls import contact_matcher, log_finished_call
from rvops_desktop.voip import CallOutcome, CallState
from tests.desktop.sync.syncrig import MemoryKeyring, eventually, open_client

pytestmark = [pytest.mark.sip, pytest.mark.timeout(90)]
MARIA_NATIONAL = "11987654321"   # the demo contact c_maria is +55 11 98765-4321


async def apump(phone, until, timeout: float = 10.0) -> None:
    """Poll the softphone (as the Qt timer would) while the event loop keeps the sync engines running."""
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        phone.poll(0)
        await asyncio.sleep(0.01)


def call_lines(replica, conversation_id: str, call_id: str) -> list:
    return [m for m in replica.store.messages_page(conversation_id, limit=200)
            if m.kind == "call" and (m.payload or {}).get("call_id") == call_id]


@pytest.fixture
def live_sync_server(sqlite_url, fake_clock, tmp_path):
    from tests.support.servers import LiveServer
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())       # the sync sessions keep their tokens here
    server = LiveServer(sqlite_url, clock=fake_clock, media_dir=tmp_path / "media", random_seed=7)
    yield server
    server.stop()
    keyring.set_keyring(previous)


async def test_a_finished_sip_call_reaches_the_server_and_a_supervisors_replica(
        phone, events, rig_dir, live_sync_server, tmp_path):
    server = live_sync_server
    ana = await open_client(server.url, "ana@demo.rvops", tmp_path / "ana.sqlite3")      # agent
    carla = await open_client(server.url, "carla@demo.rvops", tmp_path / "carla.sqlite3")  # supervisor
    session_matcher = phone.contact_matcher
    phone.contact_matcher = contact_matcher(ana.replica)   # the app's matcher over ana's replica
    logger = phone.on_call_ended.connect(lambda record: log_finished_call(ana.actions, record, ana.replica))
    try:
        await asyncio.gather(ana.engine.wait_idle(15), carla.engine.wait_idle(15))
        assert ana.replica.store.contact("c_maria") is not None

        # a customer calls from her phone number, through kamailio; ana answers; the customer hangs up
        caller = siprig.start_sipp_caller(rig_dir, callee="alice", caller=MARIA_NATIONAL, talk_ms=1200)
        try:
            await apump(phone, lambda: events.incoming)
            [call] = events.incoming
            assert call.number == "+5511987654321" and call.contact.id == "c_maria"
            call.answer()
            await apump(phone, lambda: call.state is CallState.CONNECTED)
            await apump(phone, lambda: events.ended)
            assert await asyncio.to_thread(caller.wait, 10) == 0, caller.tail()
        finally:
            caller.stop()
        [record] = events.ended
        assert record.direction is Direction.INBOUND and record.outcome is CallOutcome.ANSWERED
        assert record.contact_id == "c_maria" and record.duration_seconds > 0

        # in ana's replica at once (queued in the outbox), then on the server once the engine pushed it
        assert [c.id for c in ana.replica.store.contact_history("c_maria").calls] == [record.id]
        await ana.engine.wait_idle(15)
        from rvops_server.store import schema as t
        with server.services.store.read() as conn:
            row = conn.execute(sa.select(t.calls).where(t.calls.c.id == record.id)).first()._mapping
            lines = conn.execute(sa.select(t.messages).where(t.messages.c.kind == "call")).all()
        assert (row["agent_id"], row["contact_id"], row["direction"], row["outcome"], row["number"]) == (
            ana.user_id, "c_maria", "inbound", "answered", "+5511987654321")
        assert row["duration_seconds"] == record.to_log_call_args().duration_seconds > 0
        conversation_id = row["conversation_id"]
        assert conversation_id in ana.replica.store.conversation_ids_of_contacts(["c_maria"])
        [line] = [m for m in lines if m.payload["call_id"] == record.id]
        assert line.conversation_id == conversation_id and line.author_id == ana.user_id

        # the supervisor's replica gets the call and its call line in the contact's conversation
        assert carla.user_id != ana.user_id
        [seen] = await eventually(lambda: call_lines(carla.replica, conversation_id, record.id))
        assert seen.direction == "inbound" and seen.payload["outcome"] == "answered"
        assert seen.payload["number"] == "+5511987654321"
        await eventually(lambda: record.id in [c.id for c in carla.replica.store.contact_history("c_maria").calls])
        # and ana's own replica holds the server's call line too
        await eventually(lambda: call_lines(ana.replica, conversation_id, record.id))
    finally:
        phone.on_call_ended.disconnect(logger)
        phone.contact_matcher = session_matcher
        await carla.close()
        await ana.close()
