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
