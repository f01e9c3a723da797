"""Claims of a held conversation are refused on a plain read (issue 14 #4): no handler, no row lock,
no write transaction of their own; their refusals are still recorded (a replay answers the same),
batched into one transaction; and a claim that saw the conversation free still meets the locked
check, so there is exactly one winner whatever the interleaving."""
import threading

import httpx
import pytest
import sqlalchemy as sa

from rvops_contract.wire import Mutation, MutationType
from rvops_server.domain import mutations
from rvops_server.domain.mutations import apply_one
from rvops_server.domain.mutations.recorder import RefusalRecorder, _Slot, recorder_for
from rvops_server.store import schema as t
from tests.server.distribution.routing_kit import audit, conversation, customer_writes, make_agents

CLAIMERS = 20


def _claim(server, user_id: str, conversation_id: str, mutation_id: str) -> dict:
    mutation = Mutation(mutation_id=mutation_id, type=MutationType.CLAIM, args={"conversation_id": conversation_id})
    return apply_one(server.services.store, server.services, user_id, mutation, "en").model_dump(mode="json")


def _recorded(server, mutation_ids: list[str]) -> int:
    with server.services.store.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(t.applied_mutations).where(
            t.applied_mutations.c.mutation_id.in_(mutation_ids))).scalar_one()


@pytest.fixture
def counted_handler(monkeypatch):
    """How many claims reached the handler (its row lock / serialised write)."""
    calls: list[str] = []
    handler = mutations.HANDLERS[MutationType.CLAIM]

    def counting(ctx, args):
        calls.append(ctx.viewer.id)
        return handler(ctx, args)
    monkeypatch.setitem(mutations.HANDLERS, MutationType.CLAIM, counting)
    return calls


def test_concurrent_claims_over_http_one_winner_and_every_refusal_replays_the_same(live_server):
    agents = make_agents(live_server, CLAIMERS)
    target = customer_writes(live_server).conversation_id
    clients = [httpx.Client(base_url=live_server.url, headers={"authorization": f"Bearer {token}"}, timeout=60)
               for _, _, token in agents]
    start = threading.Barrier(CLAIMERS)
    results: list = [None] * CLAIMERS

    def body(n: int) -> dict:
        return {"mutations": [{"mutation_id": f"burst-claim-{n:04d}", "type": "claim",
                               "args": {"conversation_id": target}}]}

    def claim(n: int) -> None:
        start.wait()
        results[n] = clients[n].post("/api/v1/sync/mutations", json=body(n)).raise_for_status().json()["results"][0]

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(CLAIMERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)

    (winner,) = [n for n, r in enumerate(results) if r["status"] == "accepted"]
    winner_id, winner_name, _ = agents[winner]
    losers = [r for n, r in enumerate(results) if n != winner]
    assert all(r["reason"] == "conflict" and winner_name in r["message"] and r["data"]["assignee_id"] == winner_id
               for r in losers)
    assert conversation(live_server, target)["assignee_id"] == winner_id
    assert [e["event"] for e in audit(live_server, target)].count("claimed") == 1
    assert _recorded(live_server, [f"burst-claim-{n:04d}" for n in range(CLAIMERS)]) == CLAIMERS
    replays = [clients[n].post("/api/v1/sync/mutations", json=body(n)).json()["results"][0] for n in range(CLAIMERS)]
    assert replays == results
    for client in clients:
        client.close()


def test_a_held_conversation_is_refused_before_the_handler_and_the_refusal_is_kept(live_server, counted_handler):
    (a_id, _, _), (b_id, _, _) = make_agents(live_server, 2)
    target = customer_writes(live_server).conversation_id

    assert _claim(live_server, a_id, target, "first-claim-a")["status"] == "accepted"
    refused = _claim(live_server, b_id, target, "second-claim-b")

    assert counted_handler == [a_id]  # B never reached the lock
    assert refused["reason"] == "conflict" and "Agente 00" in refused["message"]
    assert refused["data"]["assignee_id"] == a_id
    assert _recorded(live_server, ["second-claim-b"]) == 1
    assert _claim(live_server, b_id, target, "second-claim-b") == refused
    assert _claim(live_server, a_id, target, "third-claim-a")["status"] == "accepted"  # one's own: not refused
    assert counted_handler == [a_id, a_id]


def test_a_claim_that_saw_the_conversation_free_meets_the_locked_check(live_server, counted_handler, monkeypatch):
    """B's precheck reads the conversation free; A wins before B's transaction: B is refused under
    the lock (the precheck can only refuse, never make a winner)."""
    (a_id, _, _), (b_id, _, _) = make_agents(live_server, 2)
    target = customer_writes(live_server).conversation_id
    precheck = mutations.PRECHECKS[MutationType.CLAIM]

    def then_a_wins(conn, viewer, args, lang):
        precheck(conn, viewer, args, lang)
        if viewer.id == b_id:
            assert _claim(live_server, a_id, target, "a-between")["status"] == "accepted"
    monkeypatch.setitem(mutations.PRECHECKS, MutationType.CLAIM, then_a_wins)

    refused = _claim(live_server, b_id, target, "b-saw-it-free")

    assert refused["status"] == "refused" and refused["reason"] == "conflict"
    assert counted_handler == [a_id, b_id]
    assert conversation(live_server, target)["assignee_id"] == a_id
    assert [e["event"] for e in audit(live_server, target)].count("claimed") == 1


def _row(server, user_id: str, mutation_id: str) -> dict:
    return {"user_id": user_id, "mutation_id": mutation_id, "result": {"status": "refused"},
            "applied_at": server.services.clock.now().replace(tzinfo=None)}


class _Announcing(list):
    """The recorder's waiting list, telling when it holds `n` rows."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n, self.full = n, threading.Event()

    def append(self, item) -> None:
        super().append(item)
        if len(self) >= self.n:
            self.full.set()


def test_refusals_waiting_for_the_writer_are_recorded_in_one_transaction(live_server):
    store = live_server.services.store
    rec = RefusalRecorder(store)
    (user_id, _, _), = make_agents(live_server, 1)
    waiting = _Announcing(5)
    rec._pending = waiting
    first_in = threading.Event()
    write = rec._write

    def slow_first(batch):
        if not first_in.is_set():  # the first batch waits until five more rows are waiting
            first_in.set()
            assert waiting.full.wait(30)
        write(batch)
    rec._write = slow_first
    ids = [f"batched-{n}" for n in range(6)]
    first = threading.Thread(target=rec.record, args=(_row(live_server, user_id, ids[0]),))
    first.start()
    assert first_in.wait(30)
    rest = [threading.Thread(target=rec.record, args=(_row(live_server, user_id, i),)) for i in ids[1:]]
    for thread in rest:
        thread.start()
    for thread in [first, *rest]:
        thread.join(30)

    assert rec.transactions == 2  # six refusals, two transactions
    assert _recorded(live_server, ids) == 6


def test_a_key_already_taken_is_reported_and_the_rest_of_the_batch_kept(live_server):
    store = live_server.services.store
    (user_id, _, _), = make_agents(live_server, 1)
    rec = recorder_for(store)
    assert recorder_for(store) is rec
    assert rec.record(_row(live_server, user_id, "taken-0001")) is True
    rec._pending = [_Slot(_row(live_server, user_id, "fresh-0001"))]
    assert rec.record(_row(live_server, user_id, "taken-0001")) is False  # one batch: fresh + taken
    assert _recorded(live_server, ["taken-0001", "fresh-0001"]) == 2
