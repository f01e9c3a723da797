"""Presence as colleagues see it: a chosen status counts only while connected."""
from rvops_contract.presence import shown_presence


def test_a_chosen_status_counts_only_while_connected():
    assert shown_presence("online", True) == "online"
    assert shown_presence("away", True) == "away"
    assert shown_presence("offline", True) == "offline"
    assert shown_presence("online", False) == "offline"  # app closed: offline whatever was chosen
    assert shown_presence("away", False) == "offline"
    assert shown_presence(None, True) == "offline"


def test_records_from_before_the_online_flag_keep_the_chosen_status():
    assert shown_presence("online", None) == "online"
    assert shown_presence("bogus", None) == "offline"
