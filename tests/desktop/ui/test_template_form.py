"""Settings ▸ Templates' form (issue 16): a header (text with its example, or a media file's sample
handle), the footer and the buttons are written as Meta takes them; the bubble beside them shows
header, body, footer and buttons as WhatsApp does; what Meta would refuse is said and marked before
submitting. Resuming with such a template asks for each part's value by its name."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from rvops_contract.wire import MutationType
from rvops_desktop.models.tables import Template
from rvops_desktop.ui.dialogs.resume import ResumeDialog
from rvops_desktop.ui.dialogs.settings_templates import TemplatesPage
from rvops_desktop.ui.widgets.template_bubble import TemplateBubble

pytestmark = pytest.mark.gui


class Store:
    def templates(self, approved_only: bool = False) -> list:
        return []


@pytest.fixture
def page(qtbot):
    submitted = []
    page = TemplatesPage(Store(), lambda verdict, kind, args, done: submitted.append((kind, args)))
    page.submitted = submitted
    qtbot.addWidget(page)
    page.name.setText("pedido_enviado")
    page.body.setPlainText("Olá {{1}}, seu pedido saiu.")
    page.examples.setText("Maria")
    return page


def test_header_footer_and_buttons_are_submitted_as_meta_takes_them_and_shown_in_the_bubble(page):
    form = page.form
    form.header_kind.setCurrentIndex(form.header_kind.findData("TEXT"))
    form.header_text.setText("Pedido {{1}}")
    assert not page.submit_button.isEnabled() and form.flagged is form.header_example
    form.header_example.setText("#1234")
    page.footer.setText("Rvops CRM")
    link = form.buttons.add("URL", "Rastrear", "https://rastreio.example/{{1}}")
    assert link.example.isVisibleTo(page) and form.flagged is form.buttons  # its ending's example is missing
    link.example.setText("BR123")
    form.buttons.add("PHONE_NUMBER", "Ligar", "11 98765-4321")  # read as E.164, Brazil by default
    form.buttons.add("QUICK_REPLY", "Obrigado")
    assert page.submit_button.isEnabled() and page.verdict.text() == "" and form.flagged is None

    assert page.preview.header.text() == "Pedido #1234" and page.preview.body.text() == "Olá Maria, seu pedido saiu."
    assert page.preview.footer.text() == "Rvops CRM" and not page.preview.media.isVisibleTo(page)
    assert page.preview.button_texts() == ["↗ Rastrear", "📞 Ligar", "↩ Obrigado"]
    page.submit()
    [(kind, args)] = page.submitted
    assert kind is MutationType.CREATE_TEMPLATE and args["name"] == "pedido_enviado"
    assert args["components"] == [
        {"type": "HEADER", "format": "TEXT", "text": "Pedido {{1}}", "example": {"header_text": ["#1234"]}},
        {"type": "BODY", "text": "Olá {{1}}, seu pedido saiu.", "example": {"body_text": [["Maria"]]}},
        {"type": "FOOTER", "text": "Rvops CRM"},
        {"type": "BUTTONS", "buttons": [
            {"type": "URL", "text": "Rastrear", "url": "https://rastreio.example/{{1}}",
             "example": ["https://rastreio.example/BR123"]},
            {"type": "PHONE_NUMBER", "text": "Ligar", "phone_number": "+5511987654321"},
            {"type": "QUICK_REPLY", "text": "Obrigado"}]}]


def test_what_meta_would_refuse_is_said_and_marked_before_submitting(page):
    form = page.form

    def said() -> str:
        assert not page.submit_button.isEnabled()
        return page.verdict.text()
    page.footer.setText("Até {{1}}")
    assert said() == "The footer has at most 60 characters and no variables." and form.flagged is page.footer
    page.footer.setText("Rvops")
    form.header_kind.setCurrentIndex(form.header_kind.findData("IMAGE"))
    assert said() == "Give Meta's handle of a sample file: Meta's review needs it."
    assert form.flagged is form.header_example and form.header_example_label.text() == "Sample file"
    form.header_example.setText("4::aW1hZ2UvanBlZw==:ARb")
    assert page.submit_button.isEnabled() and page.preview.media.text() == "🖼 Image"
    assert form.components()[0] == {"type": "HEADER", "format": "IMAGE",
                                    "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARb"]}}
    row = form.buttons.add("QUICK_REPLY", "Uma resposta longa demais aqui")
    assert said().startswith("Every button needs a text of up to 25 characters") and form.flagged is form.buttons
    row.text.setText("Sim")
    form.buttons.add("URL", "Site", "https://loja.example/{{1}}/oferta")
    assert said().startswith("A link starts with https://")
    form.buttons.rows[-1].value.setText("https://loja.example")
    form.buttons.add("QUICK_REPLY", "Não")
    assert said() == "Keep the quick replies together, before or after the link and phone buttons."
    form.buttons.remove(form.buttons.rows[-1])
    form.buttons.add("PHONE_NUMBER", "Ligar", "98765-4321")
    assert said().startswith("Type the button's phone number with its area code")
    form.buttons.clear()
    assert page.submit_button.isEnabled()
    for n in range(10):
        form.buttons.add("QUICK_REPLY", f"Opção {n}")
    assert not form.buttons.add_button.isEnabled() and page.submit_button.isEnabled()  # Meta's ten


def test_the_bubble_shows_two_buttons_and_all_options_beyond_three_and_customer_words_plainly(qtbot):
    bubble = TemplateBubble()
    qtbot.addWidget(bubble)
    replies = [{"type": "QUICK_REPLY", "text": t} for t in ("Sim", "Não", "Talvez", "Depois")]
    bubble.show_template([{"type": "HEADER", "format": "VIDEO", "example": {"header_handle": ["4::x"]}},
                          {"type": "BODY", "text": "Oi {{1}}, veja o vídeo."},
                          {"type": "BUTTONS", "buttons": replies}], ["https://v.example/a.mp4", "<b>Rita</b>"])
    assert bubble.button_texts() == ["↩ Sim", "↩ Não", "☰ See all options"]
    assert bubble.media.text() == "🎬 Video" and not bubble.header.isVisibleTo(bubble)
    assert bubble.body.text() == "Oi <b>Rita</b>, veja o vídeo." and bubble.text() == bubble.body.text()
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in (bubble.header, bubble.body, bubble.footer, *bubble.buttons))
    bubble.show_template([{"type": "BODY", "text": "Olá {{1}}"}], [])
    assert bubble.body.text() == "Olá [1]" and bubble.buttons == [] and not bubble.media.isVisibleTo(bubble)


class Contact:
    name = "Rita Souza"


def test_resuming_asks_each_part_s_value_by_name_and_a_media_header_for_its_link(qtbot):
    template = Template(id="tpl", name="pedido_enviado", language="pt_BR", category="UTILITY", status="APPROVED",
                        components=[{"type": "HEADER", "format": "IMAGE"},
                                    {"type": "BODY", "text": "Olá {{1}}, seu pedido {{2}} saiu."},
                                    {"type": "BUTTONS", "buttons": [
                                        {"type": "QUICK_REPLY", "text": "Ok"},
                                        {"type": "URL", "text": "Rastrear", "url": "https://r.example/{{1}}"}]}])
    dialog = ResumeDialog([template], Contact())
    qtbot.addWidget(dialog)
    send = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    labels = [dialog.form.labelForField(edit).text() for edit in dialog.inputs]
    assert labels == ["Header image (its https link)", "Variable {{1}}", "Variable {{2}}", "End of link 2 {{1}}"]
    assert [e.text() for e in dialog.inputs] == ["", "Rita", "", ""]  # the first name fills the body's {{1}}
    assert dialog.missing.text() == ("Fill in the header's link, {{2}}, the end of link 2 to send: WhatsApp "
                                     "refuses a template with an empty variable.")
    for edit, value in zip(dialog.inputs, ("foto.jpg", "Rita", "#98", "BR98")):
        edit.setText(value)
    assert not send.isEnabled() and dialog.missing.text().startswith("The header's file is sent from its link")
    dialog.inputs[0].setText("https://cdn.example/foto.jpg")
    assert send.isEnabled() and dialog.choice()[1] == ["https://cdn.example/foto.jpg", "Rita", "#98", "BR98"]
    assert dialog.preview.text() == "Olá Rita, seu pedido #98 saiu." and dialog.preview.media.text() == "🖼 Image"
    assert dialog.preview.button_texts() == ["↩ Ok", "↗ Rastrear"]
