"""The 24-hour window (S11): the locked composer with its reason; resume by template on WhatsApp;
on Instagram, only the contact can reopen it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from rvops_desktop.ui.qt_models import roles

pytestmark = pytest.mark.gui


def test_locked_whatsapp_conversation_resumes_with_a_template(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_joao")  # last inbound 30 h ago
        await ui.until(lambda: window.pane.conversation_id == "cv_joao")
        composer = window.pane.composer
        assert composer.locked
        assert "24-hour window is closed" in composer.lock_reason.text()
        assert composer.resume_button.isVisibleTo(window)
        composer.resume_button.click()
        dialog = window.last_dialog
        names = [dialog.templates.item(i).text().split()[0] for i in range(dialog.templates.count())]
        assert "promocao_black_friday" not in names  # only approved templates
        dialog.templates.setCurrentRow(names.index("retomar_atendimento"))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert [e.text() for e in dialog.inputs] == ["João", ""]
        assert not ok.isEnabled()  # every variable must be filled
        assert "[2]" in dialog.preview.text()  # the live preview marks the empty variable
        dialog.inputs[1].setText("o boleto")
        preview = dialog.preview.text()
        assert "João" in preview and "o boleto" in preview and "[" not in preview and "{{" not in preview
        assert ok.isEnabled()
        ok.click()
        model = window.pane.thread_model

        def template_message():
            last = model.index(model.rowCount() - 1).data(roles.ROW)
            return last if last is not None and last.kind == "template" else None
        await ui.until(template_message, what="template in the thread")
        await ui.until(lambda: template_message().status in ("sent", "delivered", "read"), what="template sent")
        assert template_message().text == preview
        assert composer.locked  # unlocks only when the contact writes again
        await ui.customer_writes("+5521998765432", "João Pereira", "Oi, pode sim")
        await ui.until(lambda: not composer.locked, what="unlocked by the contact's message")
    ui.run(scenario())


def test_instagram_out_of_window_says_the_contact_must_write_first(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_pedro")
        await ui.until(lambda: window.pane.conversation_id == "cv_pedro")
        composer = window.pane.composer
        assert composer.locked
        assert "on Instagram the contact must write first" in composer.lock_reason.text()
        assert not composer.resume_button.isVisibleTo(window)
        # the list row shows the window state too
        row = window.inbox_model.row_of("cv_pedro")
        state = window.inbox_model.index(row).data(roles.WINDOW)
        assert not state.is_open and not state.can_resume
    ui.run(scenario())
