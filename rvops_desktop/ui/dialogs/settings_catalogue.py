"""Settings ▸ Properties and Settings ▸ Labels (issue 16): the contact properties the workspace
defines (their type, options, order, whether the inbox shows them and whether they are required:
the contact panel follows at once, through the sync), and the labels' catalogue with its colours
(renaming a label renames it on every conversation that carries it)."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from rvops_contract.properties import KINDS
from rvops_contract.wire import MutationType, PropertyType

from .settings_common import ROLE, Verdict, action_buttons, list_beside_form, record_list

KIND_NAMES = {"text": QT_TRANSLATE_NOOP("Settings", "Text"), "number": QT_TRANSLATE_NOOP("Settings", "Number"),
              "date": QT_TRANSLATE_NOOP("Settings", "Date"), "bool": QT_TRANSLATE_NOOP("Settings", "Yes / no"),
              "choice": QT_TRANSLATE_NOOP("Settings", "Choice")}


class _ListAndForm(QWidget):
    """A list on the left, a form with New / Save / Delete on the right, the verdict under it."""

    def __init__(self, run, parent: QWidget | None, list_name: str, new_text: str) -> None:
        super().__init__(parent)
        self._run = run
        self._editing: str | None = None
        self.list = record_list(self, list_name, self.load)
        self.form = QFormLayout()
        self.verdict = Verdict(self)
        self.new_button, self.save_button, self.delete_button = action_buttons(
            self, (new_text, self.new), (self.tr("&Save"), self.save), (self.tr("&Delete"), self.delete))
        list_beside_form(self, self.list, [self.form, self.verdict],
                         [self.new_button, self.save_button, self.delete_button])

    def fill_list(self, rows: list[tuple[str, str, QIcon | None]]) -> None:
        keep = self._editing
        self.list.blockSignals(True)
        self.list.clear()
        for row_id, text, icon in rows:
            item = QListWidgetItem(text)
            if icon is not None:
                item.setIcon(icon)
            item.setData(ROLE, row_id)
            self.list.addItem(item)
            if row_id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _save_edited(self, type_: MutationType, args: Mapping[str, object], said: str) -> None:
        """Create (no row chosen) or update (the row being edited) with `args`; `said` when done."""
        self._run(self.verdict, type_, {**args, "id": self._editing} if self._editing else dict(args), said,
                  self._saved)

    def _delete_edited(self, type_: MutationType, said: str) -> None:
        if self._editing:
            self._run(self.verdict, type_, {"id": self._editing}, said, self._deleted)

    def _saved(self, result: dict) -> None:
        """A new row is the one being edited from now on (the list shows it when the sync brings it)."""
        self._editing = result.get("id") or self._editing

    def select(self, row_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ROLE) == row_id:
                self.list.setCurrentRow(i)

    def load(self, row_id: str | None) -> None:  # pragma: no cover - each page shows its own
        raise NotImplementedError

    def new(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.blockSignals(False)
        self._editing = None
        self.delete_button.setEnabled(False)

    def delete(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def _deleted(self, _result: dict) -> None:
        self._editing = None

    def save(self) -> None:  # pragma: no cover
        raise NotImplementedError


class PropertiesPage(_ListAndForm):
    def __init__(self, store, run, parent: QWidget | None = None) -> None:
        super().__init__(run, parent, self.tr("Contact properties"), self.tr("&New property"))
        self._store = store
        self.list.setObjectName("propertyList")
        self.label = QLineEdit(self)
        self.key = QLineEdit(self)
        self.key.setPlaceholderText("plano_contratado")
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(QCoreApplication.translate("Settings", KIND_NAMES[kind]), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.options.setEnabled(self.kind.currentData() == PropertyType.CHOICE))
        self.options = QPlainTextEdit(self)
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options.setFixedHeight(90)
        self.shown = QCheckBox(self.tr("Shown in the inbox's contact panel"), self)
        self.required = QCheckBox(self.tr("&Required"), self)
        self.order = QSpinBox(self)
        self.order.setRange(0, 100_000)
        self.form.addRow(self.tr("Label"), self.label)
        self.form.addRow(self.tr("Key"), self.key)
        self.form.addRow(self.tr("Type"), self.kind)
        self.form.addRow(self.tr("Options"), self.options)
        self.form.addRow(self.tr("Order"), self.order)
        self.form.addRow("", self.shown)
        self.form.addRow("", self.required)
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)

    def reload(self) -> None:
        rows = []
        for d in self._store.property_definition_rows():
            extra = d.extra or {}
            shown = d.visible if d.visible is not None else extra.get("show_in_panel", True)
            text = f"{d.label or d.key}  ·  {QCoreApplication.translate('Settings', KIND_NAMES.get(d.type or '', 'Text'))}"
            if shown is False:
                text += "  ·  " + self.tr("hidden")
            if extra.get("required"):
                text += "  ·  " + self.tr("required")
            rows.append((d.id, text, None))
        self.fill_list(rows)

    def _row(self, row_id: str | None):
        return next((d for d in self._store.property_definition_rows() if d.id == row_id), None) if row_id else None

    def load(self, row_id: str | None) -> None:
        d = self._row(row_id)
        if d is None:
            return
        extra = d.extra or {}
        self._editing = d.id
        self.label.setText(d.label or "")
        self.key.setText(d.key or "")
        self.key.setReadOnly(True)   # the contacts' values are kept under it
        self.kind.setCurrentIndex(max(self.kind.findData(d.type or "text"), 0))
        self.options.setPlainText("\n".join(str(o) for o in (d.options or extra.get("choices") or [])))
        self.options.setEnabled(self.kind.currentData() == PropertyType.CHOICE)
        self.order.setValue(d.position or 0)
        shown = d.visible if d.visible is not None else extra.get("show_in_panel", True)
        self.shown.setChecked(shown is not False)
        self.required.setChecked(bool(extra.get("required")))
        self.delete_button.setEnabled(True)

    def new(self) -> None:
        super().new()
        for edit in (self.label, self.key):
            edit.clear()
        self.key.setReadOnly(False)
        self.options.clear()
        self.kind.setCurrentIndex(0)
        self.order.setValue(10 * (self.list.count() + 1))
        self.shown.setChecked(True)
        self.required.setChecked(False)
        self.verdict.done(self.tr("A new property: its key is how contacts keep the value, and never changes."))
        self.label.setFocus()

    def save(self) -> None:
        args = {"key": self.key.text().strip(), "label": self.label.text().strip(), "type": self.kind.currentData(),
                "options": [line.strip() for line in self.options.toPlainText().splitlines() if line.strip()]
                if self.kind.currentData() == PropertyType.CHOICE else [],
                "show_in_inbox": self.shown.isChecked(), "order": self.order.value(),
                "required": self.required.isChecked()}
        self._save_edited(MutationType.UPSERT_PROPERTY_DEFINITION, args,
                          self.tr("Saved: the contact panel shows it so from now on."))

    def delete(self) -> None:
        self._delete_edited(MutationType.DELETE_PROPERTY_DEFINITION,
                            self.tr("Property deleted; contacts keep their values, hidden."))


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour) if QColor.isValidColorName(colour) else QColor("#9AA0A6"))
    return QIcon(pixmap)


class LabelsPage(_ListAndForm):
    def __init__(self, store, run, parent: QWidget | None = None) -> None:
        super().__init__(run, parent, self.tr("Labels"), self.tr("&New label"))
        self._store = store
        self.list.setObjectName("labelList")
        self.name = QLineEdit(self)
        self.colour = QLineEdit(self)
        self.colour.setPlaceholderText("#1E88E5")
        self.pick = QPushButton(self.tr("Choose…"), self)
        self.pick.clicked.connect(self._pick)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour, 1)
        colour_row.addWidget(self.pick)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Colour"), colour_row)
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)

    def reload(self) -> None:
        self.fill_list([(label.id, label.name or "", swatch(label.colour or "")) for label in
                        self._store.label_catalogue()])

    def load(self, row_id: str | None) -> None:
        label = next((lb for lb in self._store.label_catalogue() if lb.id == row_id), None) if row_id else None
        if label is None:
            return
        self._editing = label.id
        self.name.setText(label.name or "")
        self.colour.setText(label.colour or "")
        self.delete_button.setEnabled(True)

    def _pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour.text() or "#1E88E5"), self, self.tr("Label colour"))
        if chosen.isValid():
            self.colour.setText(chosen.name().upper())

    def new(self) -> None:
        super().new()
        self.name.clear()
        self.colour.setText("#1E88E5")
        self.verdict.done(self.tr("A new label: agents put it on conversations from the header."))
        self.name.setFocus()

    def save(self) -> None:
        args = {"name": self.name.text().strip(), "colour": self.colour.text().strip()}
        self._save_edited(MutationType.UPSERT_LABEL, args, self.tr("Saved: every conversation with this label shows it so."))

    def delete(self) -> None:
        self._delete_edited(MutationType.DELETE_LABEL, self.tr("Label deleted and taken off its conversations."))
