"""WhatsApp message templates, one rule for server and client: Meta's components (HEADER, BODY,
FOOTER, BUTTONS) and their limits, what a new template must hold before Meta reviews it, the values
a send of it takes (`variable_slots`: the header's variable or media link, the body's `{{n}}`, the
ending of a link button's URL), and its text with them filled in. `{{n}}` placeholders may have
spaces inside the braces, as Meta accepts."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import Any

from .phones import is_e164

PLACEHOLDER = re.compile(r"\{\{\s*(\d+)\s*\}\}")

Components = Iterable[Mapping[str, Any]] | None

# Meta's limits for a template's components (developers.facebook.com, "Template components")
MAX_HEADER_TEXT = 60
MAX_BODY = 1024
MAX_FOOTER = 60
MAX_BUTTONS = 10
MAX_BUTTONS_OF = {"QUICK_REPLY": 10, "URL": 2, "PHONE_NUMBER": 1}
MAX_BUTTON_TEXT = 25
MAX_URL = 2000
MAX_PHONE = 20
HEADER_FORMATS = ("TEXT", "IMAGE", "VIDEO", "DOCUMENT")
MEDIA_FORMATS = HEADER_FORMATS[1:]
BUTTON_TYPES = tuple(MAX_BUTTONS_OF)
LINK = re.compile(r"^https?://\S+$")
ENDS_WITH_PLACEHOLDER = re.compile(PLACEHOLDER.pattern + "$")


def kind(component: Mapping[str, Any]) -> str:
    return str(component.get("type") or "").upper()


def component(components: Components, wanted: str) -> Mapping[str, Any] | None:
    """The template's HEADER, BODY, FOOTER or BUTTONS, if it has one."""
    return next((c for c in components or [] if kind(c) == wanted), None)


def buttons_of(components: Components) -> list[Mapping[str, Any]]:
    found = component(components, "BUTTONS")
    buttons = found.get("buttons") if found is not None else None
    return [b for b in buttons if isinstance(b, Mapping)] if isinstance(buttons, list) else []


def header_format(header: Mapping[str, Any]) -> str:
    return str(header.get("format") or "TEXT").upper()


def _numbers(text: Any) -> list[int]:
    return [int(m.group(1)) for m in PLACEHOLDER.finditer(str(text or ""))]


# ---- the values a send takes ------------------------------------------------------------------
@dataclass(frozen=True)
class Slot:
    """One value a send of the template takes, in the order `variables` lists them: the header's
    (its `{{1}}`, or the https link of its image, video or document), the body's `{{1}}`…`{{n}}`,
    then the ending of each link button whose URL ends in `{{1}}`."""

    part: str  # "header", "body" or "button"
    number: int = 1  # the `{{n}}` it fills in its part
    media: str = ""  # a media header: IMAGE, VIDEO or DOCUMENT (the value is the file's link)
    button: int = 0  # a link button: its position among the template's buttons (Meta's `index`)


def variable_slots(components: Components) -> list[Slot]:
    components = list(components or [])
    slots: list[Slot] = []
    header = component(components, "HEADER")
    if header is not None and header_format(header) in MEDIA_FORMATS:
        slots.append(Slot("header", media=header_format(header)))
    elif header is not None:
        slots += [Slot("header", n) for n in range(1, max(_numbers(header.get("text")), default=0) + 1)]
    body = component(components, "BODY")
    slots += [Slot("body", n) for n in range(1, max(_numbers(body and body.get("text")), default=0) + 1)]
    slots += [Slot("button", button=index) for index, button in enumerate(buttons_of(components))
              if str(button.get("type") or "").upper() == "URL" and _numbers(button.get("url"))]
    return slots


def placeholder_count(components: Components) -> int:
    """How many values a send of the template takes (its slots)."""
    return len(variable_slots(components))


def check_variables(components: Components, variables: list[str]) -> str | None:
    """None when `variables` fill the template's slots; else "count" (not one non-empty value per
    slot) or "media_link" (a media header's value is not an http(s) link)."""
    slots = variable_slots(components)
    if len(variables) != len(slots) or any(not v.strip() for v in variables):
        return "count"
    if any(slot.media and not LINK.match(value.strip()) for slot, value in zip(slots, variables)):
        return "media_link"
    return None


def filled_parts(components: Components, variables: list[str], *,
                 missing: str | None = None) -> list[tuple[str, str]]:
    """(HEADER, BODY or FOOTER, its text) in the template's order, each part's `{{n}}` replaced by
    its value. A value not given (or empty) is left as `{{n}}`, or shown as `missing` with `{n}` in
    it (e.g. "[{n}]" for a preview that marks what is still to fill)."""
    components = list(components or [])
    values = {(slot.part, slot.number): value for slot, value in zip(variable_slots(components), variables)
              if slot.part != "button" and not slot.media}

    def text_of(c: Mapping[str, Any]) -> str:
        part = kind(c).lower()

        def fill(match: re.Match[str]) -> str:
            n = int(match.group(1))
            value = values.get((part, n), "")
            if value:
                return value
            return missing.replace("{n}", str(n)) if missing is not None else match.group(0)
        return PLACEHOLDER.sub(fill, c["text"]) if part in ("header", "body") else c["text"]
    return [(kind(c), text_of(c)) for c in components if isinstance(c.get("text"), str) and c["text"]]


def render(components: Components, variables: list[str], *, missing: str | None = None) -> str:
    """The template's texts (header, body, footer) filled in (`filled_parts`), one per line."""
    return "\n".join(text for _kind, text in filled_parts(components, variables, missing=missing))


# ---- a new template submitted to Meta (issue 16) ----------------------------------------------
TEMPLATE_NAME = re.compile(r"^[a-z0-9_]{1,512}$")  # Meta: lowercase letters, digits, underscores
LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")  # Meta's codes: pt_BR, en_US, es
CATEGORIES = ("MARKETING", "UTILITY", "AUTHENTICATION")
COMPONENT_TYPES = ("HEADER", "BODY", "FOOTER", "BUTTONS")


class TemplateRefusal(StrEnum):
    BAD_NAME = "bad_name"
    BAD_LANGUAGE = "bad_language"
    BAD_CATEGORY = "bad_category"
    NO_BODY = "no_body"  # exactly one BODY with text
    BAD_COMPONENT = "bad_component"  # an unknown or repeated component type
    BODY_TOO_LONG = "body_too_long"  # MAX_BODY
    PLACEHOLDERS_OUT_OF_ORDER = "placeholders_out_of_order"  # {{1}}, {{2}}… with none skipped
    EXAMPLE_MISSING = "example_missing"  # Meta wants one example value per variable (a link's full URL)
    HEADER_FORMAT = "header_format"  # TEXT (with text), IMAGE, VIDEO or DOCUMENT
    HEADER_TEXT = "header_text"  # at most MAX_HEADER_TEXT characters and one variable, {{1}}
    HEADER_MEDIA_EXAMPLE = "header_media_example"  # a media header's sample file (Meta's header_handle)
    BAD_FOOTER = "bad_footer"  # text of at most MAX_FOOTER characters, no variables
    BAD_BUTTONS = "bad_buttons"  # 1 to 10 of QUICK_REPLY (≤10), URL (≤2), PHONE_NUMBER (≤1)
    BUTTONS_NOT_GROUPED = "buttons_not_grouped"  # quick replies together, before or after the others
    BUTTON_TEXT = "button_text"  # 1 to MAX_BUTTON_TEXT characters on one line, no variables
    BUTTON_URL = "button_url"  # http(s), at most MAX_URL characters, one {{1}} at the end at most
    BUTTON_PHONE = "button_phone"  # the number in E.164 (+5511…), at most MAX_PHONE characters


def _examples(c: Mapping[str, Any], key: str) -> list[str]:
    example = c.get("example")
    values = (example.get(key) if isinstance(example, Mapping) else None) or []
    if key == "body_text":  # Meta nests the body's examples: [["Maria", "15/03"]]
        values = values[0] if values and isinstance(values[0], list) else []
    return [v for v in values if isinstance(v, str) and v.strip()] if isinstance(values, list) else []


def _in_order(numbers: list[int]) -> bool:
    return sorted(set(numbers)) == list(range(1, len(set(numbers)) + 1))


def _check_header(header: Mapping[str, Any]) -> TemplateRefusal | None:
    fmt = header_format(header)
    if fmt not in HEADER_FORMATS or (fmt == "TEXT" and not str(header.get("text") or "").strip()):
        return TemplateRefusal.HEADER_FORMAT
    if fmt != "TEXT":
        return None if _examples(header, "header_handle") else TemplateRefusal.HEADER_MEDIA_EXAMPLE
    numbers = _numbers(header["text"])
    if len(header["text"]) > MAX_HEADER_TEXT or numbers not in ([], [1]):
        return TemplateRefusal.HEADER_TEXT
    return TemplateRefusal.EXAMPLE_MISSING if numbers and not _examples(header, "header_text") else None


def _check_footer(footer: Mapping[str, Any]) -> TemplateRefusal | None:
    text = str(footer.get("text") or "")
    if not text.strip() or len(text) > MAX_FOOTER or "{{" in text:
        return TemplateRefusal.BAD_FOOTER
    return None


def _check_button(button: Mapping[str, Any]) -> TemplateRefusal | None:
    text = button.get("text")
    if (not isinstance(text, str) or not text.strip() or len(text) > MAX_BUTTON_TEXT or "\n" in text
            or "{{" in text):
        return TemplateRefusal.BUTTON_TEXT
    if str(button.get("type")).upper() == "URL":
        url = str(button.get("url") or "")
        numbers, bare = _numbers(url), PLACEHOLDER.sub("", url)
        if (not LINK.match(bare) or "{{" in bare or len(url) > MAX_URL or numbers not in ([], [1])
                or (numbers and not ENDS_WITH_PLACEHOLDER.search(url))):
            return TemplateRefusal.BUTTON_URL
        example = button.get("example")
        examples = [e for e in example if isinstance(e, str) and LINK.match(e)] if isinstance(example, list) else []
        if numbers and not examples:
            return TemplateRefusal.EXAMPLE_MISSING
    if str(button.get("type")).upper() == "PHONE_NUMBER":
        phone = str(button.get("phone_number") or "")
        if len(phone) > MAX_PHONE or not is_e164(phone):
            return TemplateRefusal.BUTTON_PHONE
    return None


def _check_buttons(c: Mapping[str, Any]) -> TemplateRefusal | None:
    buttons = c.get("buttons")
    if not isinstance(buttons, list) or not 1 <= len(buttons) <= MAX_BUTTONS or not all(
            isinstance(b, Mapping) and str(b.get("type")).upper() in BUTTON_TYPES for b in buttons):
        return TemplateRefusal.BAD_BUTTONS
    types = [str(b["type"]).upper() for b in buttons]
    if any(types.count(t) > most for t, most in MAX_BUTTONS_OF.items()):
        return TemplateRefusal.BAD_BUTTONS
    quick = [t == "QUICK_REPLY" for t in types]
    if sum(1 for a, b in pairwise(quick) if a != b) > 1:
        return TemplateRefusal.BUTTONS_NOT_GROUPED
    return next((why for why in map(_check_button, buttons) if why is not None), None)


def check_new_template(name: str, language: str, category: str,
                       components: list[Mapping[str, Any]]) -> TemplateRefusal | None:
    """None when Meta would take this template's shape (name, language, category, components within
    Meta's limits, with an example for every variable, as Meta's review requires); else why not."""
    if not TEMPLATE_NAME.match(name):
        return TemplateRefusal.BAD_NAME
    if not LANGUAGE.match(language):
        return TemplateRefusal.BAD_LANGUAGE
    if category not in CATEGORIES:
        return TemplateRefusal.BAD_CATEGORY
    kinds = [kind(c) for c in components]
    if any(k not in COMPONENT_TYPES for k in kinds) or len(set(kinds)) < len(kinds):
        return TemplateRefusal.BAD_COMPONENT
    body = component(components, "BODY")
    text = str(body.get("text") or "") if body is not None else ""
    if not text.strip():
        return TemplateRefusal.NO_BODY
    if len(text) > MAX_BODY:
        return TemplateRefusal.BODY_TOO_LONG
    numbers = _numbers(text)
    if not _in_order(numbers):
        return TemplateRefusal.PLACEHOLDERS_OUT_OF_ORDER
    if body is None or len(_examples(body, "body_text")) < len(set(numbers)):
        return TemplateRefusal.EXAMPLE_MISSING
    checks = {"HEADER": _check_header, "FOOTER": _check_footer, "BUTTONS": _check_buttons}
    for c in components:
        why = checks[kind(c)](c) if kind(c) in checks else None
        if why is not None:
            return why
    return None
