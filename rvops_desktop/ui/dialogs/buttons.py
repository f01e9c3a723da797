"""The row of buttons under a dialog: OK, named for what it does, and Cancel."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def ok_cancel(dialog: QDialog, ok_text: str, on_ok: Callable[[], object] | None = None) -> QDialogButtonBox:
    """OK says `ok_text` and accepts the dialog (or calls `on_ok`, which decides); Cancel rejects it."""
    buttons = QDialogButtonBox(OK | CANCEL, dialog)
    buttons.button(OK).setText(ok_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_button(buttons: QDialogButtonBox) -> QPushButton:
    return buttons.button(OK)
