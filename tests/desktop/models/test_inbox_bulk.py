"""The inbox's bulk load (performance path, issue 6): the store sorts a view by `inbox_sort_key`
(the activity first, the whole key only where activities tie) and `InboxModel` hands the list to
`SortedEventedList._reset(items, in_order=True)` without sorting again; the order, the rows and
every later event are those of the plain path (keys computed and sorted by the list itself)."""
from __future__ import annotations

import random

import pytest

from rvops_desktop.models import InboxModel, Replica, SortedEventedList, View, inbox_sort_key
from rvops_desktop.models.summaries import _bulk_sort_key
from tests.desktop.models.replica_factories import contact, conversation

NAMES = ["Ana", "Álvaro", "ana", "Bruno", "Çelso", "Zé", "João", "Joao", "Érica", "ÉRICA", "", None]
TIMES = [None, "2026-01-05T10:00:00Z", "2026-01-05T10:00:00Z", "2026-01-04T23:59:59Z",
         "2026-01-06T00:00:00Z"]


def seeded(replica: Replica, seed: int, rows: int = 60) -> None:
    rng = random.Random(seed)
    contacts = [contact(f"k{i}", rng.choice(NAMES), rng.choice([None, f"+55 11 9{i:04d}-0000"]))
                for i in range(rows // 2)]
    conversations = [conversation(f"c{i:03d}", contact_id=rng.choice([c["id"] for c in contacts] + ["gone"]),
                                  assignee_id=rng.choice(["u1", "u1", "u2", None]),
                                  status=rng.choice(["open", "open", "closed"]),
                                  team_id=rng.choice([None, "t1"]),
                                  last_message_at=rng.choice(TIMES),
                                  opened_at=rng.choice(TIMES), unread=rng.randint(0, 3),
                                  window_closed_by_provider=rng.choice([True, False, None]),
                                  channel=rng.choice(["whatsapp", "instagram", "webchat"]))
                     for i in range(rows)]
    rng.shuffle(conversations)
    replica.apply_bootstrap({"cursor": 1, "contacts": contacts, "conversations": conversations})


class Plain(SortedEventedList):
    """The list computing its own keys (the path every other list takes)."""

    sort_key = staticmethod(inbox_sort_key)


VIEWS = [View.mine(), View.queue(), View.team("t1"), View.closed(), View.all()]


@pytest.mark.parametrize("seed", range(6))
def test_store_order_is_inbox_sort_key_and_reset_in_order_gives_the_plain_order(replica, seed):
    seeded(replica, seed)
    for view in VIEWS:
        items = replica.store.conversations_for_view(view, "u1", ["t1"])
        keys = [inbox_sort_key(s) for s in items]
        assert keys == sorted(keys) and len(set(keys)) == len(keys)
        plain = Plain()
        plain._reset(reversed(items))  # computes its keys and sorts
        given = Plain()
        given._reset(list(reversed(items)), list(reversed(keys)))  # sorts by the keys given
        bulk = Plain()
        bulk._reset(items, in_order=True)
        assert list(bulk) == list(plain) == list(given) == items
        for n, summary in enumerate(items):
            assert bulk.index_of(summary.id) == n and bulk.get(summary.id) is summary


def test_inbox_order_breaks_ties_of_activity_by_name_then_id():
    from rvops_desktop.models.summaries import ConversationSummary, _inbox_order
    rng = random.Random(11)

    def summary(n):
        return ConversationSummary(f"c{n:03d}", None, rng.choice(NAMES), rng.choice([None, "+55 11"]),
                                   "whatsapp", "open", "u1", None, rng.choice(TIMES), None, None,
                                   rng.choice(TIMES), None, 0, False)
    items = [summary(n) for n in range(300)]
    assert _inbox_order(items) == sorted(items, key=inbox_sort_key)
    assert _inbox_order([]) == []


def test_reset_with_keys_sorts_by_the_keys_given():
    bulk = Plain()
    items = ["b", "c", "a"]
    bulk.item_id = staticmethod(lambda item: item)
    bulk.sort_key = staticmethod(lambda item: item)
    bulk._reset(items, [2, 3, 1])
    assert list(bulk) == ["a", "b", "c"] and bulk.index_of("c") == 2
    with pytest.raises(ValueError):
        bulk._reset(items, [1])


def test_bulk_sort_key_equals_inbox_sort_key_for_every_kind_of_name(replica):
    seeded(replica, 9)
    for summary in replica.store.conversations_for_view(View.all()):
        assert _bulk_sort_key(summary) == inbox_sort_key(summary)


def test_summaries_have_the_same_values_and_types_from_a_file_and_from_memory(replica, seed=5):
    seeded(replica, seed)
    memory = Replica.open(None)
    seeded(memory, seed)
    for view in VIEWS:
        from_file = replica.store.conversations_for_view(view, "u1", ["t1"])
        from_memory = memory.store.conversations_for_view(view, "u1", ["t1"])
        assert from_file == from_memory
        by_id = {s.id: s for s in replica.store.conversation_summaries([s.id for s in from_file])}
        assert [by_id[s.id] for s in from_file] == from_file  # the per-id query agrees
        for s in from_file:
            assert type(s.unread) is int and type(s.window_closed_by_provider) is bool
    memory.close()


def test_an_inbox_loaded_in_bulk_follows_changes_like_before(replica):
    seeded(replica, 2)
    model = InboxModel(replica, View.mine(), user_id="u1")
    ids = [s.id for s in model]
    moved = ids[-1]
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": moved,
                            "record": conversation(moved, contact_id="k1",
                                                   last_message_at="2027-01-01T00:00:00Z")}])
    assert model[0].id == moved and model.index_of(moved) == 0
    assert [s.id for s in model] == [s.id for s in replica.store.conversations_for_view(View.mine(), "u1")]
    model.close()


@pytest.mark.parametrize("seed", range(3))
def test_unread_counts_are_the_unread_summaries_of_each_view(replica, seed):
    seeded(replica, seed)
    views = [*VIEWS, View.search("whatever")]
    counts = replica.store.unread_counts(views, "u1", ["t1"])
    for view in views:
        expected = sum(1 for s in replica.store.conversations_for_view(view, "u1", ["t1"]) if s.unread)
        assert counts[view] == expected
    memory = Replica.open(None)
    seeded(memory, seed)
    assert memory.store.unread_counts(views, "u1", ["t1"]) == counts
    memory.close()


@pytest.mark.parametrize("seed", range(3))
def test_conversation_ids_for_view_are_the_ids_of_its_summaries(replica, seed):
    seeded(replica, seed)
    for view in [*VIEWS, View.search("whatever")]:
        assert replica.store.conversation_ids_for_view(view, "u1", ["t1"]) == {
            s.id for s in replica.store.conversations_for_view(view, "u1", ["t1"])}
