"""Issue 14, cold start: a big inbox view is read in steps — the first rows before the window's
first paint, the rest a chunk per turn — and ends exactly as one whole read would, whatever
commits land in between."""
from __future__ import annotations

import pytest

from rvops_desktop.models import InboxModel, Replica, View
from rvops_desktop.models import evented as ev
from rvops_desktop.models.evented import SortedEventedList
from rvops_desktop.models.view_scan import ViewScan

ROWS = 60


def _moment(n: int) -> str:
    # every third pair of rows shares its moment: runs of equal activity straddle chunk edges
    return f"2026-01-0{1 + (n // 2) % 4}T{(n // 2) % 24:02d}:{(n // 2) % 60:02d}:00Z"


def _conversation(n: int, **changed) -> dict:
    return {"id": f"c{n}", "contact_id": f"k{n}", "channel": "whatsapp", "status": "open", "assignee_id": "u1",
            "opened_at": "2026-01-01T00:00:00Z", "unread": n % 3, "last_message_at": _moment(n), **changed}


def _workspace(rows: int = ROWS) -> dict:
    return {"cursor": 1,
            "contacts": [{"id": f"k{n}", "name": f"Cliente {n:03d}", "phone": f"+5511{n:08d}"} for n in range(rows)],
            "conversations": [_conversation(n) for n in range(rows)]}


def _commit(replica, *records: dict) -> None:
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": r["id"], "record": r}
                           for r in records])


@pytest.fixture
def replica(tmp_path):
    replica = Replica.open(tmp_path / "replica.sqlite3")
    replica.apply_bootstrap(_workspace())
    yield replica
    replica.close()


def _ids(rows) -> list[str]:
    return [r.id for r in rows]


def test_chunks_in_turn_are_the_whole_view_in_inbox_order_and_never_split_a_moment(replica):
    whole = replica.store.conversations_for_view(View.mine(), "u1")
    scan = ViewScan(replica.store, View.mine(), "u1", ())
    chunks = []
    while not scan.done:
        chunks.append(scan.next_chunk(7))
    assert _ids(r for chunk in chunks for r in chunk) == _ids(whole)
    assert chunks[-1] == [] or scan.done
    for before, after in zip(chunks, chunks[1:], strict=False):
        if before and after:
            assert before[-1].last_activity != after[0].last_activity
    assert any(len(chunk) > 7 for chunk in chunks)         # a run of one moment made a chunk longer
    assert scan.next_chunk(7) == []


def test_a_view_read_in_steps_grows_at_its_end_and_ends_as_a_whole_read(replica):
    whole = _ids(replica.store.conversations_for_view(View.mine(), "u1"))
    inbox = InboxModel(replica, View.mine(), user_id="u1", first_rows=10)
    assert inbox.partial and 10 <= len(inbox) < ROWS
    assert _ids(inbox) == whole[:len(inbox)]
    events: list[object] = []
    inbox.events.connect(events.append)
    rows = len(inbox)
    while inbox.load_more(9):
        pass
    assert not inbox.partial and _ids(inbox) == whole
    assert not any(isinstance(e, (ev.Reset, ev.Resetting, ev.Moved, ev.Removed)) for e in events)
    for inserted in (e for e in events if isinstance(e, ev.Inserted)):   # each chunk after the last row
        assert inserted.index == rows
        rows += len(inserted.items)
    assert rows == ROWS
    inbox.close()


def test_commits_while_partial_are_taken_as_they_left_the_rows_and_nothing_is_doubled(replica):
    inbox = InboxModel(replica, View.mine(), user_id="u1", first_rows=10)
    not_read = _ids(replica.store.conversations_for_view(View.mine(), "u1"))[20:]
    moved, closed, renamed = (int(i[1:]) for i in (not_read[-1], not_read[-2], not_read[-3]))
    _commit(replica, _conversation(moved, last_message_at="2026-02-01T00:00:00Z", last_message_preview="oi"),
            _conversation(closed, status="closed"), _conversation(renamed, last_message_preview="novo texto"))
    assert _ids(inbox)[0] == f"c{moved}"                      # at the top at once, read from the commit
    assert f"c{renamed}" in inbox                             # placed where it belongs, before its chunk
    closed_id, renamed_id = f"c{closed}", f"c{renamed}"
    while inbox.load_more(8):
        pass
    fresh = InboxModel(replica, View.mine(), user_id="u1")
    assert _ids(inbox) == _ids(fresh)
    assert closed_id not in inbox and len(set(_ids(inbox))) == len(inbox) == ROWS - 1
    assert inbox.get(renamed_id).last_message_preview == "novo texto"
    inbox.close()
    fresh.close()


def test_only_a_file_replicas_plain_view_is_read_in_steps(replica, tmp_path):
    memory = Replica.open(None)
    memory.apply_bootstrap(_workspace())
    assert not InboxModel(memory, View.mine(), user_id="u1", first_rows=10).partial
    filtered = InboxModel(replica, View.mine(), user_id="u1", first_rows=10)
    assert filtered.partial
    filtered.filters.set_unread_only(True)                    # read anew, whole: filtered in Python
    assert not filtered.partial and len(filtered) == sum(1 for n in range(ROWS) if n % 3)
    searched = InboxModel(replica, View.search("Cliente"), user_id="u1", first_rows=10)
    assert not searched.partial
    switched = InboxModel(replica, View.mine(), user_id="u1", first_rows=10)
    switched.set_view(View.all())
    assert switched.partial and switched.load_more(1000) is False and len(switched) == ROWS
    for model in (filtered, searched, switched):
        model.close()


class Letters(SortedEventedList[str]):
    @staticmethod
    def item_id(item: str) -> str:
        return item

    sort_key = staticmethod(lambda item: item)


def test_rows_inserted_sorted_land_in_one_event_per_place():
    letters = Letters()
    letters._reset(["b", "d"])
    events: list[object] = []
    letters.events.connect(events.append)
    letters._insert_sorted(["a", "c", "e", "f"])
    assert list(letters) == ["a", "b", "c", "d", "e", "f"]
    assert [(e.index, e.items) for e in events if isinstance(e, ev.Inserted)] == [
        (0, ("a",)), (2, ("c",)), (4, ("e", "f"))]


@pytest.mark.parametrize("view", [View.mine(), View.queue(), View.team("t1"), View.all(), View.snoozed()],
                         ids=lambda view: view.kind.value)
def test_a_view_is_read_in_its_order_off_an_index_never_sorted(replica, view):
    """Sorting a 90,000-row view's ids took ≈ 40 ms before the window's first paint (schema v8)."""
    from rvops_desktop.models.view_scan import order_sql
    condition, params = view.where("u1", ["t1", "t2"])
    with replica.engine.connect() as conn:
        plan = " / ".join(row[-1] for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + order_sql(condition), tuple(params)).all())
    assert "TEMP B-TREE" not in plan and "USING INDEX ix_conversations_" in plan, plan
