"""Who may administer whom, and who counts as the workspace's administrator: one rule each,
shared by the server's mutations and the client's settings screens."""
import pytest

from rvops_contract.permissions import counts_as_admin, may_administer

ADMIN = {"id": "u_admin", "role": "admin", "permissions": {}}
SUPERVISOR = {"id": "u_carla", "role": "supervisor", "permissions": {}}
MANAGING_SUPERVISOR = {"id": "u_carla", "role": "supervisor", "permissions": {"manage_users": True}}
AGENT = {"id": "u_ana", "role": "agent", "permissions": {}}


@pytest.mark.parametrize(("actor", "user", "allowed"), [
    (ADMIN, AGENT, True),
    (ADMIN, {**ADMIN, "id": "u_other"}, True),
    (MANAGING_SUPERVISOR, AGENT, True),
    (MANAGING_SUPERVISOR, SUPERVISOR, True),
    (MANAGING_SUPERVISOR, MANAGING_SUPERVISOR, True),
    (MANAGING_SUPERVISOR, ADMIN, False),  # only an admin makes or changes an admin
    (MANAGING_SUPERVISOR, {**AGENT, "permissions": {"sync_templates": True}}, True),  # a supervisor holds it
    ({**MANAGING_SUPERVISOR, "permissions": {"manage_users": True, "sync_templates": False}},
     {**AGENT, "permissions": {"sync_templates": True}}, False),  # more than the actor holds
    ({**ADMIN, "permissions": {"transfer": False}}, AGENT, False),  # an admin without a flag cannot give it
])
def test_nobody_hands_out_more_than_they_hold(actor, user, allowed):
    assert may_administer(actor, user) is allowed


@pytest.mark.parametrize(("user", "admin"), [
    (ADMIN, True),
    ({**ADMIN, "active": True}, True),
    ({**ADMIN, "active": False}, False),  # deactivated
    ({**ADMIN, "permissions": {"manage_users": False}}, False),  # cannot manage users any more
    (MANAGING_SUPERVISOR, False),
    (AGENT, False),
])
def test_who_counts_as_an_administrator(user, admin):
    assert counts_as_admin(user) is admin
