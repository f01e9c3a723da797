"""@mentions (issue 15 #16): Ana's hidden note "@Carla …" is announced on Carla's desk (a
supervisor, who sees the conversation), once, naming who mentioned her; a note that mentions
nobody, or Ana's own, announces nothing."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_a_note_mentioning_a_colleague_is_announced_on_her_desk(ui):
    async def scenario():
        ana = await ui.open_window("ana@demo.rvops")
        carla = await ui.open_window("carla@demo.rvops")
        before = len(carla.notifier.history)
        ana.session.actions.add_note("cv_maria", "Cliente pediu retorno amanhã")
        ana.session.actions.add_note("cv_maria", "@Carla, pode aprovar 10% no plano anual?")
        await ui.until(lambda: any(n.kind == "mention" for n in carla.notifier.history), timeout=20,
                       what="the mention on Carla's desk")
        notices = carla.notifier.history[before:]
        (mention,) = [n for n in notices if n.kind == "mention"]
        assert mention.conversation_id == "cv_maria" and mention.title == "Ana Souza mentioned you"
        assert mention.body == "Maria Oliveira: @Carla, pode aprovar 10% no plano anual?"
        assert not [n for n in ana.notifier.history if n.kind == "mention"]   # not to its author
    ui.run(scenario(), timeout=90)


def test_typing_at_in_a_note_offers_colleagues_and_enter_writes_the_name(ui, qtbot):
    from PySide6.QtCore import Qt

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        composer = window.pane.composer
        qtbot.keyClicks(composer.edit, "Veja @car")
        assert not composer.popup.isVisible()                       # only in a hidden note
        composer.edit.clear()
        composer.note_toggle.click()
        qtbot.keyClicks(composer.edit, "Veja @car")
        assert composer.popup.isVisible() and composer.popup.item(0).text() == "@Carla Mendes"
        assert composer.popup.count() == 1                           # nobody else's name starts so
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)              # chooses, does not send
        assert composer.edit.toPlainText() == "Veja @Carla Mendes " and not composer.popup.isVisible()
        qtbot.keyClicks(composer.edit, "por favor")
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)              # sends the note
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the note accepted")
        assert composer.edit.toPlainText() == ""
    ui.run(scenario())


def test_a_deactivated_colleague_is_not_offered_for_a_mention(ui, qtbot):
    """The replica's users carry `active` in `extra`: the @-list read a missing attribute and so
    offered everyone, deactivated accounts too."""
    async def scenario():
        admin = await ui.open_window("admin@demo.rvops")
        window = await ui.open_window("ana@demo.rvops")
        users = admin.settings().users
        (row,) = [i for i in range(users.list.count()) if users.list.item(i).text().startswith("Carla Mendes")]
        users.list.setCurrentRow(row)
        users.toggle_active()
        await ui.until(lambda: (window.replica.store.user("u_carla").extra or {}).get("active") is False, timeout=20,
                       what="Carla deactivated on Ana's desk")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria open")
        composer = window.pane.composer
        composer.note_toggle.click()
        qtbot.keyClicks(composer.edit, "Veja @")
        names = [composer.popup.item(i).text() for i in range(composer.popup.count())]
        assert composer.popup.isVisible() and "@Bruno Lima" in names and "@Carla Mendes" not in names
    ui.run(scenario())
