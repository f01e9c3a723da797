"""The thread's delegate caches (issue 6, scroll frame time): sizes, contents and painted layouts
are kept per message object, so a message the replica changed (a new object) is measured again,
and reading rows straight from the ThreadListModel gives what the item data roles give."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from rvops_desktop.models import Replica, ThreadModel
from rvops_desktop.ui.qt_models import roles
from rvops_desktop.ui.qt_models.thread_model import ThreadListModel
from rvops_desktop.ui.widgets.thread_view import ThreadView

pytestmark = pytest.mark.gui


def _message(mid, text, **more):
    return {"id": mid, "conversation_id": "c1", "direction": "inbound", "kind": "text", "text": text,
            "status": "received", "created_at": f"2026-01-05T10:00:{mid[-2:]}Z", "attachments": [], **more}


@pytest.fixture
def thread(qapp, tmp_path):
    replica = Replica.open(tmp_path / "replica.sqlite3")
    replica.apply_bootstrap({"cursor": 1, "conversations": [{"id": "c1", "status": "open"}], "messages": [
        _message("m00", "oi"), _message("m01", "bom dia " * 40),
        _message("m02", "resposta", reply_to_id="m00", direction="outbound", status="read")]})
    view = ThreadView()
    model = ThreadListModel(ThreadModel(replica, "c1"))
    view.setModel(model)
    view.resize(500, 600)
    view.show()
    qapp.processEvents()
    yield replica, view, model
    model.close()
    view.close()
    replica.close()


def _option(view, row):
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(view.model().index(row))
    return option


def test_rows_read_from_the_model_are_the_item_data(thread):
    _replica, view, model = thread
    delegate = view.delegate
    for row in range(model.rowCount()):
        index = model.index(row)
        message, content = delegate._content(index)
        assert message is index.data(roles.ROW)
        assert content.quote == ("oi" if message.id == "m02" else "")


def test_a_changed_message_is_measured_again_and_an_unchanged_one_is_not(thread, qapp):
    replica, view, model = thread
    delegate = view.delegate
    width = view.viewport().width()
    index = model.index(0)
    message = model.message_at(0)
    short = delegate.size_of(message, index, width, view.font())
    assert delegate.size_of(message, index, width, view.font) is short  # the cached QSize itself
    # what Qt's layout gets (QStyledItemDelegate.sizeHint -> the model's SizeHintRole)
    assert delegate.sizeHint(_option(view, 0), index) == short == index.data(Qt.ItemDataRole.SizeHintRole)
    replica.apply_changes([{"cursor": 2, "collection": "messages", "op": "upsert", "id": "m00",
                            "record": _message("m00", "uma resposta bem mais longa " * 30)}])
    qapp.processEvents()
    longer = delegate.sizeHint(_option(view, 0), model.index(0))
    assert longer.height() > short.height()
    assert delegate._content(model.index(0))[1].body.startswith("uma resposta")
    # another width is another measure
    narrow = delegate.size_of(model.message_at(0), model.index(0), width // 2, view.font())
    assert narrow.height() > longer.height() and narrow.width() == width // 2
    view.resize(300, 600)
    qapp.processEvents()
    assert view.visualRect(model.index(0)).height() == delegate.size_of(
        model.message_at(0), model.index(0), view.viewport().width(), view.font()).height()


def test_painted_layout_is_the_layout_and_follows_the_font(thread):
    _replica, view, model = thread
    delegate = view.delegate
    option = _option(view, 1)
    message, content = delegate._content(model.index(1))
    parts = delegate._painted_layout(message, content, option.rect.width(), option.font)
    assert parts == delegate._layout(content, option.rect.width(), option.font)
    assert delegate._painted_layout(message, content, option.rect.width(), option.font) is parts
    bigger = option.font
    bigger.setPointSizeF(option.font.pointSizeF() * 2)
    again = delegate._painted_layout(message, content, option.rect.width(), bigger)
    assert again["height"].height() > parts["height"].height()


def test_thread_row_count_follows_pages_changes_and_a_new_thread(qapp, tmp_path):
    from PySide6.QtTest import QAbstractItemModelTester
    replica = Replica.open(tmp_path / "replica.sqlite3")
    replica.apply_bootstrap({"cursor": 1, "conversations": [{"id": "c1", "status": "open"}],
                             "messages": [_message(f"m{i:02d}", f"texto {i}") for i in range(30)]})
    model = ThreadListModel(ThreadModel(replica, "c1", page_size=10))
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 10
    model.load_older()
    assert model.rowCount() == 20
    replica.apply_changes([{"cursor": 2, "collection": "messages", "op": "delete", "id": "m25"},
                           {"cursor": 3, "collection": "messages", "op": "upsert", "id": "m59",
                            "record": _message("m59", "nova")}])
    assert model.rowCount() == 20 == len(model.thread_model)
    assert [model.index(r).data(roles.ID) for r in range(20)] == [m.id for m in model.thread_model]
    model.set_thread(ThreadModel(replica, "c1", page_size=5))
    assert model.rowCount() == 5
    model.set_thread(None)
    assert model.rowCount() == 0
    del tester
    replica.close()
