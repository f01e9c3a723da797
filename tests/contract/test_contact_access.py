"""Who may see (and so change) a contact, change its phone, see a call, read a hidden note:
one rule each, shared by the server and the client."""
import pytest

from rvops_contract.permissions import Permission, can_change_phone, can_read_note, can_see_call, can_see_contact, \
    has_permission

ANA = {"id": "u_ana", "role": "agent", "permissions": {}}
CARLA = {"id": "u_carla", "role": "supervisor", "permissions": {}}
VIEWER = {"id": "u_vera", "role": "viewer", "permissions": {}}


def conv(assignee=None, status="open", team=None):
    return {"id": "cv", "assignee_id": assignee, "status": status, "team_id": team}


@pytest.mark.parametrize(("user", "owner", "conversations", "teams", "seen"), [
    (ANA, None, [conv("u_ana")], [], True),  # she serves it
    (ANA, None, [conv("u_ana", status="closed")], [], True),  # she served it
    (ANA, "u_ana", [], [], True),  # she owns it
    (ANA, None, [conv("u_bruno")], [], False),  # bruno's customer
    (ANA, "u_bruno", [conv("u_bruno", status="closed")], [], False),
    (ANA, None, [], [], False),  # nobody's, never in a conversation
    (ANA, None, [conv(team="t_vendas")], ["t_vendas"], True),  # in her team's queue
    (ANA, None, [conv(team="t_suporte")], ["t_vendas"], False),  # in another team's queue
    (CARLA, "u_bruno", [conv("u_bruno")], [], True),  # see-all
])
def test_contact_visibility(user, owner, conversations, teams, seen):
    contact = {"id": "c", "owner_id": owner}
    assert can_see_contact(user, contact, conversations, teams) is seen
    sees_all = has_permission(user, Permission.SEE_ALL_CONVERSATIONS)
    assert can_see_contact(user, contact, conversations, teams, sees_all=sees_all) is seen


@pytest.mark.parametrize(("user", "conversations", "allowed"), [
    (ANA, [], True),
    (ANA, [conv("u_ana", status="closed")], True),
    (ANA, [conv("u_ana")], False),  # open: the reply address is fixed
    (ANA, [conv("u_ana", status="closed"), conv(None)], False),
    (CARLA, [conv("u_ana")], True),  # see-all may correct it
])
def test_phone_change_rule(user, conversations, allowed):
    assert can_change_phone(user, conversations) is allowed


@pytest.mark.parametrize(("user", "agent", "conversation", "seen"), [
    (ANA, "u_ana", None, True),
    (ANA, "u_bruno", None, False),
    (ANA, "u_bruno", conv("u_ana"), True),  # a colleague's call in her conversation
    (ANA, "u_bruno", conv("u_bruno"), False),
    (CARLA, "u_bruno", None, True),
    (VIEWER, "u_bruno", conv("u_bruno"), False),
])
def test_call_visibility(user, agent, conversation, seen):
    assert can_see_call(user, {"agent_id": agent}, conversation, []) is seen


@pytest.mark.parametrize(("user", "author", "conversation", "teams", "readable"), [
    (ANA, "u_ana", conv("u_bruno", status="closed", team="t_suporte"), [], True),  # her own note
    (ANA, "u_bruno", conv("u_ana", status="closed"), [], True),  # her conversation
    (ANA, "u_bruno", conv("u_bruno", status="closed", team="t_vendas"), ["t_vendas"], True),  # her team's
    (ANA, "u_carla", conv("u_carla", status="closed", team="t_suporte"), ["t_vendas"], False),  # another team's
    (ANA, "u_bruno", conv("u_bruno", status="closed"), ["t_vendas"], False),  # no team, not hers
    (CARLA, "u_ana", conv("u_ana", status="closed", team="t_vendas"), ["t_suporte"], True),  # see-all
])
def test_note_readability(user, author, conversation, teams, readable):
    assert can_read_note(user, {"author_id": author}, conversation, teams) is readable


def test_template_sync_is_for_supervisors_and_admins():
    allowed = {role: has_permission({"id": "x", "role": role}, Permission.SYNC_TEMPLATES)
               for role in ("admin", "supervisor", "agent", "viewer")}
    assert allowed == {"admin": True, "supervisor": True, "agent": False, "viewer": False}


@pytest.mark.parametrize(("user", "collection", "record", "contact", "conversations", "seen"), [
    (ANA, "deals", {"contact_id": "c", "owner_id": "u_bruno"}, {"id": "c", "owner_id": None}, [conv("u_bruno")],
     False),  # bruno's customer's deal
    (ANA, "deals", {"contact_id": "c", "owner_id": "u_ana"}, {"id": "c", "owner_id": None}, [conv("u_bruno")],
     True),  # her own deal
    (ANA, "tasks", {"contact_id": "c", "assignee_id": "u_ana"}, {"id": "c", "owner_id": None}, [], True),
    (ANA, "companies", {"contact_id": "c"}, {"id": "c", "owner_id": None}, [conv("u_ana")], True),
    (ANA, "companies", {"contact_id": "c"}, {"id": "c", "owner_id": None}, [], False),
    (ANA, "companies", {"contact_id": None}, None, [], True),  # linked to no contact
    (CARLA, "deals", {"contact_id": "c", "owner_id": "u_bruno"}, {"id": "c", "owner_id": None}, [], True),
])
def test_deal_company_task_visibility(user, collection, record, contact, conversations, seen):
    from rvops_contract.permissions import can_see_linked
    assert can_see_linked(user, collection, record, contact, conversations, []) is seen
