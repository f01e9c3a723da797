"""Applying server data: bootstrap, deltas, and the cursor that advances only with them."""
from __future__ import annotations

import pytest

from rvops_desktop.models import apply as apply_module
from tests.desktop.models.replica_factories import contact, conversation, message, snapshot


def change(cursor, collection, id, record=None, op="upsert"):
    return {"cursor": cursor, "collection": collection, "op": op, "id": id,
            "record": None if op == "delete" else {"id": id, **(record or {})}}


def test_bootstrap_stores_rows_extra_fields_unknown_collections_and_cursor(replica):
    replica.apply_bootstrap(snapshot(
        contacts=[contact("k1", nickname="Jo")],
        gadgets=[{"id": "g1", "size": 3}]))
    assert replica.cursor == 10
    stored = replica.store.contact("k1")
    assert stored.name == "João Silva" and stored.extra == {"nickname": "Jo"}
    with replica.read() as conn:
        assert apply_module.other_records(conn, "gadgets") == [{"id": "g1", "size": 3}]
    assert [m.id for m in replica.store.messages_page("c1")] == ["m1"]


def test_rebootstrap_replaces_collections_it_carries_and_keeps_the_others(replica):
    replica.apply_bootstrap(snapshot(snippets=[{"id": "s1", "shortcut": "oi", "title": "Oi",
                                                "body": "Olá!"}]))
    replica.apply_bootstrap({"cursor": 20, "messages": [message("m2")]})
    assert [m.id for m in replica.store.messages_page("c1")] == ["m2"]
    assert [s.id for s in replica.store.snippets()] == ["s1"]
    assert replica.cursor == 20


def test_changes_upsert_replace_and_delete_in_order(replica):
    replica.apply_bootstrap(snapshot())
    result = replica.apply_changes([
        change(11, "messages", "m2", message("m2", text="first")),
        change(12, "messages", "m2", message("m2", text="second")),
        change(13, "messages", "m1", op="delete"),
        change(14, "conversations", "c1", conversation("c1", status="closed")),
    ])
    assert result.cursor == 14 and result.applied == 4
    assert [(m.id, m.text) for m in replica.store.messages_page("c1")] == [("m2", "second")]
    assert replica.store.conversation("c1").status == "closed"
    assert replica.cursor == 14


def test_changes_at_or_below_the_cursor_are_skipped(replica):
    replica.apply_bootstrap(snapshot())
    replica.apply_changes([change(11, "messages", "m2", message("m2", text="new"))])
    result = replica.apply_changes([change(9, "messages", "m2", message("m2", text="stale")),
                                    change(11, "messages", "m2", message("m2", text="replay"))])
    assert result.skipped == 2 and result.applied == 0
    assert replica.store.message("m2").text == "new"


def test_cursor_does_not_advance_when_applying_fails(replica, monkeypatch):
    replica.apply_bootstrap(snapshot())
    broken = [change(11, "messages", "m2", message("m2")),
              {"cursor": 12, "collection": "messages", "op": "explode", "id": "m3", "record": {}}]
    with pytest.raises(ValueError):
        replica.apply_changes(broken)
    assert replica.cursor == 10
    assert replica.store.message("m2") is None  # the first change was rolled back too


def test_cursor_does_not_advance_when_the_commit_is_interrupted(replica, monkeypatch):
    replica.apply_bootstrap(snapshot())
    original = apply_module._set_cursor

    def crash(conn, cursor):
        original(conn, cursor)
        raise RuntimeError("power cut")

    monkeypatch.setattr(apply_module, "_set_cursor", crash)
    with pytest.raises(RuntimeError):
        replica.apply_changes([change(11, "messages", "m2", message("m2"))])
    monkeypatch.undo()
    assert replica.cursor == 10 and replica.store.message("m2") is None


def test_explicit_cursor_advances_even_without_changes(replica):
    replica.apply_bootstrap(snapshot())
    assert replica.apply_changes([], cursor=42).cursor == 42
    assert replica.cursor == 42


def test_listeners_hear_after_commit_only(replica):
    replica.apply_bootstrap(snapshot())
    heard = []
    replica.subscribe(lambda change: heard.append((change.touched("messages"), replica.cursor)))
    replica.apply_changes([change(11, "messages", "m2", message("m2"))])
    assert heard == [({"m2"}, 11)]  # the listener already reads the committed cursor
    with pytest.raises(ValueError):
        replica.apply_changes([{"cursor": 12, "collection": "messages", "op": "bad", "id": "x"}])
    assert len(heard) == 1


def test_replica_uses_wal(replica):
    with replica.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_bootstrap_streams_iterables_in_chunks_and_deletes_what_is_gone(replica, monkeypatch):
    monkeypatch.setattr(apply_module, "BOOTSTRAP_CHUNK", 2)
    replica.apply_bootstrap({"cursor": 1, "messages": (message(f"m{i}") for i in range(5))})
    replica.apply_bootstrap({"cursor": 2, "messages": (message(f"m{i}") for i in range(1, 4))})
    with replica.read() as conn:
        assert [r for (r,) in conn.exec_driver_sql("SELECT id FROM messages ORDER BY id")] == [
            "m1", "m2", "m3"]


def test_changes_to_one_row_coalesce_to_its_last_change(replica):
    replica.apply_bootstrap(snapshot())
    replica.apply_changes([
        change(11, "messages", "a", message("a")), change(12, "messages", "a", op="delete"),
        change(13, "messages", "b", op="delete"), change(14, "messages", "b", message("b", text="x")),
        change(15, "gadgets", "g", {"size": 1}), change(16, "gadgets", "g", op="delete")])
    assert replica.store.message("a") is None and replica.store.message("b").text == "x"
    with replica.read() as conn:
        assert apply_module.other_records(conn, "gadgets") == []
    assert replica.cursor == 16


def test_optimize_keeps_search_and_data(replica):
    replica.apply_bootstrap(snapshot())
    replica.optimize()
    assert [h.message_id for h in replica.store.search("hello")] == ["m1"]
    assert replica.cursor == 10


def test_a_conversation_deleted_by_the_server_takes_its_history_with_it(replica):
    replica.apply_bootstrap(snapshot(
        conversations=[conversation("c1"), conversation("c2")],
        messages=[message("m1", "c1"), message("m2", "c1"), message("m3", "c2")]))
    replica.apply_changes([change(11, "conversations", "c1", op="delete")])
    assert replica.store.messages_page("c1") == []
    assert [m.id for m in replica.store.messages_page("c2")] == ["m3"]


def test_history_re_announced_in_the_same_batch_survives_the_delete(replica):
    replica.apply_bootstrap(snapshot(conversations=[conversation("c1")], messages=[message("m1", "c1")]))
    replica.apply_changes([change(11, "conversations", "c1", op="delete"),
                           change(12, "conversations", "c1", conversation("c1")),
                           change(13, "messages", "m1", message("m1", "c1", text="again"))])
    assert [m.text for m in replica.store.messages_page("c1")] == ["again"]


def test_own_drafts_outlive_a_conversation_the_server_takes_away(replica):
    replica.apply_bootstrap(snapshot(conversations=[conversation("c1")],
                                     messages=[message("m1", "c1"), message("m2", "c1", status="failed"),
                                               message("m3", "c1", status="queued")]))
    replica.apply_changes([change(11, "conversations", "c1", op="delete")])
    assert sorted(m.id for m in replica.store.messages_page("c1")) == ["m2", "m3"]
