"""What the Settings pages share: the names of roles, permissions and methods in the agent's
language, the line under a form that says the server's verdict, and the page's layout (the list
on the left, the form, its verdict and its buttons on the right)."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.permissions import Permission
from rvops_contract.wire import DistributionMethod
from rvops_desktop.sync.administration import OFFLINE, AdminRefused

from ..plain_text import plain
from ..theme import colors

ROLE = Qt.ItemDataRole.UserRole

ROLE_NAMES = {"admin": QT_TRANSLATE_NOOP("Settings", "Administrator"),
              "supervisor": QT_TRANSLATE_NOOP("Settings", "Supervisor"),
              "agent": QT_TRANSLATE_NOOP("Settings", "Agent")}
PERMISSION_NAMES = {
    Permission.SEE_ALL_CONVERSATIONS: QT_TRANSLATE_NOOP("Settings", "See every conversation"),
    Permission.EDIT_CONTACT: QT_TRANSLATE_NOOP("Settings", "Edit contacts"),
    Permission.CREATE_DEAL: QT_TRANSLATE_NOOP("Settings", "Create deals"),
    Permission.CREATE_COMPANY: QT_TRANSLATE_NOOP("Settings", "Create companies"),
    Permission.CREATE_TASK: QT_TRANSLATE_NOOP("Settings", "Create tasks"),
    Permission.TRANSFER: QT_TRANSLATE_NOOP("Settings", "Transfer conversations"),
    Permission.MANAGE_SNIPPETS: QT_TRANSLATE_NOOP("Settings", "Manage quick replies"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Settings", "Manage users"),
    Permission.MANAGE_DISTRIBUTION: QT_TRANSLATE_NOOP("Settings", "Manage teams and routing"),
    Permission.SYNC_TEMPLATES: QT_TRANSLATE_NOOP("Settings", "Manage WhatsApp templates"),
}
METHOD_NAMES = {
    DistributionMethod.MANUAL.value: QT_TRANSLATE_NOOP("Settings", "Manual (agents claim from the queue)"),
    DistributionMethod.OWNER.value: QT_TRANSLATE_NOOP("Settings", "The contact's owner"),
    DistributionMethod.LEAST_BUSY.value: QT_TRANSLATE_NOOP("Settings", "The least busy agent"),
    DistributionMethod.RANDOM.value: QT_TRANSLATE_NOOP("Settings", "Random among those available"),
}


def said(table: dict) -> dict:
    """A table of untranslated names, in the agent's language."""
    return {key: QCoreApplication.translate("Settings", text) for key, text in table.items()}


class Verdict(QLabel):
    """The line under a form: what the server said, in the alert colour when it refused."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        plain(self)
        self.setWordWrap(True)

    def refused(self, exc: AdminRefused) -> None:
        self.problem(exc.message if exc.reason != OFFLINE else QCoreApplication.translate(
            "Settings", "Settings need the connection to the server; nothing was changed. Try again when online."))

    def problem(self, text: str) -> None:
        """What keeps the form from being saved, in the alert colour."""
        self.setStyleSheet(f"color: {colors().danger.name()};")
        self.setText(text)

    def done(self, text: str) -> None:
        self.setStyleSheet("")
        self.setText(text)


FORM_FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox)


def enter_in_form(dialog: QWidget, event: QKeyEvent, save: QPushButton | None) -> bool:
    """For a dialog's keyPressEvent: Enter in one of a form's fields presses the form's Save (None:
    nothing — a template goes to Meta only by its own button). True when the key was Enter reaching
    the dialog, which must then not pass it on: Qt would press the dialog's first "auto-default"
    button — New, which emptied the form being typed, or a button of a page not shown."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    focus = dialog.focusWidget()
    in_field = focus is not None and (isinstance(focus, FORM_FIELDS) or isinstance(focus.parentWidget(), FORM_FIELDS))
    if in_field and save is not None and save.isVisible() and save.isEnabled():
        save.click()
    return True


def action_buttons(page: QWidget, *actions: tuple[str, Callable[[], object]]) -> list[QPushButton]:
    """One button per (text, action), in order; a click calls the action (with no arguments)."""
    buttons = []
    for text, action in actions:
        button = QPushButton(text, page)
        button.clicked.connect(lambda _checked=False, act=action: act())
        buttons.append(button)
    return buttons


def record_list(page: QWidget, name: str, on_current: Callable[[str | None], object],
                object_name: str = "") -> QListWidget:
    """The page's list of records (its accessible `name`); choosing one calls `on_current` with its
    id (the item's ROLE data), or None when nothing is chosen."""
    records = QListWidget(page)
    if object_name:
        records.setObjectName(object_name)
    records.setAccessibleName(name)
    records.currentItemChanged.connect(lambda item, _previous: on_current(item.data(ROLE) if item else None))
    return records


def fill_checks(box: QWidget, choices: Iterable[tuple[str, str]]) -> dict[str, QCheckBox]:
    """Replace the check boxes in `box` (its layout) by one per (id, label); returns them by id."""
    layout = box.layout()
    assert layout is not None, "the box is laid out by its page"
    for old in box.findChildren(QCheckBox):
        layout.removeWidget(old)
        old.deleteLater()
    checks = {}
    for key, label in choices:
        checks[key] = QCheckBox(label, box)
        layout.addWidget(checks[key])
    return checks


def button_row(buttons: Iterable[QPushButton]) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    return row


def list_beside_form(page: QWidget, records: QWidget, parts: list[QWidget | QLayout],
                     buttons: list[QPushButton]) -> None:
    """Lay a Settings page out: `records` on the left (2/5 of the width); on the right `parts`
    from the top (the form, its boxes, the verdict) and the row of `buttons` at the bottom."""
    row = button_row(buttons)
    right = QVBoxLayout()
    for part in parts:
        _add(right, part)
    right.addStretch(1)
    right.addLayout(row)
    layout = QHBoxLayout(page)
    layout.addWidget(records, 2)
    layout.addLayout(right, 3)


def _add(box: QBoxLayout, part: QWidget | QLayout) -> None:
    if isinstance(part, QLayout):
        box.addLayout(part)
    else:
        box.addWidget(part)
