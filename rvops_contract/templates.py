"""WhatsApp message templates' text, one rule for server and client: `{{n}}` placeholders
(spaces allowed inside the braces, as Meta accepts), how many a template takes, and its text with
the variables filled in."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

PLACEHOLDER = re.compile(r"\{\{\s*(\d+)\s*\}\}")

Components = Iterable[Mapping[str, Any]] | None


def placeholder_count(components: Components) -> int:
    """The highest `{{n}}` in the template's texts: the variables it takes."""
    return max((int(m.group(1)) for c in components or [] for m in PLACEHOLDER.finditer(c.get("text") or "")),
               default=0)


def render(components: Components, variables: list[str], *, missing: str | None = None) -> str:
    """The template's texts (header, body, footer), one per line, `{{n}}` replaced by the n-th
    variable. A variable not given (or empty) is left as `{{n}}`, or shown as `missing` with
    `{n}` in it (e.g. "[{n}]" for a preview that marks what is still to fill)."""
    def fill(match: re.Match[str]) -> str:
        n = int(match.group(1))
        value = variables[n - 1] if 0 < n <= len(variables) else ""
        if value:
            return value
        return missing.replace("{n}", str(n)) if missing is not None else match.group(0)
    return "\n".join(PLACEHOLDER.sub(fill, c["text"]) for c in components or [] if c.get("text"))
