"""A conversation opens with the messages that fill its thread, not a fixed page (issue 14: each
message read costs the switch its reading, measuring and painting); older ones load as the agent
scrolls to the top, and at once while the rows read leave the view unfilled."""
from __future__ import annotations

import pytest

from rvops_desktop.models import Replica, ThreadModel
from rvops_desktop.ui.qt_models import roles
from rvops_desktop.ui.qt_models.thread_model import ThreadListModel
from rvops_desktop.ui.widgets.thread_view import FILL_MARGIN, ThreadView

pytestmark = pytest.mark.gui
PAGE = 40


def _message(i: int, text: str = "") -> dict:
    return {"id": f"m{i:03d}", "conversation_id": "c1", "direction": "inbound", "kind": "text",
            "text": text or f"mensagem {i}", "status": "received",
            "created_at": f"2026-01-05T10:{i // 60:02d}:{i % 60:02d}Z", "attachments": []}


@pytest.fixture
def replica(tmp_path):
    replica = Replica.open(tmp_path / "replica.sqlite3")
    replica.apply_bootstrap({"cursor": 1, "conversations": [{"id": "c1", "status": "open"}],
                             "messages": [_message(i) for i in range(200)]})
    yield replica
    replica.close()


@pytest.fixture
def view(qapp):
    view = ThreadView()
    view.setModel(ThreadListModel())  # as the pane: one model, a thread set into it per conversation
    view.resize(500, 600)
    view.show()
    qapp.processEvents()
    yield view
    view.model().close()
    view.close()


def _open(qapp, view, replica, first_page):
    model = view.model()
    model.set_thread(ThreadModel(replica, "c1", page_size=PAGE, first_page=first_page))
    for _ in range(5):
        qapp.processEvents()
    return model


def _shown(view, model) -> list[str]:
    rect = view.viewport().rect()
    return [model.index(r).data(roles.ID) for r in range(model.rowCount())
            if rect.intersects(view.visualRect(model.index(r)))]


def test_the_first_page_is_the_rows_that_fill_the_view_and_the_newest_is_at_the_bottom(qapp, view, replica):
    rows = view.rows_to_fill(view.viewport().height())
    one_line = view.delegate.one_line_height(view.viewport().width(), view.font())
    assert rows == -(-view.viewport().height() // one_line) + FILL_MARGIN
    assert rows < PAGE  # fewer than a page: what the switch saves
    model = _open(qapp, view, replica, rows)
    assert model.rowCount() == rows  # no page more was read: they fill it
    bar = view.verticalScrollBar()
    assert 0 < bar.maximum() and bar.value() == bar.maximum()
    assert _shown(view, model)[-1] == "m199" and "m199" == model.index(rows - 1).data(roles.ID)


def test_rows_that_leave_the_view_unfilled_bring_older_pages_at_once(qapp, view, replica):
    model = _open(qapp, view, replica, 3)  # three one-line rows in a 600-pixel view
    assert model.rowCount() == 3 + PAGE
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()  # still the newest at the bottom
    assert _shown(view, model)[-1] == "m199"


def test_a_taller_view_reads_older_messages_to_fill_itself(qapp, view, replica):
    view.resize(500, 300)
    qapp.processEvents()
    model = _open(qapp, view, replica, view.rows_to_fill(300))
    read = model.rowCount()
    assert view.verticalScrollBar().maximum() > 0
    view.resize(500, 300 + 60 * read)  # taller than all the rows read
    for _ in range(5):
        qapp.processEvents()
    assert model.rowCount() == read + PAGE
    assert view.verticalScrollBar().maximum() > 0 and _shown(view, model)[-1] == "m199"


def test_a_short_thread_is_read_whole_and_asks_for_nothing_more(qapp, view, tmp_path):
    replica = Replica.open(tmp_path / "short.sqlite3")
    replica.apply_bootstrap({"cursor": 1, "conversations": [{"id": "c1", "status": "open"}],
                             "messages": [_message(i) for i in range(4)]})
    model = _open(qapp, view, replica, view.rows_to_fill(600))
    assert model.rowCount() == 4 and not model.has_older
    assert view.verticalScrollBar().maximum() == 0
    model.set_thread(None)
    replica.close()


def test_scrolling_to_the_top_reads_the_older_page_and_keeps_the_message_in_view_still(qapp, view, replica):
    model = _open(qapp, view, replica, view.rows_to_fill(600))
    read = model.rowCount()
    bar = view.verticalScrollBar()
    bar.setValue(0)  # the agent scrolls to the top
    qapp.processEvents()
    assert model.rowCount() == read + PAGE
    assert bar.value() > 0 and _shown(view, model)[0] == f"m{200 - read:03d}" == model.index(PAGE).data(roles.ID)



def test_a_thread_on_its_newest_message_stays_there_when_the_view_gets_shorter(qapp, view, replica):
    """The pane's chrome settles after the thread opened (the composer's notice of a closed
    window, the header's buttons): the view loses height, the scroll range grows, and a thread
    pinned to its newest message must follow it, not show it cut at the bottom. Scrolled up, it
    stays where the agent put it."""
    model = _open(qapp, view, replica, view.rows_to_fill(view.viewport().height()))
    bar = view.verticalScrollBar()
    view.resize(500, 560)  # 40 pixels less, as a taller composer leaves
    qapp.processEvents()
    last = view.visualRect(model.index(model.rowCount() - 1))
    assert bar.value() == bar.maximum() and last.bottom() <= view.viewport().rect().bottom()
    middle = bar.maximum() // 2
    bar.setValue(middle)  # the agent scrolled up to read
    qapp.processEvents()
    view.resize(500, 520)
    qapp.processEvents()
    assert bar.value() == middle < bar.maximum()
