"""Sending agents' messages to Meta: WhatsApp (text, media by upload, templates) and Instagram.

Each sender returns Meta's message id or raises `SendFailed(reason, sentence)`: Meta's error
answers are mapped by `channels.errors` to a machine reason (logged with Meta's code) and a
sentence the agent reads on the failed message.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Row
from starlette.concurrency import run_in_threadpool

from rvops_contract.wire import MessageKind
from rvops_server.channels.errors import ChannelErrorReason
from rvops_server.channels.graph_client import GraphApiError
from rvops_server.chatbot.native import instagram_quick_replies, whatsapp_interactive
from rvops_server.domain.addresses import reply_address
from rvops_server.domain.media_files import find_media
from rvops_server.domain.message_lookup import provider_id_of
from rvops_server.domain.template_catalog import template_components
from rvops_server.edge.public_links import public_media_url
from rvops_server.gateways.gateway import MetaGateway
from rvops_server.outbound import Sender, SendFailed
from rvops_server.services import Services

log = logging.getLogger(__name__)
INSTAGRAM_ATTACHMENT_TYPES = {"image": "image", "video": "video", "audio": "audio"}

# Kept with the failed message in the workspace's language; clients translate by the code.
NOT_CONFIGURED = "O canal {channel} não está configurado neste servidor; peça a um administrador."


def _failed(exc: GraphApiError, channel: str, message_id: str) -> SendFailed:
    error = exc.error
    log.warning("%s send of %s refused: reason=%s code=%s subcode=%s fbtrace=%s: %s", channel, message_id,
                error.reason, error.code, error.subcode, error.fbtrace_id, error.provider_message)
    retryable = error.reason is ChannelErrorReason.RATE_LIMITED or exc.transport
    return SendFailed(error.reason.value, error.stored_text, retryable=retryable)


def _load_media(services: Services, media_id: str) -> tuple[bytes, Row[Any]]:
    row = find_media(services.store, media_id)
    if row is None or not Path(row.path).exists():
        raise SendFailed("attachment_missing", "O anexo não foi encontrado no servidor.")
    return Path(row.path).read_bytes(), row


def _provider_id_of(services: Services, message_id: str | None) -> str | None:
    if not message_id:
        return None
    with services.store.read() as conn:
        return provider_id_of(conn, message_id)


def _template_components(services: Services, name: str, language: str) -> list[dict[str, Any]] | None:
    """The template as Meta holds it (synced or created here): which of the message's values go to
    its header, body and link buttons. None if it is gone: the values then go to the body."""
    with services.store.read() as conn:
        return template_components(conn, name, language)


def whatsapp_sender(gateway: MetaGateway) -> Sender:
    async def send(message: dict[str, Any], conversation: dict[str, Any], contact: dict[str, Any]) -> str:
        cfg = gateway.config
        if not cfg.whatsapp_ready:
            raise SendFailed("channel_not_configured", NOT_CONFIGURED.format(channel="WhatsApp"))
        to = re.sub(r"\D", "", reply_address(conversation, contact) or "")
        if not to:
            raise SendFailed("no_phone", "O contato não tem telefone de WhatsApp. / The contact has no WhatsApp number.")
        graph = await gateway.job_client()
        phone_id, key = cfg.phone_number_id, message["id"]  # the message id: the send's idempotency key
        try:
            if message["kind"] == MessageKind.REACTION:
                reaction = (message.get("payload") or {}).get("reaction") or {}
                sent = await graph.send_reaction(phone_id, to, reaction.get("target_id") or "",
                                                 reaction.get("emoji") or "", key=key)
            elif message["kind"] == MessageKind.INTERACTIVE and (message.get("payload") or {}).get("menu"):
                interactive = whatsapp_interactive(message.get("text") or "", message["payload"]["menu"])
                sent = await graph.send_interactive(phone_id, to, interactive, key=key)
            elif message["kind"] == MessageKind.TEMPLATE:
                template = (message.get("payload") or {}).get("template") or {}
                components = await run_in_threadpool(_template_components, gateway.services, template["name"],
                                                     template["language"])
                sent = await graph.send_template(phone_id, to, template["name"], template["language"],
                                                 template.get("variables") or [], template=components, key=key)
            elif message.get("attachments"):
                attachment = message["attachments"][0]
                data, row = await run_in_threadpool(_load_media, gateway.services, attachment["id"])
                media_type = attachment.get("media_type") or "document"
                uploaded = await graph.upload_media(phone_id, data, row.mime_type, row.filename or row.id)
                sent = await graph.send_media(phone_id, to, media_type, uploaded, caption=message.get("text"),
                                              filename=row.filename, key=key)
            else:
                reply_to = await run_in_threadpool(_provider_id_of, gateway.services, message.get("reply_to_id"))
                sent = await graph.send_text(phone_id, to, message.get("text") or "", reply_to=reply_to, key=key)
        except GraphApiError as exc:
            raise _failed(exc, "whatsapp", message["id"]) from exc
        return sent.provider_message_id

    return send


def instagram_sender(gateway: MetaGateway) -> Sender:
    async def send(message: dict[str, Any], conversation: dict[str, Any], contact: dict[str, Any]) -> str:
        if not gateway.config.instagram_ready:
            raise SendFailed("channel_not_configured", NOT_CONFIGURED.format(channel="Instagram"))
        recipient = reply_address(conversation, contact)
        if not recipient:
            raise SendFailed("no_instagram_id", "O contato não tem conta do Instagram.")
        graph = await gateway.client()
        try:
            last = None
            for attachment in message.get("attachments") or []:
                kind = INSTAGRAM_ATTACHMENT_TYPES.get(attachment.get("media_type") or "")
                if kind is None:
                    raise SendFailed("unsupported_message", "O Instagram não aceita este tipo de arquivo.")
                url = public_media_url(gateway.services, gateway.secret, attachment["id"])
                last = await graph.send_instagram_attachment(recipient, kind, url)
            menu = (message.get("payload") or {}).get("menu")
            if message.get("text") and menu:
                last = await graph.send_instagram_quick_replies(recipient, message["text"],
                                                                instagram_quick_replies(menu))
            elif message.get("text"):
                last = await graph.send_instagram_text(recipient, message["text"])
        except GraphApiError as exc:
            raise _failed(exc, "instagram", message["id"]) from exc
        if last is None:
            raise SendFailed("empty_message", "A mensagem está vazia. / The message is empty.")
        return last.provider_message_id

    return send
