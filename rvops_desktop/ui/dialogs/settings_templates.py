"""Settings ▸ Templates (issue 16; manage templates): the workspace's WhatsApp templates with
Meta's status (pending, approved, rejected…), and a new one written in the form (header, body,
footer, buttons: template_form.py) beside the live preview of its bubble as WhatsApp shows it,
checked by the contract's rule (what is wrong is said and marked before submitting) and submitted
to Meta for review; deleting one deletes it at Meta in every language."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.wire import MutationType

from ..widgets.template_bubble import TemplateBubble
from .settings_common import ROLE, Verdict
from .template_form import TemplateForm

log = logging.getLogger(__name__)


class TemplatesPage(QWidget):
    def __init__(self, store, run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._run = store, run
        self.list = QListWidget(self)
        self.list.setObjectName("templateCatalogue")
        self.list.setAlternatingRowColors(True)   # each template is two lines: name, then language · status
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("WhatsApp templates"))
        self.form = TemplateForm(self)
        # the form's fields, as the page's (tests, screenshots)
        self.name, self.language, self.category = self.form.name, self.form.language, self.form.category
        self.body, self.examples, self.footer = self.form.body, self.form.examples, self.form.footer
        self.preview = TemplateBubble(self)
        self.preview.setAccessibleName(self.tr("Preview of the WhatsApp bubble"))
        self.verdict = Verdict(self)
        self.submit_button = QPushButton(self.tr("Su&bmit to Meta"), self)
        self.delete_button = QPushButton(self.tr("&Delete at Meta"), self)
        self.submit_button.clicked.connect(lambda: self.submit())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.list.currentItemChanged.connect(lambda item, _p: self.delete_button.setEnabled(item is not None))
        scroll = QScrollArea(self)  # the form grows with its buttons
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("At Meta"), self))
        left.addWidget(self.list, 1)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("New template"), self))
        middle.addWidget(scroll, 1)
        middle.addWidget(self.verdict)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview"), self))
        right.addWidget(self.preview)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(middle, 4)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.form.changed.connect(self.check)
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
            item = QListWidgetItem(f"{template.name}\n{template.language}  ·  {status}")  # the name whole
            item.setData(ROLE, template.name)
            self.list.addItem(item)
        log.info("settings: templates at Meta: %s", ", ".join(f"{t.name} {t.status}" for t in
                                                              self._store.templates(approved_only=False)))

    def examples_list(self) -> list[str]:
        return self.form.examples_list()

    def components(self) -> list[dict]:
        return self.form.components()

    def check(self) -> None:
        """The bubble with the examples filled in, and what Meta would refuse, said before submitting."""
        self.preview.show_template(self.form.components(), self.form.example_values())
        refusal = self.form.refusal()
        self.submit_button.setEnabled(refusal is None)
        self.problem = self.form.problem(refusal)
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
