"""Waiting conversations are assigned, oldest first, as soon as an agent becomes available."""
from tests.server.distribution.routing_kit import conversation, customer_writes, go_online, set_user


def _three_waiting(server):
    ids = []
    for _ in range(3):
        server.services.clock.advance(seconds=1)  # well inside the presence grace
        ids.append(customer_writes(server).conversation_id)
    return ids


def test_the_queue_drains_oldest_first_when_an_agent_comes_online(live_server, admin, bruno, carla):
    assert admin.mutate("close", conversation_id="cv_lucia")["status"] == "accepted"
    assert admin.mutate("set_distribution_method", method="least_busy")["status"] == "accepted"
    set_user(live_server, "u_carla", capacity=2)
    ids = _three_waiting(live_server)  # nobody is online
    assert [conversation(live_server, i)["assignee_id"] for i in ids] == [None, None, None]
    assert all(conversation(live_server, i)["queued_at"] for i in ids)

    online_carla = go_online(live_server, carla)
    try:
        assert [conversation(live_server, i)["assignee_id"] for i in ids] == ["u_carla", "u_carla", None]
        for conversation_id in ids[:2]:  # pushed live, unread, into her inbox
            online_carla.wait_for(lambda c, cid=conversation_id: c["id"] == cid
                                  and c["record"]["assignee_id"] == "u_carla" and c["record"]["unread"] >= 1)
        online_bruno = go_online(live_server, bruno)
        try:
            assert conversation(live_server, ids[2])["assignee_id"] == "u_bruno"
        finally:
            online_bruno.close()
    finally:
        online_carla.close()


def test_choosing_online_by_hand_drains_the_queue_too(live_server, admin, ana):
    assert admin.mutate("set_distribution_method", method="random")["status"] == "accepted"
    assert ana.mutate("set_status", status="away")["status"] == "accepted"
    stream = go_online(live_server, ana)  # holds the stream, but away: not online
    try:
        ids = _three_waiting(live_server)
        assert [conversation(live_server, i)["assignee_id"] for i in ids] == [None, None, None]
        assert ana.mutate("set_status", status="online")["status"] == "accepted"
        assert {conversation(live_server, i)["assignee_id"] for i in ids + ["cv_lucia"]} == {"u_ana"}
    finally:
        stream.close()


def test_manual_conversations_stay_in_the_queue_for_a_claim(live_server, bruno):
    waiting = customer_writes(live_server).conversation_id
    stream = go_online(live_server, bruno)
    try:
        assert conversation(live_server, waiting)["assignee_id"] is None
    finally:
        stream.close()


def test_a_team_with_nobody_available_does_not_hold_up_the_rest_of_the_queue(live_server, admin, ana):
    assert admin.mutate("set_distribution_method", method="least_busy")["status"] == "accepted"
    for_support = customer_writes(live_server).conversation_id
    assert admin.mutate("transfer", conversation_id=for_support, to_team_id="t_suporte")["status"] == "accepted"
    ids = _three_waiting(live_server)  # younger than the Suporte one, and for anyone
    stream = go_online(live_server, ana)  # ana is not in Suporte
    try:
        assert conversation(live_server, for_support)["assignee_id"] is None
        assert {conversation(live_server, i)["assignee_id"] for i in ids + ["cv_lucia"]} == {"u_ana"}
    finally:
        stream.close()


def test_raising_a_capacity_by_mutation_routes_what_was_waiting(live_server, admin, carla):
    assert admin.mutate("close", conversation_id="cv_lucia")["status"] == "accepted"
    assert admin.mutate("set_distribution_method", method="least_busy", team_id=None)["status"] == "accepted"
    assert admin.mutate("set_capacity", user_id="u_carla", capacity=1)["status"] == "accepted"
    online_carla = go_online(live_server, carla)
    try:
        ids = _three_waiting(live_server)
        assert [conversation(live_server, i)["assignee_id"] for i in ids] == ["u_carla", None, None]
        assert admin.mutate("set_capacity", user_id="u_carla", capacity=3)["status"] == "accepted"
        assert [conversation(live_server, i)["assignee_id"] for i in ids] == ["u_carla"] * 3
    finally:
        online_carla.close()
    refused = carla.mutate("set_capacity", user_id="u_carla", capacity=50)
    assert refused["reason"] == "forbidden"  # a supervisor may not change agents' limits
    assert admin.mutate("set_capacity", user_id="nobody", capacity=2)["reason"] == "not_found"
