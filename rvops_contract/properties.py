"""Contact properties typed by the workspace's definitions: one rule for server and client.

`check_value(kind, choices, value)` says why a value does not fit its definition (None when it
does); the server refuses such an update, the client checks before sending so the agent is told at
the field. `from_text(kind, text)` reads what an agent typed (numbers with either decimal mark,
dates as 2026-03-01 or 01/03/2026, yes/no) into the value the definition stores.
`missing_required(required, values, edit=…)` names the required properties a new contact, or an
edit of one, leaves empty: the server refuses it, the desk before queueing it.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any

KINDS = ("text", "number", "date", "bool", "choice")
MAX_TEXT = 2000
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
_YES, _NO = frozenset({"sim", "s", "yes", "y", "true", "1"}), frozenset({"não", "nao", "n", "no", "false", "0"})


# the definitions themselves (issue 16): a key is a slug the contacts' values are stored under
KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
MAX_OPTIONS = 50
MAX_OPTION_LENGTH = 100
# a contact's own fields: a definition may not take their names (update_contact reads them first)
RESERVED_KEYS = frozenset({"id", "name", "phone", "email", "owner_id", "tags", "instagram_id",
                           "webchat_visitor_id", "properties", "created_at", "updated_at"})


class DefinitionRefusal(StrEnum):
    """Why a property definition cannot be saved (the server's sentence names it)."""

    BAD_KEY = "bad_key"  # not a slug: lowercase letter first, then letters, digits, underscores
    RESERVED_KEY = "reserved_key"  # a contact's own field
    UNKNOWN_TYPE = "unknown_type"
    OPTIONS_MISSING = "options_missing"  # a choice without options
    OPTIONS_REPEATED = "options_repeated"
    OPTIONS_NOT_ALLOWED = "options_not_allowed"  # options on a type other than choice
    BAD_OPTION = "bad_option"  # empty, too long, or too many


def normalise_options(options: Iterable[str] | None) -> list[str]:
    """Each option trimmed, inner spaces collapsed; order kept (repeats are the rule's to refuse)."""
    return [" ".join(option.split()) for option in options or []]


def check_definition(key: str, kind: str, options: list[str] | None) -> DefinitionRefusal | None:
    """None when a definition with this key, kind and (normalised) options may be saved; else why not.
    Options compare without case: "Ouro" and "ouro" are one option told twice."""
    if not KEY.match(key):
        return DefinitionRefusal.BAD_KEY
    if key in RESERVED_KEYS:
        return DefinitionRefusal.RESERVED_KEY
    if kind not in KINDS:
        return DefinitionRefusal.UNKNOWN_TYPE
    options = options or []
    if kind != "choice":
        return DefinitionRefusal.OPTIONS_NOT_ALLOWED if options else None
    if not options:
        return DefinitionRefusal.OPTIONS_MISSING
    if len(options) > MAX_OPTIONS or any(not o or len(o) > MAX_OPTION_LENGTH for o in options):
        return DefinitionRefusal.BAD_OPTION
    if len({o.casefold() for o in options}) < len(options):
        return DefinitionRefusal.OPTIONS_REPEATED
    return None


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


def is_empty(value: Any) -> bool:
    """Nothing there: None, or a text of blanks only (what `from_text` reads as no value).
    No (False) and 0 are values."""
    return value is None or (isinstance(value, str) and not value.strip())


def missing_required(required: Iterable[str], values: Mapping[str, Any], *, edit: bool = False) -> list[str]:
    """The keys of `required` (in their order) that `values` leaves empty.

    A new contact (`edit` False, `values` all of its properties) must fill every required one. An
    edit (`values` only what it changes) may not empty one it touches, and nothing else: a contact
    created before a property became required keeps being editable without it."""
    return [key for key in required if (key in values or not edit) and is_empty(values.get(key))]


def as_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


__all__ = [
    "KEY",
    "KINDS",
    "RESERVED_KEYS",
    "DefinitionRefusal",
    "NotAValue",
    "as_date",
    "check_definition",
    "check_value",
    "from_text",
    "is_empty",
    "missing_required",
    "normalise_options",
]
