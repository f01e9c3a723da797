"""Teams administration (issue 16) over real HTTP, on SQLite and PostgreSQL: create, update and
delete, each accepted for an admin, audited and streamed (the team, and its members' team_ids);
a team holding open conversations cannot be deleted. (`forbidden` for agents and supervisors:
tests/server/api/test_permission_refusals.py.)"""

from tests.server.api.conftest import audit_trail as trail
from tests.server.distribution.routing_kit import customer_writes, go_online
from tests.support.servers import Agent


def changes(agent: Agent, cursor: int, collection: str) -> dict[str, dict]:
    return {c["id"]: c for c in agent.changes(cursor)["changes"] if c["collection"] == collection}


def test_an_admin_creates_a_team_and_everyone_learns_of_it(live_server, admin, bruno):
    cursor = bruno.bootstrap()["cursor"]
    result = admin.mutate("create_team", name="Cobrança", member_ids=["u_ana", "u_bruno"],
                          distribution_method="least_busy")
    assert result["status"] == "accepted", result
    team_id = result["data"]["id"]
    team = changes(bruno, cursor, "teams")[team_id]["record"]
    assert (team["name"], team["distribution_method"], sorted(team["member_ids"])) == \
        ("Cobrança", "least_busy", ["u_ana", "u_bruno"])
    users = changes(bruno, cursor, "users")
    assert team_id in users["u_ana"]["record"]["team_ids"] and team_id in users["u_bruno"]["record"]["team_ids"]
    [row] = trail(admin, target_id=team_id)
    assert (row["actor_id"], row["event"], row["target_kind"]) == ("u_admin", "team_created", "team")
    assert row["details"]["member_ids"] == ["u_ana", "u_bruno"]

    taken = admin.mutate("create_team", name="cobrança")
    assert taken["status"] == "refused" and taken["reason"] == "conflict" and "Cobrança" in taken["message"]
    stranger = admin.mutate("create_team", name="Financeiro", member_ids=["u_ninguem"])
    assert stranger["reason"] == "not_found" and stranger["data"]["missing"] == ["u_ninguem"]


def test_an_admin_updates_a_team_and_its_new_member_is_routed_its_queue(live_server, admin, bruno):
    waiting = customer_writes(live_server).conversation_id
    assert admin.mutate("transfer", conversation_id=waiting, to_team_id="t_vendas")["status"] == "accepted"
    assert admin.mutate("update_team", team_id="t_vendas", member_ids=["u_ana"])["status"] == "accepted"
    assert waiting not in bruno.conversation_ids()
    stream = go_online(live_server, bruno)
    try:
        cursor = bruno.bootstrap()["cursor"]
        result = admin.mutate("update_team", team_id="t_vendas", name="Vendas B2B",
                              member_ids=["u_ana", "u_bruno"], distribution_method="least_busy")
        assert result["status"] == "accepted", result
        assert result["data"]["changed"] == ["distribution_method", "member_ids", "name"]
        delta = changes(bruno, cursor, "teams")["t_vendas"]["record"]
        assert (delta["name"], delta["distribution_method"]) == ("Vendas B2B", "least_busy")
        assert "t_vendas" in changes(bruno, cursor, "users")["u_bruno"]["record"]["team_ids"]
        routed = changes(bruno, cursor, "conversations")[waiting]["record"]
        assert routed["assignee_id"] == "u_bruno"  # Ana is offline: the online new member takes it
    finally:
        stream.close()
    events = trail(admin, target_id="t_vendas")
    assert [e["event"] for e in events] == ["team_updated", "team_updated"]
    assert events[0]["details"]["before"] == {"name": "Vendas", "distribution_method": None,
                                              "member_ids": ["u_ana"]}
    follow = admin.mutate("update_team", team_id="t_vendas", distribution_method=None)
    assert follow["data"]["changed"] == ["distribution_method"]  # null: the workspace's method again


def test_a_team_with_open_conversations_cannot_be_deleted(live_server, admin, bruno):
    waiting = customer_writes(live_server).conversation_id
    assert admin.mutate("transfer", conversation_id=waiting, to_team_id="t_suporte")["status"] == "accepted"
    refused = admin.mutate("delete_team", team_id="t_suporte")
    assert refused["status"] == "refused" and refused["reason"] == "conflict", refused
    assert refused["data"]["open_conversations"] == 1 and "Suporte" in refused["message"]
    assert trail(admin, target_id="t_suporte") == []

    assert admin.mutate("close", conversation_id=waiting)["status"] == "accepted"
    cursor = bruno.bootstrap()["cursor"]
    result = admin.mutate("delete_team", team_id="t_suporte")
    assert result["status"] == "accepted", result
    assert changes(bruno, cursor, "teams")["t_suporte"]["op"] == "delete"
    assert changes(bruno, cursor, "users")["u_carla"]["record"]["team_ids"] == []
    assert "t_suporte" not in {t["id"] for t in bruno.bootstrap()["teams"]}
    history = admin.http.get(f"/api/v1/conversations/{waiting}/messages")
    assert history.status_code == 200  # the closed conversation stays, without a team
    [row] = trail(admin, target_id="t_suporte")
    assert row["event"] == "team_deleted" and row["details"]["member_ids"] == ["u_bruno", "u_carla"]
    assert row["details"]["closed_conversations"] == 1
    gone = admin.mutate("delete_team", team_id="t_suporte")
    assert gone["status"] == "refused" and gone["reason"] == "not_found"
