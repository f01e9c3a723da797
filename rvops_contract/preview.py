"""The inbox's one-line preview of a conversation's last message, the same on server and client.

Text is cut at PREVIEW_LENGTH. A message without text (a photo, a voice note, a location…) is
previewed by a mark from the symbols every desktop font has (no emoji font needed), followed by
the file's name when it has one; a client shows a bare mark with a word in its own language.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

PREVIEW_LENGTH = 120
IMAGE, AUDIO, VIDEO, DOCUMENT = "▣", "♪", "▶", "⎙"
KIND_MARKS = {"location": "◉", "contacts": "☎", "reaction": "♥", "interactive": "↩", "order": "▤"}
MARKS = frozenset({IMAGE, AUDIO, VIDEO, DOCUMENT, *KIND_MARKS.values()})


def media_mark(mime_type: str | None) -> str:
    """By mime type ("image/png") or, when Meta gives none, by media type ("image", "sticker")."""
    family = (mime_type or "").split("/")[0]
    return {"image": IMAGE, "sticker": IMAGE, "audio": AUDIO, "video": VIDEO}.get(family, DOCUMENT)


def preview_of(kind: str | None, text: str | None, attachments: Iterable[Mapping[str, Any]] = ()) -> str:
    """What the inbox shows of a message: its text, else a mark (and the file's name)."""
    if text and text.strip():
        return text[:PREVIEW_LENGTH]
    for attachment in attachments:
        mark = media_mark(attachment.get("mime_type") or attachment.get("media_type"))
        name = attachment.get("filename")
        return f"{mark} {name}"[:PREVIEW_LENGTH] if name else mark
    return KIND_MARKS.get(kind or "", "…")
