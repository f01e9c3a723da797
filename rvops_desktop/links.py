"""What the app is started with besides its flags: `tel:`, `callto:` and `sip:` links.

The desktop registers rvops-desktop as the handler of these schemes (packaging/rvops-desktop.desktop
on Linux; see packaging/README.md for Windows and macOS), so clicking a phone number anywhere
starts — or reaches the running — app with the link as its argument.

    dial_request("tel:+55-11-98765-4321")   -> "+5511987654321"
    dial_request("callto://+5511987654321") -> "+5511987654321"
    dial_request("sip:ramal.201@pbx.example") -> "sip:ramal.201@pbx.example"
    dial_request("--demo")                  -> None
"""
from __future__ import annotations

import re
from urllib.parse import unquote

SCHEMES = ("tel", "callto", "sip", "sips")
_VISUAL_SEPARATORS = re.compile(r"[\s\-().]")


def dial_request(argument: str) -> str | None:
    """The number or SIP address a link asks to dial; None if the argument is not such a link."""
    scheme, sep, rest = argument.strip().partition(":")
    if not sep or scheme.lower() not in SCHEMES:
        return None
    rest = unquote(rest)
    if scheme.lower() in ("sip", "sips"):
        return f"{scheme.lower()}:{rest}" if rest else None
    number = rest.removeprefix("//").split(";", 1)[0].split("?", 1)[0]  # RFC 3966 parameters
    number = _VISUAL_SEPARATORS.sub("", number)
    return number or None
