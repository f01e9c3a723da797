"""Phone numbers: one rule, for the server and every client, to read what a person typed into E.164.

`+55 11 98765-4321`, `0055...` and, with a country code, national numbers (`011 98765-4321`,
`11987654321`, `0 21 11 98765-4321` with a carrier selection code) become `+5511987654321`.
Google's numbering plans (`phonenumbers`) read and check them: a number the plan says cannot exist
is refused — `98765-4321` without its area code is not `+55987654321`.

`to_e164` raises PhoneError; its `why` is the machine-readable code, `str()` the English sentence
(SENTENCES), and each side says it in the person's language from the code.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import phonenumbers  # imported where a number is read (≈ 17 ms): the desk's first paint reads none

DEFAULT_COUNTRY_CODE = "55"  # national numbers typed without +: Brazil, unless a setting says otherwise
E164_MIN_DIGITS = 8
E164_MAX_DIGITS = 15
MIN_PHONE_LIKE_DIGITS = 8  # what a search box holds before it is worth reading as a number

_SEPARATORS = re.compile(r"[\s\-().\/]")
_PHONE_LIKE = re.compile(r"\+?[\d\s\-().\/]+")

# why -> the English sentence ({raw}: what was typed)
SENTENCES: dict[str, str] = {
    "empty": "Type a phone number.",
    "no_country_code": "“{raw}” has no country code; type it as +<country><number>.",
    "too_short": "“{raw}” is missing digits: type it with its area code, e.g. +55 11 98765-4321.",
    "invalid": "“{raw}” is not a valid phone number.",
}


class PhoneError(ValueError):
    """A number that cannot be a phone; `why` is a key of SENTENCES, `raw` what was typed."""

    def __init__(self, why: str, raw: str) -> None:
        super().__init__(SENTENCES[why].format(raw=raw))
        self.why = why
        self.raw = raw


def to_e164(raw: str, country_code: str = "") -> str:
    """Normalise a phone number to E.164, checked against its country's numbering plan.

    `country_code` ("55") reads national numbers; without one only `+`/`00` numbers are read."""
    import phonenumbers
    text = _SEPARATORS.sub("", (raw or "").strip())
    if not text:
        raise PhoneError("empty", raw)
    if text.startswith("00"):
        text = "+" + text[2:]
    region = None
    if not text.startswith("+"):
        digits = country_code.lstrip("+")
        region = phonenumbers.region_code_for_country_code(int(digits)) if digits.isdigit() else None
        if region is None or region == phonenumbers.UNKNOWN_REGION:
            raise PhoneError("no_country_code", raw)
    if not re.fullmatch(r"\+?\d+", text) or len(text.lstrip("+")) > E164_MAX_DIGITS + 2:
        raise PhoneError("invalid", raw)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise PhoneError("invalid", raw) from None
    if not phonenumbers.is_valid_number(number):
        raise PhoneError("too_short" if _too_short(number) else "invalid", raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _too_short(number: phonenumbers.PhoneNumber) -> bool:
    """Fewer digits than the country's numbers have (a number typed without its area code)."""
    import phonenumbers
    if phonenumbers.is_possible_number_with_reason(number) == phonenumbers.ValidationResult.TOO_SHORT:
        return True
    example = phonenumbers.example_number(phonenumbers.region_code_for_number(number) or "")
    return example is not None and len(str(number.national_number)) < len(str(example.national_number))


def is_e164(text: str) -> bool:
    """Whether `text` is already a valid number written in E.164 (what the server stores)."""
    try:
        return bool(text) and text.startswith("+") and to_e164(text) == text
    except PhoneError:
        return False


def shown(e164: str) -> str:
    """How people read a stored number: `+5511987654321` -> `+55 11 98765-4321`."""
    import phonenumbers
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def looks_like_phone(text: str) -> bool:
    """Digits (with +, spaces, dashes, dots, slashes, parentheses), enough of them to be a number."""
    stripped = (text or "").strip()
    return bool(_PHONE_LIKE.fullmatch(stripped)) and len(re.sub(r"\D", "", stripped)) >= MIN_PHONE_LIKE_DIGITS


__all__ = ["DEFAULT_COUNTRY_CODE", "SENTENCES", "PhoneError", "is_e164", "looks_like_phone", "shown", "to_e164"]
