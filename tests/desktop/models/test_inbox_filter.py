"""The queue serves the customer who has waited longest; filters (unread, channel, team, waiting
longer than N min) and the sort live in `InboxFilters`, which `InboxModel` follows — offline,
from the replica, with insert/remove/move events and no sleeping: the clock is moved."""
from __future__ import annotations

from rvops_desktop.models import evented as ev
from rvops_desktop.models import InboxFilters, InboxModel, Sort, View, waiting_minutes, waiting_since
from rvops_desktop.models.inbox_filter import FiltersChanged

from .replica_factories import contact

# The clock (conftest) reads 2026-01-05 12:00 UTC.


def _queued(id, queued_at, *, channel="whatsapp", team_id=None, unread=0, contact_id=None, last=None):
    return {"id": id, "contact_id": contact_id or f"k_{id}", "channel": channel, "status": "open",
            "assignee_id": None, "team_id": team_id, "opened_at": "2026-01-05T09:00:00Z",
            "queued_at": queued_at, "last_message_at": last or queued_at, "unread": unread}


def _queue(replica, *conversations, cursor=1):
    contacts = [contact(c["contact_id"], name=c["id"].upper(), phone=None) for c in conversations]
    replica.apply_bootstrap({"cursor": cursor, "contacts": contacts, "conversations": list(conversations)})


def _ids(inbox):
    return [s.id for s in inbox]


def test_the_queue_puts_the_customer_waiting_longest_first(replica):
    # newest activity first would be c_recent, c_middle, c_oldest: the queue reverses it by wait
    _queue(replica, _queued("c_middle", "2026-01-05T11:40:00Z"),
           _queued("c_oldest", "2026-01-05T11:20:00Z", last="2026-01-05T11:58:00Z"),
           _queued("c_recent", "2026-01-05T11:55:00Z"))
    inbox = InboxModel(replica, View.queue())
    assert inbox.sort is Sort.OLDEST_WAITING
    assert _ids(inbox) == ["c_oldest", "c_middle", "c_recent"]
    # a new arrival waits least: it joins at the end, by an insert event (no reset)
    events = []
    inbox.events.connect(events.append)
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": "c_new",
                            "record": _queued("c_new", "2026-01-05T11:59:00Z", contact_id="k_c_new")}])
    assert _ids(inbox) == ["c_oldest", "c_middle", "c_recent", "c_new"]
    assert [type(e) for e in events] == [ev.Inserting, ev.Inserted] and events[0].index == 3
    inbox.close()


def test_other_views_keep_newest_activity_first(replica):
    _queue(replica, _queued("c_a", "2026-01-05T11:20:00Z", last="2026-01-05T11:58:00Z"),
           _queued("c_b", "2026-01-05T11:40:00Z", last="2026-01-05T11:41:00Z"))
    inbox = InboxModel(replica, View.all())
    assert inbox.sort is Sort.NEWEST_ACTIVITY and _ids(inbox) == ["c_a", "c_b"]
    inbox.close()


def test_waiting_is_counted_from_queued_at_and_only_while_nobody_has_it(replica, clock):
    _queue(replica, _queued("c1", "2026-01-05T11:48:00Z"),
           {**_queued("c2", "2026-01-05T11:00:00Z"), "assignee_id": "u1"},
           {**_queued("c3", None), "opened_at": "2026-01-05T11:30:00Z"})
    rows = {s.id: s for s in replica.store.conversation_summaries(["c1", "c2", "c3"])}
    assert waiting_minutes(rows["c1"], clock.now()) == 12
    assert waiting_since(rows["c2"]) is None and waiting_minutes(rows["c2"], clock.now()) is None
    assert waiting_minutes(rows["c3"], clock.now()) == 30  # not stamped: since it opened
    clock.advance(minutes=3, seconds=30)
    assert waiting_minutes(rows["c1"], clock.now()) == 15


def test_each_filter_narrows_the_view_and_clearing_brings_everything_back(replica):
    _queue(replica, _queued("c_wa", "2026-01-05T11:50:00Z", unread=2, team_id="t_sales"),
           _queued("c_ig", "2026-01-05T11:30:00Z", channel="instagram", team_id="t_support"),
           _queued("c_web", "2026-01-05T11:00:00Z", channel="webchat", unread=1))
    filters = InboxFilters()
    inbox = InboxModel(replica, View.all(), filters=filters)
    assert set(_ids(inbox)) == {"c_wa", "c_ig", "c_web"}
    filters.set_unread_only(True)
    assert set(_ids(inbox)) == {"c_wa", "c_web"}
    filters.set_unread_only(False)
    filters.set_channel("instagram")
    assert _ids(inbox) == ["c_ig"]
    filters.set_channel(None)
    filters.set_team("t_sales")
    assert _ids(inbox) == ["c_wa"]
    filters.set_team(None)
    filters.set_waiting_over(15)  # c_wa has waited 10 min
    assert set(_ids(inbox)) == {"c_ig", "c_web"}
    filters.set_channel("webchat")  # filters combine
    assert _ids(inbox) == ["c_web"]
    filters.clear()
    assert set(_ids(inbox)) == {"c_wa", "c_ig", "c_web"}
    inbox.close()


def test_a_filtered_view_follows_replica_changes(replica):
    _queue(replica, _queued("c1", "2026-01-05T11:50:00Z"), _queued("c2", "2026-01-05T11:40:00Z"))
    filters = InboxFilters()
    filters.set_unread_only(True)
    inbox = InboxModel(replica, View.queue(), filters=filters)
    assert _ids(inbox) == []
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": "c2",
                            "record": _queued("c2", "2026-01-05T11:40:00Z", unread=1, contact_id="k_c2")}])
    assert _ids(inbox) == ["c2"]
    replica.apply_changes([{"cursor": 3, "collection": "conversations", "op": "upsert", "id": "c2",
                            "record": _queued("c2", "2026-01-05T11:40:00Z", contact_id="k_c2")}])
    assert _ids(inbox) == []
    inbox.close()


def test_a_customer_who_comes_to_wait_long_enough_appears_as_time_passes(replica, clock):
    _queue(replica, _queued("c_long", "2026-01-05T11:00:00Z"), _queued("c_short", "2026-01-05T11:50:00Z"),
           {**_queued("c_taken", "2026-01-05T11:00:00Z"), "assignee_id": "u1"})
    filters = InboxFilters()
    filters.set_waiting_over(15)
    inbox = InboxModel(replica, View.all(), filters=filters)
    assert _ids(inbox) == ["c_long"]  # c_taken: nobody waits; c_short: 10 min
    events = []
    inbox.events.connect(events.append)
    clock.advance(minutes=5)
    assert inbox.tick() == 0 and _ids(inbox) == ["c_long"]  # exactly 15 min is not "longer than"
    clock.advance(seconds=1)
    assert inbox.tick() == 1
    assert set(_ids(inbox)) == {"c_long", "c_short"}
    assert [type(e) for e in events] == [ev.Inserting, ev.Inserted]  # inserted, no reset
    # claimed while held back: it is no longer waiting and never comes in
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "delete", "id": "c_short"}])
    clock.advance(hours=1)
    assert inbox.tick() == 0 and _ids(inbox) == ["c_long"]
    inbox.close()


def test_sort_is_chosen_per_view_and_only_a_real_change_reloads(replica):
    _queue(replica, _queued("c_old", "2026-01-05T11:00:00Z", last="2026-01-05T11:10:00Z"),
           _queued("c_new", "2026-01-05T11:50:00Z"))
    filters = InboxFilters()
    seen = []
    filters.events.connect(seen.append)
    inbox = InboxModel(replica, View.queue(), filters=filters)
    assert _ids(inbox) == ["c_old", "c_new"]
    filters.set_sort(View.queue(), Sort.OLDEST_WAITING)  # already so: nothing happens
    assert seen == []
    filters.set_sort(View.queue(), Sort.NEWEST_ACTIVITY)
    assert seen == [FiltersChanged(frozenset({"sort"}))]
    assert _ids(inbox) == ["c_new", "c_old"]
    inbox.set_view(View.all())
    assert inbox.sort is Sort.NEWEST_ACTIVITY
    filters.set_sort(View.all(), Sort.OLDEST_WAITING)
    assert _ids(inbox) == ["c_old", "c_new"]
    assert filters.sort_for(View.queue()) is Sort.NEWEST_ACTIVITY  # each view keeps its own
    filters.set_channel(None)  # no change, no event
    assert len(seen) == 2
    inbox.close()
