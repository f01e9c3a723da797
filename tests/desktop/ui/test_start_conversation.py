"""Start a conversation (issue 18 #2): the agent finds the contact, fills the template with its
preview and starts it; the new conversation opens under Mine with the template sent, and the server
has it. A contact already in an open conversation is not written to twice: the dialog says who
holds it and opens that one instead."""
from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from rvops_server.store import schema as t

pytestmark = pytest.mark.gui


def _server_conversation(live_server, conversation_id):
    with live_server.services.store.read() as conn:
        row = conn.execute(sa.select(t.conversations).where(t.conversations.c.id == conversation_id)).first()
        return dict(row._mapping) if row is not None else None


def test_a_conversation_is_started_with_a_template_and_opens_under_mine(ui, live_server, qtbot):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.session.actions.close("cv_joao")                # João is free to be written to
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="closed")
        dialog = window.start_conversation()
        start = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not start.isEnabled() and dialog.missing.text() == "Choose the contact to write to."
        qtbot.keyClicks(dialog.search, "joao")   # accents do not matter, as in the inbox search
        await ui.until(lambda: dialog.contacts.count() > 0, what="João found")
        dialog.contacts.setCurrentRow(0)
        assert dialog.contact().name.startswith("João") and not dialog.busy.isVisible()
        # one Meta approved (in the seed and in the stand-in, whose template sync may mark others missing)
        (row,) = [i for i in range(dialog.templates.count())
                  if dialog.templates.item(i).data(Qt.ItemDataRole.UserRole).name == "retomar_atendimento"]
        dialog.templates.setCurrentRow(row)
        for edit in dialog.inputs:
            if not edit.text():
                edit.setText("o boleto de março")
        assert start.isEnabled() and "João" in dialog.preview.text()
        start.click()
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the start accepted")
        opened = window.pane.conversation
        assert opened is not None and opened.id != "cv_joao" and opened.contact_id == dialog.contact().id
        assert opened.assignee_id == "u_ana" and opened.id in window.inbox
        server = _server_conversation(live_server, opened.id)
        assert server["status"] == "open" and server["assignee_id"] == "u_ana"
        assert window.pane.composer.locked                      # until the contact answers (S11)
    ui.run(scenario())


def test_a_contact_in_an_open_conversation_is_offered_that_conversation(ui, qtbot):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        maria = window.replica.store.contact(window.replica.store.conversation("cv_maria").contact_id)
        dialog = window.start_conversation(maria)
        assert dialog.busy.isVisible() and "with you" in dialog.busy.text()
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.open_instead.click()
        await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="Maria's conversation open")
        assert not dialog.isVisible()
    ui.run(scenario())


def test_the_keyboard_goes_from_the_search_to_the_contact_the_template_and_its_variables(ui, qtbot):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.session.actions.close("cv_joao")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="closed")
        dialog = window.start_conversation()
        await ui.until(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed(),
                       what="the dialog shown")
        dialog.activateWindow()
        await ui.until(lambda: dialog.focusWidget() is dialog.search, what="the search has the focus")
        qtbot.keyClicks(dialog.search, "joao")
        await ui.until(lambda: dialog.contacts.count() > 0, what="João found")
        steps = []
        for _ in range(4):
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            await asyncio.sleep(0.02)   # a person's pace: the chosen contact's variables are shown by then
            steps.append(dialog.focusWidget())
        assert len(dialog.inputs) >= 2   # the first template's variables, in order
        assert steps == [dialog.contacts, dialog.templates, *dialog.inputs[:2]]
        assert dialog.contact() is not None and dialog.contact().name.startswith("João")
    ui.run(scenario())
