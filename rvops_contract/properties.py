"""Contact properties typed by the workspace's definitions: one rule for server and client.

`check_value(kind, choices, value)` says why a value does not fit its definition (None when it
does); the server refuses such an update, the client checks before sending so the agent is told at
the field. `from_text(kind, text)` reads what an agent typed (numbers with either decimal mark,
dates as 2026-03-01 or 01/03/2026, yes/no) into the value the definition stores.
"""
from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

KINDS = ("text", "number", "date", "bool", "choice")
MAX_TEXT = 2000
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
_YES, _NO = frozenset({"sim", "s", "yes", "y", "true", "1"}), frozenset({"não", "nao", "n", "no", "false", "0"})


class NotAValue(ValueError):
    """What was typed cannot be read as the property's kind; `why` names the kind ("number"…)."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def check_value(kind: str, choices: list[str] | None, value: Any) -> str | None:
    """None when `value` fits; else the kind expected: "number", "yes/no", "date", "choice", "text"."""
    if value is None:
        return None
    if kind == "number":
        return None if isinstance(value, (int, float)) and not isinstance(value, bool) else "number"
    if kind == "bool":
        return None if isinstance(value, bool) else "yes/no"
    if kind == "date":
        try:
            date.fromisoformat(str(value))
        except ValueError:
            return "date"
        return None
    if kind == "choice":
        return None if value in (choices or []) else "choice"
    return None if isinstance(value, str) and len(value) <= MAX_TEXT else "text"


def from_text(kind: str, text: str) -> Any:
    """The stored value for what was typed ("" → None); NotAValue when it cannot be read."""
    text = (text or "").strip()
    if not text:
        return None
    if kind == "number":
        cleaned = text.replace(" ", "")
        if "," in cleaned:  # 1.234,5 (pt-BR) — else 1,234.5 is not accepted: ambiguous
            cleaned = cleaned.replace(".", "").replace(",", ".")
        try:
            number = float(cleaned)
        except ValueError:
            raise NotAValue("number") from None
        if not math.isfinite(number):  # NaN and ±inf are not values a person typed
            raise NotAValue("number")
        return int(number) if number.is_integer() and "." not in cleaned else number
    if kind == "bool":
        folded = text.casefold()
        if folded in _YES:
            return True
        if folded in _NO:
            return False
        raise NotAValue("yes/no")
    if kind == "date":
        match = _DAY_FIRST.match(text)
        try:
            if match:
                day, month, year = map(int, match.groups())
                return date(year, month, day).isoformat()
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise NotAValue("date") from None
    return text


def as_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


__all__ = ["KINDS", "NotAValue", "as_date", "check_value", "from_text"]
