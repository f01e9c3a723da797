"""LISTEN/NOTIFY fan-out: a change committed on one instance wakes the streams of another.

The presence grace is 60 s here, so a stream's own fallback re-read (every grace/3 = 20 s) cannot
hide a missing notification: each arrival below must come within a couple of seconds.
"""
from __future__ import annotations

import asyncio
import time

import httpx
import psycopg
import pytest

from rvops_server.pg_listen import libpq_dsn
from tests.server.scale.rig import Stream, demo_token

FAST = 5.0  # seconds; far below the 20 s fallback re-read
pytestmark = pytest.mark.postgres


def _note(url: str, token: str, text: str) -> None:
    response = httpx.post(f"{url}/api/v1/sync/mutations", headers={"authorization": f"Bearer {token}"}, json={
        "mutations": [{"mutation_id": f"n-{time.monotonic_ns()}", "type": "add_note",
                       "args": {"conversation_id": "cv_maria", "text": text}}]}, timeout=15)
    assert response.json()["results"][0]["status"] == "accepted", response.text


def _listeners(dsn: str) -> list[int]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return [r[0] for r in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name LIKE 'rvops-listen-%'")]


async def _arrives(stream: Stream, text: str) -> float:
    started = time.monotonic()
    await stream.wait_for(lambda: text in stream.arrivals, timeout=FAST)
    return time.monotonic() - started


async def test_a_change_on_one_instance_reaches_a_stream_on_another_and_survives_a_lost_listener(cluster, pg_url):
    cluster.env["RVOPS_PRESENCE_GRACE_SECONDS"] = "60"
    a, b = cluster.start(2)
    token = demo_token(a.url)
    stream = await Stream(a.url, token).open()
    try:
        await stream.wait_for(lambda: stream.cursor > 0)  # caught up with the seed
        _note(b.url, token, "nota via B 1")
        await _arrives(stream, "nota via B 1")

        # Cut every listener's connection, as a PostgreSQL restart or a proxy would.
        dsn = libpq_dsn(pg_url)
        before = _listeners(dsn)
        assert len(before) == 2  # one per instance
        assert httpx.get(f"{a.url}/healthz").json()["listener"] == "connected"
        with psycopg.connect(dsn, autocommit=True) as conn:
            for pid in before:
                conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
        deadline = time.monotonic() + 10
        while not (len(now := _listeners(dsn)) == 2 and not set(now) & set(before)):
            assert time.monotonic() < deadline, "the listeners did not reconnect"
            await asyncio.sleep(0.05)

        health = httpx.get(f"{a.url}/healthz").json()
        assert health["listener"] == "connected" and health["status"] == "ok"  # reconnected
        _note(b.url, token, "nota via B 2")
        await _arrives(stream, "nota via B 2")
        texts = [c["record"]["text"] for c in stream.message_changes("nota via B")]
        assert texts == ["nota via B 1", "nota via B 2"]
    finally:
        await stream.close()
