"""Signed public links to our files: Instagram fetches attachments by URL, webchat visitors too.
The route that serves them is gateways/media.py."""
from __future__ import annotations

from datetime import timedelta

from rvops_server.edge import secrets as signing
from rvops_server.services import Services

PUBLIC_MEDIA_PURPOSE = "media"
PUBLIC_MEDIA_PATH = "/media/public/{media_id}"
PUBLIC_MEDIA_TTL = timedelta(days=7)  # a link handed out works this long (the visitor's history makes new ones)


def public_base_url(services: Services) -> str:
    settings = services.settings
    return (settings.public_url or f"http://{settings.host}:{settings.port}").rstrip("/")


def public_media_url(services: Services, secret: bytes, media_id: str) -> str:
    """A link that works until PUBLIC_MEDIA_TTL from now (its expiry is signed with the id)."""
    expires = int((services.clock.now() + PUBLIC_MEDIA_TTL).timestamp())
    sig = signing.sign(secret, PUBLIC_MEDIA_PURPOSE, f"{media_id}:{expires}")
    return f"{public_base_url(services)}/media/public/{media_id}?exp={expires}&sig={sig}"


def link_is_valid(secret: bytes, media_id: str, expires: int | None, signature: str | None) -> bool:
    """The signature matches the id and expiry (whether it has expired is the caller's question)."""
    return expires is not None and signing.verify(secret, PUBLIC_MEDIA_PURPOSE, f"{media_id}:{expires}", signature)
