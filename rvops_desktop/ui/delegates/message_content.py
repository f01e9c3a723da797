"""What a message bubble shows, as plain text blocks (no painting): one place that knows every
message kind — text, media, location, contacts, reactions, replies, templates, notes, system."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from rvops_contract.clock import from_iso


@dataclass
class Content:
    style: str  # inbound | outbound | note | system
    header: str = ""  # e.g. "Template: name", "Hidden note — only agents see this"
    quote: str = ""  # the message replied to
    body: str = ""
    chips: list[tuple[str, str, dict]] = field(default_factory=list)  # (kind, label, attachment)
    footer: str = ""  # time (and delivery state, drawn as ticks)
    failed: str = ""  # the failure reason, with a retry link


def _size(size) -> str:
    if not size:
        return ""
    size = int(size)
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, size // 1024)} KB"


def _duration(seconds) -> str:
    seconds = int(seconds or 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _with_download_state(label: str, attachment: dict) -> str:
    """A customer's file still being fetched from Meta, or whose download failed (with the reason)."""
    state = attachment.get("state")
    if state == "downloading":
        return label + " — " + QCoreApplication.translate("MessageContent", "downloading…")
    if state == "failed":
        reason = attachment.get("error_text") or attachment.get("error") or ""
        return label + " — " + QCoreApplication.translate("MessageContent", "download failed: %1 (click to retry)").replace("%1", reason)
    return label


def time_label(iso: str | None) -> str:
    moment = from_iso(iso)
    return moment.astimezone().strftime("%H:%M") if moment else ""


def describe(message, reply=None) -> Content:
    kind = message.kind or "text"
    payload = message.payload or {}
    if kind == "system":
        return Content("system", body=message.text or payload.get("event", ""))
    if kind == "call":
        duration = payload.get("duration_seconds") or 0
        body = QCoreApplication.translate("MessageContent", "Call — %1").replace("%1", _duration(duration)) if duration else QCoreApplication.translate("MessageContent", "Missed call")
        return Content("system", body=body)
    style = "note" if kind == "note" else (message.direction or "inbound")
    content = Content(style, footer=time_label(message.created_at))
    if kind == "note":
        content.header = QCoreApplication.translate("MessageContent", "Hidden note — only agents see this")
    if reply is not None:
        content.quote = (reply.text or QCoreApplication.translate("MessageContent", "Attachment"))[:140]
    if kind == "template":
        template = payload.get("template") or {}
        content.header = QCoreApplication.translate("MessageContent", "Template: %1").replace("%1", template.get("name", ""))
    if kind == "location":
        loc = payload.get("location") or payload
        name = " — ".join(p for p in (loc.get("name"), loc.get("address")) if p)
        place = name or QCoreApplication.translate("MessageContent", "Location")
        content.body = f"◉ {place}\n{loc.get('latitude', '')}, {loc.get('longitude', '')}"
    elif kind == "contacts":
        cards = payload.get("contacts") or []
        lines = []
        for card in cards:
            name = (card.get("name") or {}).get("formatted_name") if isinstance(card.get("name"), dict) \
                else card.get("name")
            phones = ", ".join(p.get("phone", "") for p in card.get("phones") or [])
            lines.append(f"☎ {name or ''}  {phones}".rstrip())
        content.body = "\n".join(lines) or QCoreApplication.translate("MessageContent", "Contact card")
    elif kind == "reaction":
        emoji = (payload.get("reaction") or payload).get("emoji", "")
        content.body = QCoreApplication.translate("MessageContent", "Reacted %1").replace("%1", emoji)
    elif kind == "unsupported":
        content.body = QCoreApplication.translate("MessageContent", "This message type is not supported yet.")
    else:
        content.body = message.text or ""
    for attachment in message.attachments or []:
        mime = attachment.get("mime_type") or ""
        name = attachment.get("filename") or mime
        if mime.startswith("image/"):
            chip = ("image", f"▣ {name}")
        elif mime.startswith("audio/"):
            label = QCoreApplication.translate("MessageContent", "Voice note")
            if attachment.get("duration"):
                label += f" {_duration(attachment['duration'])}"
            chip = ("audio", f"▶ {label}")
        elif mime.startswith("video/"):
            chip = ("video", f"▶ {name}")
        else:
            chip = ("document", f"⎙ {name}  {_size(attachment.get('size'))}".rstrip())
        content.chips.append((chip[0], _with_download_state(chip[1], attachment), attachment))
    if message.status == "failed":
        reason = message.error_text or message.error_code or QCoreApplication.translate("MessageContent", "not sent")
        content.failed = QCoreApplication.translate("MessageContent", "Not sent: %1 — click to retry").replace("%1", reason)
    return content
