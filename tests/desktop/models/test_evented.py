"""Evented models: the events replay to exactly the model's list, which matches a brute-force
sort of the replica's rows after every random change (no hypothesis needed: seeded randomness)."""
from __future__ import annotations

import random
import unicodedata

import pytest

from rvops_desktop.models import (
    Changed,
    InboxModel,
    Inserted,
    Inserting,
    Moved,
    Moving,
    Removed,
    Removing,
    Reset,
    Resetting,
    ThreadModel,
    View,
    qt_move_destination,
)
from tests.desktop.models.replica_factories import contact, conversation, message

NAMES = ["Ana", "Álvaro", "ana", "Bruno", "Çelso", "Zé", "João", "Joao", "Érica", None]


class Shadow:
    """A list kept only from the events, checking each before/after pair as Qt would."""

    def __init__(self, model) -> None:
        self.model = model
        self.items = list(model)
        self.pending = None
        self.log = []
        model.events.connect(self.on_event)

    def on_event(self, event) -> None:
        self.log.append(type(event).__name__)
        match event:
            case Inserting() | Removing() | Moving() | Resetting():
                assert self.pending is None
                assert len(self.model) == len(self.items)  # the model has not changed yet
                self.pending = event
            case Inserted(index, items):
                assert self.pending == Inserting(index, len(items))
                self.items[index:index] = items
                self.pending = None
            case Removed(index, items):
                assert self.pending == Removing(index, len(items))
                assert [self.id(i) for i in self.items[index:index + len(items)]] == [
                    self.id(i) for i in items]
                del self.items[index:index + len(items)]
                self.pending = None
            case Moved(source, destination, item):
                assert self.pending == Moving(source, destination) and source != destination
                assert self.id(self.items[source]) == self.id(item)
                self.items.pop(source)
                self.items.insert(destination, item)
                self.pending = None
            case Changed(index, item, fields):
                assert self.pending is None and fields
                assert self.id(self.items[index]) == self.id(item)
                self.items[index] = item
            case Reset():
                self.items = list(self.model)
                self.pending = None
        assert len(self.items) == len(self.model) or self.pending is not None

    @staticmethod
    def id(item):
        return item.id


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text or "")
                   if not unicodedata.combining(c)).casefold()


def brute_inbox(conversations, contacts, user_id):
    rows = [c for c in conversations.values()
            if c["assignee_id"] == user_id and c["status"] == "open"]
    # newest activity first, then name, then id: sort by the tiebreakers, then stably by time
    rows.sort(key=lambda c: (fold(contacts[c["contact_id"]]["name"] or contacts[c["contact_id"]]
                                  ["phone"]), c["id"]))
    with_time = [c for c in rows if c["last_message_at"]]
    without = [c for c in rows if not c["last_message_at"]]
    with_time.sort(key=lambda c: c["last_message_at"], reverse=True)
    return [c["id"] for c in with_time + without]


def timestamp(rng):
    return f"2026-01-{rng.randint(1, 3):02d}T{rng.randint(0, 2):02d}:00:00Z"


@pytest.mark.parametrize("seed", range(8))
def test_inbox_model_matches_brute_force_after_random_changes(replica, seed):
    rng = random.Random(seed)
    contacts = {f"k{i}": contact(f"k{i}", rng.choice(NAMES), f"+55 11 9{i:04d}-0000")
                for i in range(6)}
    conversations = {}
    for i in range(15):
        conversations[f"c{i}"] = conversation(
            f"c{i}", contact_id=rng.choice(list(contacts)), assignee_id=rng.choice(["u1", "u2"]),
            last_message_at=rng.choice([timestamp(rng), None]), opened_at=None)
    replica.apply_bootstrap({"cursor": 1, "contacts": list(contacts.values()),
                             "conversations": list(conversations.values())})
    model = InboxModel(replica, View.mine(), user_id="u1")
    shadow = Shadow(model)
    assert [s.id for s in model] == brute_inbox(conversations, contacts, "u1")
    cursor = 1
    for _ in range(60):
        batch = []
        for _ in range(rng.choice([1, 1, 2, 5])):
            cursor += 1
            roll = rng.random()
            if roll < 0.15 and conversations:
                cid = rng.choice(list(conversations))
                del conversations[cid]
                batch.append({"cursor": cursor, "collection": "conversations", "op": "delete",
                              "id": cid})
            elif roll < 0.25:
                kid = rng.choice(list(contacts))
                contacts[kid] = {**contacts[kid], "name": rng.choice(NAMES)}
                batch.append({"cursor": cursor, "collection": "contacts", "op": "upsert",
                              "id": kid, "record": contacts[kid]})
            else:
                cid = f"c{rng.randint(0, 19)}"
                old = conversations.get(cid) or conversation(cid, opened_at=None)
                new = {**old, "contact_id": rng.choice(list(contacts)),
                       "last_message_at": rng.choice([timestamp(rng), old["last_message_at"], None]),
                       "assignee_id": rng.choice(["u1", "u1", "u2"]),
                       "status": rng.choice(["open", "open", "closed"]),
                       "unread": rng.randint(0, 2)}
                conversations[cid] = new
                batch.append({"cursor": cursor, "collection": "conversations", "op": "upsert",
                              "id": cid, "record": new})
        replica.apply_changes(batch)
        expected = brute_inbox(conversations, contacts, "u1")
        assert [s.id for s in model] == expected
        assert [s.id for s in shadow.items] == expected
        assert shadow.items == list(model)  # field values too, not only the order
    assert "Moved" in shadow.log and "Removed" in shadow.log and "Inserted" in shadow.log
    model.close()


def test_inbox_removals_are_batched_per_contiguous_run(replica):
    replica.apply_bootstrap({"cursor": 1, "contacts": [contact("k1")], "conversations": [
        conversation(f"c{i}", last_message_at=f"2026-01-05T10:00:{i:02d}Z") for i in range(6)]})
    model = InboxModel(replica, View.mine(), user_id="u1")
    events = []
    model.events.connect(events.append)
    order = [s.id for s in model]  # c5 c4 c3 c2 c1 c0
    assert order == ["c5", "c4", "c3", "c2", "c1", "c0"]
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": cid,
                            "record": conversation(cid, assignee_id="u2")}
                           for cid in ("c5", "c4", "c1")])
    assert [e for e in events if isinstance(e, Removing)] == [Removing(4, 1), Removing(0, 2)]
    assert [s.id for s in model] == ["c3", "c2", "c0"]


def test_inbox_move_and_change_events_carry_indices_and_fields(replica):
    replica.apply_bootstrap({"cursor": 1, "contacts": [contact("k1")], "conversations": [
        conversation("a", last_message_at="2026-01-05T10:00:03Z"),
        conversation("b", last_message_at="2026-01-05T10:00:02Z"),
        conversation("c", last_message_at="2026-01-05T10:00:01Z")]})
    model = InboxModel(replica, "mine", user_id="u1")
    events = []
    model.events.connect(events.append)
    newer = conversation("c", last_message_at="2026-01-05T11:00:00Z", last_message_preview="oi")
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": "c",
                            "record": newer}])
    assert events[0] == Moving(2, 0)
    assert isinstance(events[1], Moved) and (events[1].source, events[1].destination) == (2, 0)
    assert events[2].index == 0 and events[2].fields == {"last_message_at", "last_message_preview"}
    assert qt_move_destination(2, 0) == 0 and qt_move_destination(0, 2) == 3
    events.clear()
    replica.apply_changes([{"cursor": 3, "collection": "conversations", "op": "upsert", "id": "b",
                            "record": conversation("b", last_message_at="2026-01-05T10:00:02Z",
                                                   unread=4)}])
    assert events == [Changed(2, model[2], frozenset({"unread"}))]


def test_inbox_follows_optimistic_actions_and_a_bootstrap_resets(replica):
    from rvops_desktop.models import Effect
    replica.apply_bootstrap({"cursor": 1, "contacts": [contact("k1")],
                             "conversations": [conversation("c1"), conversation("c2")]})
    model = InboxModel(replica, View.mine(), user_id="u1")
    replica.outbox.enqueue("close", {"conversation_id": "c1"},
                           [Effect.update("conversations", "c1", {"status": "closed"})])
    assert [s.id for s in model] == ["c2"]
    events = []
    model.events.connect(events.append)
    replica.apply_bootstrap({"cursor": 5, "contacts": [contact("k1")],
                             "conversations": [conversation("c3")]})
    assert events == [Resetting(), Reset()]
    assert [s.id for s in model] == ["c3"]


def brute_thread(messages, conversation_id):
    rows = [m for m in messages.values() if m["conversation_id"] == conversation_id]
    return [m["id"] for m in sorted(rows, key=lambda m: (m["created_at"], m["id"]))]


@pytest.mark.parametrize("seed", range(6))
def test_thread_model_pages_and_live_changes_match_brute_force(replica, seed):
    rng = random.Random(seed)

    def at():
        return f"2026-01-05T10:{rng.randint(0, 59):02d}:00Z"

    messages = {f"m{i}": message(f"m{i}", rng.choice(["c1", "c2"]), created_at=at())
                for i in range(40)}
    replica.apply_bootstrap({"cursor": 1, "conversations": [conversation("c1")],
                             "messages": list(messages.values())})
    model = ThreadModel(replica, "c1", page_size=5)
    shadow = Shadow(model)
    full = brute_thread(messages, "c1")
    assert [m.id for m in model] == full[-5:]
    cursor, serial = 1, 100
    for step in range(50):
        if step % 7 == 3:
            model.load_older()
        else:
            cursor += 1
            roll = rng.random()
            if roll < 0.2 and messages:
                mid = rng.choice(list(messages))
                del messages[mid]
                change = {"op": "delete", "id": mid}
            elif roll < 0.5 and messages:
                mid = rng.choice(list(messages))
                messages[mid] = {**messages[mid], "status": rng.choice(["sent", "read"])}
                change = {"op": "upsert", "id": mid, "record": messages[mid]}
            else:
                serial += 1
                mid = f"m{serial}"
                messages[mid] = message(mid, rng.choice(["c1", "c2"]),
                                        created_at=rng.choice([at(), "2026-01-05T11:00:00Z"]))
                change = {"op": "upsert", "id": mid, "record": messages[mid]}
            replica.apply_changes([{"cursor": cursor, "collection": "messages", **change}])
        full = brute_thread(messages, "c1")
        shown = [m.id for m in model]
        assert [m.id for m in shadow.items] == shown
        # what is shown is a contiguous, up-to-date slice of the thread reaching its newest end
        if shown:
            start = full.index(shown[0])
            assert full[start:] == shown
            assert model.has_older == (start > 0)
        assert not model.has_newer
    while model.load_older():
        pass
    assert [m.id for m in model] == brute_thread(messages, "c1")
    model.close()


def test_thread_opens_around_a_hit_and_loads_newer(replica):
    messages = [message(f"m{i:02d}", created_at=f"2026-01-05T10:{i:02d}:00Z") for i in range(30)]
    replica.apply_bootstrap({"cursor": 1, "conversations": [conversation("c1")], "messages": messages})
    model = ThreadModel(replica, "c1", page_size=10, around="m10")
    assert [m.id for m in model] == [f"m{i:02d}" for i in range(5, 15)]
    assert model.has_older and model.has_newer
    # a brand-new message beyond the loaded range is not shown until the range reaches it
    replica.apply_changes([{"cursor": 2, "collection": "messages", "op": "upsert", "id": "new",
                            "record": message("new", created_at="2026-01-05T12:00:00Z")}])
    assert "new" not in model
    while model.load_newer():
        pass
    assert model[len(model) - 1].id == "new" and not model.has_newer


def test_thread_shows_queued_then_sent(replica):
    from rvops_desktop.models import Effect
    replica.apply_bootstrap({"cursor": 1, "conversations": [conversation("c1")],
                             "messages": [message("m1")]})
    model = ThreadModel(replica, "c1")
    events = []
    model.events.connect(events.append)
    pending = replica.outbox.enqueue(
        "send_message", {"conversation_id": "c1", "text": "oi", "message_id": "local"},
        [Effect.insert("messages", "local", message("local", text="oi", status="queued",
                                                    created_at="2026-01-05T12:00:00Z"),
                       keep_as_failed=True)])
    assert isinstance(events[-1], Inserted) and model[1].status == "queued"
    replica.outbox.refuse(pending.mutation_id, "window_closed", "A janela fechou.")
    assert events[-1] == Changed(1, model[1], frozenset({"status", "error_code", "error_text"}))
    assert model[1].error_text == "A janela fechou."
