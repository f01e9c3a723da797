"""Issue 15, item 11: the window holds still and fits a 1360 px laptop.

Claim appears for a queued conversation, Reopen replaces Close for a closed one, names run from
"Ana" to a long company name: the other actions keep their places and the header asks its pane for
the same width, so the panes beside it do not reflow under the agent's mouse. The views list is as
wide as its longest name."""
from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from rvops_desktop.ui.widgets.conversation_header import ConversationHeader

pytestmark = pytest.mark.gui

LONG = "Distribuidora de Materiais de Construção Irmãos Albuquerque & Filhos Ltda. — filial Niterói"
CASES = {
    "mine": dict(name="Maria Silva", can_claim=False, can_act=True, is_open=True),
    "queued": dict(name="Lúcia", can_claim=True, can_act=False, is_open=True),
    "closed": dict(name="Maria Silva", can_claim=False, can_act=False, is_open=False),
    "long name": dict(name=LONG, can_claim=True, can_act=True, is_open=True),
}


def _show(header: ConversationHeader, case: dict) -> dict:
    header.show_conversation(channel="whatsapp", subtitle=f"+55 21 98765-4321 · {LONG}", can_call=True, **case)
    QCoreApplication.processEvents()
    places = {name: button.geometry() for name, button in header.buttons.items() if button.isVisible()}
    anchors = {name: header.buttons[name].mapTo(header, header.buttons[name].rect().topLeft())
               for name in ("history", "call")}
    return {"minimum": header.minimumSizeHint(), "hint": header.sizeHint(), "anchors": anchors,
            "visible": sorted(places)}


@pytest.mark.parametrize("width", [560, 900])
def test_actions_keep_their_places_whatever_conversation_is_open(qapp: QApplication, width):
    header = ConversationHeader()
    header.resize(width, 60)
    header.show()
    seen = {kind: _show(header, case) for kind, case in CASES.items()}
    assert seen["queued"]["visible"] == ["call", "claim", "close", "history", "labels", "snooze", "transfer"]
    assert seen["mine"]["visible"] == ["call", "close", "history", "labels", "snooze", "transfer"]
    assert seen["closed"]["visible"] == ["call", "history", "labels", "reopen"]  # Reopen where Close was
    first = seen["mine"]
    for kind, geometry in seen.items():
        assert geometry["minimum"] == first["minimum"], kind  # the pane is never asked to grow
        assert geometry["anchors"] == first["anchors"], kind  # no button moved
    assert header.buttons["reopen"].geometry() == _close_place(header)
    header.close()


def _close_place(header: ConversationHeader):
    header.show_conversation(channel="whatsapp", subtitle="", can_call=True, **CASES["mine"])
    QCoreApplication.processEvents()
    return header.buttons["close"].geometry()


def test_a_long_name_ends_with_an_ellipsis_and_is_whole_in_its_tooltip(qapp: QApplication):
    header = ConversationHeader()
    header.resize(560, 60)
    header.show()
    _show(header, CASES["long name"])
    assert header.title.text() == LONG and LONG in html.unescape(header.title.toolTip())
    assert header.title.width() < header.title.fontMetrics().horizontalAdvance(LONG)  # it gave up width
    assert header.title.minimumSizeHint().width() < 200
    header.close()


@pytest.mark.parametrize("email", ["carla@demo.rvops", "ana@demo.rvops"])
def test_at_1360_by_768_every_view_name_reads_whole(ui, email):
    """Issue 15 #11: at 1360 px the views' names collapsed to '…' (a supervisor's All conversations,
    long team names): the list is as wide as its longest name in bold beside a count."""
    from PySide6.QtGui import QFont, QFontMetrics

    from rvops_desktop.ui.delegates.view_delegate import name_room

    async def scenario():
        window = await ui.open_window(email)
        window.resize(1360, 768)
        await ui.settle()
        views, model = window.views, window.views_model
        bold = QFont(views.font())
        bold.setBold(True)
        names = [model.index(row).data() for row in range(model.rowCount())]
        assert names and all(names)
        for row, name in enumerate(names):
            room = name_room(views.visualRect(model.index(row)).width(), 999, bold)
            assert QFontMetrics(bold).horizontalAdvance(name) <= room, (name, room)
    ui.run(scenario())


@pytest.mark.parametrize("width, compact", [(560, True), (900, False)])
def test_a_narrow_header_keeps_the_name_whole_by_showing_actions_as_icons(qapp: QApplication, width, compact):
    """At 1360 px the header's words left 'Maria Olive…' (a 565 px pane): there the worded actions show
    their icons only, and say their words in tooltips and to screen readers; with room, their words."""
    header = ConversationHeader()
    header.resize(width, 60)
    header.show()
    name = "Maria Oliveira"
    _show(header, dict(CASES["queued"], name=name))  # every action shown: Claim as well
    assert header.title.width() >= header.title.fontMetrics().horizontalAdvance(name)  # whole, no '…'
    for word, button in (("Claim", "claim"), ("Transfer", "transfer"), ("History", "history"), ("Close", "close")):
        button = header.buttons[button]
        assert button.accessibleName() == word and not button.icon().isNull()
        assert button.text() == ("" if compact else word)
        assert (word in button.toolTip()) or not compact
    assert header.buttons["call"].text() == "Call"  # the call keeps its word: the pane's first action
    if compact:
        assert header.title.width() >= 160
    header.close()


def test_the_line_under_the_name_runs_under_the_actions_and_reads_whole_at_1360(qapp: QApplication):
    """Beside the actions, the line under the name (channel · agent · the 24-hour window) was cut to
    'Janela: faltam …' in the 565 px pane of a 1360 px laptop; it now has the header's width."""
    header = ConversationHeader()
    header.resize(560, 60)
    header.show()
    line = "WhatsApp · Ana Souza · Janela: faltam 23 h 47 min"
    _show(header, dict(CASES["mine"], name="Maria Oliveira"))
    header.subtitle.setText(line)
    QCoreApplication.processEvents()
    assert header.subtitle.width() >= header.subtitle.fontMetrics().horizontalAdvance(line)  # no '…'
    right_of_actions = max(b.mapTo(header, b.rect().topRight()).x() for b in header.buttons.values() if b.isVisible())
    assert header.subtitle.mapTo(header, header.subtitle.rect().topRight()).x() >= right_of_actions - 2
    header.close()
