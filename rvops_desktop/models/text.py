"""Text folding shared by sorting, filtering and search ranking (Portuguese-friendly)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Case- and accent-insensitive form: "João Cação" -> "joao cacao"."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()
