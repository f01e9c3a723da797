"""Meta's webhook authentication: the subscription handshake and the payload signature.

Both WhatsApp Cloud API and Instagram Messaging (same Meta app) sign each POST body with
HMAC-SHA256 keyed by the app secret, in the header `X-Hub-Signature-256: sha256=<hex>`.
"""
from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

SIGNATURE_HEADER = "X-Hub-Signature-256"
SIGNATURE_PREFIX = "sha256="


def sign(app_secret: str, raw_body: bytes) -> str:
    """The header value Meta sends for `raw_body`: `sha256=<hex digest>`."""
    digest = hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()
    return SIGNATURE_PREFIX + digest


def verify_signature(app_secret: str, raw_body: bytes, header: str | None) -> bool:
    """True only when `header` is the HMAC-SHA256 of the exact raw body (constant-time compare)."""
    if not header or not app_secret or not header.startswith(SIGNATURE_PREFIX):
        return False
    return hmac.compare_digest(sign(app_secret, raw_body).encode(), header.strip().lower().encode())


def verify_subscription(query: Mapping[str, str], verify_token: str) -> str | None:
    """The GET handshake: the `hub.challenge` to echo back (200, text/plain), or None (answer 403)."""
    if query.get("hub.mode") != "subscribe" or not verify_token:
        return None
    if not hmac.compare_digest((query.get("hub.verify_token") or "").encode(), verify_token.encode()):
        return None
    return query.get("hub.challenge")
