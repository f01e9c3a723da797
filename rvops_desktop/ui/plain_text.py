"""Customer and agent text is shown as it was typed, never as Qt rich text.

Qt guesses: a QLabel, a QMessageBox or a tooltip whose text starts like HTML is rendered as HTML,
so a WhatsApp profile name `<h1><font color=red>PAGUE VIA PIX</font></h1>` would become a red
headline and `<a href="file:///…">` a link. Every label or message box that may show a contact's
name, a message, a template filled with a customer's words, an agent's or team's name, or a
server sentence quoting them goes through `plain`; every such tooltip through `plain_tooltip`.
"""
from __future__ import annotations

from html import escape
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

Shown = TypeVar("Shown", QLabel, QMessageBox)


def plain(widget: Shown) -> Shown:
    """`widget` (a QLabel or QMessageBox) shows its text literally, whatever it contains."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def plain_tooltip(text: str | None) -> str:
    """A tooltip showing `text` literally: escaped, inside a paragraph that tells Qt it is rich text
    (an escaped text alone would show its entities; a raw one could be taken for HTML)."""
    if not text:
        return ""
    return f'<p style="white-space:pre-wrap">{escape(text)}</p>'
