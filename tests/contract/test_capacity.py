"""An agent's capacity (rvops_contract/capacity.py), the one rule routing and the dashboard share."""
from rvops_contract.capacity import has_room


def test_below_capacity_has_room_at_capacity_none_and_no_limit_always():
    assert has_room(1, 2) and not has_room(2, 2) and not has_room(3, 2)
    assert has_room(0, 1) and has_room(500, None)
