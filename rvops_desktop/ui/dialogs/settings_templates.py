"""Settings ▸ Templates (issue 16; manage templates): the workspace's WhatsApp templates with
Meta's status (pending, approved, rejected…), and a new one written with the live preview of its
bubble, checked by the contract's rule (name, language, an example for every variable) and
submitted to Meta for review; deleting one deletes it at Meta in every language."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.templates import check_new_template, render
from rvops_contract.wire import MutationType, TemplateCategory

from ..plain_text import plain
from .settings_common import ROLE, Verdict

LANGUAGES = ("pt_BR", "en_US", "es")
VARIABLE = re.compile(r"\{\{(\d+)\}\}")


def components_of(body: str, examples: list[str], footer: str) -> list[dict]:
    """Meta's components for a body (with `{{n}}`), its examples in order, and an optional footer."""
    component: dict = {"type": "BODY", "text": body}
    if VARIABLE.search(body):
        component["example"] = {"body_text": [examples]}
    components = [component]
    if footer.strip():
        components.append({"type": "FOOTER", "text": footer.strip()})
    return components


class TemplatesPage(QWidget):
    def __init__(self, store, run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._run = store, run
        self.list = QListWidget(self)
        self.list.setObjectName("templateCatalogue")
        self.list.setAccessibleName(self.tr("WhatsApp templates"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("lembrete_pagamento")
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(code, code)
        self.category = QComboBox(self)
        for category in TemplateCategory:
            self.category.addItem(category.value, category.value)
        self.category.setCurrentIndex(self.category.findData("UTILITY"))
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Hello {{1}}, your invoice is due on {{2}}."))
        self.body.setFixedHeight(80)
        self.examples = QLineEdit(self)
        self.examples.setPlaceholderText(self.tr("Examples, one per variable, separated by |: Maria | 15/03"))
        self.footer = QLineEdit(self)
        self.preview = plain(QLabel(self))
        self.preview.setObjectName("templateBubble")
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(60)
        self.preview.setStyleSheet("QLabel { background: #DCF8C6; color: #1F2328; border-radius: 8px; padding: 8px; }")
        self.verdict = Verdict(self)
        self.submit_button = QPushButton(self.tr("Su&bmit to Meta"), self)
        self.delete_button = QPushButton(self.tr("&Delete at Meta"), self)
        self.submit_button.clicked.connect(lambda: self.submit())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.list.currentItemChanged.connect(lambda item, _p: self.delete_button.setEnabled(item is not None))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.tr("Examples"), self.examples)
        form.addRow(self.tr("Footer"), self.footer)
        form.addRow(self.tr("Preview"), self.preview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("At Meta"), self))
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("New template"), self))
        right.addLayout(form)
        right.addWidget(self.verdict)
        right.addStretch(1)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        for signal in (self.name.textChanged, self.body.textChanged, self.examples.textChanged,
                       self.footer.textChanged, self.language.currentIndexChanged, self.category.currentIndexChanged):
            signal.connect(self.check)
        self.reload()
        self.delete_button.setEnabled(False)
        self.check()

    def reload(self) -> None:
        statuses = {"APPROVED": self.tr("approved"), "PENDING": self.tr("in review"),
                    "REJECTED": self.tr("rejected"), "PAUSED": self.tr("paused"), "DISABLED": self.tr("disabled"),
                    "DELETED": self.tr("no longer at Meta")}
        self.list.clear()
        for template in self._store.templates(approved_only=False):
            status = statuses.get(template.status or "", (template.status or "").lower())
            item = QListWidgetItem(f"{template.name}  ·  {template.language}  ·  {status}")
            item.setData(ROLE, template.name)
            self.list.addItem(item)

    def examples_list(self) -> list[str]:
        return [part.strip() for part in self.examples.text().split("|") if part.strip()]

    def components(self) -> list[dict]:
        return components_of(self.body.toPlainText(), self.examples_list(), self.footer.text())

    def check(self) -> None:
        """The bubble with the examples filled in, and what Meta would refuse, said before submitting."""
        components = self.components()
        self.preview.setText(render(components, self.examples_list(), missing="[{n}]"))
        refusal = check_new_template(self.name.text().strip(), self.language.currentData() or "",
                                     self.category.currentData() or "", components)
        why = {"bad_name": self.tr("The name uses lowercase letters, digits and _ only."),
               "no_body": self.tr("Write the template's text."),
               "placeholders_out_of_order": self.tr("Number the variables {{1}}, {{2}}… in order."),
               "example_missing": self.tr("Give an example for every variable: Meta's review needs them."),
               "bad_component": self.tr("The text is too long for WhatsApp (1024 characters).")}
        self.submit_button.setEnabled(refusal is None)
        self.problem = why.get(str(refusal), str(refusal)) if refusal is not None else ""
        self.verdict.done(self.problem if self.problem and self.name.text() and self.body.toPlainText() else "")

    def submit(self) -> None:
        name = self.name.text().strip()
        self._run(self.verdict, MutationType.CREATE_TEMPLATE,
                  {"name": name, "language": self.language.currentData(), "category": self.category.currentData(),
                   "components": self.components()},
                  self.tr("%1 was sent to Meta for review; it can be used once Meta approves it.").replace("%1", name))

    def delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            name = item.data(ROLE)
            self._run(self.verdict, MutationType.DELETE_TEMPLATE, {"name": name},
                      self.tr("%1 was deleted at Meta.").replace("%1", name))
