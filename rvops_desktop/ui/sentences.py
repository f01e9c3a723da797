"""Sentences from the layers without Qt, in the agent's language.

voip and sync hand out `rvops_contract.sentences.Sentence`s keyed by their English template,
marked for lupdate with `QT_TRANSLATE_NOOP(context, …)`; here Qt's translator renders them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rvops_contract.sentences import Sentence

CONTEXTS = ("voip", "sync")  # the contexts those layers mark their templates with


def _translate(key: str) -> str:
    for context in CONTEXTS:
        text = QCoreApplication.translate(context, key)
        if text != key:
            return text
    return key


def say(text: str) -> str:
    """`text` in the agent's language when it is a Sentence; anything else is shown as it is."""
    if isinstance(text, Sentence):
        return text.render(_translate)
    return str(text)
