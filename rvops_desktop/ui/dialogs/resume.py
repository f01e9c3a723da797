"""Resume conversation (S11): pick an approved WhatsApp template, fill its values — the header's
variable or the https link of its image, video or document, the body's `{{n}}`, a dynamic link's
ending (rvops_contract.templates.variable_slots) — with the live preview of its bubble."""
from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.templates import Slot, check_variables, variable_slots
from rvops_contract.templates import render as render_template

from ..plain_text import plain
from ..widgets.template_bubble import TemplateBubble
from .buttons import ok_cancel


def render(components, variables: list[str]) -> str:
    """The bubble's preview: the template's text, variables not filled yet shown as [n]."""
    return render_template(components, variables, missing="[{n}]")


class ResumeDialog(QDialog):
    def __init__(self, templates, contact=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resume conversation"))
        self.resize(520, 480)
        self._contact = contact
        self.templates = QListWidget(self)
        self.templates.setObjectName("templateList")
        for template in templates:
            item = QListWidgetItem(f"{template.name}  ·  {template.language}  ·  {template.category or ''}")
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.templates.addItem(item)
        self.templates.currentItemChanged.connect(lambda _c, _p: self._template_changed())
        self.form = QFormLayout()
        self.inputs: list[QLineEdit] = []
        self.slots: list[Slot] = []
        self.preview = TemplateBubble(self)  # filled with the customer's words
        self.preview.body.setObjectName("templatePreview")
        self.preview.setMinimumHeight(70)
        self.missing = plain(QLabel(self))  # why "Send template" is not available yet
        self.missing.setObjectName("templateMissing")
        self.missing.setStyleSheet("color: #B06000;")
        self.buttons = ok_cancel(self, self.tr("Send template"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Approved WhatsApp templates"), self))
        layout.addWidget(self.templates, 1)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("Preview"), self))
        layout.addWidget(self.preview)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        if self.templates.count():
            self.templates.setCurrentRow(0)
        self._update()

    def template(self):
        item = self.templates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _template_changed(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = []
        template = self.template()
        self.slots = variable_slots(template.components) if template else []
        for n, slot in enumerate(self.slots, start=1):
            edit = QLineEdit(self)
            edit.setObjectName(f"variable{n}")
            if slot == Slot("body", 1) and self._contact is not None and self._contact.name:
                edit.setText(self._contact.name.split(" ")[0])
            if slot.media:
                edit.setPlaceholderText("https://…")
            edit.textChanged.connect(self._update)
            self.form.addRow(self._label(slot), edit)
            self.inputs.append(edit)
        self._chain_tabs()
        self._update()

    def _label(self, slot: Slot) -> str:
        if slot.media:
            return {"IMAGE": self.tr("Header image (its https link)"), "VIDEO": self.tr("Header video (its https link)"),
                    "DOCUMENT": self.tr("Header document (its https link)")}[slot.media]
        if slot.part == "header":
            return self.tr("Header {{%1}}").replace("%1", str(slot.number))
        if slot.part == "button":
            return self.tr("End of link %1 {{1}}").replace("%1", str(slot.button + 1))
        return self.tr("Variable {{%1}}").replace("%1", str(slot.number))

    def _named(self, slot: Slot) -> str:
        """How the still-empty value is named in the line under the preview."""
        if slot.media:
            return self.tr("the header's link")
        if slot.part == "header":
            return self.tr("the header's {{1}}")
        if slot.part == "button":
            return self.tr("the end of link %1").replace("%1", str(slot.button + 1))
        return "{{" + str(slot.number) + "}}"

    def _chain_tabs(self) -> None:
        """Tab goes down the dialog as it reads: the template, its variables, then the buttons
        (variables made for a newly chosen template would otherwise come after the buttons)."""
        chain = [*self._tabs_before_templates(), self.templates, *self.inputs,
                 *self.buttons.buttons()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _tabs_before_templates(self) -> list[QWidget]:
        return []

    def variables(self) -> list[str]:
        return [edit.text().strip() for edit in self.inputs]

    def preview_text(self) -> str:
        template = self.template()
        return render(template.components, self.variables()) if template else ""

    def _update(self) -> None:
        template = self.template()
        self.preview.show_template(template.components if template else [], self.variables())
        empty = [self._named(slot) for slot, value in zip(self.slots, self.variables()) if not value]
        if template is None:
            why = self.tr("Choose an approved template.")
        elif empty:
            why = self.tr("Fill in %1 to send: WhatsApp refuses a template with an empty variable.").replace(
                "%1", ", ".join(empty))
        elif check_variables(template.components, self.variables()) == "media_link":
            why = self.tr("The header's file is sent from its link: type it as https://…")
        else:
            why = ""
        self.missing.setText(why)
        self.missing.setVisible(bool(why))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not why)

    def choice(self):
        return self.template(), self.variables()
