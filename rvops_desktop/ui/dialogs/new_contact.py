"""A new contact for the directory (issue 18): name, phone read live by the contract's rule
(rvops_contract.phones) and shown as it will be stored, e-mail, tags, and every property the
workspace marks required (issue 16: the server refuses a new contact without them)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rvops_contract.phones import shown
from rvops_contract.properties import NotAValue, check_value, missing_required
from rvops_desktop.models.contacts_directory import ContactsDirectory, PhoneReading, parse_tags
from rvops_desktop.models.summaries import PropertySpec

from ..plain_text import plain
from ..theme import colors
from ..widgets.property_editors import PropertyEditor, field_label, misfit_sentence, required_sentence
from .buttons import ok_cancel


def phone_sentence(reading: PhoneReading, typed: str) -> str:
    """What the agent reads under a phone field: the number as it will be stored, or why not."""
    translate = QCoreApplication.translate
    if reading.why == "too_short":
        return translate("ContactsDialog", "“%1” is missing digits: type it with its area code, "
                                           "e.g. +55 11 98765-4321.").replace("%1", typed)
    if reading.why is not None:
        return translate("ContactsDialog", "“%1” is not a valid phone number.").replace("%1", typed)
    if reading.taken_by is not None:
        return translate("ContactsDialog", "%1 already has this number: open that contact, or merge the two."
                         ).replace("%1", reading.taken_by.display_name)
    return translate("ContactsDialog", "Saved as %1").replace("%1", shown(reading.e164)) if reading.e164 else ""


class NewContactDialog(QDialog):
    """Name, phone (read live by the contract's rule and shown as it will be stored), e-mail, tags,
    and the workspace's required properties: Create says which are empty (or do not fit) and waits."""

    def __init__(self, directory: ContactsDirectory, parent: QWidget | None = None, *, phone: str = "",
                 required: Sequence[PropertySpec] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New contact"))
        self._directory = directory
        self.name = QLineEdit(self)
        self.name.setObjectName("newContactName")
        self.phone = QLineEdit(phone, self)
        self.phone.setObjectName("newContactPhone")
        self.phone.setPlaceholderText("+55 11 98765-4321")
        self.phone_note = plain(QLabel(self))
        self.phone_note.setObjectName("newContactPhoneNote")
        self.phone_note.setWordWrap(True)
        self.email = QLineEdit(self)
        self.email.setObjectName("newContactEmail")
        self.tags = QLineEdit(self)
        self.tags.setObjectName("newContactTags")
        self.tags.setPlaceholderText(self.tr("lead, event"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.phone_note)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Tags"), self.tags)
        self._required = list(required)
        self.editors: dict[str, PropertyEditor] = {}
        for spec in self._required:
            editor = PropertyEditor(spec.kind, spec.choices, None, self)
            editor.widget.setObjectName(f"newContact_{spec.key}")
            editor.widget.setAccessibleName(spec.label)
            form.addRow(field_label(spec.key, spec.label, editor.widget, self, required=True), editor.widget)
            self.editors[spec.key] = editor
        self.refusal = plain(QLabel(self))  # why Create waits
        self.refusal.setObjectName("newContactRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(f"color: {colors().danger.name()};")
        self.refusal.hide()
        form.addRow(self.refusal)
        self.buttons = ok_cancel(self, self.tr("Create contact"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for edit in (self.name, self.phone):
            edit.textChanged.connect(self._update)
        self._update()

    def reading(self) -> PhoneReading:
        return self._directory.read_phone(self.phone.text())

    def _update(self) -> None:
        reading = self.reading()
        self.phone_note.setText(phone_sentence(reading, self.phone.text().strip()))
        self.phone_note.setStyleSheet("" if reading.acceptable else f"color: {colors().danger.name()};")
        ok = bool(self.name.text().strip()) and reading.acceptable
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def properties(self) -> dict[str, Any]:
        """The required properties' values, each as its definition stores it (NotAValue if not)."""
        return {spec.key: self.editors[spec.key].value() for spec in self._required}

    def accept(self) -> None:
        """Created only with every required property filled, and filled as its definition takes
        (the server's rules, checked here first): else said under the form, and nothing is queued."""
        for spec in self._required:
            try:
                why = check_value(spec.kind, spec.choices, self.editors[spec.key].value())
            except NotAValue as refused:
                why = refused.why
            if why is not None:
                self._refuse(misfit_sentence(spec.label, why, spec.choices))
                return
        labels = {spec.key: spec.label for spec in self._required}
        missing = missing_required(list(labels), self.properties())
        if missing:
            self._refuse(required_sentence([labels[key] for key in missing]))
            return
        self.refusal.hide()
        super().accept()

    def _refuse(self, sentence: str) -> None:
        self.refusal.setText(sentence)
        self.refusal.show()

    def fields(self) -> dict[str, Any]:
        """The create_contact arguments: the phone as it will be stored, the required properties."""
        fields = {"phone": self.reading().e164, "email": self.email.text().strip() or None,
                  "tags": parse_tags(self.tags.text())}
        if self._required:
            fields["properties"] = self.properties()
        return fields
