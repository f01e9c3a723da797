"""Who sees which conversation: one rule, shared by the server's streams and the client."""
import pytest

from rvops_contract.permissions import can_see_conversation

AGENT = {"id": "u_ana", "role": "agent", "permissions": {}}
SUPERVISOR = {"id": "u_sup", "role": "supervisor", "permissions": {}}
GRANTED = {"id": "u_bia", "role": "agent", "permissions": {"see_all_conversations": True}}
REVOKED = {"id": "u_sup2", "role": "supervisor", "permissions": {"see_all_conversations": False}}


def conversation(assignee=None, status="open", team=None):
    return {"id": "cv", "assignee_id": assignee, "status": status, "team_id": team}


@pytest.mark.parametrize(("user", "conv", "teams", "seen"), [
    (AGENT, conversation("u_ana"), [], True),  # their own
    (AGENT, conversation("u_bruno"), [], False),  # a colleague's
    (AGENT, conversation(), [], True),  # the queue of everyone
    (AGENT, conversation(team="t_vendas"), ["t_vendas"], True),  # their team's queue
    (AGENT, conversation(team="t_suporte"), ["t_vendas"], False),  # another team's queue
    (AGENT, conversation(status="closed"), [], False),  # closed, unassigned
    (SUPERVISOR, conversation("u_bruno", status="closed"), [], True),
    (GRANTED, conversation("u_bruno"), [], True),  # granted see-all
    (REVOKED, conversation("u_bruno"), [], False),  # see-all revoked
])
def test_visibility_rule(user, conv, teams, seen):
    assert can_see_conversation(user, conv, teams) is seen


@pytest.mark.parametrize("user", [AGENT, SUPERVISOR, GRANTED, REVOKED])
def test_a_known_see_all_permission_gives_the_same_answers(user):
    from rvops_contract.permissions import Permission, has_permission
    sees_all = has_permission(user, Permission.SEE_ALL_CONVERSATIONS)
    for conv in (conversation("u_ana"), conversation("u_bruno"), conversation(), conversation(status="closed"),
                 conversation(team="t_x")):
        assert can_see_conversation(user, conv, [], sees_all=sees_all) is can_see_conversation(user, conv, [])


def test_conversations_go_to_active_agents_and_supervisors_only():
    """One rule for routing's candidates, the supervisor's agent list and the transfer picker (and the
    server's refusal of a transfer to anyone else)."""
    from rvops_contract.permissions import takes_conversations
    assert takes_conversations("agent") and takes_conversations("supervisor", True)
    assert takes_conversations("agent", None)  # a replica written before `active` was synced: active
    assert not takes_conversations("agent", False)  # deactivated
    assert not takes_conversations("admin") and not takes_conversations(None)
