"""Sentences for people from a layer without Qt: an English template with named fields.

The voip layer cannot translate (no Qt here), so each template is marked with
`QT_TRANSLATE_NOOP("voip", …)`, which lupdate collects into the translation files, and the layer
hands out a `Sentence`: a `str` holding the English text (logs, tests and `str()` see that), which
also keeps its template and fields, so the UI renders it in the agent's language
(`rvops_desktop/ui/services/softphone.py: say`). A field may itself be a Sentence.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Self

CONTEXT = "voip"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


class Sentence(str):
    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, **fields: Any) -> Self:
        self = super().__new__(cls, template.format(**fields) if fields else template)
        self.template = template
        self.fields = fields
        return self

    def render(self, translate: Callable[[str], str]) -> str:
        """The sentence with `translate` applied to its template and to every field that is one."""
        fields = {name: value.render(translate) if isinstance(value, Sentence) else value
                  for name, value in self.fields.items()}
        text = translate(self.template) or self.template
        try:
            return text.format(**fields)
        except (KeyError, IndexError, ValueError):  # a translation with broken fields: say it in English
            return self.template.format(**fields)


def sentence_of(error: BaseException) -> str:
    """The sentence an error carries (a Sentence when it was raised with one)."""
    first = error.args[0] if error.args else ""
    return first if isinstance(first, str) else str(error)
