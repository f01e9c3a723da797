"""The contact panel (S6): the properties configured for display, edited in place where the
agent has permission (read-only with the reason otherwise), the linked deals, companies and
tasks, and the buttons to create each, offered only with permission."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.permissions import Permission

from ..plain_text import plain
from ..resources import icon


def property_definitions(replica, contact) -> list[tuple[str, str]]:
    """(key, label) of the properties configured for display, in order.

    Adapter: the replica's Store has no query for property definitions yet; until it does, the
    contact's own property keys are shown, in alphabetical order.
    """
    query = getattr(replica.store, "property_definitions", None)
    if callable(query):
        rows = [d for d in query() if d.visible is not False and (d.extra or {}).get("show_in_panel") is not False]
        return [(d.key, d.label or d.key) for d in sorted(rows, key=lambda d: d.position or 0)]
    def label(key: str) -> str:
        return key.upper() if len(key) <= 3 else key.replace("_", " ").capitalize()
    return [(key, label(key)) for key in sorted((contact.properties or {}) if contact else {})]


class ContactPanel(QWidget):
    fieldEdited = Signal(str, str, object)  # contact id, field, new value
    createRequested = Signal(str, str, dict)  # kind (deal|company|task), contact id, fields
    callRequested = Signal(str, str)  # the contact's phone, contact id (click-to-call, S9)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactPanel")
        self.setMinimumWidth(260)
        self._session = session
        self._contact = None
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
        self.fields: dict[str, QLineEdit] = {}
        self.lists: dict[str, QListWidget] = {}
        self.create_buttons: dict[str, QPushButton] = {}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.name)
        layout.addWidget(self.call_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.read_only_reason)
        layout.addWidget(self.form_box)
        for kind, title, button, permission in (
                ("deal", self.tr("Deals"), self.tr("New deal"), Permission.CREATE_DEAL),
                ("company", self.tr("Companies"), self.tr("New company"), Permission.CREATE_COMPANY),
                ("task", self.tr("Tasks"), self.tr("New task"), Permission.CREATE_TASK)):
            box = QGroupBox(title, body)
            bl = QVBoxLayout(box)
            items = QListWidget(box)
            items.setAccessibleName(title)
            items.setMaximumHeight(90)
            items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            items.setWordWrap(True)
            bl.addWidget(items)
            self.lists[kind] = items
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
        body.hide()  # nothing to show until a conversation is open
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @property
    def can_edit(self) -> bool:
        return self._session.can(Permission.EDIT_CONTACT)

    def show_contact(self, contact, history=None) -> None:
        self._contact = contact
        self.name.setText(contact.name or contact.phone or "" if contact else "")
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields.clear()
        self._body.setVisible(contact is not None)
        if contact is None:
            return
        self.call_button.setVisible(bool(contact.phone))
        self.call_button.setText(self.tr("Call %1").replace("%1", contact.phone) if contact.phone else self.tr("Call"))
        editable = self.can_edit
        self.read_only_reason.setText("" if editable else self.tr(
            "Read-only: your profile does not have the \"edit contact\" permission. Ask an administrator."))
        self.read_only_reason.setVisible(not editable)
        base = [("name", self.tr("Name"), contact.name), ("phone", self.tr("Phone"), contact.phone),
                ("email", self.tr("E-mail"), contact.email)]
        props = contact.properties or {}
        rows = base + [(key, label, props.get(key)) for key, label in
                       property_definitions(self._session.replica, contact)]
        previous = self.call_button  # Tab: call, then each field in order, then deals (not after the status bar)
        for key, label, value in rows:
            edit = QLineEdit("" if value is None else str(value), self.form_box)
            edit.setObjectName(f"field_{key}")
            edit.setReadOnly(not editable)
            if not editable:
                edit.setToolTip(self.read_only_reason.text())
            edit.editingFinished.connect(lambda k=key, e=edit: self._edited(k, e))
            self.form.addRow(label, edit)
            self.fields[key] = edit
            QWidget.setTabOrder(previous, edit)
            previous = edit
        if history is not None:
            self._fill("deal", [f"{d.title} — {d.stage or ''}" for d in history.deals])
            self._fill("company", [c.name or "" for c in history.companies])
            self._fill("task", [("✔ " if t.done else "☐ ") + (t.title or "") for t in history.tasks])

    def _call(self) -> None:
        if self._contact is not None and self._contact.phone:
            self.callRequested.emit(self._contact.phone, self._contact.id)

    def _fill(self, kind: str, labels: list[str]) -> None:
        items = self.lists[kind]
        items.clear()
        items.addItems(labels or [])

    def _edited(self, key: str, edit: QLineEdit) -> None:
        if self._contact is None or edit.isReadOnly():
            return
        current = getattr(self._contact, key, None) if key in ("name", "phone", "email") else \
            (self._contact.properties or {}).get(key)
        value = edit.text().strip()
        if value == ("" if current is None else str(current)):
            return
        self.fieldEdited.emit(self._contact.id, key, value)

    def _create(self, kind: str) -> None:
        if self._contact is None:
            return
        prompt = {"deal": self.tr("Deal title"), "company": self.tr("Company name"),
                  "task": self.tr("Task title")}[kind]
        text, ok = QInputDialog.getText(self, self.create_buttons[kind].text(), prompt)
        if ok and text.strip():
            key = "name" if kind == "company" else "title"
            self.createRequested.emit(kind, self._contact.id, {key: text.strip()})

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.parentWidget().setFocus()
        super().keyPressEvent(event)
