"""A new WhatsApp template, written as Meta takes it: name, language, category, an optional header
(text, which may hold `{{1}}` with its example, or an image, video or document with Meta's handle
of a sample file), the body with an example per variable, an optional footer and the buttons.
`components()` is Meta's list; `refusal()` the contract's rule, said by `problem()` in the agent's
language and marked on the field to correct, before anything is submitted."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from rvops_contract.templates import (
    PLACEHOLDER,
    TemplateRefusal,
    check_new_template,
    variable_slots,
)
from rvops_contract.wire import TemplateCategory

from ..theme import colors
from .fields import choice, line_edit
from .template_buttons import ButtonsEditor

LANGUAGES = ("pt_BR", "en_US", "es")
R = TemplateRefusal


def components_of(body: str, examples: list[str], footer: str) -> list[dict]:
    """Meta's components for a body (with `{{n}}`), its examples in order, and an optional footer."""
    component: dict = {"type": "BODY", "text": body}
    if PLACEHOLDER.search(body):
        component["example"] = {"body_text": [examples]}
    components = [component]
    if footer.strip():
        components.append({"type": "FOOTER", "text": footer.strip()})
    return components


class TemplateForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("lembrete_pagamento")
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(code, code)
        self.category = QComboBox(self)
        for category in TemplateCategory:
            self.category.addItem(category.value, category.value)
        self.category.setCurrentIndex(self.category.findData("UTILITY"))
        self.header_kind = choice(self, [(self.tr("No header"), ""), (self.tr("Text"), "TEXT"), (self.tr("Image"), "IMAGE"),
                                         (self.tr("Video"), "VIDEO"), (self.tr("Document"), "DOCUMENT")],
                                  self.tr("Header type"))
        self.header_text = line_edit(self, self.tr("Order {{1}} is on its way"), self.tr("Header text"))
        self.header_example = QLineEdit(self)
        self.header_example_label = QLabel(self)
        self.header_example_label.setBuddy(self.header_example)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Hello {{1}}, your invoice is due on {{2}}."))
        self.body.setFixedHeight(80)
        self.examples = line_edit(self, self.tr("Examples, one per variable, separated by |: Maria | 15/03"))
        self.footer = line_edit(self, self.tr("Up to 60 characters, no variables"))
        self.buttons = ButtonsEditor(self)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        # Alt+M, Alt+X and Alt+T reach the name, the text and the footer (Alt+B submits, Alt+U adds a button)
        for label, field in ((self.tr("Na&me"), self.name), (self.tr("Language"), self.language),
                             (self.tr("Category"), self.category), (self.tr("Header"), self.header_kind),
                             (self.tr("Header text"), self.header_text), (self.header_example_label, self.header_example),
                             (self.tr("Te&xt"), self.body), (self.tr("Examples"), self.examples),
                             (self.tr("Foo&ter"), self.footer), (self.tr("Buttons"), self.buttons)):
            self.form.addRow(label, field)
        for signal in (self.name.textChanged, self.header_text.textChanged, self.header_example.textChanged,
                       self.body.textChanged, self.examples.textChanged, self.footer.textChanged,
                       self.language.currentIndexChanged, self.category.currentIndexChanged,
                       self.buttons.changed):
            signal.connect(self.changed)
        self.header_kind.currentIndexChanged.connect(self.header_example.clear)  # a text's example is no file
        self.header_kind.currentIndexChanged.connect(self._header_changed)
        self.header_text.textChanged.connect(self._header_changed)
        self._header_changed()

    def _header_changed(self) -> None:
        kind = self.header_kind.currentData()
        self.form.setRowVisible(self.header_text, kind == "TEXT")
        media = kind in ("IMAGE", "VIDEO", "DOCUMENT")
        self.form.setRowVisible(self.header_example, media or (kind == "TEXT" and bool(
            PLACEHOLDER.search(self.header_text.text()))))
        label = self.header_example_label
        label.setText(self.tr("Sample file") if media else self.tr("Header example"))
        self.header_example.setPlaceholderText(self.tr("Meta's handle of the uploaded sample (4::…)") if media
                                               else self.tr("Example for {{1}}, e.g. #1234"))
        self.header_example.setAccessibleName(label.text())
        self.changed.emit()

    def examples_list(self) -> list[str]:
        return [part.strip() for part in self.examples.text().split("|") if part.strip()]

    def header(self) -> dict | None:
        kind = self.header_kind.currentData()
        example = self.header_example.text().strip()
        if not kind:
            return None
        if kind != "TEXT":
            return {"type": "HEADER", "format": kind, "example": {"header_handle": [example] if example else []}}
        header: dict = {"type": "HEADER", "format": "TEXT", "text": self.header_text.text().strip()}
        if PLACEHOLDER.search(header["text"]):
            header["example"] = {"header_text": [example] if example else []}
        return header

    def components(self) -> list[dict]:
        header = self.header()
        components = ([header] if header else []) + components_of(self.body.toPlainText(), self.examples_list(),
                                                                  self.footer.text())
        buttons = self.buttons.buttons()
        return components + ([{"type": "BUTTONS", "buttons": buttons}] if buttons else [])

    def example_values(self) -> list[str]:
        """The examples in the order of the template's slots: what the preview fills in."""
        components, body = self.components(), self.examples_list()
        endings = [row.example.text().strip() for row in self.buttons.rows]
        values = []
        for slot in variable_slots(components):
            if slot.part == "header":
                values.append("" if slot.media else self.header_example.text().strip())
            elif slot.part == "body":
                values.append(body[slot.number - 1] if slot.number <= len(body) else "")
            else:
                values.append(endings[slot.button] if slot.button < len(endings) else "")
        return values

    def refusal(self) -> TemplateRefusal | None:
        return check_new_template(self.name.text().strip(), self.language.currentData() or "",
                                  self.category.currentData() or "", self.components())

    def problem(self, refusal: TemplateRefusal | None) -> str:
        """What to correct, in the agent's language; the field it concerns is marked."""
        why = {
            R.BAD_NAME: self.tr("The name uses lowercase letters, digits and _ only."),
            R.BAD_LANGUAGE: self.tr("Choose the template's language."),
            R.BAD_CATEGORY: self.tr("Choose the template's category."),
            R.NO_BODY: self.tr("Write the template's text."),
            R.BAD_COMPONENT: self.tr("The header, text, footer and buttons each appear once."),
            R.BODY_TOO_LONG: self.tr("The text is too long for WhatsApp (1024 characters)."),
            R.PLACEHOLDERS_OUT_OF_ORDER: self.tr("Number the variables {{1}}, {{2}}… in order."),
            R.EXAMPLE_MISSING: self.tr("Give an example for every variable: Meta's review needs them."),
            R.HEADER_FORMAT: self.tr("Write the header's text, or choose no header."),
            R.HEADER_TEXT: self.tr("The header has at most 60 characters and one variable, {{1}}."),
            R.HEADER_MEDIA_EXAMPLE: self.tr("Give Meta's handle of a sample file: Meta's review needs it."),
            R.BAD_FOOTER: self.tr("The footer has at most 60 characters and no variables."),
            R.BAD_BUTTONS: self.tr("Up to 10 buttons: 10 quick replies, 2 links and 1 phone number at most."),
            R.BUTTONS_NOT_GROUPED: self.tr("Keep the quick replies together, before or after the link and phone "
                                           "buttons."),
            R.BUTTON_TEXT: self.tr("Every button needs a text of up to 25 characters, on one line, without "
                                   "variables."),
            R.BUTTON_URL: self.tr("A link starts with https://, has up to 2000 characters and at most one "
                                  "variable, {{1}}, at its end."),
            R.BUTTON_PHONE: self.tr("Type the button's phone number with its area code, e.g. +55 11 98765-4321."),
        }
        self.flagged = self._field_of(refusal)
        danger = f"border: 1px solid {colors().danger.name()};"
        for field in (self.name, self.body, self.examples, self.header_text, self.header_example, self.footer,
                      self.buttons):
            field.setStyleSheet(danger if field is self.flagged else "")
        return why.get(refusal, str(refusal)) if refusal is not None else ""

    def _field_of(self, refusal: TemplateRefusal | None) -> QWidget | None:
        if refusal is R.EXAMPLE_MISSING:
            header = self.header()
            if header is not None and PLACEHOLDER.search(header.get("text") or "") and \
                    not self.header_example.text().strip():
                return self.header_example
            body_slots = sum(1 for s in variable_slots(self.components()) if s.part == "body")
            return self.examples if len(self.examples_list()) < body_slots else self.buttons
        fields = {R.BAD_NAME: self.name, R.NO_BODY: self.body, R.BODY_TOO_LONG: self.body,
                  R.PLACEHOLDERS_OUT_OF_ORDER: self.body, R.HEADER_FORMAT: self.header_text,
                  R.HEADER_TEXT: self.header_text, R.HEADER_MEDIA_EXAMPLE: self.header_example,
                  R.BAD_FOOTER: self.footer}
        if refusal is not None and refusal.value.startswith(("button", "bad_button")):
            return self.buttons
        return fields.get(refusal) if refusal is not None else None

    def clear(self) -> None:
        for edit in (self.name, self.header_text, self.header_example, self.examples, self.footer):
            edit.clear()
        self.body.clear()
        self.header_kind.setCurrentIndex(0)
        self.buttons.clear()
