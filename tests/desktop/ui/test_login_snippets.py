"""The login dialog against a real server, and the snippets screen (with permission)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tests.support.servers import Agent

pytestmark = pytest.mark.gui


def test_login_dialog_signs_in_and_remembers_server_and_account(ui, tmp_path):
    from rvops_desktop.ui.dialogs.login import LoginDialog
    settings = QSettings(str(tmp_path / "login.ini"), QSettings.Format.IniFormat)

    async def scenario():
        dialog = LoginDialog(settings=settings)
        dialog.show()
        dialog.server.setText(ui.server.url)
        dialog.email.setText("ana@demo.rvops")
        dialog.password.setText("wrong")
        dialog.submit()
        await ui.until(lambda: dialog.problem.text(), what="refusal sentence")
        assert "Wrong e-mail or password" in dialog.problem.text()
        dialog.password.setText("demo")
        dialog.submit()
        await ui.until(lambda: dialog.user is not None, what="signed in")
        assert dialog.user["id"] == "u_ana" and dialog.session.token
        await dialog.session.client.aclose()
        again = LoginDialog(settings=settings)
        assert again.server.text() == ui.server.url and again.email.text() == "ana@demo.rvops"
        assert again.password.text() == ""
    ui.run(scenario())


def test_snippets_screen_creates_edits_and_deletes_with_permission(ui):
    async def scenario():
        bruno = await ui.open_window("bruno@demo.rvops")  # an agent: no manage_snippets
        assert not bruno.snippets_action.isEnabled()
        ana = await ui.open_window("ana@demo.rvops")  # granted manage_snippets in the demo
        assert ana.snippets_action.isEnabled()
        ana.snippets()
        dialog = ana.last_dialog
        dialog.new()
        dialog.shortcut.setText("prazo")
        dialog.title.setText("Prazo de entrega")
        dialog.body.setPlainText("O prazo é de 5 dias úteis, {{contact.name}}.")
        dialog.save()
        engine = ui.engines[1][0]
        await engine.wait_idle(10)
        agent = Agent(ui.server.url, "carla@demo.rvops")
        assert any(s["shortcut"] == "prazo" for s in agent.bootstrap()["snippets"])
        dialog.title.setText("Prazo")
        dialog.save()
        await engine.wait_idle(10)
        assert next(s for s in agent.bootstrap()["snippets"] if s["shortcut"] == "prazo")["title"] == "Prazo"
        snippet_id = dialog._editing
        ana.session.actions.delete_snippet(snippet_id)
        await engine.wait_idle(10)
        assert not any(s["shortcut"] == "prazo" for s in agent.bootstrap()["snippets"])
        agent.close()
    ui.run(scenario())


def test_the_snippets_screen_from_the_keyboard_enter_saves(ui, qtbot):
    """New (Alt+N), the shortcut and the title typed, Tab out of the text to the buttons, Enter in the
    title saves — before, Enter pressed New and emptied the form."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    async def scenario():
        ana = await ui.open_window("ana@demo.rvops")
        ana.snippets()
        dialog = ana.last_dialog
        dialog.new()
        qtbot.keyClicks(dialog.shortcut, "prazo")
        qtbot.keyClicks(dialog.title, "Prazo de entrega")
        dialog.body.setFocus()
        dialog.body.setPlainText("O prazo é de 5 dias úteis.")
        qtbot.keyClick(dialog.body, Qt.Key.Key_Tab)
        assert dialog.body.toPlainText() == "O prazo é de 5 dias úteis."   # Tab left the text, wrote nothing
        assert QApplication.focusWidget() is not dialog.body
        dialog.title.setFocus()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
        assert (dialog.shortcut.text(), dialog.title.text()) == ("prazo", "Prazo de entrega")
        engine = ui.engines[-1][0]
        await engine.wait_idle(10)
        agent = Agent(ui.server.url, "carla@demo.rvops")
        try:
            assert any(s["shortcut"] == "prazo" and s["body"] == "O prazo é de 5 dias úteis."
                       for s in agent.bootstrap()["snippets"])
        finally:
            agent.close()
    ui.run(scenario())
