"""Claims across instances: 50 agents claim one queued conversation at once through three server
processes; exactly one wins, everyone else is told who did, and the log records one claim."""
from __future__ import annotations

import threading

import httpx
import pytest
import sqlalchemy as sa

from rvops_server.store import schema as t
from tests.server.scale.rig import make_agents

pytestmark = pytest.mark.postgres
CLAIMANTS = 50


def _claim_all(urls: list[str], agents: list[tuple[str, str]], conversation_id: str) -> dict[str, dict]:
    barrier = threading.Barrier(len(agents))
    results: dict[str, dict] = {}

    def claim(i: int, user_id: str, token: str) -> None:
        with httpx.Client(base_url=urls[i % len(urls)], headers={"authorization": f"Bearer {token}"},
                          timeout=60) as client:
            body = {"mutations": [{"mutation_id": f"claim-{user_id}", "type": "claim",
                                   "args": {"conversation_id": conversation_id}}]}
            barrier.wait(30)
            results[user_id] = client.post("/api/v1/sync/mutations", json=body).json()["results"][0]

    threads = [threading.Thread(target=claim, args=(i, *agent)) for i, agent in enumerate(agents)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(90)
    return results


def test_fifty_concurrent_claims_over_three_instances_yield_one_winner(cluster, pg_url):
    cluster.start(3)
    agents = make_agents(pg_url, CLAIMANTS, prefix="claim")
    results = _claim_all(cluster.urls, agents, "cv_lucia")  # the demo's queued conversation

    assert len(results) == CLAIMANTS
    winners = [u for u, r in results.items() if r["status"] == "accepted"]
    assert len(winners) == 1, winners
    losers = [r for u, r in results.items() if u not in winners]
    assert {r["reason"] for r in losers} == {"conflict"}
    assert {r["data"]["assignee_id"] for r in losers} == set(winners)

    engine = sa.create_engine(pg_url)
    with engine.connect() as conn:
        assignee = conn.execute(sa.select(t.conversations.c.assignee_id)
                                .where(t.conversations.c.id == "cv_lucia")).scalar_one()
        claims = conn.execute(sa.select(sa.func.count()).select_from(t.audit_events).where(
            t.audit_events.c.conversation_id == "cv_lucia", t.audit_events.c.event == "claimed")).scalar_one()
    engine.dispose()
    assert assignee == winners[0] and claims == 1
