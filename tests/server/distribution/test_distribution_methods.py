"""Each distribution method's choice (S2), on crafted loads and presence, over real HTTP/WS."""
import random
from datetime import timedelta

import pytest
import sqlalchemy as sa

from rvops_server.domain.distribution.router import Router
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc
from tests.server.distribution.routing_kit import (
    audit,
    conversation,
    customer_writes,
    give_open_conversations,
    go_online,
    make_contact,
    sees,
    set_user,
)


def test_manual_offers_the_new_conversation_to_every_agent_and_one_claims_it(live_server, ana, bruno, carla):
    new = customer_writes(live_server)
    assert new.new_conversation and conversation(live_server, new.conversation_id)["assignee_id"] is None
    assert all(sees(agent, new.conversation_id) for agent in (ana, bruno, carla))
    cursor = ana.bootstrap()["cursor"]
    assert bruno.mutate("claim", conversation_id=new.conversation_id)["status"] == "accepted"
    lost = ana.mutate("claim", conversation_id=new.conversation_id)
    assert lost["reason"] == "conflict" and "Bruno Lima" in lost["message"]
    assert lost["data"]["assignee_name"] == "Bruno Lima"
    gone = [c for c in ana.changes(cursor)["changes"] if c["id"] == new.conversation_id]
    assert gone[-1]["op"] == "delete"  # it left ana's queue live
    assert [e["event"] for e in audit(live_server, new.conversation_id)] == ["opened", "claimed"]


def test_a_team_queue_is_seen_and_claimed_only_by_the_team(live_server, admin, ana, bruno, carla):
    new = customer_writes(live_server)
    assert admin.mutate("transfer", conversation_id=new.conversation_id, to_team_id="t_suporte")["status"] == "accepted"
    assert conversation(live_server, new.conversation_id)["assignee_id"] is None  # Suporte is manual
    assert sees(bruno, new.conversation_id) and sees(carla, new.conversation_id)
    assert not sees(ana, new.conversation_id)
    refused = ana.mutate("claim", conversation_id=new.conversation_id)
    assert refused["reason"] == "forbidden" and "Bruno" not in refused["message"]
    assert carla.mutate("claim", conversation_id=new.conversation_id)["status"] == "accepted"


def test_owner_gets_the_conversation_and_waits_for_an_offline_owner(live_server, admin, ana, bruno):
    assert admin.mutate("set_distribution_method", method="owner")["status"] == "accepted"
    online_ana = go_online(live_server, ana)
    try:
        of_ana = customer_writes(live_server, sender=make_contact(live_server, owner_id="u_ana"))
        row = conversation(live_server, of_ana.conversation_id)
        assert row["assignee_id"] == "u_ana" and row["unread_count"] == 1
        online_ana.wait_for(lambda c: c["id"] == of_ana.conversation_id and c["record"]["assignee_id"] == "u_ana"
                            and c["record"]["unread"] == 1)

        ownerless = customer_writes(live_server)  # falls back to the manual queue
        assert conversation(live_server, ownerless.conversation_id)["assignee_id"] is None
        assert sees(bruno, ownerless.conversation_id)

        of_bruno = customer_writes(live_server, sender=make_contact(live_server, owner_id="u_bruno"))
        waiting = conversation(live_server, of_bruno.conversation_id)
        assert waiting["assignee_id"] is None and waiting["queued_at"] is not None  # bruno is offline
        online_bruno = go_online(live_server, bruno)
        try:
            assert conversation(live_server, of_bruno.conversation_id)["assignee_id"] == "u_bruno"
            assert conversation(live_server, ownerless.conversation_id)["assignee_id"] is None
        finally:
            online_bruno.close()
    finally:
        online_ana.close()


def test_least_busy_picks_the_fewest_open_then_the_oldest_assignment(live_server, admin, ana, bruno, carla):
    assert admin.mutate("set_distribution_method", method="least_busy")["status"] == "accepted"
    now = live_server.services.clock.now()
    set_user(live_server, "u_bruno", last_assigned_at=naive_utc(now - timedelta(minutes=5)))
    set_user(live_server, "u_carla", last_assigned_at=naive_utc(now - timedelta(hours=2)))
    streams = [go_online(live_server, a) for a in (ana, bruno, carla)]  # ana already holds 3 open
    try:
        first = customer_writes(live_server)
        assert conversation(live_server, first.conversation_id)["assignee_id"] == "u_carla"  # tie 0-0: older
        second = customer_writes(live_server)
        assert conversation(live_server, second.conversation_id)["assignee_id"] == "u_bruno"  # 0 against 1
        give_open_conversations(live_server, "u_bruno", 3)
        third = customer_writes(live_server)
        assert conversation(live_server, third.conversation_id)["assignee_id"] == "u_carla"  # 1 against 3, 4
    finally:
        for stream in streams:
            stream.close()
    assert [e["event"] for e in audit(live_server, first.conversation_id)] == ["opened", "assigned"]


def test_random_chooses_only_online_agents_uniformly_and_is_seedable(live_server, admin, ana, bruno):
    assert admin.mutate("set_distribution_method", method="random")["status"] == "accepted"
    streams = [go_online(live_server, a) for a in (ana, bruno)]  # carla stays offline
    try:
        chosen = [conversation(live_server, customer_writes(live_server).conversation_id)["assignee_id"]
                  for _ in range(40)]
        sequences = []
        for seed in (11, 11, 12):
            router = Router(live_server.services.presence.grace, random.Random(seed))
            with live_server.services.store.read() as conn:
                uow = type("ReadOnly", (), {"conn": conn})()
                row = conn.execute(sa.select(t.conversations).where(t.conversations.c.id == "cv_lucia")).first()
                sequences.append([router.choose(uow, row, live_server.services.clock.now()) for _ in range(12)])
    finally:
        for stream in streams:
            stream.close()
    assert set(chosen) == {"u_ana", "u_bruno"}
    assert 10 <= chosen.count("u_ana") <= 30  # seeded: deterministic, and not skewed
    assert sequences[0] == sequences[1] and set(sequences[0]) == {"u_ana", "u_bruno"}
    assert sequences[2] != sequences[0]


@pytest.mark.parametrize("method", ["least_busy", "random", "owner"])
def test_automatic_methods_respect_capacity(live_server, admin, bruno, carla, method):
    assert admin.mutate("close", conversation_id="cv_lucia")["status"] == "accepted"  # the demo's queue
    assert admin.mutate("set_distribution_method", method=method)["status"] == "accepted"
    set_user(live_server, "u_bruno", capacity=1)
    set_user(live_server, "u_carla", capacity=1)
    streams = [go_online(live_server, a) for a in (bruno, carla)]
    try:
        owner = {"owner": "u_bruno"}.get(method)
        ids = []
        for _ in range(3):  # a second apart: the queue is served oldest first
            live_server.services.clock.advance(seconds=1)
            sender = make_contact(live_server, owner_id=owner) if method == "owner" else None
            ids.append(customer_writes(live_server, sender=sender).conversation_id)
        assignees = [conversation(live_server, i)["assignee_id"] for i in ids]
        if method == "owner":
            assert assignees == ["u_bruno", None, None]  # bruno is full: his contacts wait for him
        else:
            assert sorted(filter(None, assignees)) == ["u_bruno", "u_carla"] and assignees[2] is None
        holder = assignees[0]
        agent = bruno if holder == "u_bruno" else carla
        assert agent.mutate("close", conversation_id=ids[0])["status"] == "accepted"
        assert conversation(live_server, ids[1 if method == "owner" else 2])["assignee_id"] == holder
    finally:
        for stream in streams:
            stream.close()


def test_a_team_method_overrides_the_workspace_method(live_server, admin, ana, bruno, carla):
    assert admin.mutate("set_distribution_method", method="least_busy", team_id="t_suporte")["status"] == "accepted"
    streams = [go_online(live_server, a) for a in (ana, bruno, carla)]
    try:
        give_open_conversations(live_server, "u_bruno", 4)
        give_open_conversations(live_server, "u_carla", 5)
        new = customer_writes(live_server)
        assert conversation(live_server, new.conversation_id)["assignee_id"] is None  # workspace: manual
        assert admin.mutate("transfer", conversation_id=new.conversation_id, to_team_id="t_suporte")["status"] \
            == "accepted"
        assert conversation(live_server, new.conversation_id)["assignee_id"] == "u_bruno"  # ana (3) is not in it

        assert admin.mutate("set_distribution_method", method="least_busy")["status"] == "accepted"
        assert admin.mutate("set_distribution_method", method="manual", team_id="t_vendas")["status"] == "accepted"
        other = customer_writes(live_server)
        assert conversation(live_server, other.conversation_id)["assignee_id"] == "u_ana"  # workspace: least busy
        assert ana.mutate("transfer", conversation_id=other.conversation_id, to_team_id="t_vendas")["status"] \
            == "accepted"
        row = conversation(live_server, other.conversation_id)
        assert row["assignee_id"] is None and row["team_id"] == "t_vendas"  # Vendas is manual: its queue
        assert sees(ana, other.conversation_id) and sees(bruno, other.conversation_id)
    finally:
        for stream in streams:
            stream.close()
