"""Customer and agent text is shown literally: a WhatsApp profile name or message written as HTML
is never rendered as HTML by any label, message box or tooltip (rvops_desktop/ui/plain_text.py)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from rvops_desktop.ui.qt_models import roles

pytestmark = pytest.mark.gui

NAME = "<h1><font color=red>PAGUE VIA PIX</font></h1>"
TEXT = '<a href="file:///etc/passwd">abra o boleto</a>'
HOSTILE = ("PAGUE VIA PIX", "file:///", "<h1><font")


def shown(text: str) -> str:
    """What Qt puts on screen for a label/tooltip text it may take for rich text."""
    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _hostile(text: str) -> bool:
    return any(part in (text or "") for part in HOSTILE)


def _check_every_widget(top_levels) -> list[str]:
    """Every label and message box showing hostile text is plain; every such tooltip shows it literally."""
    checked = []
    for top in top_levels:
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, (QLabel, QMessageBox)) and _hostile(widget.text()):
                assert widget.textFormat() == Qt.TextFormat.PlainText, (widget.objectName(), widget.text())
                checked.append(widget.objectName() or type(widget).__name__)
            if _hostile(widget.toolTip()):
                assert "<" in shown(widget.toolTip()), (widget.objectName(), widget.toolTip())
                checked.append(f"tooltip:{widget.objectName()}")
    return checked


def test_a_hostile_contact_name_and_message_show_as_plain_text_everywhere(ui):
    async def scenario():
        window = await ui.open_window("carla@demo.rvops")  # a supervisor: may act on the queue and resume
        await ui.customer_writes("+5511955554444", NAME, TEXT)
        window.views.setCurrentIndex(window.views_model.index(1))  # the queue
        model = window.inbox_model

        def hostile_row():
            for i in range(model.rowCount()):
                row = model.index(i).data(roles.ROW)
                if row is not None and row.display_name == NAME:
                    return i, row.id
            return None
        index, conversation_id = await ui.until(hostile_row, what="the customer's conversation")
        tooltip = model.index(index).data(Qt.ItemDataRole.ToolTipRole)
        assert shown(tooltip) == TEXT  # the inbox tooltip: literally what the customer wrote

        assert window.list.select(conversation_id)
        await ui.until(lambda: window.pane.conversation_id == conversation_id, what="the conversation open")
        await ui.until(lambda: window.contact_panel.name.text() == NAME, what="the contact panel")
        assert window.pane.header.title.text() == NAME
        checked = _check_every_widget([window])
        assert {"conversationTitle", "contactName"} <= set(checked), checked

        window.close_conversation()  # the confirmation quotes the contact's name
        box = window.last_dialog
        assert isinstance(box, QMessageBox) and NAME in box.text()
        assert box.textFormat() == Qt.TextFormat.PlainText
        box.reject()

        window.resume()  # the template's preview is filled with the contact's first word
        dialog = window.last_dialog
        assert "<h1><font" in dialog.preview.text()
        checked = _check_every_widget([dialog])
        assert "templatePreview" in checked, checked
        dialog.reject()
        _check_every_widget(QApplication.topLevelWidgets())

    ui.run(scenario())


def test_the_call_bar_shows_a_hostile_name_plainly(qapp):
    from rvops_desktop.ui.widgets.elided_label import ElidedLabel
    label = ElidedLabel()
    label.setText(f"Chamando {NAME}")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert shown(label.toolTip()) == f"Chamando {NAME}"
