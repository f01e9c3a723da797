"""Glue the route handlers and the outbound sender call: events → storable fields, and one
`send_*` per channel that applies the attachment rules before calling Meta.

Kept free of the store on purpose: it returns plain dicts and raises `SendRefused`, so the
server's domain layer stays the only one that writes.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from rvops_contract.attachments import check_attachment
from rvops_contract.wire import Channel

from .errors import ChannelError
from .events import InboundMessage, StatusUpdate
from .graph_client import GraphApiError, GraphClient, SentMessage, Template


class SendRefused(Exception):
    """Refused before or by Meta: `code` is machine-readable, `sentence_pt`/`sentence_en` for people."""

    def __init__(self, code: str, sentence_pt: str, sentence_en: str, meta_code: int | None = None) -> None:
        super().__init__(sentence_en)
        self.code, self.sentence_pt, self.sentence_en, self.meta_code = code, sentence_pt, sentence_en, meta_code

    @classmethod
    def from_channel_error(cls, error: ChannelError) -> SendRefused:
        return cls(str(error.reason), error.message_pt, error.message_en, error.code)


@dataclass(frozen=True)
class OutgoingFile:
    data: bytes
    mime_type: str
    filename: str | None = None


# ---- inbound ----------------------------------------------------------------------------------
def inbound_fields(event: InboundMessage) -> dict[str, Any]:
    """The fields of the server's `Inbound` record (channel, sender, provider_id, kind, text,
    profile_name, attachments, payload, reply_to_provider_id, sent_at) for one customer message."""
    attachments = []
    if event.media is not None:
        media = event.media
        attachments.append({"media_type": media.media_type, "provider_media_id": media.id, "url": media.url,
                            "mime_type": media.mime_type, "sha256": media.sha256, "filename": media.filename,
                            "caption": media.caption, "voice": media.voice})
    return {
        "channel": str(event.channel), "sender": event.customer_id, "provider_id": event.provider_message_id,
        "kind": str(event.kind), "text": event.text, "profile_name": event.profile_name,
        "attachments": attachments, "payload": payload_of(event),
        "reply_to_provider_id": event.reply_to_provider_id, "sent_at": event.timestamp,
    }


def payload_of(event: InboundMessage) -> dict[str, Any]:
    """The structured parts worth keeping with the message, JSON-safe (no datetimes, no enums)."""
    payload: dict[str, Any] = {}
    if event.location is not None:
        payload["location"] = asdict(event.location)
    if event.contacts:
        payload["contacts"] = [{k: list(v) if isinstance(v, tuple) else v for k, v in asdict(c).items() if k != "raw"}
                               for c in event.contacts]
    if event.interactive is not None:
        payload["interactive"] = asdict(event.interactive)
    if event.reaction is not None:
        payload["reaction"] = asdict(event.reaction)
    if event.forwarded:
        payload["forwarded"] = True
        payload["frequently_forwarded"] = event.frequently_forwarded
    if event.unsupported_reason:
        payload["unsupported_reason"] = event.unsupported_reason
    if event.referral:
        payload["referral"] = event.referral
    return payload


def status_fields(event: StatusUpdate) -> dict[str, Any]:
    """Arguments for the server's `apply_status(uow, channel, provider_id, status, now, …)`."""
    text = " — ".join(part for part in (event.error_title, event.error_detail) if part) or None
    return {"channel": str(event.channel), "provider_id": event.provider_message_id, "status": str(event.status),
            "error_code": str(event.error_code) if event.error_code is not None else None, "error_text": text}


# ---- outbound ---------------------------------------------------------------------------------
def check_file(channel: Channel, file: OutgoingFile):
    decision = check_attachment(channel, file.mime_type, len(file.data), file.filename)
    if not decision.allowed:
        raise SendRefused(str(decision.reason), decision.message_pt or "", decision.message_en or "")
    return decision


async def send_whatsapp(graph: GraphClient, phone_number_id: str, to: str, *, text: str = "",
                        file: OutgoingFile | None = None, reply_to: str | None = None) -> SentMessage:
    """Text, or a file (uploaded, then sent by id) with `text` as its caption."""
    try:
        if file is None:
            return await graph.send_text(phone_number_id, to, text, reply_to=reply_to)
        decision = check_file(Channel.WHATSAPP, file)
        media_id = await graph.upload_media(phone_number_id, file.data, decision.mime_type,
                                            file.filename or f"arquivo.{decision.mime_type.rsplit('/', 1)[-1]}")
        return await graph.send_media(phone_number_id, to, str(decision.media_type), media_id,
                                      caption=text or None, filename=file.filename, reply_to=reply_to)
    except GraphApiError as exc:
        raise SendRefused.from_channel_error(exc.error) from exc


async def send_whatsapp_template(graph: GraphClient, phone_number_id: str, to: str, name: str, language: str,
                                 variables: list[str]) -> SentMessage:
    try:
        return await graph.send_template(phone_number_id, to, name, language, variables)
    except GraphApiError as exc:
        raise SendRefused.from_channel_error(exc.error) from exc


async def send_instagram(graph: GraphClient, recipient_id: str, *, text: str = "",
                         file: OutgoingFile | None = None, file_url: str | None = None) -> list[SentMessage]:
    """Instagram takes an attachment by public URL (Meta fetches it); text goes as its own message."""
    sent: list[SentMessage] = []
    try:
        if file is not None:
            decision = check_file(Channel.INSTAGRAM, file)
            if not file_url:
                raise SendRefused("invalid", "O arquivo não tem um endereço público para o Instagram buscar.",
                                  "The file has no public address for Instagram to fetch.")
            sent.append(await graph.send_instagram_attachment(recipient_id, str(decision.media_type), file_url))
        if text:
            sent.append(await graph.send_instagram_text(recipient_id, text))
    except GraphApiError as exc:
        raise SendRefused.from_channel_error(exc.error) from exc
    return sent


async def sync_templates(graph: GraphClient, waba_id: str) -> list[dict[str, Any]]:
    """Every template of the account as records ready to upsert (keyed by name + language)."""
    templates: list[Template] = await graph.list_templates(waba_id)
    return [{"provider_id": t.id, "name": t.name, "language": t.language, "category": t.category,
             "status": t.status, "components": t.components, "variables": t.body_variables,
             "body": t.body_text} for t in templates]
