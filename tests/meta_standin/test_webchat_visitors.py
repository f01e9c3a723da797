"""Simulated webchat visitors talk to the real server over its visitor socket."""
import asyncio

from rvops_contract.clock import FakeClock
from rvops_meta_standin.webchat_visitors import WebchatVisitorSimulator
from tests.support.servers import Agent, LiveServer
from tests.support.waiting import wait_until


async def test_a_visitor_writes_in_and_answers_the_agent(sqlite_url, tmp_path):
    server = LiveServer(sqlite_url, media_dir=tmp_path / "media")
    carla = Agent(server.url, "carla@demo.rvops")  # a supervisor sees the queue and everything
    clock = FakeClock()
    sim = WebchatVisitorSimulator(server.url, seed=1, clock=clock, max_visitors=1)
    try:
        await sim.step()
        webchat = await asyncio.to_thread(wait_until, lambda: [c for c in carla.bootstrap()["conversations"]
                                                                if c["channel"] == "webchat"], 10, "a webchat conversation")
        cid = webchat[0]["id"]
        assert carla.mutate("claim", conversation_id=cid)["status"] == "accepted"
        assert carla.mutate("send_message", conversation_id=cid, text="Olá! Como posso ajudar?")["status"] == "accepted"

        def inbound_count():
            return len([m for m in carla.bootstrap()["messages"]
                        if m["conversation_id"] == cid and m["direction"] == "inbound"])

        async def agent_reply_reached_the_visitor():
            for _ in range(200):
                await sim.step()
                if sim.visitors[0].seen:
                    return True
                await asyncio.sleep(0.02)
            return False

        assert await agent_reply_reached_the_visitor()
        clock.advance(seconds=sim.reply_after.total_seconds() + 1)
        await sim.step()
        await asyncio.to_thread(wait_until, lambda: inbound_count() == 2, 10, "the visitor's answer")
    finally:
        await sim.aclose()
        carla.close()
        server.stop()
