"""Snoozed conversations (issue 15 #16) are away from Mine until their time, shown in Snoozed
meanwhile, and come back by an insert event when the clock passes it — or at once when the
server wakes them (the customer wrote). The clock is moved, nothing sleeps."""
from __future__ import annotations

from rvops_desktop.models import evented as ev
from rvops_desktop.models import InboxFilters, InboxModel, View

from .replica_factories import contact

# The clock (conftest) reads 2026-01-05 12:00 UTC.


def _mine(id, *, snoozed_until=None, last="2026-01-05T11:00:00Z", channel="whatsapp"):
    return {"id": id, "contact_id": f"k_{id}", "channel": channel, "status": "open", "assignee_id": "u1",
            "opened_at": "2026-01-05T09:00:00Z", "last_message_at": last, "unread": 0,
            "snoozed_until": snoozed_until}


def _load(replica, *conversations):
    replica.apply_bootstrap({"cursor": 1, "contacts": [contact(c["contact_id"], name=c["id"]) for c in conversations],
                             "conversations": list(conversations)})


def _ids(inbox):
    return [s.id for s in inbox]


def test_a_snoozed_conversation_is_away_from_mine_until_its_time_then_comes_back(replica, clock):
    _load(replica, _mine("c_awake"), _mine("c_asleep", snoozed_until="2026-01-05T13:00:00Z"),
          _mine("c_overslept", snoozed_until="2026-01-05T11:30:00Z"))   # its time already passed
    mine, snoozed = InboxModel(replica, View.mine(), "u1"), InboxModel(replica, View.snoozed(), "u1")
    assert set(_ids(mine)) == {"c_awake", "c_overslept"} and _ids(snoozed) == ["c_asleep"]
    events = []
    mine.events.connect(events.append)
    clock.advance(minutes=59)
    assert mine.tick() == 0 and snoozed.tick() == 0 and _ids(snoozed) == ["c_asleep"]
    clock.advance(minutes=1)
    assert mine.tick() == 1 and "c_asleep" in _ids(mine)
    assert [type(e) for e in events] == [ev.Inserting, ev.Inserted]     # no reset under the agent
    snoozed.tick()
    assert _ids(snoozed) == []
    mine.close()
    snoozed.close()


def test_snoozing_takes_it_away_at_once_and_a_wake_from_the_server_brings_it_back(replica):
    _load(replica, _mine("c1"), _mine("c2"))
    mine, snoozed = InboxModel(replica, View.mine(), "u1"), InboxModel(replica, View.snoozed(), "u1")
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": "c1",
                            "record": _mine("c1", snoozed_until="2026-01-06T09:00:00Z")}])
    assert _ids(mine) == ["c2"] and _ids(snoozed) == ["c1"]
    replica.apply_changes([{"cursor": 3, "collection": "conversations", "op": "upsert", "id": "c1",
                            "record": _mine("c1", last="2026-01-05T11:59:00Z")}])   # the customer wrote
    assert _ids(mine) == ["c1", "c2"] and _ids(snoozed) == []
    mine.close()
    snoozed.close()


def test_filters_and_snooze_hold_back_together(replica, clock):
    _load(replica, _mine("c_wa", snoozed_until="2026-01-05T12:10:00Z"),
          _mine("c_ig", snoozed_until="2026-01-05T12:10:00Z", channel="instagram"))
    filters = InboxFilters()
    filters.set_channel("whatsapp")
    mine = InboxModel(replica, View.mine(), "u1", filters=filters)
    assert _ids(mine) == []
    clock.advance(minutes=10)
    assert mine.tick() == 1 and _ids(mine) == ["c_wa"]                  # the Instagram one stays filtered out
    mine.close()
