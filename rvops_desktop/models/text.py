"""Text folding shared by sorting, filtering and search ranking (Portuguese-friendly)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Case- and accent-insensitive form: "João Cação" -> "joao cacao"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
