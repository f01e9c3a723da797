"""A dialog as tall as its rows need at a width. Left to Qt (`resize(w, 0)`), a dialog holding a
word-wrapped label is sized from the label's one-line height and squeezes its fields below their
own minimum (the sign-in dialog's were 13 px high)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height(dialog: QWidget, width: int) -> None:
    """Resize `dialog` to `width` and the height its layout needs there, wrapped text included."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    dialog.resize(width, max(dialog.heightForWidth(width), dialog.sizeHint().height()))
