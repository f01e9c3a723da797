"""InboxListModel keeps its row count as an attribute (issue 6: QListView asks for it twice per
row on every layout); under random replica changes Qt's own model checker finds every
begin/end pair consistent, and the count, the rows and the unread total follow the inbox."""
from __future__ import annotations

import random

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from rvops_desktop.models import InboxModel, Replica, View
from rvops_desktop.ui.qt_models import roles
from rvops_desktop.ui.qt_models.inbox_model import InboxListModel

pytestmark = pytest.mark.gui


class Clock:
    def now(self):
        from datetime import UTC, datetime
        return datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def _conversation(cid, rng):
    return {"id": cid, "contact_id": f"k{rng.randint(0, 3)}", "channel": "whatsapp",
            "status": rng.choice(["open", "open", "closed"]), "assignee_id": rng.choice(["u1", "u1", "u2"]),
            "opened_at": "2026-01-01T00:00:00Z", "unread": rng.randint(0, 2),
            "last_message_at": f"2026-01-0{rng.randint(1, 4)}T10:00:00Z"}


@pytest.mark.parametrize("seed", range(3))
def test_row_count_and_rows_follow_the_inbox_under_random_changes(qapp, tmp_path, seed):
    rng = random.Random(seed)
    replica = Replica.open(tmp_path / "replica.sqlite3")
    contacts = [{"id": f"k{i}", "name": rng.choice(["Ana", "Zé", "Érica", None]), "phone": f"+55 11 9{i}"}
                for i in range(4)]
    replica.apply_bootstrap({"cursor": 1, "contacts": contacts,
                             "conversations": [_conversation(f"c{i}", rng) for i in range(12)]})
    inbox = InboxModel(replica, View.mine(), user_id="u1")
    model = InboxListModel(inbox, clock=Clock())
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    counts = []
    model.rowsInserted.connect(lambda *_: counts.append(model.rowCount() == len(inbox)))
    model.rowsRemoved.connect(lambda *_: counts.append(model.rowCount() == len(inbox)))
    model.modelReset.connect(lambda: counts.append(model.rowCount() == len(inbox)))
    cursor = 1
    for step in range(40):
        cursor += 1
        if step == 20:
            replica.apply_bootstrap({"cursor": cursor, "contacts": contacts,
                                     "conversations": [_conversation(f"c{i}", rng) for i in range(8)]})
            continue
        cid = f"c{rng.randint(0, 14)}"
        if rng.random() < 0.2:
            change = {"cursor": cursor, "collection": "conversations", "op": "delete", "id": cid}
        else:
            change = {"cursor": cursor, "collection": "conversations", "op": "upsert", "id": cid,
                      "record": _conversation(cid, rng)}
        replica.apply_changes([change])
        assert model.rowCount() == len(inbox)
        assert [model.index(r).data(roles.ID) for r in range(model.rowCount())] == [s.id for s in inbox]
        assert model.unread_count == sum(1 for s in inbox if s.unread)
    assert counts and all(counts)
    del tester
    model.close()
    inbox.close()
    replica.close()


def test_one_conversation_changing_costs_a_few_row_signals_at_90k_rows(qapp, tmp_path):
    """Issue 14: an inbound message (the row moves to the top, unread grows) and a mark-read change
    one row: no model reset, no layout change, a bounded number of row signals — at any size."""
    rows = 90_000
    replica = Replica.open(tmp_path / "replica.sqlite3")
    replica.apply_bootstrap({"cursor": 1, "contacts": [{"id": "k0", "name": "Maria", "phone": "+5511900000000"}],
                             "conversations": [
                                 {"id": f"c{i:05d}", "contact_id": "k0", "channel": "whatsapp", "status": "open",
                                  "assignee_id": "u1", "opened_at": "2026-01-01T00:00:00Z", "unread": 0,
                                  "last_message_at": f"2026-01-01T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}Z"}
                                 for i in range(rows)]})
    inbox = InboxModel(replica, View.mine(), user_id="u1")
    model = InboxListModel(inbox, clock=Clock())
    assert model.rowCount() == rows
    signals: dict[str, int] = {}
    for name in ("modelReset", "layoutChanged", "rowsMoved", "rowsInserted", "rowsRemoved", "dataChanged"):
        getattr(model, name).connect(lambda *_a, n=name: signals.__setitem__(n, signals.get(n, 0) + 1))
    oldest = model.conversation_id(rows - 1)
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": oldest,
                            "record": {"id": oldest, "contact_id": "k0", "channel": "whatsapp", "status": "open",
                                       "assignee_id": "u1", "opened_at": "2026-01-01T00:00:00Z", "unread": 1,
                                       "last_message_at": "2026-01-02T09:00:00Z"}}])
    assert model.conversation_id(0) == oldest and model.rowCount() == rows   # moved to the top
    replica.apply_changes([{"cursor": 3, "collection": "conversations", "op": "upsert", "id": oldest,
                            "record": {"id": oldest, "contact_id": "k0", "channel": "whatsapp", "status": "open",
                                       "assignee_id": "u1", "opened_at": "2026-01-01T00:00:00Z", "unread": 0,
                                       "last_message_at": "2026-01-02T09:00:00Z"}}])   # read
    assert signals.get("modelReset", 0) == 0 and signals.get("layoutChanged", 0) == 0, signals
    assert signals.get("rowsInserted", 0) == 0 and signals.get("rowsRemoved", 0) == 0, signals
    assert signals.get("rowsMoved", 0) <= 1 and signals.get("dataChanged", 0) <= 3, signals
