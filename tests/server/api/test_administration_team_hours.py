"""A team's business hours and away message (issue 16) over real HTTP, on SQLite and PostgreSQL:
`create_team` and `update_team` take them, checked by rvops_contract/business_hours.py (a bad zone,
a bad time, an end before its start, overlapping intervals: refused `invalid` with a sentence, in
pt-BR or English, changing nothing), store them normalized, audit and stream them. (`forbidden`
for agents and supervisors: tests/server/api/test_permission_refusals.py.)"""

import sqlalchemy as sa

from rvops_server.store import schema as t
from tests.server.api.conftest import audit_trail as trail
from tests.server.api.test_administration_teams import changes
from tests.support.servers import Agent

WEEKDAYS = {day: [["13:00", "18:00"], ["08:00", "12:00"]] for day in ("fri", "mon", "tue", "wed", "thu")}
AWAY = "Estamos fora do horário: voltamos às 8h."


def _team(server, team_id) -> dict:
    with server.services.store.read() as conn:
        return dict(conn.execute(sa.select(t.teams).where(t.teams.c.id == team_id)).first()._mapping)


def _in_english(agent: Agent, kind: str, key: str, **args) -> dict:
    return agent.http.post("/api/v1/sync/mutations", headers={"accept-language": "en"}, json={
        "mutations": [{"mutation_id": key, "type": kind, "args": args}]}).json()["results"][0]


def test_an_admin_creates_a_team_with_hours_and_an_away_message_and_everyone_learns_of_them(
        live_server, admin, bruno):
    cursor = bruno.bootstrap()["cursor"]
    result = admin.mutate("create_team", name="Cobrança", member_ids=["u_bruno"],
                          business_hours={"days": {**WEEKDAYS, "sun": []}}, away_message=f"  {AWAY} ")
    assert result["status"] == "accepted", result
    team_id = result["data"]["id"]
    stored = {"time_zone": "America/Sao_Paulo",   # the workspace's zone when none is named
              "days": {day: [["08:00", "12:00"], ["13:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}}
    record = changes(bruno, cursor, "teams")[team_id]["record"]
    assert (record["business_hours"], record["away_message"]) == (stored, AWAY)
    assert list(record["business_hours"]["days"]) == ["mon", "tue", "wed", "thu", "fri"]
    [row] = trail(admin, target_id=team_id)
    assert row["event"] == "team_created"
    assert (row["details"]["business_hours"], row["details"]["away_message"]) == (stored, AWAY)
    plain = admin.mutate("create_team", name="Financeiro")
    assert _team(live_server, plain["data"]["id"])["business_hours"] is None   # no hours: always open
    assert {t_["id"]: t_ for t_ in bruno.bootstrap()["teams"]}[team_id]["business_hours"] == stored


def test_an_admin_changes_the_hours_then_makes_the_team_always_open(live_server, admin, bruno):
    cursor = bruno.bootstrap()["cursor"]
    hours = {"time_zone": "America/Manaus", "days": {"sat": [["09:00", "13:00"]]}}
    result = admin.mutate("update_team", team_id="t_vendas", business_hours=hours, away_message=AWAY)
    assert result["status"] == "accepted", result
    assert result["data"]["changed"] == ["away_message", "business_hours"]
    record = changes(bruno, cursor, "teams")["t_vendas"]["record"]
    assert (record["business_hours"], record["away_message"]) == (hours, AWAY)
    again = admin.mutate("update_team", team_id="t_vendas", business_hours=hours, away_message=AWAY)
    assert again["data"]["changed"] == []   # the same hours: nothing to save, nothing audited

    cursor = bruno.bootstrap()["cursor"]
    cleared = admin.mutate("update_team", team_id="t_vendas", business_hours=None, away_message="  ")
    assert cleared["data"]["changed"] == ["away_message", "business_hours"]
    record = changes(bruno, cursor, "teams")["t_vendas"]["record"]
    assert (record["business_hours"], record["away_message"]) == (None, None)
    events = trail(admin, target_id="t_vendas")
    assert [e["event"] for e in events] == ["team_updated", "team_updated"]
    newest, first = events
    assert first["details"]["changes"] == {"business_hours": hours, "away_message": AWAY}
    assert first["details"]["before"] == {"business_hours": None, "away_message": None}
    assert newest["details"]["before"] == {"business_hours": hours, "away_message": AWAY}
    assert admin.mutate("update_team", team_id="t_vendas", name="Vendas B2B")["data"]["changed"] == ["name"]
    assert _team(live_server, "t_vendas")["business_hours"] is None   # hours not given: untouched


def test_invalid_hours_are_refused_with_a_sentence_and_change_nothing(live_server, admin, bruno):
    cursor = bruno.bootstrap()["cursor"]
    cases = [
        ({"time_zone": "America/Sao Paulo", "days": {}}, "business_hours.time_zone",
         'O fuso horário "America/Sao Paulo" não existe (use um nome como America/Sao_Paulo).',
         'The time zone "America/Sao Paulo" does not exist (use a name like America/Sao_Paulo).'),
        ({"days": {"fri": [["18:00", "08:00"]]}}, "business_hours.days.fri",
         "O horário 18:00–08:00 (sexta-feira) termina antes de começar.",
         "The hours 18:00–08:00 (Friday) end before they start."),
        ({"days": {"sat": [["9h", "13h"]]}}, "business_hours.days.sat",
         "O horário 9h–13h (sábado) não está no formato HH:MM, de 00:00 a 24:00.",
         "The hours 9h–13h (Saturday) are not in the HH:MM form, from 00:00 to 24:00."),
        ({"days": {"mon": [["08:00", "12:30"], ["12:00", "18:00"]]}}, "business_hours.days.mon",
         "Os horários 08:00–12:30 e 12:00–18:00 (segunda-feira) se sobrepõem.",
         "The hours 08:00–12:30 and 12:00–18:00 (Monday) overlap."),
    ]
    for n, (hours, field, portuguese, english) in enumerate(cases):
        refused = admin.mutate("update_team", team_id="t_vendas", name="Outro nome", business_hours=hours)
        assert (refused["status"], refused["reason"]) == ("refused", "invalid"), refused
        assert refused["message"] == portuguese and refused["data"]["field"] == field
        said = _in_english(admin, "update_team", f"hours-en-{n}", team_id="t_vendas", business_hours=hours)
        assert (said["reason"], said["message"]) == ("invalid", english)
        created = admin.mutate("create_team", name=f"Nova {n}", business_hours=hours)
        assert (created["reason"], created["message"]) == ("invalid", portuguese)
    unknown_day = admin.mutate("update_team", team_id="t_vendas", business_hours={"days": {"feriado": []}})
    assert unknown_day["reason"] == "invalid"
    assert admin.mutate("update_team", team_id="t_vendas", away_message="x" * 1001)["reason"] == "invalid"
    team = _team(live_server, "t_vendas")
    assert (team["name"], team["business_hours"], team["away_message"]) == ("Vendas", None, None)
    assert changes(bruno, cursor, "teams") == {}
    assert trail(admin) == []   # a refusal leaves no trace
