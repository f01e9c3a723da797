"""An instance dies mid-stream (kill -9): its agents reconnect elsewhere and resume from their
cursor, nothing is lost or repeated, and an agent whose only connection was there goes offline
once the grace period has passed (swept by the surviving instances, from the heartbeat rows)."""
from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from tests.server.scale.rig import Stream, demo_token, inbound_text, post_webhook

pytestmark = pytest.mark.postgres
MESSAGES = 60
KILL_AFTER = 20
GRACE_SECONDS = "2"


def _online(url: str, token: str) -> dict[str, bool]:
    boot = httpx.get(f"{url}/api/v1/sync/bootstrap", headers={"authorization": f"Bearer {token}"}, timeout=15).json()
    return {p["user_id"]: p["online"] for p in boot["presence"]}


async def test_killing_an_instance_mid_stream_loses_nothing_and_its_agents_go_offline(cluster):
    cluster.env["RVOPS_PRESENCE_GRACE_SECONDS"] = GRACE_SECONDS
    doomed, writer, survivor = cluster.start(3)
    ana = await Stream(doomed.url, demo_token(doomed.url)).open()
    bruno_token = demo_token(doomed.url, "bruno@demo.rvops")
    bruno = await Stream(doomed.url, bruno_token).open()  # his only connection
    carla_token = demo_token(survivor.url, "carla@demo.rvops")
    assert _online(survivor.url, carla_token)["u_bruno"] is True

    expected = [f"durante a queda {i:03d}" for i in range(MESSAGES)]
    posted: list[int] = []

    def customer_writes() -> None:  # steady inbound traffic, all on the instance that survives
        with httpx.Client(timeout=15) as client:
            for text in expected:
                posted.append(post_webhook(writer.url, inbound_text("5511900000003", text), client).status_code)
                time.sleep(0.01)  # pacing only: no time rule depends on it

    sender = threading.Thread(target=customer_writes)
    sender.start()
    try:
        await ana.wait_for(lambda: len(ana.message_changes("durante a queda")) >= KILL_AFTER)
        doomed.kill()
        await asyncio.wait_for(ana.closed.wait(), 10)
        await ana.open(survivor.url)  # the client's reconnect: another instance, same cursor
        await asyncio.to_thread(sender.join, 60)
        assert posted == [200] * MESSAGES
        await ana.wait_for(lambda: len(ana.message_changes("durante a queda")) >= MESSAGES)

        changes = ana.message_changes("durante a queda")
        assert [c["record"]["text"] for c in changes] == expected
        cursors = [c["cursor"] for c in ana.changes()]
        assert cursors == sorted(cursors) and len(cursors) == len(set(cursors))

        deadline = time.monotonic() + 20  # polling for the sweep, not sleeping out the grace
        while _online(survivor.url, carla_token)["u_bruno"]:
            assert time.monotonic() < deadline, "bruno stayed online after his instance died"
            await asyncio.sleep(0.1)
        assert _online(survivor.url, carla_token)["u_ana"] is True  # she reconnected inside the grace
    finally:
        sender.join(60)
        await ana.close()
        await bruno.close()
