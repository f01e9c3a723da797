"""Webchat visitors' identity: a random visitor id and a server-signed token for it.

The widget keeps both in localStorage; a token that does not verify gets a fresh identity, so
nobody can read another visitor's conversation by guessing their id.
"""
from __future__ import annotations

import re
import secrets

from rvops_server.edge import secrets as signing

PURPOSE = "webchat-visitor"
VISITOR_ID = re.compile(r"^v_[0-9a-f]{24}$")


def new_visitor(secret: bytes) -> tuple[str, str]:
    visitor_id = "v_" + secrets.token_hex(12)
    return visitor_id, token_for(secret, visitor_id)


def token_for(secret: bytes, visitor_id: str) -> str:
    return f"{visitor_id}.{signing.sign(secret, PURPOSE, visitor_id)}"


def visitor_of(secret: bytes, token: str | None) -> str | None:
    """The visitor id a token proves, or None."""
    if not token or "." not in token:
        return None
    visitor_id, _, signature = token.partition(".")
    if not VISITOR_ID.match(visitor_id) or not signing.verify(secret, PURPOSE, visitor_id, signature):
        return None
    return visitor_id
