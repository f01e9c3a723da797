"""The supervisor's dashboard (models/supervision.py): each team's queue by waiting time, with
the overdue ones counted and whether the team is open now, and each agent's presence and load against capacity, from the replica
and the clock alone."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from rvops_desktop.models import Store
from rvops_desktop.models.supervision import NO_TEAM, Hours, candidates_for, dashboard
from tests.desktop.models.replica_factories import contact, conversation

USERS = [
    {"id": "u_ana", "name": "Ana", "role": "agent", "team_ids": ["t_sales"], "capacity": 2, "active": True},
    {"id": "u_bruno", "name": "Bruno", "role": "agent", "team_ids": ["t_sales", "t_support"], "capacity": None},
    {"id": "u_carla", "name": "Carla", "role": "supervisor", "team_ids": ["t_support"]},
    {"id": "u_old", "name": "Old", "role": "agent", "team_ids": ["t_sales"], "active": False},
    {"id": "u_admin", "name": "Admin", "role": "admin", "team_ids": []},
]
TEAMS = [{"id": "t_sales", "name": "Vendas", "member_ids": ["u_ana", "u_bruno"]},
         {"id": "t_support", "name": "Suporte", "member_ids": ["u_bruno", "u_carla"]},
         {"id": "t_empty", "name": "Financeiro", "member_ids": []}]


def _load(replica):
    replica.apply_bootstrap({"cursor": 1, "users": USERS, "teams": TEAMS,
        "presence": [{"id": "u_ana", "user_id": "u_ana", "status": "online", "online": True},
                     {"id": "u_bruno", "user_id": "u_bruno", "status": "away", "online": True},
                     {"id": "u_carla", "user_id": "u_carla", "status": "online", "online": True}],
        "contacts": [contact(f"k{i}", name=f"Cliente {i}") for i in range(1, 8)],
        "conversations": [
            conversation("q1", contact_id="k1", assignee_id=None, team_id="t_sales", queued_at="2026-01-05T11:50:00Z"),
            conversation("q2", contact_id="k2", assignee_id=None, team_id="t_sales", queued_at="2026-01-05T11:58:00Z"),
            conversation("q3", contact_id="k3", assignee_id=None, team_id=None, last_inbound_at="2026-01-05T11:59:00Z"),
            conversation("q4", contact_id="k4", assignee_id=None, team_id="t_sales",
                         queued_at="2026-01-05T10:00:00Z", snoozed_until="2026-01-05T13:00:00Z"),
            conversation("a1", contact_id="k5", assignee_id="u_ana"),
            conversation("a2", contact_id="k6", assignee_id="u_ana"),
            conversation("c1", contact_id="k7", assignee_id="u_bruno", status="closed")],
        "messages": []})


def test_queues_by_team_longest_wait_first_with_the_overdue_counted(replica, clock):
    _load(replica)
    board = dashboard(Store(replica), clock.now(), overdue_after=timedelta(minutes=5), no_team_name="Sem equipe")
    queues = {q.team_id: q for q in board.queues}
    assert [q.name for q in board.queues] == ["Financeiro", "Suporte", "Vendas", "Sem equipe"]
    sales = queues["t_sales"]
    assert [w.conversation_id for w in sales.waiting] == ["q1", "q2"]   # q4 sleeps: not waiting
    assert sales.longest == timedelta(minutes=10) and sales.overdue == 1
    assert [w.contact_name for w in sales.waiting] == ["Cliente 1", "Cliente 2"]
    assert queues[NO_TEAM].waiting[0].waited == timedelta(minutes=1) and queues["t_empty"].waiting == ()
    assert board.waiting == 3
    clock.advance(minutes=10)   # the waits grow with the clock
    later = {q.team_id: q for q in dashboard(Store(replica), clock.now()).queues}
    assert later["t_sales"].overdue == 2 and later["t_sales"].longest == timedelta(minutes=20)


def test_agents_with_presence_and_load_against_capacity(replica, clock):
    _load(replica)
    board = dashboard(Store(replica), clock.now())
    agents = {a.user_id: a for a in board.agents}
    assert set(agents) == {"u_ana", "u_bruno", "u_carla"}   # not the deactivated, not the admin
    ana, bruno = agents["u_ana"], agents["u_bruno"]
    assert (ana.open, ana.capacity, ana.has_room, ana.may_take) == (2, 2, False, False)   # full
    assert (bruno.open, bruno.capacity, bruno.has_room, bruno.may_take) == (0, None, True, False)  # away
    assert agents["u_carla"].may_take
    sales = next(q for q in board.queues if q.team_id == "t_sales")
    assert [a.user_id for a in candidates_for(board, sales)] == ["u_bruno", "u_ana"]   # members only
    everyone = next(q for q in board.queues if q.team_id == NO_TEAM)
    assert [a.user_id for a in candidates_for(board, everyone)][0] == "u_carla"   # who may take one first


def test_each_team_says_whether_it_is_open_now_and_when_a_closed_one_opens(replica, clock):
    hours = {"time_zone": "America/Sao_Paulo", "days": {day: [["08:00", "18:00"]] for day in ("mon", "tue")}}
    teams = [{**TEAMS[0], "business_hours": hours}, TEAMS[1],
             {**TEAMS[2], "business_hours": {"time_zone": "America/Sao_Paulo", "days": {}}}]
    replica.apply_bootstrap({"cursor": 1, "users": USERS, "teams": teams, "conversations": [], "messages": []})
    board = {q.team_id: q for q in dashboard(Store(replica), clock.now()).queues}   # Monday 09:00 in São Paulo
    assert board["t_sales"].hours == Hours(True)
    assert board["t_support"].hours is None               # no hours: always open
    assert board["t_empty"].hours == Hours(False, None)   # hours that never open
    clock.advance(hours=10)                               # Monday 19:00
    sales = {q.team_id: q for q in dashboard(Store(replica), clock.now()).queues}["t_sales"]
    assert not sales.hours.open and sales.hours.opens_at == datetime(2026, 1, 6, 11, 0, tzinfo=UTC)
