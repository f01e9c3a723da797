"""Claim (S2), transfer (S7), close (S10), history (S8) and the contact panel's permissions (S6),
driven through the real widgets against the real server."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rvops_desktop.ui.qt_models import roles
from tests.support.servers import Agent

pytestmark = pytest.mark.gui


def _ids(model):
    return {model.index(i).data(roles.ID) for i in range(model.rowCount())}


def _set_permissions(server, user_id, permissions):
    from rvops_server.store import schema as t
    with server.services.store.write() as uow:
        uow.conn.execute(t.users.update().where(t.users.c.id == user_id).values(permissions=permissions))
        uow.changed("users", user_id)


def test_transfer_lists_teams_and_agents_and_removes_the_conversation(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        window.transfer()
        dialog = window.last_dialog
        labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert any("Vendas" in label for label in labels) and any("Suporte" in label for label in labels)
        assert any(label.startswith("Bruno Lima") for label in labels)
        assert not any(label.startswith("Ana Souza") for label in labels)  # not to the holder
        assert all("online" in label or "offline" in label or "away" in label for label in labels)
        dialog.search.setText("bru")
        visible = [dialog.list.item(i).text() for i in range(dialog.list.count()) if not dialog.list.item(i).isHidden()]
        assert visible == [label for label in labels if label.startswith("Bruno")]
        dialog.note_edit.setPlainText("Cliente quer Enterprise")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        # gone from my inbox at once (optimistic), and for good once the server accepted it
        await ui.until(lambda: "cv_maria" not in _ids(window.inbox_model), what="left Mine")
        await ui.engines[0][0].wait_idle(10)
        assert "cv_maria" not in _ids(window.inbox_model)
        bruno = Agent(ui.server.url, "bruno@demo.rvops")
        conversation = next(c for c in bruno.bootstrap()["conversations"] if c["id"] == "cv_maria")
        assert conversation["assignee_id"] == "u_bruno"
        messages = bruno.http.get("/api/v1/conversations/cv_maria/messages").raise_for_status().json()
        rows = messages if isinstance(messages, list) else messages.get("messages", [])
        assert any(m["kind"] == "note" and m["text"] == "Cliente quer Enterprise" for m in rows)  # the note went along
        bruno.close()
    ui.run(scenario())


def test_claim_race_shows_who_won(ui):
    async def scenario():
        ana = await ui.open_window("ana@demo.rvops")
        bruno = await ui.open_window("bruno@demo.rvops")
        for window in (ana, bruno):
            window.views.setCurrentIndex(window.views_model.index(1))  # Queue
            await ui.until(lambda w=window: "cv_lucia" in _ids(w.inbox_model), what="queue")
            w_list = window.list
            assert w_list.select("cv_lucia") and w_list.claim_button.isVisible()
        # both press Claim before either hears of the other's: exactly one wins
        ana.list.claim_button.click()
        bruno.list.claim_button.click()
        await ui.until(lambda: getattr(bruno, "last_refusal", None) or getattr(ana, "last_refusal", None),
                       what="the loser told")
        loser, winner_name = (bruno, "Ana Souza") if getattr(bruno, "last_refusal", None) else (ana, "Bruno Lima")
        assert winner_name in loser.last_refusal
        assert winner_name in loser.statusBar().currentMessage()
    ui.run(scenario())


def test_close_asks_for_confirmation(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        window.close_conversation()
        box = window.last_dialog
        assert isinstance(box, QMessageBox) and "Maria Oliveira" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert "cv_maria" in _ids(window.inbox_model)
        window.close_conversation()
        window.last_dialog.button(QMessageBox.StandardButton.Yes).click()
        await ui.until(lambda: "cv_maria" not in _ids(window.inbox_model), what="closed")
        window.views.setCurrentIndex(window.views_model.index(window.views_model.rowCount() - 1))  # Closed
        await ui.until(lambda: "cv_maria" in _ids(window.inbox_model), what="in Closed")
    ui.run(scenario())


def test_history_shows_every_past_conversation_offline(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        await ui.engines[0][0].stop()  # offline: the history comes from the replica only
        window.history()
        dialog = window.last_dialog
        ids = [dialog.conversations.item(i).data(256) for i in range(dialog.conversations.count())]
        assert set(ids) == {"cv_maria", "cv_maria_old"}
        dialog.conversations.setCurrentRow(ids.index("cv_maria_old"))
        texts = [dialog.thread_model.index(i).data() for i in range(dialog.thread_model.rowCount())]
        assert "Vocês emitem nota fiscal?" in texts
    ui.run(scenario())


def test_contact_panel_edits_with_permission_and_is_read_only_without(ui):
    _set_permissions(ui.server, "u_bruno", {"edit_contact": False})

    async def scenario():
        ana = await ui.open_window("ana@demo.rvops")
        ana.list.select("cv_maria")
        await ui.until(lambda: ana.pane.conversation_id == "cv_maria")
        panel = ana.contact_panel
        await ui.until(lambda: panel.name.text() == "Maria Oliveira", what="panel filled")
        assert set(panel.create_buttons) == {"deal", "company", "task"}  # ana was granted create_company
        assert [panel.lists["deal"].item(i).text() for i in range(panel.lists["deal"].count())][0].startswith(
            "Upgrade para Enterprise")
        city = panel.fields["cidade"]
        assert not city.isReadOnly() and city.text() == "São Paulo"
        city.setText("Campinas")
        city.editingFinished.emit()
        await ui.engines[0][0].wait_idle(10)
        agent = Agent(ui.server.url, "carla@demo.rvops")
        maria = next(c for c in agent.bootstrap()["contacts"] if c["id"] == "c_maria")
        assert maria["properties"]["cidade"] == "Campinas"
        agent.close()
        bruno = await ui.open_window("bruno@demo.rvops")
        bruno.views.setCurrentIndex(bruno.views_model.index(1))
        await ui.until(lambda: "cv_lucia" in _ids(bruno.inbox_model))
        bruno.list.select("cv_lucia")
        await ui.until(lambda: bruno.pane.conversation_id == "cv_lucia")
        panel = bruno.contact_panel
        await ui.until(lambda: panel.name.text() == "Lúcia Araújo", what="panel filled")
        assert all(edit.isReadOnly() if hasattr(edit, "isReadOnly") else not edit.isEnabled()
                   for edit in panel.fields.values())
        assert "edit contact" in panel.read_only_reason.text()
        assert "company" not in panel.create_buttons  # agents may not create companies
        assert {"deal", "task"} <= set(panel.create_buttons)
        # creating from the panel: a deal linked to the contact, listed once the server has it
        ana.contact_panel.createRequested.emit("deal", "c_maria", {"title": "Renovação anual"})
        await ui.until(lambda: any(ana.contact_panel.lists["deal"].item(i).text().startswith("Renovação anual")
                                   for i in range(ana.contact_panel.lists["deal"].count())), what="deal listed")
    ui.run(scenario())
