"""Sentences for people: one kind, `Sentence(key, **fields)`, rendered in the reader's language.

A sentence is a key and named fields. Who renders it chooses the language:
- the server, per request (`Accept-Language`), from a `Catalogue` that keeps each key's pt-BR and
  English templates (`rvops_server/domain/sentences.py`);
- the desk, through Qt's translator: layers without Qt (voip, sync) use the English template
  itself as the key, marked with `QT_TRANSLATE_NOOP(context, …)` so lupdate collects it, and
  the UI renders the sentence with `QCoreApplication.translate` (`rvops_desktop/ui/sentences.py`).

A `Sentence` is also a `str` holding the key formatted with its fields (for English-keyed
sentences: the English text), so logs, exceptions and tests read it as plain text. A field may
itself be a Sentence; it is rendered in the same language.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

Translate = Callable[[str], str | None]  # a key -> its template in the reader's language (None: unknown)
DEFAULT_LANGUAGE = "pt-BR"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (collected by lupdate); returns it unchanged."""
    return text


def is_english(language: str | None) -> bool:
    """Whether a language tag or an Accept-Language header asks for English (else pt-BR)."""
    return (language or "").strip().lower().startswith("en")


def in_language(language: str | None, pt: str, en: str) -> str:
    """One of two wordings: the English one when the reader asks for English, pt-BR otherwise."""
    return en if is_english(language) else pt


class Sentence(str):
    key: str
    fields: dict[str, Any]

    def __new__(cls, key: str, /, **fields: Any) -> Self:
        self = super().__new__(cls, _format(key, fields, key))
        self.key = key
        self.fields = fields
        return self

    @property
    def template(self) -> str:
        """The key (for English-keyed sentences, the English template)."""
        return self.key

    def render(self, translate: Translate) -> str:
        """The sentence with `translate` applied to its key and to every field that is a Sentence."""
        fields = {name: value.render(translate) if isinstance(value, Sentence) else value
                  for name, value in self.fields.items()}
        return _format(translate(self.key) or self.key, fields, self.key)


def _format(text: str, fields: Mapping[str, Any], fallback: str) -> str:
    if not fields:
        return text
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError):  # a translation with broken fields: say the key's own words
        return fallback.format(**fields)


class Catalogue:
    """Sentences by key, each with its pt-BR and English template; renders per the reader's language."""

    def __init__(self, entries: Mapping[str, tuple[str, str]]) -> None:
        self.entries = dict(entries)

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def translator(self, language: str | None) -> Translate:
        """The templates in `language`; an unknown key is a programming error (KeyError)."""
        index = 1 if is_english(language) else 0
        return lambda key: self.entries[key][index]

    def render(self, sentence: Sentence, language: str | None = DEFAULT_LANGUAGE) -> str:
        return sentence.render(self.translator(language))

    def say(self, key: str, language: str | None = DEFAULT_LANGUAGE, /, **fields: Any) -> str:
        """The sentence `key` with `fields`, in `language`."""
        return self.render(Sentence(key, **fields), language)


def sentence_of(error: BaseException) -> str:
    """The sentence an error carries (a Sentence when it was raised with one)."""
    first = error.args[0] if error.args else ""
    return first if isinstance(first, str) else str(error)
