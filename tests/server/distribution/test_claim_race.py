"""Claims are atomic (S2): 50 agents claim one conversation at once, from 50 connections."""
import threading

import httpx

from tests.server.distribution.routing_kit import audit, conversation, customer_writes, make_agents

CLAIMERS = 50


def test_fifty_concurrent_claims_have_exactly_one_winner(live_server):
    agents = make_agents(live_server, CLAIMERS)
    target = customer_writes(live_server).conversation_id
    clients = [httpx.Client(base_url=live_server.url, headers={"authorization": f"Bearer {token}"}, timeout=60)
               for _, _, token in agents]
    for client in clients:  # open every connection before the start line
        client.get("/api/v1/auth/me").raise_for_status()
    start = threading.Barrier(CLAIMERS)
    results: list = [None] * CLAIMERS

    def claim(n):
        start.wait()
        body = {"mutations": [{"mutation_id": f"race-claim-{n:04d}", "type": "claim",
                               "args": {"conversation_id": target}}]}
        results[n] = clients[n].post("/api/v1/sync/mutations", json=body).raise_for_status().json()["results"][0]

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(CLAIMERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for client in clients:
        client.close()

    winners = [n for n, r in enumerate(results) if r["status"] == "accepted"]
    assert len(winners) == 1, [r["status"] for r in results]
    winner_id, winner_name, _ = agents[winners[0]]
    losers = [r for n, r in enumerate(results) if n != winners[0]]
    assert all(r["reason"] == "conflict" for r in losers), {r["reason"] for r in losers}
    assert all(winner_name in r["message"] and r["data"]["assignee_id"] == winner_id for r in losers)
    assert conversation(live_server, target)["assignee_id"] == winner_id
    assert [e["event"] for e in audit(live_server, target)].count("claimed") == 1
