"""WhatsApp message templates' text, one rule for server and client: `{{n}}` placeholders
(spaces allowed inside the braces, as Meta accepts), how many a template takes, and its text with
the variables filled in."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
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


# ---- a new template submitted to Meta (issue 16) ----------------------------------------------
TEMPLATE_NAME = re.compile(r"^[a-z0-9_]{1,512}$")  # Meta: lowercase letters, digits, underscores
LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")  # Meta's codes: pt_BR, en_US, es
CATEGORIES = ("MARKETING", "UTILITY", "AUTHENTICATION")
COMPONENT_TYPES = ("HEADER", "BODY", "FOOTER", "BUTTONS")
MAX_BODY = 1024  # Meta's limit for a template's body text


class TemplateRefusal(StrEnum):
    BAD_NAME = "bad_name"
    BAD_LANGUAGE = "bad_language"
    BAD_CATEGORY = "bad_category"
    NO_BODY = "no_body"  # exactly one BODY with text
    BAD_COMPONENT = "bad_component"  # an unknown or repeated component type, or a body too long
    PLACEHOLDERS_OUT_OF_ORDER = "placeholders_out_of_order"  # {{1}}, {{2}}… with none skipped
    EXAMPLE_MISSING = "example_missing"  # Meta wants one example value per variable


def _numbers(text: str) -> list[int]:
    return [int(m.group(1)) for m in PLACEHOLDER.finditer(text)]


def _example_count(component: Mapping[str, Any], key: str) -> int:
    example = component.get("example") or {}
    values = example.get(key) or []
    if key == "body_text":  # Meta nests the body's examples: [["Maria", "15/03"]]
        values = values[0] if values and isinstance(values[0], list) else []
    return sum(1 for v in values if isinstance(v, str) and v.strip())


def check_new_template(name: str, language: str, category: str,
                       components: list[Mapping[str, Any]]) -> TemplateRefusal | None:
    """None when Meta would take this template's shape (name, language, category, components with
    an example for every variable, as Meta's review requires); else why not."""
    if not TEMPLATE_NAME.match(name):
        return TemplateRefusal.BAD_NAME
    if not LANGUAGE.match(language):
        return TemplateRefusal.BAD_LANGUAGE
    if category not in CATEGORIES:
        return TemplateRefusal.BAD_CATEGORY
    kinds = [str(c.get("type") or "").upper() for c in components]
    if any(k not in COMPONENT_TYPES for k in kinds) or len(set(kinds)) < len(kinds):
        return TemplateRefusal.BAD_COMPONENT
    bodies = [c for c in components if str(c.get("type")).upper() == "BODY"]
    if len(bodies) != 1 or not str(bodies[0].get("text") or "").strip():
        return TemplateRefusal.NO_BODY
    if len(bodies[0]["text"]) > MAX_BODY:
        return TemplateRefusal.BAD_COMPONENT
    for component in components:
        kind = str(component.get("type")).upper()
        if kind not in ("HEADER", "BODY"):
            continue
        numbers = sorted(set(_numbers(str(component.get("text") or ""))))
        if numbers != list(range(1, len(numbers) + 1)):
            return TemplateRefusal.PLACEHOLDERS_OUT_OF_ORDER
        key = "body_text" if kind == "BODY" else "header_text"
        if numbers and _example_count(component, key) < len(numbers):
            return TemplateRefusal.EXAMPLE_MISSING
    return None
