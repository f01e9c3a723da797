"""Issue 15, item 13: the queue serves the customer waiting longest, each row says how long they
have waited (refreshed by the clock, row by row, never a reset); filters above the list (unread,
channel, team, waiting > N min) and a sort, held by the plain `InboxFilters`; a supervisor's
"All conversations" view with the same filters. Tests move the clock; none sleeps."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from rvops_desktop.models import InboxFilters, InboxModel, Replica, Sort, View
from rvops_desktop.ui.qt_models import roles
from rvops_desktop.ui.qt_models.inbox_model import InboxListModel, waiting_label
from rvops_desktop.ui.qt_models.views_model import ViewsListModel
from rvops_desktop.ui.widgets.conversation_list import ConversationList
from rvops_desktop.ui.widgets.inbox_filter_bar import InboxFilterBar

pytestmark = pytest.mark.gui

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.moment = NOW

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def _ago(minutes: float) -> str:
    return (NOW - timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z")


def _conversation(id, waited_min, *, channel="whatsapp", team_id=None, unread=0, assignee_id=None,
                  last_min=None):
    return {"id": id, "contact_id": f"k_{id}", "channel": channel, "status": "open", "assignee_id": assignee_id,
            "team_id": team_id, "opened_at": _ago(waited_min + 5), "queued_at": None if assignee_id else _ago(waited_min),
            "last_message_at": _ago(waited_min if last_min is None else last_min), "unread": unread}


TEAMS = [("t_sales", "Vendas"), ("t_support", "Suporte")]
CONVERSATIONS = [
    _conversation("c_ana", 3, unread=1, team_id="t_sales", last_min=1),  # the newest activity
    _conversation("c_bia", 42, channel="instagram", team_id="t_support", last_min=2),  # waited longest
    _conversation("c_caio", 12, channel="webchat", unread=2),
    _conversation("c_duda", 20, assignee_id="u1", team_id="t_sales", last_min=0),  # someone has it
]


@pytest.fixture
def rig(qapp, qtbot, tmp_path):
    """The queue list as the window builds it (list, filter bar, models) over a real replica."""
    clock = Clock()
    replica = Replica.open(tmp_path / "replica.sqlite3", clock=clock)
    replica.apply_bootstrap({"cursor": 1, "conversations": CONVERSATIONS, "contacts": [
        {"id": f"k_{c['id']}", "name": c["id"][2:].capitalize(), "phone": None} for c in CONVERSATIONS]})
    filters = InboxFilters()
    inbox = InboxModel(replica, View.queue(), user_id="u1", team_ids=[t for t, _ in TEAMS], filters=filters,
                        clock=clock)
    model = InboxListModel(inbox, clock=clock)
    widget = ConversationList(clock)
    bar = InboxFilterBar(filters, TEAMS, widget)
    widget.set_filter_bar(bar)
    bar.set_view(View.queue())
    widget.set_model(model, title="Queue", is_queue=True)
    widget.resize(360, 600)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)

    class Rig:
        pass
    r = Rig()
    r.clock, r.replica, r.filters, r.inbox, r.model, r.widget, r.bar = clock, replica, filters, inbox, model, widget, bar
    r.ids = lambda: [model.index(n).data(roles.ID) for n in range(model.rowCount())]
    yield r
    model.close()
    inbox.close()
    replica.close()


def test_the_queue_lists_the_customer_waiting_longest_first_with_the_wait(rig):
    assert rig.ids() == ["c_bia", "c_caio", "c_ana"]  # by wait, not by the latest message
    texts = [rig.model.index(n).data(roles.WAITING) for n in range(3)]
    assert texts == ["waiting 42 min", "waiting 12 min", "waiting 3 min"]
    assert rig.model.index(1).data(Qt.ItemDataRole.AccessibleTextRole).endswith(", waiting 12 min")
    assert rig.bar.sort.currentData() == Sort.OLDEST_WAITING


def test_waiting_labels_in_hours_and_days():
    assert waiting_label(None) == ""
    assert waiting_label(0) == "waiting 0 min"
    assert waiting_label(65) == "waiting 1 h 05 min"
    assert waiting_label(60 * 24 * 2 + 180) == "waiting 2 d 3 h"


def test_the_wait_shown_refreshes_with_the_clock_row_by_row_without_a_reset(rig, qtbot):
    rig.widget.view.viewport().repaint()  # the delegate asks each row for its wait
    changes, resets = [], []
    rig.model.dataChanged.connect(lambda first, last, which: changes.append((first.row(), last.row(), list(which))))
    for signal in (rig.model.modelReset, rig.model.layoutChanged, rig.model.rowsMoved):
        signal.connect(lambda *_: resets.append(1))
    rig.clock.advance(seconds=30)
    assert rig.model.tick() == 0 and changes == []  # the minute did not change: nothing to repaint
    rig.clock.advance(seconds=30)
    assert rig.model.tick() == 3
    assert changes == [(0, 2, [roles.WAITING, Qt.ItemDataRole.AccessibleTextRole])]  # one run, its roles
    assert resets == []
    assert rig.model.index(0).data(roles.WAITING) == "waiting 43 min"
    # a claimed conversation leaves the queue; the others keep counting
    rig.replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": "c_caio",
                                "record": {**CONVERSATIONS[2], "assignee_id": "u1", "queued_at": None}}])
    rig.widget.view.viewport().repaint()
    changes.clear()
    rig.clock.advance(minutes=1)
    assert rig.model.tick() == 2 and changes == [(0, 1, [roles.WAITING, Qt.ItemDataRole.AccessibleTextRole])]


def test_unread_filter(rig, qtbot):
    rig.bar.unread.click()
    assert rig.filters.filter.unread_only
    assert rig.ids() == ["c_caio", "c_ana"]
    rig.bar.unread.click()
    assert rig.ids() == ["c_bia", "c_caio", "c_ana"]


def test_channel_filter(rig):
    rig.bar.channel.setCurrentIndex(rig.bar.channel.findData("instagram"))
    assert rig.filters.filter.channel == "instagram" and rig.ids() == ["c_bia"]
    rig.bar.channel.setCurrentIndex(rig.bar.channel.findData("webchat"))
    assert rig.ids() == ["c_caio"]
    rig.bar.channel.setCurrentIndex(0)
    assert rig.filters.filter.channel is None and len(rig.ids()) == 3


def test_team_filter(rig):
    assert [rig.bar.team.itemText(n) for n in range(rig.bar.team.count())] == ["All teams", "Vendas", "Suporte"]
    rig.bar.team.setCurrentIndex(rig.bar.team.findData("t_sales"))
    assert rig.filters.filter.team_id == "t_sales" and rig.ids() == ["c_ana"]


def test_waiting_filter_and_customers_who_come_to_wait_long_enough(rig):
    rig.bar.waiting.setCurrentIndex(rig.bar.waiting.findData(15))
    assert rig.bar.waiting.currentText() == "Wait > 15 min"
    assert rig.filters.filter.waiting_over_min == 15 and rig.ids() == ["c_bia"]
    inserted = []
    rig.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    rig.clock.advance(minutes=3, seconds=1)  # c_caio has now waited 15 min 1 s
    rig.inbox.tick()
    assert rig.ids() == ["c_bia", "c_caio"] and inserted == [(1, 1)]


def test_sort_choice(rig):
    rig.bar.sort.setCurrentIndex(rig.bar.sort.findData(Sort.NEWEST_ACTIVITY))
    assert rig.filters.sort_for(View.queue()) is Sort.NEWEST_ACTIVITY
    assert rig.ids() == ["c_ana", "c_bia", "c_caio"]
    # another view keeps its own order; coming back shows the queue's choice
    rig.inbox.set_view(View.all())
    rig.bar.set_view(View.all())
    assert rig.bar.sort.currentData() == Sort.NEWEST_ACTIVITY
    assert rig.ids()[0] == "c_duda"
    rig.filters.set_sort(View.all(), Sort.OLDEST_WAITING)  # the model changes: the box follows
    assert rig.bar.sort.currentData() == Sort.OLDEST_WAITING
    assert rig.ids() == ["c_bia", "c_caio", "c_ana", "c_duda"]


def test_the_bar_shows_what_the_model_holds(rig):
    rig.filters.set_unread_only(True)
    rig.filters.set_channel("webchat")
    rig.filters.set_waiting_over(5)
    assert rig.bar.unread.isChecked() and rig.bar.channel.currentData() == "webchat"
    assert rig.bar.waiting.currentData() == 5
    assert rig.ids() == ["c_caio"]
    rig.filters.clear()
    assert not rig.bar.unread.isChecked() and rig.bar.channel.currentIndex() == 0
    assert rig.bar.waiting.currentIndex() == 0 and len(rig.ids()) == 3


def test_every_filter_control_has_an_accessible_name(rig):
    bar = rig.bar
    assert {w.accessibleName() for w in (bar.unread, bar.channel, bar.team, bar.waiting, bar.sort)} == {
        "Only unread conversations", "Channel", "Team", "Waiting longer than", "Sort"}


def test_only_a_supervisor_has_the_all_conversations_view(qapp):
    agent = ViewsListModel(TEAMS)
    supervisor = ViewsListModel(TEAMS, sees_all=True)
    assert View.all() not in [e.view for e in agent.entries]
    assert [e.view.kind for e in supervisor.entries] == ["mine", "queue", "team", "team", "all", "snoozed", "closed"]
    assert supervisor.entries[supervisor.row_of(View.all())].title == "All conversations"


def test_portuguese_wait_and_filters(qapp):
    from rvops_desktop.ui import i18n
    try:
        i18n.install(qapp, "pt_BR")
        assert waiting_label(12) == "aguardando 12 min"
        assert waiting_label(65) == "aguardando 1 h 05 min"
        assert QCoreApplication.translate("ViewsModel", "All conversations") == "Todas as conversas"
        bar = InboxFilterBar(InboxFilters(), TEAMS)
        assert bar.unread.text() == "&Não lidas" and bar.sort.itemText(1) == "Maior espera"
        assert bar.waiting.itemText(2) == "Espera > 15 min"
        bar.deleteLater()
    finally:
        i18n.install(qapp, "en")


def test_in_the_window_a_supervisor_sees_all_conversations_and_the_queue_waits_in_minutes(ui):
    async def scenario():
        ana = await ui.open_window("ana@demo.rvops")
        assert View.all() not in [e.view for e in ana.views_model.entries]
        queue = ana.views_model.index(ana.views_model.row_of(View.queue()))
        ana.views.setCurrentIndex(queue)
        await ui.until(lambda: ana.inbox.view == View.queue(), what="the queue")
        assert ana.filter_bar.sort.currentData() == Sort.OLDEST_WAITING
        row = ana.inbox_model.row_of("cv_lucia")  # queued_at came through the wire: 3 min ago
        assert ana.inbox_model.index(row).data(roles.WAITING) == "waiting 3 min"
        carla = await ui.open_window("carla@demo.rvops")
        everything = carla.views_model.row_of(View.all())
        assert everything >= 0
        carla.views.setCurrentIndex(carla.views_model.index(everything))
        await ui.until(lambda: carla.inbox.view == View.all(), what="all conversations")
        assert carla.list.title.text() == "All conversations"
        assert {"cv_maria", "cv_lucia"} <= {s.id for s in carla.inbox}
        carla.filter_bar.unread.click()  # the same filters there
        assert all(s.unread for s in carla.inbox) and "cv_lucia" not in carla.inbox
    ui.run(scenario())
