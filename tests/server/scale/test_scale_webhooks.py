"""Webhooks on some instances, agents streaming from another: in order, exactly once, idempotent."""
from __future__ import annotations

import asyncio
import threading

import httpx
import pytest
import sqlalchemy as sa

from rvops_meta_standin.payloads import new_wamid
from rvops_server.store import schema as t
from tests.server.scale.rig import Stream, demo_token, inbound_text, post_webhook

pytestmark = pytest.mark.postgres
MESSAGES = 40
DUPLICATED = 20


def _texts(stream: Stream, prefix: str) -> list[str]:
    return [c["record"]["text"] for c in stream.message_changes(prefix)]


def _assert_exactly_once_in_order(stream: Stream, prefix: str, expected: list[str]) -> None:
    changes = stream.message_changes(prefix)
    assert [c["record"]["text"] for c in changes] == expected  # in order, none missing, none twice
    assert len({c["id"] for c in changes}) == len(expected)
    cursors = [c["cursor"] for c in stream.changes()]
    assert cursors == sorted(cursors) and len(cursors) == len(set(cursors))  # no change delivered twice


async def test_an_agent_streaming_from_one_instance_receives_webhooks_posted_to_others_in_order_once(cluster):
    one, two, three = cluster.start(3)
    stream = await Stream(one.url, demo_token(one.url)).open()
    expected = [f"pedido {i:03d}" for i in range(MESSAGES)]
    try:
        with httpx.Client(timeout=15) as client:
            for i, text in enumerate(expected):  # a customer writing fast, Meta spreading deliveries
                target = (two, three)[i % 2]
                response = await asyncio.to_thread(post_webhook, target.url, inbound_text("5511900000001", text),
                                                   client)
                assert response.status_code == 200, response.text
        await stream.wait_for(lambda: len(_texts(stream, "pedido ")) >= MESSAGES)
        await asyncio.sleep(0)  # let any late duplicate frame land before checking
        _assert_exactly_once_in_order(stream, "pedido ", expected)
    finally:
        await stream.close()


async def test_the_same_delivery_to_two_instances_is_stored_once(cluster, pg_url):
    one, two = cluster.start(2)
    stream = await Stream(one.url, demo_token(one.url)).open()
    deliveries = [inbound_text("5511900000002", f"repetida {i:02d}", message_id=new_wamid())
                  for i in range(DUPLICATED)]
    statuses: list[int] = []

    def deliver_twice(payload) -> None:  # Meta retries on another instance while the first is busy
        barrier = threading.Barrier(2)

        def post(url):
            barrier.wait(10)
            statuses.append(post_webhook(url, payload).status_code)

        pair = [threading.Thread(target=post, args=(url,)) for url in (one.url, two.url)]
        for thread in pair:
            thread.start()
        for thread in pair:
            thread.join(30)

    try:
        for payload in deliveries:
            await asyncio.to_thread(deliver_twice, payload)
        assert statuses == [200] * (2 * DUPLICATED)
        await stream.wait_for(lambda: len(_texts(stream, "repetida ")) >= DUPLICATED)
        late = await asyncio.to_thread(post_webhook, two.url, deliveries[0])  # and once more, much later
        assert late.status_code == 200
    finally:
        await stream.close()

    engine = sa.create_engine(pg_url)
    with engine.connect() as conn:
        stored = conn.execute(sa.select(t.messages.c.text).where(t.messages.c.text.like("repetida %"))
                              .order_by(t.messages.c.text)).scalars().all()
    engine.dispose()
    assert stored == [f"repetida {i:02d}" for i in range(DUPLICATED)]
    assert sorted(_texts(stream, "repetida ")) == stored


BURST = 80


def _stored_texts(pg_url: str, prefix: str) -> list[str]:
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.select(t.messages.c.text).where(t.messages.c.text.like(f"{prefix}%")))
                        .scalars())
    finally:
        engine.dispose()


def test_an_instance_killed_with_deliveries_waiting_to_commit_loses_none_it_answered(cluster, pg_url):
    """Deliveries that arrive together wait to share a transaction (group commit): one answered 200
    was committed; one not answered is Meta's to retry, here to the other instance, stored once."""
    from concurrent.futures import ThreadPoolExecutor
    doomed, survivor = cluster.start(2)
    payloads = [inbound_text(f"55119{i % 8:08d}", f"rajada {i:03d}", message_id=new_wamid()) for i in range(BURST)]
    answers: dict[int, int] = {}
    killed = threading.Event()

    def deliver(i: int) -> None:
        try:
            answers[i] = post_webhook(doomed.url, payloads[i]).status_code
        except httpx.HTTPError:
            answers[i] = 0  # the connection died with the instance
        if sum(1 for code in answers.values() if code == 200) >= 15 and not killed.is_set():
            killed.set()
            doomed.kill()

    with ThreadPoolExecutor(40) as pool:
        list(pool.map(deliver, range(BURST)))
    answered = {f"rajada {i:03d}" for i, code in answers.items() if code == 200}
    assert killed.is_set() and 15 <= len(answered)
    assert answered <= set(_stored_texts(pg_url, "rajada "))  # every 200 was a committed message

    for i, code in answers.items():  # Meta retries whatever was not answered 200 (and may retry those too)
        retry = post_webhook(survivor.url, payloads[i])
        assert retry.status_code == 200, retry.text
    stored = _stored_texts(pg_url, "rajada ")
    assert sorted(stored) == [f"rajada {i:03d}" for i in range(BURST)]  # each once
