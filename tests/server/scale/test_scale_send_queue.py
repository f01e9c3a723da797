"""The durable send queue across instances on one PostgreSQL: every instance sweeps it, and what a
killed instance had claimed is sent by another once its lease runs out — each message once."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from rvops_contract.clock import FakeClock
from rvops_meta_standin import payloads as P
from rvops_server.store import schema as t
from tests.server.gateways.conftest import StandinThread
from tests.server.scale.rig import Cluster
from tests.support.servers import Agent
from tests.support.waiting import wait_until

pytestmark = pytest.mark.postgres
MESSAGES = 10


@pytest.fixture
def meta():
    rig = StandinThread(FakeClock())
    yield rig
    rig.stop()


def test_queued_sends_are_swept_by_every_instance_and_sent_once_after_one_is_killed(pg_url, tmp_path, meta):
    cluster = Cluster(pg_url, tmp_path, env={
        "RVOPS_GRAPH_API_URL": meta.url, "RVOPS_JOB_LEASE_SECONDS": "3", "RVOPS_JOB_POLL_SECONDS": "0.2",
        "RVOPS_JOB_BACKOFF_SECONDS": "0.2", "RVOPS_JOB_BACKOFF_MAX_SECONDS": "0.4"})
    engine = sa.create_engine(pg_url)
    agent = None
    try:
        one, two = cluster.start(2)
        meta.standin.config.whatsapp_webhook_url = two.url + "/webhooks/whatsapp"
        written = meta.customer_whatsapp(wa_id="5511922221111", profile_name="Rita", type="text",
                                         body=P.text_body("Oi"))
        assert written["webhook_status"] == 200

        def query(statement):
            with engine.connect() as conn:
                return conn.execute(statement).all()

        conversation_id = wait_until(lambda: query(sa.select(t.messages.c.conversation_id).where(
            t.messages.c.provider_id == written["id"])), what="the customer's message")[0][0]
        meta.inject_error(130429, count=100_000, http_status=429)  # Meta throttles: every attempt refused
        agent = Agent(one.url, "admin@demo.rvops")
        ids = [agent.mutate("send_message", conversation_id=conversation_id, text=f"resposta {i}")["data"]["message_id"]
               for i in range(MESSAGES)]
        claimers: set[str] = set()

        def both_instances_retrying():
            claimers.update(r.claimed_by for r in query(sa.select(t.outbound_sends.c.claimed_by)) if r.claimed_by)
            return len(claimers) >= 2
        wait_until(both_instances_retrying, 20, "both instances to claim queued sends")
        one.kill()
        meta.standin.state.injected_errors.clear()  # Meta takes messages again

        def all_sent():
            rows = query(sa.select(t.messages.c.status).where(t.messages.c.id.in_(ids)))
            return len(rows) == MESSAGES and all(r.status in ("sent", "delivered", "read") for r in rows)
        wait_until(all_sent, 30, "every queued message to be sent by the surviving instance")
        assert query(sa.select(t.outbound_sends)) == []
        keys = [r.key for r in meta.standin.state.sent if r.key in ids]
        assert sorted(keys) == sorted(ids)  # each message reached Meta exactly once
    finally:
        if agent is not None:
            agent.close()
        cluster.stop()
        engine.dispose()
