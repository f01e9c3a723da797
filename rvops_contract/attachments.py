"""The channel attachment rules (SPEC S4), decided in one place for server and client.

`check_attachment(channel, mime_type, size, filename)` answers whether a file may be sent on a
channel, and if not, why: a machine reason plus a sentence in pt-BR and in English.

The product's own rules come first (PDF and CSV only on WhatsApp; no audio on Webchat), then the
provider's type list and size limit for the channel (Meta's documented limits for WhatsApp Cloud
API and Instagram Messaging; our own for Webchat). Every limit is a named constant below.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rvops_contract.sentences import is_english

from .wire import Channel, channel_name

KB = 1024
MB = 1024 * 1024

# ---- WhatsApp Cloud API (Meta's "supported media types") ------------------------------------
WHATSAPP_IMAGE_MAX_BYTES = 5 * MB
WHATSAPP_AUDIO_MAX_BYTES = 16 * MB
WHATSAPP_VIDEO_MAX_BYTES = 16 * MB
WHATSAPP_DOCUMENT_MAX_BYTES = 100 * MB
WHATSAPP_STICKER_MAX_BYTES = 100 * KB
WHATSAPP_ANIMATED_STICKER_MAX_BYTES = 500 * KB

# ---- Instagram Messaging (Messenger Platform for Instagram) ----------------------------------
INSTAGRAM_IMAGE_MAX_BYTES = 8 * MB
INSTAGRAM_VIDEO_MAX_BYTES = 25 * MB
INSTAGRAM_AUDIO_MAX_BYTES = 25 * MB

# ---- Webchat (our own widget; no provider limit, these keep the server's disk sane) -----------
WEBCHAT_IMAGE_MAX_BYTES = 10 * MB
WEBCHAT_VIDEO_MAX_BYTES = 25 * MB
WEBCHAT_DOCUMENT_MAX_BYTES = 20 * MB

PDF = "application/pdf"
CSV = "text/csv"
WHATSAPP_ONLY_TYPES = frozenset({PDF, CSV})


class MediaType(StrEnum):
    """The provider's media category a file is sent as (WhatsApp's message `type`)."""

    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    DOCUMENT = "document"
    STICKER = "sticker"


class AttachmentRefusal(StrEnum):
    EMPTY_FILE = "empty_file"
    PDF_WHATSAPP_ONLY = "pdf_whatsapp_only"
    CSV_WHATSAPP_ONLY = "csv_whatsapp_only"
    NO_AUDIO_ON_WEBCHAT = "no_audio_on_webchat"
    TYPE_NOT_SUPPORTED = "type_not_supported"
    TOO_LARGE = "too_large"


@dataclass(frozen=True)
class _Rule:
    media_type: MediaType
    mime_types: frozenset[str]
    max_bytes: int


_WHATSAPP_DOCUMENT_TYPES = frozenset({
    "text/plain", PDF, CSV,
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
})
_WEBCHAT_DOCUMENT_TYPES = _WHATSAPP_DOCUMENT_TYPES - WHATSAPP_ONLY_TYPES

RULES: dict[Channel, tuple[_Rule, ...]] = {
    Channel.WHATSAPP: (
        _Rule(MediaType.IMAGE, frozenset({"image/jpeg", "image/png"}), WHATSAPP_IMAGE_MAX_BYTES),
        _Rule(MediaType.AUDIO, frozenset({"audio/aac", "audio/amr", "audio/mpeg", "audio/mp4",
                                          "audio/ogg"}), WHATSAPP_AUDIO_MAX_BYTES),
        _Rule(MediaType.VIDEO, frozenset({"video/mp4", "video/3gpp"}), WHATSAPP_VIDEO_MAX_BYTES),
        _Rule(MediaType.DOCUMENT, _WHATSAPP_DOCUMENT_TYPES, WHATSAPP_DOCUMENT_MAX_BYTES),
        _Rule(MediaType.STICKER, frozenset({"image/webp"}), WHATSAPP_STICKER_MAX_BYTES),
    ),
    Channel.INSTAGRAM: (
        _Rule(MediaType.IMAGE, frozenset({"image/png", "image/jpeg", "image/gif"}),
              INSTAGRAM_IMAGE_MAX_BYTES),
        _Rule(MediaType.VIDEO, frozenset({"video/mp4", "video/ogg", "video/x-msvideo", "video/avi",
                                          "video/quicktime", "video/webm"}), INSTAGRAM_VIDEO_MAX_BYTES),
        _Rule(MediaType.AUDIO, frozenset({"audio/aac", "audio/x-m4a", "audio/m4a", "audio/mp4",
                                          "audio/wav", "audio/x-wav", "audio/wave"}),
              INSTAGRAM_AUDIO_MAX_BYTES),
    ),
    Channel.WEBCHAT: (
        _Rule(MediaType.IMAGE, frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"}),
              WEBCHAT_IMAGE_MAX_BYTES),
        _Rule(MediaType.VIDEO, frozenset({"video/mp4", "video/webm"}), WEBCHAT_VIDEO_MAX_BYTES),
        _Rule(MediaType.DOCUMENT, _WEBCHAT_DOCUMENT_TYPES, WEBCHAT_DOCUMENT_MAX_BYTES),
    ),
}

# File extensions, for when the picker or the browser reports no useful MIME type.
EXTENSION_TYPES: dict[str, str] = {
    "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
    "webp": "image/webp", "mp4": "video/mp4", "3gp": "video/3gpp", "mov": "video/quicktime",
    "avi": "video/x-msvideo", "webm": "video/webm", "ogv": "video/ogg", "aac": "audio/aac",
    "amr": "audio/amr", "mp3": "audio/mpeg", "m4a": "audio/x-m4a", "ogg": "audio/ogg",
    "opus": "audio/ogg", "oga": "audio/ogg", "wav": "audio/wav", "pdf": PDF, "csv": CSV, "txt": "text/plain",
    "doc": "application/msword", "xls": "application/vnd.ms-excel",
    "ppt": "application/vnd.ms-powerpoint",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_GENERIC_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
_ALIASES = {"application/csv": CSV, "text/comma-separated-values": CSV, "audio/mp3": "audio/mpeg",
            "image/jpg": "image/jpeg"}


@dataclass(frozen=True)
class AttachmentDecision:
    allowed: bool
    reason: AttachmentRefusal | None
    message_pt: str | None
    message_en: str | None
    mime_type: str  # the effective (normalised or guessed) MIME type
    media_type: MediaType | None  # how the provider will carry it, when allowed
    max_bytes: int | None = None  # the limit that applied, when one is known

    def message(self, language: str = "pt-BR") -> str | None:
        return self.message_en if is_english(language) else self.message_pt


def normalise_mime_type(mime_type: str | None, filename: str | None = None) -> str:
    """Lower-case, drop parameters (`audio/ogg; codecs=opus` → `audio/ogg`), resolve aliases, and
    fall back to the filename's extension when the type is missing or generic."""
    kind = (mime_type or "").split(";", 1)[0].strip().lower()
    kind = _ALIASES.get(kind, kind)
    extension = filename.rsplit(".", 1)[-1].lower() if filename and "." in filename else ""
    if kind in _GENERIC_TYPES:
        return EXTENSION_TYPES.get(extension, kind or "application/octet-stream")
    # A .csv declared as text/plain (common on Windows) is still a CSV for the channel rule.
    if kind == "text/plain" and extension == "csv":
        return CSV
    return kind


def accepted_mime_types(channel: Channel | str) -> frozenset[str]:
    """Every MIME type the channel accepts, for the client's file picker filter."""
    return frozenset().union(*(rule.mime_types for rule in RULES[Channel(channel)]))


def check_attachment(channel: Channel | str, mime_type: str | None, size: int,
                     filename: str | None = None, *, animated: bool = False) -> AttachmentDecision:
    """Whether a file of `mime_type` and `size` bytes may be sent on `channel`, and why not."""
    channel = Channel(channel)
    kind = normalise_mime_type(mime_type, filename)
    where = channel_name(channel)
    if size <= 0:
        return _refuse(AttachmentRefusal.EMPTY_FILE, kind, "O arquivo está vazio.", "The file is empty.")
    if kind in WHATSAPP_ONLY_TYPES and channel is not Channel.WHATSAPP:
        label = "PDF" if kind == PDF else "CSV"
        reason = AttachmentRefusal.PDF_WHATSAPP_ONLY if kind == PDF else AttachmentRefusal.CSV_WHATSAPP_ONLY
        return _refuse(reason, kind, f"{label} só pode ser enviado no WhatsApp.",
                       f"{label} files can only be sent on WhatsApp.")
    if kind.startswith("audio/") and channel is Channel.WEBCHAT:
        return _refuse(AttachmentRefusal.NO_AUDIO_ON_WEBCHAT, kind,
                       "Áudio não pode ser enviado no Webchat.", "Audio cannot be sent on Webchat.")
    rule = next((r for r in RULES[channel] if kind in r.mime_types), None)
    if rule is None:
        return _refuse(AttachmentRefusal.TYPE_NOT_SUPPORTED, kind,
                       f"O {where} não aceita arquivos do tipo {kind}.",
                       f"{where} does not accept files of type {kind}.")
    limit = rule.max_bytes
    if rule.media_type is MediaType.STICKER and animated:
        limit = WHATSAPP_ANIMATED_STICKER_MAX_BYTES
    if size > limit:
        return _refuse(AttachmentRefusal.TOO_LARGE, kind,
                       f"O arquivo tem {_human(size)}; o limite do {where} para este tipo é {_human(limit)}.",
                       f"The file is {_human(size)}; {where}'s limit for this type is {_human(limit)}.",
                       max_bytes=limit)
    return AttachmentDecision(True, None, None, None, kind, rule.media_type, limit)


def _refuse(reason: AttachmentRefusal, kind: str, pt: str, en: str,
            max_bytes: int | None = None) -> AttachmentDecision:
    return AttachmentDecision(False, reason, pt, en, kind, None, max_bytes)


def _human(size: int) -> str:
    if size >= MB:
        return f"{size / MB:.1f} MB".replace(".0 ", " ")
    if size >= KB:
        return f"{size / KB:.0f} KB"
    return f"{size} bytes"


class CaptionRule(StrEnum):
    """What happens to the text an agent writes with a file."""

    WITH_FILE = "with_file"   # shown under the file (WhatsApp image, video, document; webchat)
    SEPARATE = "separate"     # the provider has no captions: the text follows as its own message (Instagram)
    NONE = "none"             # the provider would drop it (WhatsApp audio and stickers): not offered


_WHATSAPP_CAPTIONED = frozenset({MediaType.IMAGE, MediaType.VIDEO, MediaType.DOCUMENT})


def caption_rule(channel: Channel | str, media_type: MediaType | str | None) -> CaptionRule:
    """Whether a file of `media_type` sent on `channel` can carry a caption, and how."""
    channel = Channel(channel)
    if channel is Channel.INSTAGRAM:
        return CaptionRule.SEPARATE
    if channel is Channel.WHATSAPP:
        return CaptionRule.WITH_FILE if media_type in _WHATSAPP_CAPTIONED else CaptionRule.NONE
    return CaptionRule.WITH_FILE
