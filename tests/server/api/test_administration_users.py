"""Users administration (issue 16) over real HTTP and WebSocket, on SQLite and PostgreSQL: each
mutation accepted for an admin, audited (GET /api/v1/admin/audit) and streamed; deactivation
revoking tokens and a live stream and sending the user's conversations back to routing; the
last-admin guard; nobody handing out more than they hold; passwords changed and reset.
(`forbidden` for agents and supervisors: tests/server/api/test_permission_refusals.py.)"""
import json

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.server.api.conftest import audit_trail as trail
from tests.server.distribution.routing_kit import customer_writes, go_online
from tests.support.servers import Agent


def upserts(agent: Agent, cursor: int, collection: str) -> dict[str, dict]:
    return {c["id"]: c["record"] for c in agent.changes(cursor)["changes"]
            if c["collection"] == collection and c["op"] == "upsert"}


def sign_in(server, email: str, password: str) -> httpx.Response:
    return httpx.post(f"{server.url}/api/v1/auth/login", json={"email": email, "password": password}, timeout=10)


def test_an_admin_creates_a_user_who_signs_in_and_everyone_learns_of_it(live_server, admin, bruno):
    cursor = bruno.bootstrap()["cursor"]
    result = admin.mutate("create_user", email="Dora@Demo.Rvops", name="Dora Dias", role="agent",
                          permissions={"manage_snippets": True}, team_ids=["t_vendas"], password="senha-da-dora",
                          capacity=4, sip_extension="dora")
    assert result["status"] == "accepted", result
    dora_id = result["data"]["id"]
    dora = Agent(live_server.url, "dora@demo.rvops", "senha-da-dora")
    try:
        me = dora.http.get("/api/v1/auth/me").json()
        assert (me["name"], me["email"], me["role"], me["team_ids"], me["capacity"], me["active"]) == \
            ("Dora Dias", "dora@demo.rvops", "agent", ["t_vendas"], 4, True)
        assert me["permissions"] == {"manage_snippets": True} and "password_hash" not in me
    finally:
        dora.close()
    users = upserts(bruno, cursor, "users")
    assert users[dora_id]["email"] == "dora@demo.rvops"
    assert dora_id in upserts(bruno, cursor, "teams")["t_vendas"]["member_ids"]
    [row] = trail(admin, target_id=dora_id)
    assert (row["actor_id"], row["event"], row["target_kind"]) == ("u_admin", "user_created", "user")
    assert row["details"]["team_ids"] == ["t_vendas"] and row["at"].endswith("Z")
    assert "senha-da-dora" not in json.dumps(trail(admin, scope="all"))  # no password anywhere in the trail

    again = admin.mutate("create_user", email="dora@demo.rvops", name="Outra", password="outra-senha")
    assert again["status"] == "refused" and again["reason"] == "conflict" and "dora@demo.rvops" in again["message"]
    short = admin.mutate("create_user", email="eva@demo.rvops", name="Eva", password="curta")
    assert short["status"] == "refused" and short["reason"] == "invalid" and "password" in short["message"]
    nowhere = admin.mutate("create_user", email="eva@demo.rvops", name="Eva", password="senha-da-eva",
                           team_ids=["t_nenhum"])
    assert nowhere["reason"] == "not_found" and nowhere["data"]["missing"] == ["t_nenhum"]


def test_an_admin_updates_a_user_and_the_agent_gets_their_new_teams_queue(live_server, admin, ana, bruno):
    queued = customer_writes(live_server).conversation_id
    assert admin.mutate("transfer", conversation_id=queued, to_team_id="t_suporte")["status"] == "accepted"
    assert queued not in ana.conversation_ids()  # Suporte's queue: not Ana's team
    cursor = ana.bootstrap()["cursor"]
    result = admin.mutate("update_user", user_id="u_ana", name="Ana S. Souza", capacity=7, sip_extension=None,
                          team_ids=["t_vendas", "t_suporte"], permissions={"create_company": True})
    assert result["status"] == "accepted", result
    assert result["data"]["changed"] == ["capacity", "name", "permissions", "sip_extension", "team_ids"]
    delta = ana.changes(cursor)["changes"]
    me = next(c["record"] for c in delta if c["collection"] == "users" and c["id"] == "u_ana")
    assert (me["name"], me["capacity"], me["sip_extension"], sorted(me["team_ids"])) == \
        ("Ana S. Souza", 7, None, ["t_suporte", "t_vendas"])
    assert any(c["collection"] == "conversations" and c["id"] == queued and c["op"] == "upsert" for c in delta)
    assert any(c["collection"] == "messages" and c["record"]["conversation_id"] == queued for c in delta
               if c["op"] == "upsert")  # the queued conversation arrives with its history
    [row] = trail(admin, target_id="u_ana")
    assert row["event"] == "user_updated" and row["details"]["changes"]["capacity"] == 7
    assert row["details"]["before"]["team_ids"] == ["t_vendas"] and row["details"]["before"]["capacity"] is None

    cursor = ana.changes(cursor)["cursor"]
    assert admin.mutate("update_user", user_id="u_ana", team_ids=["t_vendas"])["status"] == "accepted"
    gone = next(c for c in ana.changes(cursor)["changes"] if c["id"] == queued)
    assert gone["op"] == "delete"  # she left Suporte: its queue leaves her inbox
    unchanged = admin.mutate("update_user", user_id="u_ana", name="Ana S. Souza")
    assert unchanged["status"] == "accepted" and unchanged["data"]["changed"] == []
    assert len(trail(admin, target_id="u_ana")) == 2  # nothing changed, nothing audited


def test_deactivation_revokes_tokens_closes_the_stream_and_requeues_conversations(live_server, admin, ana, bruno):
    cursor = bruno.bootstrap()["cursor"]
    ana_cursor = ana.bootstrap()["cursor"]
    url = f"ws://127.0.0.1:{live_server.port}/api/v1/sync/stream?since={ana_cursor}&token={ana.token}"
    with connect(url, open_timeout=10) as ws:
        assert json.loads(ws.recv(timeout=10))["type"] == "hello"
        result = admin.mutate("deactivate_user", user_id="u_ana")
        assert result["status"] == "accepted", result
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                ws.recv(timeout=10)
        assert closed.value.rcvd.code == 4401
    assert set(result["data"]["conversations"]) == {"cv_maria", "cv_joao", "cv_pedro"}
    assert ana.http.get("/api/v1/auth/me").status_code == 401
    refused = sign_in(live_server, "ana@demo.rvops", "demo")
    assert refused.status_code == 403 and refused.json()["error"] == "account_deactivated"
    assert refused.json()["message"].endswith(".")

    delta = bruno.changes(cursor)["changes"]
    convs = {c["id"]: c["record"] for c in delta if c["collection"] == "conversations"}
    for conversation_id in ("cv_maria", "cv_joao", "cv_pedro"):  # manual method: into everyone's queue
        assert convs[conversation_id]["assignee_id"] is None and convs[conversation_id]["queued_at"]
    me = next(c["record"] for c in delta if c["collection"] == "users" and c["id"] == "u_ana")
    assert me["active"] is False and me["status"] == "offline"
    [row] = trail(admin, target_id="u_ana")
    assert row["event"] == "user_deactivated" and row["details"]["tokens_revoked"] >= 1
    transfer = admin.mutate("transfer", conversation_id="cv_maria", to_user_id="u_ana")
    assert transfer["status"] == "refused" and transfer["reason"] == "invalid" and "Ana" in transfer["message"]

    assert admin.mutate("reactivate_user", user_id="u_ana")["status"] == "accepted"
    assert sign_in(live_server, "ana@demo.rvops", "demo").status_code == 200
    assert [r["event"] for r in trail(admin, target_id="u_ana")] == ["user_reactivated", "user_deactivated"]


def test_a_deactivated_agents_conversations_are_routed_to_an_online_colleague(live_server, admin, bruno):
    stream = go_online(live_server, bruno)
    try:
        assert admin.mutate("set_distribution_method", method="least_busy")["status"] == "accepted"
        result = admin.mutate("deactivate_user", user_id="u_ana")
        assert result["data"]["conversations"] == {"cv_maria": "u_bruno", "cv_joao": "u_bruno",
                                                   "cv_pedro": "u_bruno"}
        assert {"cv_maria", "cv_joao", "cv_pedro"} <= bruno.conversation_ids()
        assert admin.mutate("reactivate_user", user_id="u_ana")["status"] == "accepted"
        assert admin.mutate("transfer", conversation_id="cv_maria", to_team_id="t_vendas")["status"] == "accepted"
    finally:
        stream.close()


def test_the_last_active_admin_stays_one(live_server, admin):
    for kind, args in (("update_user", dict(user_id="u_admin", role="supervisor")),
                       ("update_user", dict(user_id="u_admin", permissions={"manage_users": False})),
                       ("deactivate_user", dict(user_id="u_admin"))):
        result = admin.mutate(kind, **args)
        assert result["status"] == "refused" and result["reason"] == "conflict", result
        assert "Admin Demo" in result["message"] and "administrador" in result["message"]
    assert trail(admin, target_id="u_admin") == []
    created = admin.mutate("create_user", email="root2@demo.rvops", name="Segunda Admin", role="admin",
                           password="segunda-admin")
    assert created["status"] == "accepted"
    assert admin.mutate("update_user", user_id="u_admin", role="supervisor")["status"] == "accepted"
    second = Agent(live_server.url, "root2@demo.rvops", "segunda-admin")
    try:
        last = second.mutate("deactivate_user", user_id=created["data"]["id"])
        assert last["status"] == "refused" and last["reason"] == "conflict" and "Segunda Admin" in last["message"]
    finally:
        second.close()


def test_nobody_hands_out_more_than_they_hold(live_server, admin):
    assert admin.mutate("update_user", user_id="u_carla", permissions={"manage_users": True})["status"] == "accepted"
    carla = Agent(live_server.url, "carla@demo.rvops")
    try:
        for kind, args in (("create_user", dict(email="x@demo.rvops", name="X", role="admin", password="senha-do-x")),
                           ("update_user", dict(user_id="u_carla", role="admin")),
                           ("deactivate_user", dict(user_id="u_admin")),
                           ("reset_password", dict(user_id="u_admin", new_password="tomada-de-conta"))):
            result = carla.mutate(kind, **args)
            assert result["status"] == "refused" and result["reason"] == "forbidden", (kind, result)
        agent = carla.mutate("create_user", email="y@demo.rvops", name="Y", role="agent", password="senha-do-y")
        assert agent["status"] == "accepted"
        assert trail(admin, actor_id="u_carla")[0]["event"] == "user_created"
    finally:
        carla.close()


def test_an_admin_resets_a_password_and_the_users_tokens_are_revoked(live_server, admin, bruno):
    assert admin.mutate("reset_password", user_id="u_bruno", new_password="nova-senha-bruno")["status"] == "accepted"
    assert bruno.http.get("/api/v1/auth/me").status_code == 401
    assert sign_in(live_server, "bruno@demo.rvops", "demo").status_code == 401
    assert sign_in(live_server, "bruno@demo.rvops", "nova-senha-bruno").status_code == 200
    [row] = trail(admin, target_id="u_bruno")
    assert row["event"] == "password_reset" and row["details"]["tokens_revoked"] >= 1
    assert "nova-senha-bruno" not in json.dumps(row)


def test_an_agent_changes_their_own_password_with_the_current_one(live_server, admin, bruno):
    wrong = bruno.mutate("change_password", current_password="errada", new_password="minha-nova-senha")
    assert wrong["status"] == "refused" and wrong["reason"] == "invalid"
    assert wrong["data"]["field"] == "current_password" and "senha atual" in wrong["message"]
    right = bruno.mutate("change_password", current_password="demo", new_password="minha-nova-senha")
    assert right["status"] == "accepted", right
    assert sign_in(live_server, "bruno@demo.rvops", "demo").status_code == 401
    assert sign_in(live_server, "bruno@demo.rvops", "minha-nova-senha").status_code == 200
    assert [(r["actor_id"], r["event"]) for r in trail(admin, target_id="u_bruno")] == \
        [("u_bruno", "password_changed")]


def test_the_audit_trail_is_for_admins_newest_first_a_page_at_a_time(live_server, admin, bruno):
    for capacity in (2, 3, 4):
        assert admin.mutate("set_capacity", user_id="u_bruno", capacity=capacity)["status"] == "accepted"
    page = admin.http.get("/api/v1/admin/audit", params={"limit": 2}).json()
    assert [e["details"]["capacity"] for e in page["events"]] == [4, 3]
    rest = admin.http.get("/api/v1/admin/audit", params={"limit": 2, "before": page["next_before"]}).json()
    assert [e["details"]["capacity"] for e in rest["events"]] == [2] and rest["next_before"] is None
    assert admin.mutate("claim", conversation_id="cv_lucia")["status"] == "accepted"
    assert "claimed" not in {e["event"] for e in trail(admin)}
    assert "claimed" in {e["event"] for e in trail(admin, scope="all")}
    refused = bruno.http.get("/api/v1/admin/audit")
    assert refused.status_code == 403 and refused.json()["error"] == "forbidden"
    assert "manage_users" in refused.json()["message"]


def test_wrong_current_passwords_are_throttled_like_wrong_sign_ins(live_server, fake_clock, bruno):
    from rvops_server.domain.login_throttle import ACCOUNT_MAX_FAILURES
    for n in range(ACCOUNT_MAX_FAILURES):
        wrong = bruno.mutate("change_password", current_password=f"chute-{n}", new_password="minha-nova-senha")
        assert wrong["reason"] == "invalid", wrong
    held = bruno.mutate("change_password", current_password="demo", new_password="minha-nova-senha")
    assert held["status"] == "refused" and held["reason"] == "forbidden" and held["data"]["retry_after"] > 0
    assert sign_in(live_server, "bruno@demo.rvops", "demo").status_code == 429  # the same account's count
    fake_clock.advance(seconds=held["data"]["retry_after"])
    right = bruno.mutate("change_password", current_password="demo", new_password="minha-nova-senha")
    assert right["status"] == "accepted", right
