"""The contact panel edits what the workspace defines, as it defines it: configured order, hidden
properties left out, a choice as a list, yes/no as a check box, a date as a date picker, numbers
read in the agent's way of writing them; what does not fit is said at the form (with the
property's label, not its key) and not sent; a new contact gets every defined property."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit

from rvops_desktop.ui.widgets.property_editors import number_example
from tests.support.servers import Agent

pytestmark = pytest.mark.gui


def _server_contact(ui, contact_id: str) -> dict:
    agent = Agent(ui.server.url, "carla@demo.rvops")
    try:
        return next(c for c in agent.bootstrap()["contacts"] if c["id"] == contact_id)
    finally:
        agent.close()


def test_properties_are_edited_by_their_kind_and_bad_input_is_said_not_lost(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        panel = window.contact_panel
        await ui.until(lambda: panel.name.text() == "Maria Oliveira", what="panel filled")
        assert list(panel.fields) == ["name", "phone", "email", "plano", "cidade", "cliente_desde", "nps", "vip"]
        assert "origem" not in panel.fields  # configured hidden
        plano, vip, since, nps = (panel.fields[k] for k in ("plano", "vip", "cliente_desde", "nps"))
        assert isinstance(plano, QComboBox) and plano.currentText() == "Pro"
        assert [plano.itemText(i) for i in range(plano.count())] == ["—", "Básico", "Pro", "Enterprise"]
        assert isinstance(vip, QCheckBox) and vip.isChecked()
        assert isinstance(since, QDateEdit) and since.date() == QDate(2023, 4, 1)
        assert isinstance(nps, QLineEdit) and nps.text() == "9"

        plano.setCurrentIndex(plano.findText("Enterprise"))
        plano.activated.emit(plano.currentIndex())
        vip.setChecked(False)
        since.setDate(QDate(2022, 12, 31))
        since.editingFinished.emit()
        nps.setText("nove")
        nps.editingFinished.emit()
        assert panel.field_error.isVisibleTo(panel) and panel.field_error.text().startswith("NPS was not saved")
        assert panel.field_error.text().endswith(f"type a number, such as {number_example()}.")
        assert nps.placeholderText() == "—" and number_example() in nps.toolTip()
        nps.setText("10")
        nps.editingFinished.emit()
        assert not panel.field_error.isVisibleTo(panel)
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the edits accepted")
        props = _server_contact(ui, "c_maria")["properties"]
        assert (props["plano"], props["vip"], props["cliente_desde"], props["nps"]) == ("Enterprise", False,
                                                                                     "2022-12-31", 10)
        assert getattr(window, "last_refusal", None) is None  # nothing refused by the server
    ui.run(scenario())


def test_a_new_contact_gets_every_defined_property(ui):
    async def scenario():
        await ui.customer_writes("+5548999990077", "Nova Cliente", "Olá")
        window = await ui.open_window("carla@demo.rvops")  # a supervisor: sees the new conversation
        agent = Agent(ui.server.url, "carla@demo.rvops")
        try:
            conversation = next(c for c in agent.bootstrap()["conversations"]
                                if c["status"] == "open" and c["id"] not in ("cv_maria", "cv_joao", "cv_pedro", "cv_lucia"))
        finally:
            agent.close()
        await ui.until(lambda: window.replica.store.conversation(conversation["id"]) is not None, what="synced")
        window.open_conversation(conversation["id"])
        panel = window.contact_panel
        await ui.until(lambda: panel.name.text() == "Nova Cliente", what="panel filled")
        assert list(panel.fields)[3:] == ["plano", "cidade", "cliente_desde", "nps", "vip"]
        plano = panel.fields["plano"]
        assert plano.currentText() == "—"
        plano.setCurrentIndex(plano.findText("Básico"))
        plano.activated.emit(plano.currentIndex())
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the edit accepted")
        assert _server_contact(ui, conversation["contact_id"])["properties"]["plano"] == "Básico"
    ui.run(scenario())


def test_a_deal_shows_its_stage_by_name_moves_stage_and_a_task_is_ticked(ui):
    from PySide6.QtCore import Qt

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        panel = window.contact_panel
        await ui.until(lambda: panel.lists["deal"].count() == 1 and panel.lists["task"].count() == 1, what="filled")
        deals, tasks = panel.lists["deal"], panel.lists["task"]
        assert deals.item(0).text() == "Upgrade para Enterprise — Proposal"  # the stage by name, not its key
        panel._deal_menu(deals.visualItemRect(deals.item(0)).center())
        menu = panel.last_menu
        assert [a.text() for a in menu.actions()] == ["New", "Qualification", "Proposal", "Negotiation", "Won", "Lost"]
        assert [a.text() for a in menu.actions() if a.isChecked()] == ["Proposal"]
        next(a for a in menu.actions() if a.text() == "Won").trigger()
        menu.close()
        await ui.until(lambda: deals.count() == 1 and deals.item(0).text().endswith("— Won"), what="deal won")
        task = tasks.item(0)
        assert task.checkState() == Qt.CheckState.Unchecked and task.text() == "Ligar para a Maria sobre a proposta"
        task.setCheckState(Qt.CheckState.Checked)
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="both accepted")
        seen = Agent(ui.server.url, "carla@demo.rvops")
        try:
            snapshot = seen.bootstrap()
            assert next(d for d in snapshot["deals"] if d["id"] == "d_maria_pro")["stage"] == "won"
            assert next(t for t in snapshot["tasks"] if t["id"] == "tk_ligar")["done"] is True
        finally:
            seen.close()
        await ui.until(lambda: tasks.count() == 1 and tasks.item(0).checkState() == Qt.CheckState.Checked,
                       what="the tick kept after the server's answer")
    ui.run(scenario())


@pytest.mark.parametrize("width, height", [(1360, 768), (1920, 1080)])
def test_a_long_e_mail_shows_whole_on_a_laptop_screen(ui, width, height):
    """Issue 15 #11: at 1360×768 the e-mail field was clipped to '@example.com.br'. A value too long
    to sit beside its label goes under it; it shows from its beginning, whole."""
    email = "maria.oliveira@example.com.br"
    agent = Agent(ui.server.url, "carla@demo.rvops")
    try:
        assert agent.mutate("update_contact", contact_id="c_maria", fields={"email": email})["status"] == "accepted"
    finally:
        agent.close()

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.resize(width, height)
        window.list.select("cv_maria")
        panel = window.contact_panel
        await ui.until(lambda: panel.fields.get("email") is not None and panel.fields["email"].text() == email,
                       what="the e-mail in the panel")
        await ui.until(lambda: panel.fields["email"].isVisible(), what="the panel laid out")
        field = panel.fields["email"]
        assert field.cursorPosition() == 0  # its beginning is what shows
        assert field.fontMetrics().horizontalAdvance(email) + 8 <= field.contentsRect().width(), field.width()
        assert field.mapTo(window, field.rect().topRight()).x() <= window.width()  # inside the window
        name = panel.fields["name"]  # a short value stays beside its label
        assert name.mapTo(panel, name.rect().topLeft()).y() < field.mapTo(panel, field.rect().topLeft()).y()
    ui.run(scenario())


def test_the_next_contact_with_the_same_fields_reuses_the_editors_with_its_own_values(ui):
    """Switching conversations refills the form instead of building it again (no widgets created,
    polished and laid out per switch); what the agent then edits goes to the contact now shown."""
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        panel = window.contact_panel
        window.list.select("cv_maria")
        await ui.until(lambda: panel.name.text() == "Maria Oliveira", what="Maria's panel")
        widgets = dict(panel.fields)
        assert widgets["nps"].text() == "9" and widgets["vip"].isChecked()
        window.list.select("cv_joao")
        await ui.until(lambda: panel.name.text() != "Maria Oliveira", what="João's panel")
        joao = window.pane.contact
        assert panel.fields == widgets  # the very same editors
        assert panel.fields["name"].text() == joao.name and panel.fields["phone"].text() == (joao.phone or "")
        assert panel.fields["nps"].text() == str((joao.properties or {}).get("nps", ""))
        assert panel.fields["vip"].isChecked() == bool((joao.properties or {}).get("vip"))
        panel.fields["nps"].setText("7")
        panel.fields["nps"].editingFinished.emit()
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the edit accepted")
        assert _server_contact(ui, joao.id)["properties"]["nps"] == 7
        assert _server_contact(ui, "c_maria")["properties"]["nps"] == 9  # Maria's untouched
        window.list.select("cv_maria")
        await ui.until(lambda: panel.name.text() == "Maria Oliveira", what="Maria's panel again")
        assert panel.fields == widgets and panel.fields["nps"].text() == "9"
    ui.run(scenario())


def test_with_no_conversation_open_the_panel_says_what_will_show_there(ui):
    """Before a conversation is picked, the panel was a blank column: it says what shows there, until
    a conversation is open — and again once none is."""
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        panel = window.contact_panel
        assert panel.empty.isVisibleTo(panel) and "conversation is open" in panel.empty.text()
        assert not panel._scroll.isVisibleTo(panel)
        window.list.select("cv_maria")
        await ui.until(lambda: panel.name.text() == "Maria Oliveira", what="panel filled")
        assert not panel.empty.isVisibleTo(panel) and panel._scroll.isVisibleTo(panel)
        panel.show_contact(None)
        assert panel.empty.isVisibleTo(panel) and not panel._scroll.isVisibleTo(panel)
    ui.run(scenario())


@pytest.mark.parametrize("locale, example", [("pt_BR", "1234,5"), ("en_US", "1234.5")])
def test_a_number_is_shown_as_it_is_typed_in_the_language_of_the_app(qapp, locale, example):
    """The empty number field showed a grey "1.234,5" (read as the contact's value, with a separator the
    field never shows), and the English error said "such as 1234,5"."""
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert number_example() == example
    finally:
        QLocale.setDefault(before)


def test_the_wheel_over_a_choice_or_a_date_scrolls_the_panel_and_changes_nothing(ui):
    """Rolled over on the way down the panel, Qt's combo box took the next choice and the panel saved
    it on the contact (and the date picker stepped its date). Only a field the agent is in turns."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    def roll(widget) -> None:
        middle = QPointF(widget.width() / 2, widget.height() / 2)
        event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, -120),
                            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        panel = window.contact_panel
        await ui.until(lambda: panel.name.text() == "Maria Oliveira", what="panel filled")
        edits = []
        panel.fieldEdited.connect(lambda *edit: edits.append(edit))
        plano, since = panel.fields["plano"], panel.fields["cliente_desde"]
        window.list.view.setFocus()
        roll(plano)
        roll(since)
        assert (plano.currentText(), since.date(), edits) == ("Pro", QDate(2023, 4, 1), [])
        assert not plano.hasFocus()   # the wheel gave it no focus either
        plano.setFocus()
        roll(plano)   # in it: the wheel chooses, as a click would
        assert plano.currentText() == "Enterprise" and edits == [("c_maria", "plano", "Enterprise")]
    ui.run(scenario())
