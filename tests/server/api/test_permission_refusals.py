"""Every permission-gated mutation is refused with `forbidden` and a sentence for an agent who lacks
the flag, changing nothing; and the reads gated by visibility answer 403 with a sentence."""
from datetime import datetime

import pytest
import sqlalchemy as sa

from rvops_contract.permissions import Permission, has_permission
from rvops_server.domain.passwords import hash_blocking as hash_password
from rvops_server.store import schema as t
from tests.support.servers import Agent

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32

# Demo users: bruno is a plain agent (no create_company, manage_snippets, manage_distribution,
# manage_users); carla a supervisor (no manage_users). No demo user lacks edit_contact,
# create_deal, create_task or transfer: `vera` below has the `viewer` role (no flags) but may see
# every conversation, so only the missing flag can refuse her.
VERA = {"id": "u_vera", "name": "Vera Viewer", "email": "vera@demo.rvops", "role": "viewer",
        "permissions": {"see_all_conversations": True}}

CASES = [
    ("vera", "update_contact", Permission.EDIT_CONTACT, dict(contact_id="c_maria", fields={"cidade": "Santos"})),
    ("vera", "create_deal", Permission.CREATE_DEAL, dict(contact_id="c_maria", title="Renovação", value=10)),
    ("vera", "create_task", Permission.CREATE_TASK, dict(contact_id="c_maria", title="Ligar")),
    ("vera", "transfer", Permission.TRANSFER, dict(conversation_id="cv_maria", to_user_id="u_bruno")),
    ("bruno", "create_company", Permission.CREATE_COMPANY, dict(contact_id="c_joao", name="João ME")),
    ("bruno", "upsert_snippet", Permission.MANAGE_SNIPPETS, dict(shortcut="novo", title="Novo", body="Corpo")),
    ("bruno", "upsert_snippet", Permission.MANAGE_SNIPPETS, dict(id="s_ola", shortcut="ola", title="X", body="X")),
    ("bruno", "delete_snippet", Permission.MANAGE_SNIPPETS, dict(id="s_ola")),
    ("bruno", "set_distribution_method", Permission.MANAGE_DISTRIBUTION, dict(method="random")),
    ("bruno", "set_distribution_method", Permission.MANAGE_DISTRIBUTION, dict(method="random", team_id="t_vendas")),
    ("bruno", "set_capacity", Permission.MANAGE_USERS, dict(user_id="u_bruno", capacity=50)),
    ("carla", "set_capacity", Permission.MANAGE_USERS, dict(user_id="u_ana", capacity=3)),
    ("bruno", "create_user", Permission.MANAGE_USERS, dict(email="x@demo.rvops", name="X", password="senha-do-x")),
    ("carla", "create_user", Permission.MANAGE_USERS, dict(email="x@demo.rvops", name="X", password="senha-do-x")),
    ("bruno", "update_user", Permission.MANAGE_USERS, dict(user_id="u_bruno", role="admin")),
    ("carla", "update_user", Permission.MANAGE_USERS, dict(user_id="u_ana", team_ids=["t_suporte"])),
    ("bruno", "deactivate_user", Permission.MANAGE_USERS, dict(user_id="u_ana")),
    ("carla", "deactivate_user", Permission.MANAGE_USERS, dict(user_id="u_ana")),
    ("bruno", "reactivate_user", Permission.MANAGE_USERS, dict(user_id="u_ana")),
    ("bruno", "reset_password", Permission.MANAGE_USERS, dict(user_id="u_admin", new_password="tomada-de-conta")),
    ("carla", "create_user", Permission.MANAGE_USERS, dict(email="x@demo.rvops", name="X")),  # an invite
    ("bruno", "reissue_invite", Permission.MANAGE_USERS, dict(user_id="u_ana")),
    ("carla", "reissue_invite", Permission.MANAGE_USERS, dict(user_id="u_ana")),
    ("bruno", "create_team", Permission.MANAGE_USERS, dict(name="Cobrança", member_ids=["u_bruno"])),
    ("carla", "create_team", Permission.MANAGE_USERS, dict(name="Cobrança")),
    ("bruno", "update_team", Permission.MANAGE_USERS, dict(team_id="t_vendas", member_ids=[])),
    ("carla", "update_team", Permission.MANAGE_USERS, dict(team_id="t_suporte", name="Help desk")),
    ("bruno", "update_team", Permission.MANAGE_USERS,
     dict(team_id="t_vendas", business_hours={"days": {"mon": [["08:00", "18:00"]]}}, away_message="Fechado")),
    ("carla", "update_team", Permission.MANAGE_USERS, dict(team_id="t_suporte", business_hours=None)),
    ("bruno", "delete_team", Permission.MANAGE_USERS, dict(team_id="t_vendas")),
    ("carla", "delete_team", Permission.MANAGE_USERS, dict(team_id="t_suporte")),
    ("bruno", "upsert_property_definition", Permission.MANAGE_PROPERTIES, dict(key="nivel", label="Nível", type="text")),
    ("bruno", "delete_property_definition", Permission.MANAGE_PROPERTIES, dict(id="p_plano")),
    ("bruno", "upsert_label", Permission.MANAGE_LABELS, dict(name="vip", colour="#FF0000")),
    ("bruno", "delete_label", Permission.MANAGE_LABELS, dict(id="l_qualquer")),
    ("bruno", "create_template", Permission.MANAGE_TEMPLATES,
     dict(name="novo_aviso", language="pt_BR", category="UTILITY", components=[{"type": "BODY", "text": "Oi"}])),
    ("bruno", "delete_template", Permission.MANAGE_TEMPLATES, dict(name="retomar_atendimento")),
]


def _add_vera(server) -> None:
    with server.services.store.write() as uow:
        uow.conn.execute(t.users.insert().values(**VERA, password_hash=hash_password("demo"), status="offline",
                                                 created_at=datetime(2026, 1, 1)))
        uow.changed("users", VERA["id"])


def _admin_audit_rows(server) -> int:
    with server.services.store.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(t.audit_events)
                            .where(t.audit_events.c.target_kind.is_not(None))).scalar_one()


@pytest.mark.parametrize("who, kind, permission, args", CASES,
                         ids=[f"{who}-{kind}-{i}" for i, (who, kind, _p, _a) in enumerate(CASES)])
def test_a_mutation_is_refused_without_its_permission(live_server, who, kind, permission, args):
    if who == "vera":
        _add_vera(live_server)
    agent = Agent(live_server.url, f"{who}@demo.rvops")
    try:
        me = agent.http.get("/api/v1/auth/me").json()
        assert not has_permission(me, permission), "the test agent must lack the flag"
        before = agent.bootstrap()
        result = agent.mutate(kind, **args)
        assert result["status"] == "refused" and result["reason"] == "forbidden", result
        assert permission.value in result["message"] and result["message"].endswith(".")
        assert result["cursor"] is None  # nothing changed
        assert agent.changes(before["cursor"])["changes"] == []
        assert _admin_audit_rows(live_server) == 0  # a refusal leaves no trace in the audit trail
        english = agent.http.post("/api/v1/sync/mutations", headers={"accept-language": "en"}, json={
            "mutations": [{"mutation_id": f"en-{kind}-refused", "type": kind, "args": args}]}).json()["results"][0]
        assert english["reason"] == "forbidden" and "lacks" in english["message"]
    finally:
        agent.close()


def test_every_permission_gated_mutation_is_covered():
    gated = {"update_contact", "create_deal", "create_company", "create_task", "transfer", "upsert_snippet",
             "delete_snippet", "set_distribution_method", "set_capacity", "create_user", "update_user",
             "deactivate_user", "reactivate_user", "reset_password", "reissue_invite", "create_team", "update_team",
             "delete_team",
             "upsert_property_definition", "delete_property_definition", "upsert_label", "delete_label",
             "create_template", "delete_template"}
    assert {kind for _who, kind, _p, _a in CASES} == gated


@pytest.fixture
def maria_file(live_server):
    """A file Ana sent in her conversation with Maria."""
    ana = Agent(live_server.url, "ana@demo.rvops")
    try:
        media_id = ana.http.post("/api/v1/attachments", files={"file": ("a.png", PNG, "image/png")}).json()["id"]
        assert ana.mutate("send_message", conversation_id="cv_maria", text="", attachment_id=media_id)["status"] \
            == "accepted"
        return media_id
    finally:
        ana.close()


@pytest.mark.parametrize("path", ["/api/v1/contacts/c_maria/history", "/api/v1/conversations/cv_maria/messages",
                                  "/api/v1/media/{media}"])
def test_a_gated_read_answers_403_with_a_sentence(live_server, maria_file, path):
    bruno = Agent(live_server.url, "bruno@demo.rvops")
    try:
        response = bruno.http.get(path.format(media=maria_file))
        assert response.status_code == 403
        body = response.json()
        assert body["error"] == "forbidden" and body["message"].endswith(".") and "Traceback" not in response.text
    finally:
        bruno.close()
