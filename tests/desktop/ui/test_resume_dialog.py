"""Resume (S11): an empty template variable is said, not silently ignored."""
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from rvops_desktop.models.tables import Template
from rvops_desktop.ui.dialogs.resume import ResumeDialog

pytestmark = pytest.mark.gui


class Contact:
    name = "Maria Oliveira"


def test_an_empty_variable_is_named_and_filling_it_allows_sending(qtbot):
    template = Template(id="tpl", name="retomar_atendimento", language="pt_BR", category="UTILITY", status="APPROVED",
                        components=[{"type": "BODY", "text": "Olá {{1}}! Podemos continuar sobre {{2}}?"}])
    dialog = ResumeDialog([template], Contact())
    qtbot.addWidget(dialog)
    send = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.inputs[0].text() == "Maria"  # the contact's first name fills {{1}}
    assert not send.isEnabled() and dialog.missing.isVisibleTo(dialog)
    assert "{{2}}" in dialog.missing.text() and "{{1}}" not in dialog.missing.text()
    dialog.inputs[1].setText("o upgrade")
    assert send.isEnabled() and not dialog.missing.isVisibleTo(dialog)
    assert dialog.preview_text() == "Olá Maria! Podemos continuar sobre o upgrade?"
    dialog.inputs[0].setText("  ")
    assert not send.isEnabled() and "{{1}}" in dialog.missing.text()


def test_without_templates_it_says_to_choose_one(qtbot):
    dialog = ResumeDialog([], Contact())
    qtbot.addWidget(dialog)
    assert dialog.missing.text() == "Choose an approved template."
