"""What Meta checks on message templates, answered in Meta's error format: a template submitted
for review (POST /{waba-id}/message_templates: name, category, and its HEADER, BODY, FOOTER and
BUTTONS within Meta's limits, with sample values for every variable) and a template send's
parameters (POST /messages, type template: the header's text or media, the body's texts, each
dynamic link button's URL ending). Written from Meta's documentation, apart from our server's
own rule (rvops_contract.templates), so each checks the other; only Meta's numbers are shared."""
from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from rvops_contract.templates import (
    MAX_BODY,
    MAX_BUTTON_TEXT,
    MAX_BUTTONS,
    MAX_BUTTONS_OF,
    MAX_FOOTER,
    MAX_HEADER_TEXT,
    MAX_PHONE,
    MAX_URL,
)

from .errors import MetaError

TEMPLATE_NAME = re.compile(r"^[a-z0-9_]{1,512}$")
TEMPLATE_CATEGORIES = ("MARKETING", "UTILITY", "AUTHENTICATION")
COMPONENT_TYPES = ("BODY", "BUTTONS", "FOOTER", "HEADER")
HEADER_FORMATS = ("DOCUMENT", "IMAGE", "LOCATION", "TEXT", "VIDEO")
CHARACTER_LIMIT_SUBCODE = 2388040  # "Message template character limit exceeded"
FORMAT_INCORRECT_SUBCODE = 2388047  # the header's or the body's format is incorrect
FOOTER_FORMAT_SUBCODE = 2388073  # the footer's format is incorrect
VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def _invalid(title: str, words: str, subcode: int | None = None) -> MetaError:
    return MetaError(100, "Invalid parameter", subcode=subcode, user_title=title, user_msg=words)


def _too_long(what: str, limit: int) -> MetaError:
    return _invalid("Message template character limit exceeded",
                    f"The {what} can have at most {limit} characters.", CHARACTER_LIMIT_SUBCODE)


def _one_of(param: str, allowed: tuple[str, ...], got: Any) -> MetaError:
    return MetaError(100, f"(#100) Param {param} must be one of {{{', '.join(allowed)}}} - got \"{got}\".")


def _variables(text: Any) -> list[str]:
    return VARIABLE.findall(text) if isinstance(text, str) else []


def _samples(example: Any) -> list[Any]:
    return example if isinstance(example, list) else []


def check_submission(body: dict[str, Any]) -> None:
    """Raise Meta's error for a template Meta would not take for review."""
    name, language = str(body.get("name") or ""), str(body.get("language") or "")
    category, components = str(body.get("category") or "").upper(), body.get("components")
    if not TEMPLATE_NAME.match(name):
        raise _invalid("Invalid template name", "Message template names can only contain lowercase alphanumeric "
                                                "characters and underscores ( _ ).")
    if category not in TEMPLATE_CATEGORIES:
        raise _one_of("category", TEMPLATE_CATEGORIES, category)
    if not isinstance(components, list) or not all(isinstance(c, dict) for c in components):
        raise MetaError(100, "(#100) Param components must be an array of objects.")
    for index, component in enumerate(components):
        if str(component.get("type")).upper() not in COMPONENT_TYPES:
            raise _one_of(f"components[{index}][type]", COMPONENT_TYPES, component.get("type"))
    by_type = {str(c["type"]).upper(): c for c in components}
    if len(by_type) < len(components):
        raise _invalid("Invalid components", "A message template can have one component of each type.")
    if not language or not str((by_type.get("BODY") or {}).get("text") or "").strip():
        raise _invalid("Missing template body", "A message template needs a language and a BODY component.")
    _check_body(by_type["BODY"])
    if "HEADER" in by_type:
        _check_header(by_type["HEADER"], components.index(by_type["HEADER"]))
    if "FOOTER" in by_type:
        _check_footer(by_type["FOOTER"])
    if "BUTTONS" in by_type:
        _check_buttons(by_type["BUTTONS"].get("buttons"), components.index(by_type["BUTTONS"]))


def _check_body(body: dict[str, Any]) -> None:
    text = body["text"]
    if len(text) > MAX_BODY:
        raise _too_long("body text", MAX_BODY)
    names = _variables(text)
    if names:
        example = body.get("example")
        samples = _samples(example.get("body_text") if isinstance(example, dict) else None)
        given = _samples(samples[0]) if samples else []
        if len(given) < len(set(names)):
            raise _invalid("Missing sample values", "Add a sample value for every variable of the body "
                                                    "(example.body_text).")


def _check_header(header: dict[str, Any], index: int) -> None:
    fmt = str(header.get("format") or "").upper()
    if fmt not in HEADER_FORMATS:
        raise _one_of(f"components[{index}][format]", HEADER_FORMATS, header.get("format"))
    raw = header.get("example")
    example: dict[str, Any] = raw if isinstance(raw, dict) else {}
    if fmt == "TEXT":
        text = header.get("text")
        if not isinstance(text, str) or not text.strip():
            raise MetaError(100, f"(#100) The parameter components[{index}][text] is required.")
        if len(text) > MAX_HEADER_TEXT:
            raise _too_long("header text", MAX_HEADER_TEXT)
        names = _variables(text)
        if len(names) > 1 or names not in ([], ["1"]):
            raise _invalid("Header format incorrect", "A text header can have one variable, {{1}}.",
                           FORMAT_INCORRECT_SUBCODE)
        if names and not [v for v in _samples(example.get("header_text")) if isinstance(v, str) and v]:
            raise _invalid("Missing sample values", "Add a sample value for the header's variable "
                                                    "(example.header_text).")
    elif fmt != "LOCATION" and not [h for h in _samples(example.get("header_handle")) if isinstance(h, str) and h]:
        raise _invalid("Missing sample media", f"A {fmt.lower()} header needs a sample uploaded with the "
                                               "Resumable Upload API (example.header_handle).")


def _check_footer(footer: dict[str, Any]) -> None:
    text = footer.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _invalid("Footer format incorrect", "The footer needs text.", FOOTER_FORMAT_SUBCODE)
    if len(text) > MAX_FOOTER:
        raise _too_long("footer text", MAX_FOOTER)
    if _variables(text):
        raise _invalid("Footer format incorrect", "The footer can't have variables.", FOOTER_FORMAT_SUBCODE)


def _check_buttons(buttons: Any, index: int) -> None:
    if not isinstance(buttons, list) or not 1 <= len(buttons) <= MAX_BUTTONS:
        raise MetaError(100, f"(#100) Param components[{index}][buttons] must have between 1 and {MAX_BUTTONS} "
                             "elements.")
    kinds = []
    for n, button in enumerate(buttons):
        kind = str(button.get("type") if isinstance(button, dict) else None).upper()
        if kind not in MAX_BUTTONS_OF:
            raise _one_of(f"components[{index}][buttons][{n}][type]", tuple(sorted(MAX_BUTTONS_OF)), kind)
        kinds.append(kind)
        _check_button(button, kind)
    for kind, most in MAX_BUTTONS_OF.items():
        if kinds.count(kind) > most:
            raise _invalid("Too many buttons", f"A message template can have at most {most} {kind} button(s).")
    groups = [k == "QUICK_REPLY" for k in kinds]
    if sum(1 for a, b in pairwise(groups) if a != b) > 1:
        raise _invalid("Invalid buttons combination", "Quick reply buttons must be grouped together, before or "
                                                      "after the other buttons.")


def _check_button(button: dict[str, Any], kind: str) -> None:
    text = _button_field(button, "text", str.strip, ("Invalid button", "Every button needs a text."),
                         "button text", MAX_BUTTON_TEXT)
    if "\n" in text or _variables(text):
        raise _invalid("Invalid button", "Buttons can't have any variables, newlines, emojis, or formatting "
                                         "characters.")
    if kind == "URL":
        url = _button_field(button, "url", lambda u: re.match(r"^https?://", u),
                            ("Invalid URL", "A URL button needs a website address starting with http:// or https://."),
                            "button URL", MAX_URL)
        names = _variables(url)
        if names and (names != ["1"] or not url.rstrip().endswith("}}")):
            raise _invalid("Invalid URL", "A URL button can have one variable, {{1}}, at the end of its address.")
        if names and not [e for e in _samples(button.get("example")) if isinstance(e, str) and e]:
            raise _invalid("Missing sample values", "Add a sample of the full address for the URL button's "
                                                    "variable (example).")
    if kind == "PHONE_NUMBER":
        _button_field(button, "phone_number", lambda p: re.fullmatch(r"\+?\d{4,}", p),
                      ("Invalid phone number", "A phone number button needs the business phone number."),
                      "button phone number", MAX_PHONE)


def _button_field(button: dict[str, Any], key: str, fits: Callable[[str], object], refusal: tuple[str, str],
                  what: str, limit: int) -> str:
    """`button[key]`: text that `fits` (else `refusal`, Meta's title and words), at most `limit` characters."""
    value = button.get(key)
    if not isinstance(value, str) or not fits(value):
        raise _invalid(*refusal)
    if len(value) > limit:
        raise _too_long(what, limit)
    return value


def check_send(template: dict[str, Any], content: dict[str, Any]) -> None:
    """Raise Meta's error when a send's parameters do not fit the approved template."""
    given = {str(c.get("type", "")).lower(): c for c in content.get("components") or [] if isinstance(c, dict)
             and str(c.get("type", "")).lower() != "button"}
    sent_buttons = {str(c.get("index")): c for c in content.get("components") or []
                    if isinstance(c, dict) and str(c.get("type", "")).lower() == "button"}
    parts = {str(c.get("type")).upper(): c for c in template.get("components") or []}
    header = parts.get("HEADER")
    header_parameters = (given.get("header") or {}).get("parameters") or []
    fmt = str((header or {}).get("format") or "TEXT").upper()
    if header is not None and fmt in ("IMAGE", "VIDEO", "DOCUMENT"):
        received = str(header_parameters[0].get("type") if header_parameters else "unknown").upper()
        media = header_parameters[0].get(received.lower()) if header_parameters else None
        if received != fmt or not isinstance(media, dict) or not (media.get("link") or media.get("id")):
            raise MetaError(132012, "(#132012) Parameter format does not match format in the created template",
                            details=f"header: Format mismatch, expected {fmt}, received {received}")
    elif header is not None:
        _count("header", len(set(_variables(header.get("text")))), len(header_parameters))
    _count("body", len(set(_variables((parts.get("BODY") or {}).get("text")))),
           len((given.get("body") or {}).get("parameters") or []))
    for index, button in enumerate((parts.get("BUTTONS") or {}).get("buttons") or []):
        if str(button.get("type")).upper() == "URL" and _variables(button.get("url")):
            sent = sent_buttons.get(str(index)) or {}
            if str(sent.get("sub_type", "")).lower() != "url" or len(sent.get("parameters") or []) != 1:
                raise MetaError(131008, "(#131008) Required parameter is missing",
                                details=f"buttons: Button at index {index} of type Url requires a parameter")


def _count(part: str, expected: int, given: int) -> None:
    if given != expected:
        raise MetaError(132000, "(#132000) Number of parameters does not match the expected number of params",
                        details=f"{part}: number of localizable_params ({given}) does not match the expected "
                                f"number of params ({expected})")
