"""Issue 14: a change to one conversation costs what it changes, at any inbox size.

At 90,000 rows, one inbound message that moves a conversation to the top, and the mark-read that
follows, reach the shown conversation list as one move and one dataChanged: no model reset and
no relayout that asks the model for its row count once per row (QListView did, twice per row —
180,000 Python calls for one message)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rvops_desktop.models import InboxModel, Replica, View
from rvops_desktop.ui.qt_models.inbox_model import InboxListModel
from rvops_desktop.ui.widgets.conversation_list import ConversationList

pytestmark = pytest.mark.gui

ROWS = 90_000


class Clock:
    def now(self):
        from datetime import UTC, datetime
        return datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


class CountingModel(InboxListModel):
    """The product's model, counting how often the view asks for the row count."""
    row_count_calls = 0

    def rowCount(self, parent=None):
        CountingModel.row_count_calls += 1
        return super().rowCount() if parent is None else super().rowCount(parent)


def _workspace(rows: int) -> dict:
    stamp = [f"2026-01-0{1 + n % 4}T{n % 24:02d}:{n % 60:02d}:{n % 59:02d}Z" for n in range(rows)]
    return {"cursor": 1,
            "contacts": [{"id": f"k{n}", "name": f"Cliente {n}", "phone": f"+5511{n:08d}"} for n in range(rows)],
            "conversations": [{"id": f"c{n}", "contact_id": f"k{n}", "channel": "whatsapp", "status": "open",
                               "assignee_id": "u1", "opened_at": "2026-01-01T00:00:00Z", "unread": 0,
                               "last_message_at": stamp[n]} for n in range(rows)]}


def test_one_change_at_90k_rows_is_one_row_signal_and_no_relayout(qtbot, tmp_path):
    replica = Replica.open(tmp_path / "replica.sqlite3")
    workspace = _workspace(ROWS)
    replica.apply_bootstrap(workspace)
    inbox = InboxModel(replica, View.mine(), user_id="u1")
    model = CountingModel(inbox, clock=Clock())
    shown = ConversationList(Clock())
    qtbot.addWidget(shown)
    shown.resize(400, 800)
    shown.set_model(model, title="Mine", is_queue=False)
    shown.show()
    qtbot.waitExposed(shown)
    assert model.rowCount() == ROWS
    last = inbox[ROWS - 1].id
    signals: list[str] = []
    model.modelAboutToBeReset.connect(lambda: signals.append("reset"))
    model.layoutAboutToBeChanged.connect(lambda *_: signals.append("layout"))
    model.rowsMoved.connect(lambda *_: signals.append("moved"))
    model.rowsInserted.connect(lambda *_: signals.append("inserted"))
    model.rowsRemoved.connect(lambda *_: signals.append("removed"))
    model.dataChanged.connect(lambda top, bottom, *_: signals.append(f"changed {bottom.row() - top.row() + 1}"))
    CountingModel.row_count_calls = 0

    # An inbound message: the oldest conversation becomes the newest, unread.
    record = next(c for c in workspace["conversations"] if c["id"] == last)
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": last,
                            "record": {**record, "unread": 1, "last_message_at": "2026-01-05T11:59:00Z"}}])
    QApplication.processEvents()
    assert inbox[0].id == last
    # The agent opens it: mark-read changes the row in place.
    replica.apply_changes([{"cursor": 3, "collection": "conversations", "op": "upsert", "id": last,
                            "record": {**record, "unread": 0, "last_message_at": "2026-01-05T11:59:00Z"}}])
    QApplication.processEvents()

    assert signals == ["moved", "changed 1", "changed 1"]  # moved to the top and redrawn; then read
    assert CountingModel.row_count_calls < 100, CountingModel.row_count_calls
    top = shown.view.model().index(0, 0)
    assert top.data() == inbox[0].display_name
    assert shown.view.visualRect(top).height() > 0


def test_keys_walk_the_list_as_a_list(qtbot, tmp_path):
    """Down, End and Home move between conversations (the view is a one-column table)."""
    replica = Replica.open(tmp_path / "replica.sqlite3")
    replica.apply_bootstrap(_workspace(30))
    inbox = InboxModel(replica, View.mine(), user_id="u1")
    shown = ConversationList(Clock())
    qtbot.addWidget(shown)
    shown.set_model(InboxListModel(inbox, clock=Clock()), title="Mine", is_queue=False)
    shown.show()
    qtbot.waitExposed(shown)
    picked: list[str] = []
    shown.conversationSelected.connect(picked.append)
    shown.view.setFocus()
    assert shown.select(inbox[0].id)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_Home):
        qtbot.keyClick(shown.view, key)
    assert picked == [inbox[0].id, inbox[1].id, inbox[29].id, inbox[0].id]
