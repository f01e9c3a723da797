"""The outbox: optimistic effects and the mutation are one transaction; resolution rules."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from pydantic import ValidationError

from rvops_desktop.models import Effect, Replica
from rvops_desktop.models import outbox as outbox_module
from tests.desktop.models.replica_factories import contact, conversation, message, snapshot


def send(replica, message_id, text="Oi!", conversation_id="c1"):
    return replica.outbox.enqueue(
        "send_message", {"conversation_id": conversation_id, "text": text, "message_id": message_id},
        [Effect.insert("messages", message_id, {
            "conversation_id": conversation_id, "direction": "outbound", "kind": "text",
            "text": text, "status": "queued", "created_at": "2026-01-05T12:00:00Z"},
            keep_as_failed=True),
         Effect.update("conversations", conversation_id, {"last_message_preview": text})])


def close(replica, conversation_id="c1"):
    return replica.outbox.enqueue("close", {"conversation_id": conversation_id}, [
        Effect.update("conversations", conversation_id, {"status": "closed", "closed_by": "u1"})])


def test_enqueue_writes_effects_and_queues_fifo(replica):
    replica.apply_bootstrap(snapshot())
    first = send(replica, "local-1", "one")
    second = close(replica)
    assert replica.store.message("local-1").status == "queued"
    assert replica.store.conversation("c1").status == "closed"
    assert [p.mutation_id for p in replica.outbox.peek()] == [first.mutation_id, second.mutation_id]
    assert replica.outbox.peek()[0].to_wire() == {
        "mutation_id": first.mutation_id, "type": "send_message",
        "args": {"conversation_id": "c1", "text": "one", "message_id": "local-1"}}
    assert replica.outbox.pending_count() == 2


def test_malformed_mutations_never_reach_the_disk(replica):
    replica.apply_bootstrap(snapshot())
    with pytest.raises(ValidationError):
        replica.outbox.enqueue("close", {"conversation": "c1"})
    with pytest.raises(ValueError):
        replica.outbox.enqueue("close", {"conversation_id": "c1"},
                               [Effect.update("conversations", "c1", {"colour": "red"})])
    assert replica.outbox.pending_count() == 0


def test_an_exception_between_effects_and_outbox_leaves_neither(replica, monkeypatch):
    replica.apply_bootstrap(snapshot())
    original = outbox_module._write
    calls = []

    def write_then_fail(conn, collection, row_id, record):
        original(conn, collection, row_id, record)
        calls.append(row_id)
        if len(calls) == 2:  # the message is written, the conversation effect crashes
            raise RuntimeError("disk full")

    monkeypatch.setattr(outbox_module, "_write", write_then_fail)
    with pytest.raises(RuntimeError):
        send(replica, "local-1")
    monkeypatch.undo()
    assert replica.outbox.pending_count() == 0
    assert replica.store.message("local-1") is None
    assert replica.store.conversation("c1").last_message_preview is None


def test_a_process_killed_mid_enqueue_leaves_neither(tmp_path):
    path = tmp_path / "replica.sqlite3"
    seeded = Replica.open(path)
    seeded.apply_bootstrap(snapshot())
    seeded.close()
    child = textwrap.dedent(f"""
        import os
        from rvops_desktop.models import Effect, Replica
        from rvops_desktop.models import outbox
        original = outbox._write
        def write_then_die(*args):
            original(*args)
            os._exit(9)  # killed after the replica write, before the transaction ends
        outbox._write = write_then_die
        replica = Replica.open({str(path)!r})
        replica.outbox.enqueue("send_message", {{"conversation_id": "c1", "text": "x",
                               "message_id": "local-1"}},
                               [Effect.insert("messages", "local-1", {{"text": "x"}})])
    """)
    done = subprocess.run([sys.executable, "-c", child], check=False, timeout=60)
    assert done.returncode == 9
    reopened = Replica.open(path)
    try:
        assert reopened.outbox.pending_count() == 0
        assert reopened.store.message("local-1") is None
    finally:
        reopened.close()


def test_accept_keeps_the_optimistic_row_until_the_server_change_arrives(replica):
    replica.apply_bootstrap(snapshot())
    pending = send(replica, "local-1")
    assert replica.outbox.accept(pending.mutation_id) is True
    assert replica.outbox.accept(pending.mutation_id) is False  # idempotent
    assert replica.outbox.pending_count() == 0
    assert replica.store.message("local-1").status == "queued"
    replica.apply_changes([{"cursor": 11, "collection": "messages", "op": "upsert", "id": "local-1",
                            "record": message("local-1", text="Oi!", status="sent")}])
    assert replica.store.message("local-1").status == "sent"


def rename(replica, name, contact_id="k1"):
    return replica.outbox.enqueue("update_contact", {"contact_id": contact_id, "fields": {"name": name}},
                                  [Effect.update("contacts", contact_id, {"name": name})])


def test_accept_whose_change_already_arrived_keeps_what_the_server_applied_after_it(replica):
    replica.apply_bootstrap(snapshot())  # cursor 10
    pending = rename(replica, "Mine")
    # our edit became change 11 and someone else's edit of the same field change 12; the stream
    # brings both before the POST's answer does
    replica.apply_changes([
        {"cursor": 11, "collection": "contacts", "op": "upsert", "id": "k1", "record": contact("k1", "Mine")},
        {"cursor": 12, "collection": "contacts", "op": "upsert", "id": "k1", "record": contact("k1", "Theirs")}])
    assert replica.store.contact("k1").name == "Mine"  # still pending: shown optimistically
    replica.outbox.resolve([{"mutation_id": pending.mutation_id, "status": "accepted", "cursor": 11}])
    assert replica.store.contact("k1").name == "Theirs"  # the server's order, not ours re-applied


def test_accept_before_its_change_arrives_keeps_the_edit_until_the_change_replaces_it(replica):
    replica.apply_bootstrap(snapshot())
    pending = rename(replica, "Mine")
    replica.outbox.resolve([{"mutation_id": pending.mutation_id, "status": "accepted", "cursor": 11}])
    assert replica.store.contact("k1").name == "Mine"  # no flicker back to the old name
    replica.apply_changes([
        {"cursor": 11, "collection": "contacts", "op": "upsert", "id": "k1", "record": contact("k1", "Mine")},
        {"cursor": 12, "collection": "contacts", "op": "upsert", "id": "k1", "record": contact("k1", "Theirs")}])
    assert replica.store.contact("k1").name == "Theirs"


def test_accept_that_changed_nothing_shows_the_servers_row(replica):
    replica.apply_bootstrap(snapshot(conversations=[conversation("c1", unread=2)]))
    pending = replica.outbox.enqueue("mark_read", {"conversation_id": "c1"},
                                     [Effect.update("conversations", "c1", {"unread": 0})])
    assert replica.store.conversation("c1").unread == 0
    # e.g. a supervisor reading someone else's conversation: accepted, but the count is the assignee's
    replica.outbox.resolve([{"mutation_id": pending.mutation_id, "status": "accepted", "cursor": 0}])
    assert replica.store.conversation("c1").unread == 2


def test_server_upsert_of_a_pending_message_keeps_it_queued_until_resolved(replica):
    replica.apply_bootstrap(snapshot())
    pending = send(replica, "local-1")
    replica.apply_changes([{"cursor": 11, "collection": "messages", "op": "upsert", "id": "local-1",
                            "record": message("local-1", text="Oi!", status="sent",
                                              provider_id="wamid.1")}])
    shown = replica.store.message("local-1")
    assert shown.status == "queued" and shown.provider_id == "wamid.1"
    replica.outbox.accept(pending.mutation_id)
    assert replica.store.message("local-1").status == "sent"  # the server's row wins now


def test_server_update_under_a_pending_patch_keeps_the_patch(replica):
    replica.apply_bootstrap(snapshot())
    pending = close(replica)
    replica.apply_changes([{"cursor": 11, "collection": "conversations", "op": "upsert", "id": "c1",
                            "record": conversation("c1", unread=3)}])
    shown = replica.store.conversation("c1")
    assert (shown.status, shown.unread) == ("closed", 3)
    replica.outbox.refuse(pending.mutation_id, "forbidden", "Você não pode fechar esta conversa.")
    shown = replica.store.conversation("c1")
    assert (shown.status, shown.unread) == ("open", 3)  # rolled back to the server's latest


def test_refusal_marks_the_message_failed_and_is_recorded(replica):
    replica.apply_bootstrap(snapshot())
    pending = send(replica, "local-1")
    replica.outbox.resolve([{"mutation_id": pending.mutation_id, "status": "refused",
                             "reason": "window_closed", "message": "A janela de 24 horas fechou."}])
    failed = replica.store.message("local-1")
    assert (failed.status, failed.error_code, failed.error_text, failed.text) == (
        "failed", "window_closed", "A janela de 24 horas fechou.", "Oi!")
    assert replica.store.conversation("c1").last_message_preview is None  # restored
    [refusal] = replica.outbox.refusals()
    assert refusal.reason == "window_closed" and ("messages", "local-1") in refusal.targets
    assert replica.outbox.pending_count() == 0


def test_refusing_one_of_two_patches_keeps_the_other(replica):
    replica.apply_bootstrap(snapshot())
    first = replica.outbox.enqueue("mark_read", {"conversation_id": "c1"},
                                   [Effect.update("conversations", "c1", {"unread": 0})])
    close(replica)
    replica.outbox.refuse(first.mutation_id, "conflict", "x")
    assert replica.store.conversation("c1").status == "closed"


def test_rebootstrap_keeps_rows_with_pending_effects(replica):
    replica.apply_bootstrap(snapshot())
    send(replica, "local-1")
    replica.apply_bootstrap(snapshot(cursor=50))
    assert replica.store.message("local-1").status == "queued"
    assert replica.outbox.pending_count() == 1


def test_effects_on_collections_that_do_not_exist_are_refused():
    with pytest.raises(ValueError):
        Effect.insert("conversations", "c1", {}, keep_as_failed=True)
    with pytest.raises(ValueError):
        Effect.update("planets", "p1", {}).check()
