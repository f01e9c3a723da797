"""The customer simulator: real signed webhooks, replies after a while, deterministic, bounded."""
import asyncio
from datetime import timedelta

import pytest

from rvops_contract.clock import FakeClock
from rvops_contract.wire import MessageKind
from rvops_meta_standin.simulator import CustomerSimulator
from rvops_meta_standin.testing import INSTAGRAM_PATH, WHATSAPP_PATH, standin_rig
from rvops_contract import demo_credentials as demo
from rvops_server.channels.graph_client import GraphClient
from rvops_server.channels.instagram_webhook import parse_instagram_webhook
from rvops_server.channels.whatsapp_webhook import parse_whatsapp_webhook, verify_signature


@pytest.fixture
def clock():
    return FakeClock()


def parse(hook):
    parser = parse_whatsapp_webhook if hook.path == WHATSAPP_PATH else parse_instagram_webhook
    return parser(hook.payload)


async def run_customers(clock, seed, steps):
    async with standin_rig(clock=clock) as rig:
        sim = CustomerSimulator(rig.url, seed=seed, clock=clock, new_customer_every=timedelta(seconds=10))
        actions = []
        for _ in range(steps):
            actions += await sim.step()
            clock.advance(seconds=10)
        await sim.aclose()
        hooks = await rig.receiver.wait_for(len(actions))
    return sim, actions, hooks


async def test_customers_write_in_over_signed_webhooks(clock):
    sim, actions, hooks = await run_customers(clock, seed=7, steps=6)
    assert len(actions) == 6 and all(a.webhook_status == 200 for a in actions)
    assert {h.path for h in hooks} <= {WHATSAPP_PATH, INSTAGRAM_PATH}
    assert all(verify_signature(demo.APP_SECRET, h.body, h.signature) for h in hooks)
    events = [e for h in hooks for e in parse(h)]
    assert [e.provider_message_id for e in events] == [a.message_id for a in actions]
    assert all(e.opens_window and not e.is_echo for e in events)
    kinds = {e.kind for e in events}
    assert MessageKind.TEXT in kinds


async def test_same_seed_same_customers(clock):
    first, a1, _ = await run_customers(FakeClock(), seed=3, steps=4)
    second, a2, _ = await run_customers(FakeClock(), seed=3, steps=4)
    other, a3, _ = await run_customers(FakeClock(), seed=4, steps=4)
    assert [(c.channel, c.customer_id, c.name) for c in first.customers] == \
        [(c.channel, c.customer_id, c.name) for c in second.customers]
    assert [a.what for a in a1] == [a.what for a in a2]
    assert [c.customer_id for c in first.customers] != [c.customer_id for c in other.customers]


async def test_every_opening_kind_is_a_valid_inbound_message(clock):
    sim, actions, hooks = await run_customers(clock, seed=11, steps=6)
    sim2, actions2, hooks2 = await run_customers(FakeClock(), seed=12, steps=6)
    seen = {a.what for a in actions + actions2}
    events = [e for h in hooks + hooks2 for e in parse(h)]
    for event in events:
        if event.kind is MessageKind.MEDIA:
            assert event.media.id or event.media.url
        if event.kind is MessageKind.LOCATION:
            assert event.location.latitude
    assert seen >= {"text", "image", "voice"}


async def test_customer_replies_to_the_agent_after_a_while(clock):
    async with standin_rig(clock=clock) as rig:
        sim = CustomerSimulator(rig.url, seed=1, clock=clock, max_customers=1,
                                reply_after=timedelta(seconds=30))
        (opening,) = await sim.step()
        customer = sim.customers[0]
        async with GraphClient(demo.ACCESS_TOKEN, base_url=rig.url) as graph:
            if customer.channel == "whatsapp":
                await graph.send_text(demo.WHATSAPP_PHONE_NUMBER_ID, customer.customer_id, "Olá! Como posso ajudar?")
            else:
                await graph.send_instagram_text(customer.customer_id, "Olá! Como posso ajudar?")
        assert await sim.step() == []  # learnt of the reply; not due yet
        clock.advance(seconds=29)
        assert await sim.step() == []
        clock.advance(seconds=1)
        (reply,) = await sim.step()
        assert reply.what == "reply" and reply.customer_id == customer.customer_id
        assert reply.webhook_status == 200
        assert await sim.step() == []  # one answer per agent reply
        await sim.aclose()


async def test_bounded(clock):
    async with standin_rig(clock=clock) as rig:
        sim = CustomerSimulator(rig.url, seed=2, clock=clock, max_customers=3, max_messages=2,
                                new_customer_every=timedelta(0))
        total = []
        for _ in range(5):
            total += await sim.step()
        assert len(total) == 2 and sim.exhausted and await sim.step() == []
        await sim.aclose()


async def test_run_stops_on_event(clock):
    async with standin_rig(clock=clock) as rig:
        sim = CustomerSimulator(rig.url, seed=5, clock=clock, max_customers=1)
        stop = asyncio.Event()
        task = asyncio.create_task(sim.run(stop, tick_seconds=0.01))
        await rig.receiver.wait_for(1)
        stop.set()
        await asyncio.wait_for(task, 5)
        await sim.aclose()
    assert len(sim.customers) == 1


async def test_its_polls_stay_out_of_the_log_and_what_customers_write_does_not(clock, caplog):
    """The demo's console and log file got one httpx line a second, forever: the simulator asking
    the stand-in what the agents sent. Those polls are not logged; the customers' webhooks are."""
    with caplog.at_level("INFO", logger="httpx"):
        await run_customers(clock, seed=7, steps=3)
    requests = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any("/_standin/whatsapp/inbound" in m or "/_standin/instagram/inbound" in m for m in requests)
    assert not any("/_standin/sent" in m for m in requests)
