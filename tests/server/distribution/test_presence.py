"""Presence: online while a desktop client holds the live stream and the chosen status is online;
a dropped connection goes offline only after the grace period; every change reaches clients live."""
import threading

from rvops_server.domain.presence import online_team_ids, online_user_ids
from tests.server.distribution.routing_kit import conversation, customer_writes, go_online, wait_until
from tests.support.servers import Agent, LiveServer


def _presence(change, user_id, online):
    return change["collection"] == "presence" and change["id"] == user_id and change["record"]["online"] is online


def _online(server):
    with server.services.store.read() as conn:
        return online_user_ids(conn, server.services.clock.now(), server.services.presence.grace)


def test_online_needs_the_stream_and_the_online_status_and_every_client_sees_it(live_server, ana, bruno):
    watcher = go_online(live_server, bruno)
    try:
        assert "u_ana" not in _online(live_server)
        stream = go_online(live_server, ana)
        watcher.wait_for(lambda c: _presence(c, "u_ana", True))
        assert ana.mutate("set_status", status="away")["status"] == "accepted"
        watcher.wait_for(lambda c: _presence(c, "u_ana", False))
        assert "u_ana" not in _online(live_server)
        assert ana.mutate("set_status", status="online")["status"] == "accepted"
        assert "u_ana" in _online(live_server)
        stream.close()
    finally:
        watcher.close()


def test_a_reconnect_inside_the_grace_period_does_not_flap(live_server, ana, bruno):
    clock, step = live_server.services.clock, live_server.services.presence.grace * 0.6
    watcher = go_online(live_server, bruno)
    try:
        go_online(live_server, ana).close()  # online, then the connection drops
        watcher.wait_for(lambda c: _presence(c, "u_ana", True))
        cursor = ana.bootstrap()["cursor"]
        clock.advance(seconds=step.total_seconds())
        live_server.services.sweep_presence()
        assert "u_ana" in _online(live_server)  # still inside the grace period
        again = go_online(live_server, ana)  # reconnects
        clock.advance(seconds=step.total_seconds())  # the first connection is now past its grace
        live_server.services.sweep_presence()
        assert "u_ana" in _online(live_server)
        assert not [c for c in ana.changes(cursor)["changes"] if c["collection"] == "presence" and c["id"] == "u_ana"]

        again.close()
        clock.advance(seconds=live_server.services.presence.grace.total_seconds() + 1)
        assert "u_ana" in live_server.services.sweep_presence()
        watcher.wait_for(lambda c: _presence(c, "u_ana", False))
        assert "u_ana" not in _online(live_server)
    finally:
        watcher.close()


def test_a_team_is_online_when_any_member_is(live_server, ana, carla):
    def teams():
        with live_server.services.store.read() as conn:
            return online_team_ids(conn, live_server.services.clock.now(), live_server.services.presence.grace)

    assert teams() == set()
    stream = go_online(live_server, ana)
    try:
        assert teams() == {"t_vendas"}
        other = go_online(live_server, carla)
        assert teams() == {"t_vendas", "t_suporte"}
        other.close()
    finally:
        stream.close()


def test_a_held_stream_swept_after_a_stall_comes_back_online_and_drains_the_queue(sqlite_url, fake_clock, tmp_path):
    server = LiveServer(sqlite_url, clock=fake_clock, media_dir=tmp_path / "media", random_seed=7,
                        presence_grace_seconds=0.9)  # heartbeats every 0.3 s
    admin, ana = Agent(server.url, "admin@demo.rvops"), Agent(server.url, "ana@demo.rvops")
    try:
        assert admin.mutate("set_distribution_method", method="least_busy")["status"] == "accepted"
        stream = go_online(server, ana)
        assert conversation(server, "cv_lucia")["assignee_id"] == "u_ana"
        fake_clock.advance(seconds=5)  # as if the server stalled: every heartbeat is now too old
        assert "u_ana" in server.services.sweep_presence()
        waiting = customer_writes(server).conversation_id
        assert conversation(server, waiting)["assignee_id"] is None
        wait_until(lambda: conversation(server, waiting)["assignee_id"] == "u_ana", what="re-registered and drained")
        assert "u_ana" in _online(server)
        stream.close()
    finally:
        admin.close()
        ana.close()
        server.stop()


def test_the_heartbeat_keeps_beating_while_changes_stream_without_pause(sqlite_url, fake_clock, tmp_path):
    server = LiveServer(sqlite_url, clock=fake_clock, media_dir=tmp_path / "media", random_seed=7,
                        presence_grace_seconds=0.9)  # heartbeats every 0.3 s
    ana, carla = Agent(server.url, "ana@demo.rvops"), Agent(server.url, "carla@demo.rvops")
    busy, writer = threading.Event(), None
    try:
        stream = go_online(server, ana)

        def write_without_pause():  # a change every 20 ms: the stream never waits 0.3 s for one
            i = 0
            while not busy.is_set():
                carla.mutate("add_note", conversation_id="cv_maria", text=f"nota {i}")
                i += 1
                busy.wait(0.02)

        writer = threading.Thread(target=write_without_pause)
        writer.start()
        fake_clock.advance(seconds=5)  # every heartbeat is now too old
        assert "u_ana" in server.services.sweep_presence()
        wait_until(lambda: "u_ana" in _online(server), what="a heartbeat despite the traffic")
        stream.close()
    finally:
        busy.set()
        if writer is not None:
            writer.join(10)
        carla.close()
        ana.close()
        server.stop()



def test_a_new_agent_is_online_once_connected_and_so_is_a_reactivated_one(live_server, admin):
    """A new account's chosen status is "online": connecting is enough. (It was "offline": a new
    agent was out of routing until she found the status box; a reactivated one too.)"""
    created = admin.mutate("create_user", name="Nova Agente", email="nova@demo.rvops", role="agent",
                           password="uma senha bem longa")
    assert created["status"] == "accepted", created
    nova_id = created["data"]["id"]

    def connects_and_is_online(what: str) -> None:
        stream = go_online(live_server, Agent(live_server.url, "nova@demo.rvops", "uma senha bem longa"))
        try:
            wait_until(lambda: nova_id in _online(live_server), 10, what)
        finally:
            stream.close()

    connects_and_is_online("Nova online once connected")
    assert admin.mutate("deactivate_user", user_id=nova_id)["status"] == "accepted"
    assert nova_id not in _online(live_server)
    assert admin.mutate("reactivate_user", user_id=nova_id)["status"] == "accepted"
    connects_and_is_online("Nova online again once connected")
