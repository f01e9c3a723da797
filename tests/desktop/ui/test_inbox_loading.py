"""Issue 14, cold start: the window paints the first rows of a big inbox view at once and reads
the rest a chunk per turn after that paint, staying responsive; a hidden window still ends whole."""
from __future__ import annotations

import pytest

from rvops_desktop.models import Replica
from rvops_desktop.ui import build_main_window
from rvops_desktop.ui.controllers.inbox_loading import CHUNK_ROWS, FIRST_ROWS

pytestmark = pytest.mark.gui

ROWS = FIRST_ROWS + 2 * CHUNK_ROWS + 50   # the first rows, two chunks and a bit
ME = {"id": "u1", "name": "Ana", "email": "ana@demo.rvops", "role": "agent", "team_ids": [], "permissions": {}}


@pytest.fixture
def replica(tmp_path):
    replica = Replica.open(tmp_path / "replica.sqlite3")
    replica.apply_bootstrap({
        "cursor": 1,
        "contacts": [{"id": f"k{n}", "name": f"Cliente {n:05d}", "phone": f"+5511{n:08d}"} for n in range(ROWS)],
        "conversations": [{"id": f"c{n}", "contact_id": f"k{n}", "channel": "whatsapp", "status": "open",
                           "assignee_id": "u1", "opened_at": "2026-01-01T00:00:00Z", "unread": n % 2,
                           "last_message_at": f"2026-01-02T{n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z"}
                          for n in range(ROWS)]})
    yield replica
    replica.close()


def _window(qtbot, replica):
    window = build_main_window(None, replica, me=ME, language="en", notifications=False)
    qtbot.addWidget(window)
    return window


def test_the_first_rows_paint_before_the_rest_is_read_and_the_rest_follows(qtbot, replica):
    window = _window(qtbot, replica)
    assert window.inbox.partial and len(window.inbox) == FIRST_ROWS
    assert window.list.view.model().rowCount() == FIRST_ROWS
    window.show()
    window.inbox_loading._more()                  # its turn came before the list painted: it waits
    assert len(window.inbox) == FIRST_ROWS
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.inbox.partial, timeout=10_000)
    assert window.list.view.model().rowCount() == ROWS
    assert window.inbox_loading.steps == 3        # 2,000 + 2,000 + 50 (the desk logs it)
    assert [s.id for s in window.inbox] == [s.id for s in replica.store.conversations_for_view(window.inbox.view, "u1")]
    assert window.inbox_model.unread_count == sum(n % 2 for n in range(ROWS))


def test_a_window_never_shown_still_reads_its_whole_view(qtbot, replica):
    window = _window(qtbot, replica)
    qtbot.waitUntil(lambda: not window.inbox.partial, timeout=10_000)
    assert len(window.inbox) == ROWS and not window.isVisible()


def test_what_waits_for_the_whole_view_runs_once_it_is_whole(qtbot, replica):
    window = _window(qtbot, replica)
    ran: list[int] = []
    window.inbox_loading.when_loaded(lambda: ran.append(len(window.inbox)))
    assert ran == []                                   # partial: later
    qtbot.waitUntil(lambda: bool(ran), timeout=10_000)
    assert ran == [ROWS]
    window.inbox_loading.when_loaded(lambda: ran.append(-1))
    assert ran == [ROWS, -1]                           # already whole: at once


def test_a_conversation_revealed_before_its_row_was_read_is_selected_when_it_arrives(qtbot, replica):
    """A notification (a claim, a call) opens a conversation deep in a view still being read: the
    pane shows it at once and its row is selected once read — unless the agent opened another."""
    window = _window(qtbot, replica)
    oldest, older = "c0", "c1"                   # the last rows of the view: read in the last chunk
    window.inbox_views.reveal(oldest)
    assert window.pane.conversation_id == oldest and window.list.current_id() is None
    qtbot.waitUntil(lambda: not window.inbox.partial, timeout=10_000)
    assert window.list.current_id() == oldest

    again = _window(qtbot, replica)
    again.inbox_views.reveal(older)
    again.open_conversation("c4000")            # the agent moved on before the row arrived
    qtbot.waitUntil(lambda: not again.inbox.partial, timeout=10_000)
    assert again.list.current_id() is None and again.pane.conversation_id == "c4000"
