"""The Meta Graph API stand-in: an ASGI app speaking the Graph API's wire format.

Graph API routes (what our server calls):
  POST /{version}/{phone-number-id}/messages      send (text, media, template, reaction…)
  POST /{version}/{phone-number-id}/media         upload media (multipart)
  GET  /{version}/{media-id}                      media url and metadata
  GET  /whatsapp_business/attachments/?mid=…      the media bytes (bearer token required)
  GET  /{version}/{waba-id}/message_templates     templates, cursor-paged
  POST /{version}/{waba-id}/message_templates     submit a template: PENDING until approved or rejected
  DELETE /{version}/{waba-id}/message_templates?name=…  delete a template (every language)
  POST /{version}/me/messages                     Instagram send
Control routes (what the simulator and tests call), under /_standin/: make a customer write in,
list what our server sent, inject an error, change a template's status (approve or reject it: the
signed `message_template_status_update` webhook follows, as Meta's review sends it).

After accepting a WhatsApp message it posts signed status webhooks (sent → delivered → read, or
failed 131047 when the customer's last message is older than 24 hours, as Meta does).
"""
from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.routing import Route

from rvops_contract.clock import Clock, SystemClock

from . import payloads as P
from .control import ControlApi
from .graph import Graph
from .graph_media import MediaApi
from .graph_messages import MAX_TEXT_LENGTH, MEDIA_TYPES, SEND_TYPES, MessagesApi
from .graph_templates import FIRST_NEW_TEMPLATE_ID, TEMPLATE_EXISTS_SUBCODE, TEMPLATE_LIMIT, TemplatesApi
from .state import INSTAGRAM_CDN_PATH, StandinConfig, StandinState
from .webhooks_out import WEBHOOK_TIMEOUT_SECONDS, Sleep, WebhookSender


class MetaStandin:
    """The app plus its state; `app` is the ASGI application. The routes live by area: graph_messages,
    graph_media, graph_templates, control; the webhooks out in webhooks_out."""

    def __init__(self, config: StandinConfig | None = None, *, clock: Clock | None = None,
                 sleep: Sleep = asyncio.sleep, http: httpx.AsyncClient | None = None) -> None:
        self.config = config or StandinConfig()
        self.state = StandinState(self.config, clock or SystemClock())
        self.webhooks = WebhookSender(self.config, self.state, sleep, http)
        self.public_url: str | None = None  # where customers' media links point; learnt from requests
        graph = Graph(self.config, self.state, self.webhooks, sleep)
        self.messages, self.media = MessagesApi(graph), MediaApi(graph)
        self.templates, self.control = TemplatesApi(graph), ControlApi(self)
        self.app = Starlette(routes=self._routes(), lifespan=self._lifespan)

    # ---- lifecycle ----------------------------------------------------------------------------
    @asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        owns = self.webhooks.http is None
        if owns:
            self.webhooks.http = httpx.AsyncClient(timeout=WEBHOOK_TIMEOUT_SECONDS)
        try:
            yield
        finally:
            await self.drain()
            if owns and self.webhooks.http is not None:
                await self.webhooks.http.aclose()
                self.webhooks.http = None

    async def drain(self) -> None:
        """Wait until every scheduled webhook was delivered (tests call this instead of sleeping)."""
        await self.webhooks.drain()

    async def deliver(self, url: str | None, payload: dict[str, Any]) -> int | None:
        """POST `payload` signed with the app secret; returns the receiver's status code."""
        return await self.webhooks.deliver(url, payload)

    def _routes(self) -> list[Route]:
        """In matching order: control, media files, then the Graph API, /{version}/{node} last."""
        return [*self.control.routes(), *self.media.file_routes(), *self.messages.routes(),
                *self.media.upload_routes(), *self.templates.routes(), *self.media.node_routes()]

    # ---- customers writing in (the simulator's entry points) ----------------------------------
    async def customer_writes_whatsapp(self, *, wa_id: str, profile_name: str, type: str = "text",
                                       body: Any = None, context: dict[str, Any] | None = None,
                                       media: dict[str, Any] | None = None) -> dict[str, Any]:
        """A customer sends a message: remember the time (24-hour rule), post the signed webhook.

        `media` = {"data_b64", "mime_type", "filename"?, "caption"?, "voice"?} stores the bytes and
        fills the `image`/`audio`/… body with the new media id and its sha256.
        """
        now = self.state.clock.now()
        if media is not None:
            stored = self.state.store_media(base64.b64decode(media["data_b64"]), media["mime_type"],
                                            media.get("filename"))
            body = P.media_body(stored.id, stored.mime_type, stored.sha256, caption=media.get("caption"),
                                filename=media.get("filename") if type == "document" else None,
                                voice=media.get("voice") if type == "audio" else None)
        message_id = P.new_wamid(self.state.token())
        message = P.wa_message(wa_id, type, body, message_id=message_id, timestamp=now, context=context)
        if type != "reaction":  # reactions do not reopen the window
            self.state.record_inbound("whatsapp", wa_id, now)
        payload = P.whatsapp_inbound(waba_id=self.config.waba_id, phone_number_id=self.config.phone_number_id,
                                     display_phone_number=self.config.display_phone_number, wa_id=wa_id,
                                     profile_name=profile_name, message=message)
        status = await self.deliver(self.config.whatsapp_webhook_url, payload)
        return {"id": message_id, "webhook_status": status}

    async def customer_changes_number(self, *, old_wa_id: str, new_wa_id: str, profile_name: str) -> dict[str, Any]:
        """The customer moves to a new number: Meta's window follows them; the `system` webhook says so."""
        now = self.state.clock.now()
        window = self.state.last_inbound.pop(("whatsapp", old_wa_id), None)
        if window is not None:
            self.state.last_inbound[("whatsapp", new_wa_id)] = window
        message_id = P.new_wamid(self.state.token())
        payload = P.whatsapp_number_changed(
            waba_id=self.config.waba_id, phone_number_id=self.config.phone_number_id,
            display_phone_number=self.config.display_phone_number, old_wa_id=old_wa_id, new_wa_id=new_wa_id,
            profile_name=profile_name, message_id=message_id, timestamp=now)
        status = await self.deliver(self.config.whatsapp_webhook_url, payload)
        return {"id": message_id, "webhook_status": status}

    async def customer_writes_instagram(self, *, sender_id: str, text: str | None = None,
                                        attachment_type: str | None = None, media: dict[str, Any] | None = None,
                                        reply_to_mid: str | None = None,
                                        quick_reply_payload: str | None = None) -> dict[str, Any]:
        """A customer writes (or taps a quick reply: `quick_reply_payload`, with its title as `text`)."""
        now = self.state.clock.now()
        attachments = None
        if media is not None:
            stored = self.state.store_media(base64.b64decode(media["data_b64"]), media["mime_type"])
            url = f"{self.public_url or ''}{INSTAGRAM_CDN_PATH}?asset_id={stored.id}"
            attachments = [P.instagram_attachment(attachment_type or "image", url)]
        mid = P.new_instagram_mid(self.state.token())
        self.state.record_inbound("instagram", sender_id, now)  # reactions are sent by other routes
        payload = P.instagram_message(ig_account_id=self.config.ig_account_id, sender_id=sender_id,
                                      recipient_id=self.config.ig_account_id, mid=mid, timestamp=now, text=text,
                                      attachments=attachments, reply_to_mid=reply_to_mid,
                                      quick_reply_payload=quick_reply_payload)
        status = await self.deliver(self.config.instagram_webhook_url, payload)
        return {"id": mid, "webhook_status": status}


def create_app(config: StandinConfig | None = None, *, clock: Clock | None = None) -> Starlette:
    return MetaStandin(config, clock=clock).app


__all__ = ["FIRST_NEW_TEMPLATE_ID", "MAX_TEXT_LENGTH", "MEDIA_TYPES", "SEND_TYPES", "TEMPLATE_EXISTS_SUBCODE",
           "TEMPLATE_LIMIT", "WEBHOOK_TIMEOUT_SECONDS", "MetaStandin", "create_app"]
