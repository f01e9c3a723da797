"""A request's bearer token becomes its agent (domain/auth.py `token_viewer`): live tokens of
active users only, the user's row and teams — read in two statements, built once (every signed-in
request pays them: issue 14, the 1000-claim burst)."""
from datetime import timedelta

import sqlalchemy as sa

from rvops_server.domain.auth import issue_token, logout, resolve_token, token_viewer
from rvops_server.domain.visibility import load_viewer
from rvops_server.store import schema as t


def _token(server, user_id, ttl=timedelta(hours=1)):
    with server.services.store.write() as uow:
        return issue_token(uow, user_id, server.services.clock.now(), ttl)


def _viewer(server, token, now=None):
    with server.services.store.read() as conn:
        return token_viewer(conn, token, now or server.services.clock.now())


def test_a_live_token_is_its_agent_with_the_teams(live_server):
    token = _token(live_server, "u_bruno")
    viewer = _viewer(live_server, token)
    with live_server.services.store.read() as conn:
        expected = load_viewer(conn, resolve_token(conn, token, live_server.services.clock.now()))
    assert viewer.id == "u_bruno" and viewer.team_ids == frozenset({"t_suporte", "t_vendas"})
    assert viewer.user == expected.user and viewer.team_ids == expected.team_ids
    assert _viewer(live_server, "not-a-token") is None


def test_revoked_expired_and_deactivated_are_no_one(live_server, fake_clock):
    revoked, expiring, deactivated = (_token(live_server, "u_ana"), _token(live_server, "u_ana", timedelta(minutes=5)),
                                      _token(live_server, "u_bruno"))
    with live_server.services.store.write() as uow:
        logout(uow, revoked, live_server.services.clock.now())
    assert _viewer(live_server, revoked) is None
    assert _viewer(live_server, expiring).id == "u_ana"
    assert _viewer(live_server, expiring, fake_clock.now() + timedelta(minutes=6)) is None
    with live_server.services.store.write() as uow:
        uow.conn.execute(t.users.update().where(t.users.c.id == "u_bruno").values(active=False))
    assert _viewer(live_server, deactivated) is None


def test_the_agent_is_read_in_two_statements(live_server):
    token = _token(live_server, "u_bruno")
    statements = []
    engine = live_server.services.store.engine

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)
    sa.event.listen(engine, "before_cursor_execute", seen)
    try:
        assert _viewer(live_server, token).id == "u_bruno"
    finally:
        sa.event.remove(engine, "before_cursor_execute", seen)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 2, reads  # the user through the token's session; the teams
