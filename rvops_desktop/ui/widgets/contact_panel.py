"""The contact panel (S6): the properties configured for display, edited in place where the
agent has permission (read-only with the reason otherwise), the linked deals, companies and
tasks, and the buttons to create each, offered only with permission. A required property is marked
"*" and is not emptied: the panel says so and queues nothing (the server's rule, checked first)."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.deals import STAGES
from rvops_contract.permissions import Permission
from rvops_contract.phones import shown
from rvops_contract.properties import NotAValue, check_value, missing_required
from rvops_desktop.models.summaries import PropertySpec

from ..plain_text import plain
from ..resources import icon
from ..theme import colors
from .empty_state import ListWithEmptyText, muted
from .property_editors import PropertyEditor, field_label, misfit_sentence, required_sentence

log = logging.getLogger(__name__)


def property_definitions(replica, contact) -> list[PropertySpec]:
    """The properties configured for the panel, in order (hidden ones left out). Without any
    definitions (an older server), the contact's own keys as text, alphabetically."""
    specs = replica.store.property_definitions()
    if specs:
        return specs

    def label(key: str) -> str:
        return key.upper() if len(key) <= 3 else key.replace("_", " ").capitalize()
    return [PropertySpec(key, label(key), "text", []) for key in sorted((contact.properties or {}) if contact else {})]


_STAGE_LABELS = {  # the pipeline's stages in the agent's language
    "new": QT_TRANSLATE_NOOP("ContactPanel", "New"),
    "qualification": QT_TRANSLATE_NOOP("ContactPanel", "Qualification"),
    "proposta": QT_TRANSLATE_NOOP("ContactPanel", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("ContactPanel", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("ContactPanel", "Won"),
    "lost": QT_TRANSLATE_NOOP("ContactPanel", "Lost"),
}


def stage_label(stage: str | None) -> str:
    label = _STAGE_LABELS.get(stage or "")
    return QCoreApplication.translate("ContactPanel", label) if label else (stage or "")

CORE_FIELDS = ("name", "phone", "email")  # the contact's own fields, before its properties

class ContactPanel(QWidget):
    fieldEdited = Signal(str, str, object)  # contact id, field, new value
    createRequested = Signal(str, str, dict)  # kind (deal|company|task), contact id, fields
    callRequested = Signal(str, str)  # the contact's phone, contact id (click-to-call, S9)
    dealStageChosen = Signal(str, str)  # deal id, stage (rvops_contract.deals.STAGES)
    taskTicked = Signal(str, bool)  # task id, done

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactPanel")
        self.setMinimumWidth(260)
        self._session = session
        self._contact = None
        self._required_logged: tuple[str, ...] = ()  # the required keys last shown (said in the log)
        self.name = plain(QLabel(self))  # the contact's name, as they wrote it
        self.name.setObjectName("contactName")
        self.name.setWordWrap(True)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.name.setFont(font)
        self.call_button = QPushButton(icon("call"), self.tr("Call"), self)
        self.call_button.setObjectName("contactCallButton")
        self.call_button.clicked.connect(self._call)
        self.read_only_reason = plain(QLabel(self))
        self.read_only_reason.setWordWrap(True)
        self.read_only_reason.setObjectName("readOnlyReason")
        self.form_box = QGroupBox(self.tr("Properties"), self)
        self.form = QFormLayout(self.form_box)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long value goes under its label
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}  # key -> its editor's widget
        self.editors: dict[str, PropertyEditor] = {}
        self._form_shape: tuple[object, ...] | None = None  # (editable, the fields' specs) the form was built for
        self.field_error = plain(QLabel(self))  # why what was typed was not saved, at the form
        self.field_error.setObjectName("fieldError")
        self.field_error.setWordWrap(True)
        self.field_error.hide()
        self.lists: dict[str, QListWidget] = {}
        self.create_buttons: dict[str, QPushButton] = {}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.name)
        layout.addWidget(self.call_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.read_only_reason)
        layout.addWidget(self.form_box)
        layout.addWidget(self.field_error)
        for kind, title, button, permission, none in (
                ("deal", self.tr("D&eals"), self.tr("New &deal"), Permission.CREATE_DEAL,
                 self.tr("No deals for this contact")),
                ("company", self.tr("Com&panies"), self.tr("New c&ompany"), Permission.CREATE_COMPANY,
                 self.tr("No companies for this contact")),
                ("task", self.tr("T&asks"), self.tr("New tas&k"), Permission.CREATE_TASK,
                 self.tr("No tasks for this contact"))):
            box = QGroupBox(title, body)
            bl = QVBoxLayout(box)
            items = ListWithEmptyText(none, box)
            items.setAccessibleName(title.replace("&", ""))
            items.setMaximumHeight(90)
            items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            items.setWordWrap(True)
            bl.addWidget(items)
            items.installEventFilter(self)   # reached by its group's key: scrolled into view
            self.lists[kind] = items
            if kind == "task":
                items.itemChanged.connect(self._task_changed)
            elif kind == "deal":
                items.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                items.customContextMenuRequested.connect(self._deal_menu)
                items.setToolTip(self.tr("Right-click a deal to move it to another stage"))
            if session.can(permission):
                create = QPushButton(button, box)
                create.clicked.connect(lambda _=False, k=kind: self._create(k))
                bl.addWidget(create)
                self.create_buttons[kind] = create
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self._body = body
        body.hide()  # nothing to show until a conversation is open: then it says what will be here
        self.empty = plain(QLabel(self.tr("The contact's details show here when a conversation is open: "
                                          "properties, deals, companies and tasks."), self))
        self.empty.setObjectName("contactPanelEmpty")
        self.empty.setWordWrap(True)
        muted(self.empty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty)
        outer.addWidget(scroll)
        scroll.hide()
        self._scroll = scroll

    def focus_target(self) -> QWidget | None:
        """Where F6 puts the focus: the first of the call button, the fields and the lists that can
        take it; None with no contact shown."""
        if self._contact is None:
            return None
        candidates: list[QWidget] = [self.call_button, *self.fields.values(), *self.lists.values()]
        return next((w for w in candidates if not w.isHidden() and w.isEnabled()
                     and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)

    @property
    def can_edit(self) -> bool:
        return self._session.can(Permission.EDIT_CONTACT)

    def show_contact(self, contact, records=None) -> None:
        """`contact` and its editors; `records` (Store.contact_records or a ContactHistory): the deals,
        companies and tasks listed under them."""
        if (contact.id if contact is not None else None) != (self._contact.id if self._contact is not None else None):
            log.info("contact panel: %s", contact.id if contact is not None else "none")
        self._contact = contact
        self.name.setText(contact.name or contact.phone or "" if contact else "")
        self.field_error.hide()
        self._body.setVisible(contact is not None)
        self._scroll.setVisible(contact is not None)
        self.empty.setVisible(contact is None)
        if contact is None:
            self._clear_form()
            return
        self.call_button.setVisible(bool(contact.phone))
        self.call_button.setText(self.tr("Call %1").replace("%1", shown(contact.phone)) if contact.phone else self.tr("Call"))
        editable = self.can_edit
        self.read_only_reason.setText("" if editable else self.tr(
            "Read-only: your profile does not have the \"edit contact\" permission. Ask an administrator."))
        self.read_only_reason.setVisible(not editable)
        base = [PropertySpec("name", self.tr("Name"), "text", []), PropertySpec("phone", self.tr("Phone"), "text", []),
                PropertySpec("email", self.tr("E-mail"), "text", [])]
        props = contact.properties or {}
        specs = base + property_definitions(self._session.replica, contact)
        self._specs = {spec.key: spec for spec in specs}

        def value_of(spec: PropertySpec) -> Any:
            return getattr(contact, spec.key, None) if spec.key in CORE_FIELDS else props.get(spec.key)

        shape = (editable, tuple((s.key, s.label, s.kind, tuple(s.choices), s.required) for s in specs))
        if shape == self._form_shape:  # the same fields as the contact before: new values only
            for spec in specs:
                self.editors[spec.key].set_value(value_of(spec))
        else:
            self._build_form(specs, value_of, editable)
            self._form_shape = shape
        required = tuple(spec.key for spec in specs if spec.required)
        if required != self._required_logged:  # e.g. an administrator's change, shown at once
            log.info("contact panel: required %s", ", ".join(required) or "none")
            self._required_logged = required
        if records is not None:
            self._fill("deal", [(d.id, f"{d.title} — {stage_label(d.stage)}", None) for d in records.deals])
            self._fill("company", [(c.id, c.name or "", None) for c in records.companies])
            self._fill("task", [(t.id, t.title or "", bool(t.done)) for t in records.tasks])

    def _clear_form(self) -> None:
        # The old editors go quietly and later: one may hold the focus, and a widget destroyed with
        # the focus reports "editing finished" while half gone (deleteLater: after this event).
        self.editors.clear()
        for widget in self.fields.values():
            widget.blockSignals(True)
        while self.form.rowCount():
            row = self.form.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        self.fields.clear()
        self._form_shape = None

    def _build_form(self, specs: list[PropertySpec], value_of: Callable[[PropertySpec], Any], editable: bool) -> None:
        """One editor per property; kept while the next contacts have the same fields."""
        self._clear_form()
        previous: QWidget = self.call_button  # Tab: call, then each field in order, then deals (not after the status bar)
        for spec in specs:
            editor = PropertyEditor(spec.kind, spec.choices, value_of(spec), self.form_box)
            widget = editor.widget
            widget.setObjectName(f"field_{spec.key}")
            widget.setAccessibleName(spec.label)
            editor.set_read_only(not editable, self.read_only_reason.text())
            editor.on_change(lambda k=spec.key: self._edited(k))
            # a required one is marked; the server refuses to empty it, and so does _edited first
            self.form.addRow(field_label(spec.key, spec.label, widget, self.form_box, required=spec.required,
                                         editable=editable), widget)
            self.fields[spec.key] = widget
            self.editors[spec.key] = editor
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _call(self) -> None:
        if self._contact is not None and self._contact.phone:
            self.callRequested.emit(self._contact.phone, self._contact.id)

    def _fill(self, kind: str, rows: list[tuple[str, str, bool | None]]) -> None:
        """(id, label, done) per deal, company or task; a task is a check box the agent ticks."""
        items = self.lists[kind]
        items.blockSignals(True)
        items.clear()
        may_tick = kind == "task" and self._session.can(Permission.CREATE_TASK)
        for record_id, label, done in rows:
            item = QListWidgetItem(label, items)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            if done is not None:
                flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags if may_tick else flags & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        items.blockSignals(False)

    def _task_changed(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            self.taskTicked.emit(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)

    def _deal_menu(self, position) -> None:
        """Right-click (or the menu key) on a deal: move it to another stage of the pipeline."""
        deals = self.lists["deal"]
        item = deals.itemAt(position) or deals.currentItem()
        if item is None or not self._session.can(Permission.CREATE_DEAL):
            return
        deal_id = item.data(Qt.ItemDataRole.UserRole)
        current = next((d.stage for d in self._session.replica.store.contact_records(self._contact.id).deals
                        if d.id == deal_id), None) if self._contact else None
        menu = QMenu(self)
        menu.setObjectName("dealStageMenu")
        for stage in STAGES:
            action = menu.addAction(stage_label(stage))
            action.setCheckable(True)
            action.setChecked(stage == current)
            action.triggered.connect(lambda _=False, s=stage: self.dealStageChosen.emit(deal_id, s))
        self.last_menu = menu
        menu.popup(deals.viewport().mapToGlobal(position))

    def _edited(self, key: str) -> None:
        """Send what the agent changed, typed by its definition; what does not fit stays in the
        field, with the reason beside the form (the same rule the server applies)."""
        if self._contact is None or not self.can_edit or key not in self.editors:
            return
        spec, editor = self._specs[key], self.editors[key]
        current = getattr(self._contact, key, None) if key in CORE_FIELDS else (self._contact.properties or {}).get(key)
        try:
            value = editor.value()
            why = None if key in CORE_FIELDS else check_value(spec.kind, spec.choices, value)
        except NotAValue as refused:
            why = refused.why
        if why is not None:
            self._say_error(misfit_sentence(spec.label, why, spec.choices))
            return
        self.field_error.hide()
        if value == current or (value in ("", None) and current in ("", None)):
            return
        if missing_required([key] if spec.required else [], {key: value}, edit=True):
            self._say_error(required_sentence([spec.label]))
            return
        if key in CORE_FIELDS and value is None:
            value = None if key == "phone" else ""
        self.fieldEdited.emit(self._contact.id, key, value)

    def _say_error(self, text: str) -> None:
        """Why the field was not saved, beside the form: nothing was queued."""
        self.field_error.setText(text)
        self.field_error.setStyleSheet(f"color: {colors().danger.name()};")
        self.field_error.show()

    def _create(self, kind: str) -> None:
        if self._contact is None:
            return
        prompt = {"deal": self.tr("Deal title"), "company": self.tr("Company name"),
                  "task": self.tr("Task title")}[kind]
        text, ok = QInputDialog.getText(self, self.create_buttons[kind].text().replace("&", ""), prompt)
        if ok and text.strip():
            key = "name" if kind == "company" else "title"
            self.createRequested.emit(kind, self._contact.id, {key: text.strip()})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._scroll.ensureWidgetVisible(watched)   # Tab does this itself; a group's Alt+key does not
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.parentWidget().setFocus()
        super().keyPressEvent(event)
