"""Invites (issue 16) over real HTTP, on SQLite and PostgreSQL: a user created without a password
cannot sign in until they accept the invite with its one-time code (POST /api/v1/auth/accept-invite),
which signs them in; the code is shown once, stored only as a hash, expires after 7 days on the
server's clock, is refused when wrong (throttled like sign-ins) and voided by `reissue_invite`.
(`forbidden` for agents and supervisors: tests/server/api/test_permission_refusals.py.)"""
import json
import re

import httpx
import sqlalchemy as sa

from rvops_server.domain.login_throttle import ACCOUNT_MAX_FAILURES, WINDOW
from rvops_server.store import schema as t
from tests.server.api.conftest import audit_trail as trail
from tests.support.servers import Agent

CODE = re.compile(r"^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$")


def sign_in(server, email: str, password: str) -> httpx.Response:
    return httpx.post(f"{server.url}/api/v1/auth/login", json={"email": email, "password": password}, timeout=30)


def accept(server, email: str, code: str, password: str = "senha-nova-123", *, address: str = "198.51.100.7",
           lang: str = "pt-BR") -> httpx.Response:
    # uvicorn trusts X-Forwarded-For from loopback, as from a load balancer
    return httpx.post(f"{server.url}/api/v1/auth/accept-invite",
                      json={"email": email, "code": code, "password": password},
                      headers={"X-Forwarded-For": address, "accept-language": lang}, timeout=30)


def invite(admin: Agent, email: str, name: str = "Dora Dias", **args) -> dict:
    result = admin.mutate("create_user", email=email, name=name, **args)
    assert result["status"] == "accepted", result
    return result["data"]


def everything_stored(server) -> str:
    """Every row of every table, as text: where a secret must not be."""
    with server.services.store.read() as conn:
        return json.dumps({name: [list(r) for r in conn.execute(sa.select(table))]
                           for name, table in t.metadata.tables.items()}, default=str)


def test_an_invited_user_signs_in_only_after_accepting_the_code_once(live_server, admin, bruno, fake_clock):
    cursor = bruno.bootstrap()["cursor"]
    mutation_id = "invite-dora"
    result = admin.mutate("create_user", mutation_id, email="Dora@Demo.Rvops", name="Dora Dias", team_ids=["t_vendas"])
    assert result["status"] == "accepted", result
    data = result["data"]
    dora_id, code = data["id"], data["invite_code"]
    assert CODE.match(code) and data["invite_expires_at"] == "2026-01-12T12:00:00Z"  # 7 days on the server's clock
    again = admin.mutate("create_user", mutation_id, email="Dora@Demo.Rvops", name="Dora Dias")
    assert again["status"] == "accepted" and again["data"] == {"id": dora_id, "invite_expires_at": data["invite_expires_at"]}
    assert code not in everything_stored(live_server)  # only its hash: not in the replay record, nor anywhere
    assert code.replace("-", "") not in everything_stored(live_server)

    dora = next(c["record"] for c in bruno.changes(cursor)["changes"] if c["id"] == dora_id)
    assert dora["invite_pending"] is True and dora["invite_expires_at"] == "2026-01-12T12:00:00Z"
    for password in ("", "!invited", "timing-equaliser", code):  # no password signs her in, not even the marker's
        assert sign_in(live_server, "dora@demo.rvops", password or "x").status_code == 401

    cursor = bruno.changes(cursor)["cursor"]
    answer = accept(live_server, "DORA@demo.rvops", code.lower().replace("-", " "))  # as typed
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["user"]["id"] == dora_id and body["user"]["invite_pending"] is False and body["token"]
    me = httpx.get(f"{live_server.url}/api/v1/auth/me", headers={"authorization": f"Bearer {body['token']}"})
    assert me.status_code == 200 and me.json()["email"] == "dora@demo.rvops"
    assert sign_in(live_server, "dora@demo.rvops", "senha-nova-123").status_code == 200
    dora = next(c["record"] for c in bruno.changes(cursor)["changes"] if c["id"] == dora_id)
    assert dora["invite_pending"] is False and dora["invite_expires_at"] is None

    used = accept(live_server, "dora@demo.rvops", code, "outra-senha-456")
    assert used.status_code == 401 and used.json()["error"] == "invalid_invite"
    assert used.json()["message"].startswith("Este código de convite não vale")
    assert sign_in(live_server, "dora@demo.rvops", "outra-senha-456").status_code == 401

    accepted, created = trail(admin, target_id=dora_id)
    assert (created["event"], created["actor_id"], created["details"]["invited"]) == ("user_created", "u_admin", True)
    assert (accepted["event"], accepted["actor_id"], accepted["target_kind"]) == ("invite_accepted", dora_id, "user")
    assert code not in json.dumps(trail(admin, scope="all"))


def test_an_invite_expires_after_seven_days_on_the_servers_clock(live_server, admin, fake_clock):
    eva = invite(admin, "eva@demo.rvops", "Eva")
    dora = invite(admin, "dora@demo.rvops")
    fake_clock.advance(days=7, seconds=-1)
    assert accept(live_server, "eva@demo.rvops", eva["invite_code"]).status_code == 200  # the last second
    fake_clock.advance(seconds=1)
    expired = accept(live_server, "dora@demo.rvops", dora["invite_code"], lang="en")
    assert expired.status_code == 401 and expired.json()["error"] == "invalid_invite"
    assert expired.json()["message"] == ("This invite code is not valid: check the e-mail and the code, or ask an "
                                         "administrator for a new invite (a code works once, for 7 days).")
    with live_server.services.store.read() as conn:  # still pending: an administrator issues a new one
        assert conn.execute(sa.select(t.user_invites.c.user_id)).scalars().all() == [dora["id"]]


def test_a_new_invite_voids_the_old_code_and_is_for_users_without_a_password(live_server, admin, bruno):
    first = invite(admin, "dora@demo.rvops")
    refused = bruno.mutate("reissue_invite", user_id=first["id"])
    assert refused["status"] == "refused" and refused["reason"] == "forbidden"
    result = admin.mutate("reissue_invite", user_id=first["id"])
    assert result["status"] == "accepted", result
    second = result["data"]["invite_code"]
    assert CODE.match(second) and second != first["invite_code"]
    assert accept(live_server, "dora@demo.rvops", first["invite_code"]).status_code == 401
    assert accept(live_server, "dora@demo.rvops", second).status_code == 200
    [reissued] = [r for r in trail(admin, target_id=first["id"]) if r["event"] == "invite_reissued"]
    assert reissued["actor_id"] == "u_admin" and second not in json.dumps(reissued)

    has_password = admin.mutate("reissue_invite", user_id=first["id"])
    assert has_password["status"] == "refused" and has_password["reason"] == "conflict"
    assert "Dora Dias" in has_password["message"]
    assert admin.mutate("reissue_invite", user_id="u_nobody")["reason"] == "not_found"


def test_wrong_codes_are_refused_and_throttled_like_sign_ins(live_server, admin, fake_clock):
    code = invite(admin, "dora@demo.rvops")["invite_code"]
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    short = accept(live_server, "dora@demo.rvops", code, "curta")
    assert short.status_code == 422 and "password" in short.json()["message"]
    assert accept(live_server, "ana@demo.rvops", code).status_code == 401  # another's code; Ana has a password
    assert accept(live_server, "nobody@demo.rvops", code).status_code == 401
    for _ in range(ACCOUNT_MAX_FAILURES):
        assert accept(live_server, "dora@demo.rvops", wrong).json()["error"] == "invalid_invite"
    throttled = accept(live_server, "dora@demo.rvops", code)  # the right one too, until the window ends
    assert throttled.status_code == 429 and int(throttled.headers["Retry-After"]) == WINDOW.total_seconds()
    assert throttled.json()["error"] == "too_many_attempts"
    fake_clock.advance(seconds=WINDOW.total_seconds())
    assert accept(live_server, "dora@demo.rvops", code).status_code == 200


def test_a_deactivated_invitee_cannot_accept_and_a_reset_password_voids_the_invite(live_server, admin):
    dora = invite(admin, "dora@demo.rvops")
    assert admin.mutate("deactivate_user", user_id=dora["id"])["status"] == "accepted"
    refused = accept(live_server, "dora@demo.rvops", dora["invite_code"])
    assert refused.status_code == 403 and refused.json()["error"] == "account_deactivated"
    assert admin.mutate("reactivate_user", user_id=dora["id"])["status"] == "accepted"
    assert accept(live_server, "dora@demo.rvops", dora["invite_code"]).status_code == 200  # not spent by the 403

    eva = invite(admin, "eva@demo.rvops", "Eva")
    assert admin.mutate("reset_password", user_id=eva["id"], new_password="senha-da-eva")["status"] == "accepted"
    assert accept(live_server, "eva@demo.rvops", eva["invite_code"]).status_code == 401
    assert sign_in(live_server, "eva@demo.rvops", "senha-da-eva").status_code == 200
    me = admin.http.get("/api/v1/sync/bootstrap").json()
    assert next(u for u in me["users"] if u["id"] == eva["id"])["invite_pending"] is False
