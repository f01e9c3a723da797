"""Empty panes and lists say what would be there (widgets/empty_state.py)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from rvops_desktop.ui.widgets.empty_state import ListWithEmptyText

pytestmark = pytest.mark.gui


def _drawn_in_the_middle(widget) -> int:
    """Pixels of the list's viewport, in its middle band, that are not its background: a row sits
    at the top; the sentence is centred."""
    image = widget.viewport().grab().toImage()
    base = widget.palette().color(QPalette.ColorRole.Base)
    middle = range(image.height() // 2 - 10, image.height() // 2 + 10)
    return sum(1 for y in middle for x in range(image.width()) if QColor(image.pixel(x, y)) != base)


def test_an_empty_record_list_says_so_and_a_filled_one_shows_only_its_rows(qapp: QApplication):
    records = ListWithEmptyText("No deals for this contact")
    records.resize(240, 90)
    records.show()
    QApplication.processEvents()
    assert _drawn_in_the_middle(records) > 30  # the sentence
    records.addItem("Upgrade para Enterprise — Proposta")
    QApplication.processEvents()
    assert _drawn_in_the_middle(records) == 0  # the row, at the top; no sentence
    records.clear()
    QApplication.processEvents()
    assert _drawn_in_the_middle(records) > 30
    records.close()


def test_an_empty_panes_sentence_keeps_away_from_the_panes_edges(qapp: QApplication):
    """The contact panel's sentence ran to its right edge: the label's margins were set as contents
    margins, which Qt resets when the label's parent is polished."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from rvops_desktop.ui.widgets.empty_state import MARGIN, muted
    pane = QWidget()
    label = muted(QLabel(" ".join(["ii"] * 150), pane))  # short words: every wrapped line fills its width
    label.setWordWrap(True)
    QVBoxLayout(pane).addWidget(label)
    pane.resize(300, 400)
    pane.show()
    QApplication.processEvents()
    image = label.grab().toImage()
    background = image.pixelColor(1, 1)
    drawn = [x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y) != background]
    assert drawn, "the sentence is painted"
    assert min(drawn) >= MARGIN - 2 and max(drawn) <= image.width() - MARGIN + 2, (min(drawn), max(drawn))
    pane.close()



@pytest.fixture
def new_workspace(qapp, tmp_path, fake_clock, monkeypatch):
    """A workspace just made by `rvops-server init` (its administrator's password set), and a rig to
    open her window; nobody has written in yet."""
    import sqlalchemy as sa

    from rvops_server.domain import passwords
    from rvops_server.domain.first_run import create_workspace
    from rvops_server.store import schema as t
    from tests.desktop.ui.conftest import UiRig
    from tests.support.servers import LiveServer
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    server = LiveServer(f"sqlite:///{tmp_path / 'new.sqlite3'}", clock=fake_clock, demo=False,
                        media_dir=tmp_path / "media")
    create_workspace(server.services.store, name="Acme", admin_name="Joana Lima", admin_email="joana@acme.com.br")
    with server.services.store.write() as uow:
        uow.conn.execute(sa.update(t.users).values(password_hash=passwords.hash_blocking("demo")))
    rig = UiRig(qapp, server, tmp_path, fake_clock)
    yield rig
    rig.close()
    server.stop()


def test_with_no_conversation_at_all_the_pane_says_where_to_start(new_workspace, ui):
    """A new workspace's administrator is pointed to the settings, not told to "Pick a conversation
    on the left." beside an empty list; the first customer's conversation turns it back."""
    async def scenario():
        joana = await new_workspace.open_window("joana@acme.com.br")
        assert not joana.replica.views.has_conversations()
        assert joana.pane.placeholder.isVisibleTo(joana)
        assert joana.pane.placeholder.text().startswith(
            "No conversations to show yet. Invite your team in Tools ▸ Settings… (Ctrl+,)")
        # a visitor of the website chat writes: the first conversation comes in
        import json

        from websockets.sync.client import connect
        url = new_workspace.server.url.replace("http://", "ws://") + "/webchat/ws?lang=pt-BR"
        with connect(url) as socket:
            socket.send(json.dumps({"type": "message", "text": "Olá, alguém aí?", "client_id": "c1"}))
            while json.loads(socket.recv(timeout=10))["type"] != "ack":
                pass
        await new_workspace.until(lambda: joana.pane.placeholder.text() == "Pick a conversation on the left.",
                                  timeout=20, what="the pane follows the first conversation")
    new_workspace.run(scenario())

    async def demo():   # a workspace with conversations: pick one
        ana = await ui.open_window("ana@demo.rvops")
        assert ana.replica.views.has_conversations()
        assert ana.pane.placeholder.text() == "Pick a conversation on the left."
    ui.run(demo())
