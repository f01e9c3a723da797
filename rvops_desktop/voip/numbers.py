"""Phone numbers: E.164 normalisation, the dial prefix, and turning what the agent
typed (a number, an extension, a SIP URI) into the URI to INVITE.

Rules (one place decides them):
- Phone numbers become E.164 by the contract's one rule (`rvops_contract.phones.to_e164`, shared
  with the server and the contacts directory): `0 21 11 98765-4321` is `+5511987654321`, and
  `98765-4321` without its area code is refused.
- Short strings of digits (at most `MAX_EXTENSION_DIGITS`) and anything with `*` or `#`
  are PBX extensions or feature codes and are dialled exactly as typed.
- With a dial prefix (e.g. `0` for an outside line, or `00` for international
  access), an E.164 number is dialled as `prefix + digits` (the `+` is dropped);
  without one it is dialled as `+digits`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from rvops_contract import phones

from .sentences import QT_TRANSLATE_NOOP, Sentence

MAX_EXTENSION_DIGITS = 6
DTMF_DIGITS = frozenset("0123456789*#ABCD")

_SEPARATORS = re.compile(r"[\s\-().\/]")
_URI_USER = re.compile(r"^<?(?:sips?:)?(?P<user>[^@;>]+)@", re.IGNORECASE)


class NumberError(ValueError):
    """A number that cannot be dialled; the message is a sentence for people."""


@dataclass(frozen=True)
class DialTarget:
    uri: str      # what the INVITE goes to
    number: str   # what the call log shows: E.164, an extension, or the SIP URI's user


# the contract's reasons (rvops_contract.phones.SENTENCES), as sentences the UI translates
_PHONE_SENTENCES = {
    "empty": QT_TRANSLATE_NOOP("voip", "Type a number to call."),
    "no_country_code": QT_TRANSLATE_NOOP("voip", "“{raw}” has no country code; type it as +<country><number>."),
    "too_short": QT_TRANSLATE_NOOP(
        "voip", "“{raw}” is missing digits: type it with its area code, e.g. +55 11 98765-4321."),
    "invalid": QT_TRANSLATE_NOOP("voip", "“{raw}” is not a valid phone number."),
}


def to_e164(raw: str, country_code: str = "") -> str:
    """Normalise a phone number to E.164 by the contract's one rule (rvops_contract.phones)."""
    try:
        return phones.to_e164(raw, country_code)
    except phones.PhoneError as refused:
        raise NumberError(Sentence(_PHONE_SENTENCES[refused.why], raw=raw)) from None


def dialled_user(e164: str, dial_prefix: str = "") -> str:
    """The user part we dial for an E.164 number, applying the dial prefix."""
    return dial_prefix + e164[1:] if dial_prefix else e164


def dial_target(raw: str, domain: str, *, country_code: str = "", dial_prefix: str = "",
                uri_params: str = "") -> DialTarget:
    """Turn what the agent typed (or a contact's E.164 phone) into a SIP target."""
    text = raw.strip()
    if not text:
        raise NumberError(Sentence(QT_TRANSLATE_NOOP("voip", "Type a number to call.")))
    if text.lower().startswith(("sip:", "sips:")) or "@" in text:
        uri = text if text.lower().startswith(("sip:", "sips:")) else f"sip:{text}"
        return DialTarget(uri, number_from_uri(uri))
    compact = _SEPARATORS.sub("", text)
    if not re.fullmatch(r"\+?[0-9*#]+", compact):
        raise NumberError(Sentence(QT_TRANSLATE_NOOP(
            "voip", "“{raw}” is neither a phone number nor a SIP address."), raw=raw))
    if ("*" in compact or "#" in compact or
            (not compact.startswith("+") and len(compact) <= MAX_EXTENSION_DIGITS)):
        return DialTarget(f"sip:{compact}@{domain}{uri_params}", compact)
    e164 = to_e164(compact, country_code)
    return DialTarget(f"sip:{dialled_user(e164, dial_prefix)}@{domain}{uri_params}", e164)


def number_from_uri(uri: str) -> str:
    """The user part of a SIP URI or name-addr (`"Bob" <sip:+55...@host>` -> `+55...`)."""
    text = uri.strip()
    if "<" in text:
        text = text[text.index("<"):]
    match = _URI_USER.match(text)
    return unquote(match.group("user")) if match else text


def caller_number(remote_uri: str, country_code: str = "") -> str:
    """The caller's number as the log and the contact matcher see it: E.164 when the
    user part is a phone number, otherwise the user part itself (e.g. an extension)."""
    user = number_from_uri(remote_uri)
    compact = _SEPARATORS.sub("", user)
    if re.fullmatch(r"\+?[0-9]+", compact) and len(compact.lstrip("+")) > MAX_EXTENSION_DIGITS:
        try:
            return to_e164(compact, country_code)
        except NumberError:
            return compact
    return user
