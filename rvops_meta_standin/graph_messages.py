"""Graph API sending: POST /{version}/{phone-number-id}/messages (text, media, template, reaction,
interactive…, or mark as read) and POST /{version}/me/messages (Instagram)."""
from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import interactive
from . import payloads as P
from . import templates as review
from .errors import MetaError
from .graph import Graph, json_body, no_node

MAX_TEXT_LENGTH = 4096
SEND_TYPES = frozenset({"text", "image", "video", "audio", "document", "sticker", "template", "reaction",
                        "location", "contacts", "interactive"})
MEDIA_TYPES = frozenset({"image", "video", "audio", "document", "sticker"})


class MessagesApi:
    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.config, self.state = graph.config, graph.state

    def routes(self) -> list[Route]:
        return [Route("/{version}/{node}/messages", self.graph.guarded(self.post_messages), methods=["POST"])]

    async def post_messages(self, request: Request) -> Response:
        node = request.path_params["node"]
        body = await json_body(request)
        if node == "me" or node == self.config.ig_account_id:
            return await self._instagram_send(body)
        if node != self.config.phone_number_id:
            raise no_node(node)
        injected = self.state.take_injected_error()
        if injected:
            raise MetaError(injected.code, injected.message, subcode=injected.subcode,
                            http_status=injected.http_status, details=injected.message)
        if body.get("messaging_product") != "whatsapp":
            raise MetaError(100, "(#100) The parameter messaging_product is required.", details="messaging_product")
        if body.get("status") == "read":  # mark as read
            return JSONResponse({"success": True})
        to, msg_type = body.get("to"), body.get("type", "text")
        if not isinstance(to, str) or not to:
            raise MetaError(100, "(#100) The parameter to is required.", details="to")
        if msg_type not in SEND_TYPES or not isinstance(body.get(msg_type), dict | list):
            raise MetaError(100, f"(#100) Param {msg_type} is required or type is invalid.", details=str(msg_type))
        self._validate_content(msg_type, body[msg_type])
        wa_id = re.sub(r"\D", "", to)
        message_id = P.new_wamid(self.state.token())
        error = None
        if wa_id in self.config.undeliverable_numbers:
            error = P.whatsapp_error(131026, "Message undeliverable", "Message Undeliverable.")
        elif msg_type != "template" and not self.state.window_open("whatsapp", wa_id):
            error = P.whatsapp_error(131047, "Re-engagement message",
                                     "Message failed to send because more than 24 hours have passed since the "
                                     "customer last replied to this number.")
        self.state.record_sent("whatsapp", message_id, wa_id, msg_type, body,
                               f"failed:{error['code']}" if error else "delivered")
        callback_data = body.get("biz_opaque_callback_data")
        self.graph.webhooks.schedule(self.graph.webhooks.status_sequence(
            message_id, wa_id, error, callback_data if isinstance(callback_data, str) else None))
        hold = self.state.take_hold("send")
        if hold:  # accepted, statuses on their way, but the answer is slow to come back
            await self.graph.sleep(hold)
        answer: dict[str, Any] = {"messaging_product": "whatsapp", "contacts": [{"input": to, "wa_id": wa_id}],
                                  "messages": [{"id": message_id}]}
        if msg_type == "template":
            answer["messages"][0]["message_status"] = "accepted"
        return JSONResponse(answer)

    def _validate_content(self, msg_type: str, content: Any) -> None:
        if msg_type == "text":
            text = content.get("body")
            if not isinstance(text, str) or not text.strip():
                raise MetaError(100, "(#100) The parameter text['body'] is required.", details="text.body")
            if len(text) > MAX_TEXT_LENGTH:
                raise MetaError(100, "(#100) Param text['body'] must be at most 4096 characters long.",
                                details="text.body")
        elif msg_type in MEDIA_TYPES:
            if content.get("id"):
                if content["id"] not in self.state.media:
                    raise MetaError(131053, "Media upload error", details=f"Media id {content['id']} not found.")
            elif not content.get("link"):
                raise MetaError(100, f"(#100) Either {msg_type}['id'] or {msg_type}['link'] is required.",
                                details=msg_type)
        elif msg_type == "template":
            self._validate_template(content)
        elif msg_type == "reaction":  # Meta: message_id required, emoji "" removes the reaction
            if not isinstance(content.get("message_id"), str) or not content["message_id"]:
                raise MetaError(100, "(#100) The parameter reaction['message_id'] is required.",
                                details="reaction.message_id")
            if not isinstance(content.get("emoji"), str):
                raise MetaError(100, "(#100) The parameter reaction['emoji'] is required.", details="reaction.emoji")
        elif msg_type == "interactive":
            try:
                interactive.check_whatsapp(content)
            except interactive.InvalidInteractive as exc:
                raise MetaError(100, str(exc), details=exc.param) from None

    def _validate_template(self, content: dict[str, Any]) -> None:
        name = content.get("name")
        language = (content.get("language") or {}).get("code")
        template = self.state.find_template(str(name), str(language))
        if template is None or template.get("status") != "APPROVED":
            raise MetaError(132001, "(#132001) Template name does not exist in the translation",
                            http_status=404, details=f"template name ({name}) does not exist in {language}")
        review.check_send(template, content)

    async def _instagram_send(self, body: dict[str, Any]) -> Response:
        injected = self.state.take_injected_error()
        if injected:
            raise MetaError(injected.code, injected.message, subcode=injected.subcode, http_status=injected.http_status)
        recipient = (body.get("recipient") or {}).get("id")
        message = body.get("message")
        if not recipient or not isinstance(message, dict) or not (message.get("text") or message.get("attachment")):
            raise MetaError(100, "(#100) Invalid parameter", error_type="OAuthException")
        if "quick_replies" in message:
            try:
                interactive.check_instagram_quick_replies(message["quick_replies"])
            except interactive.InvalidInteractive as exc:
                raise MetaError(100, str(exc), details=exc.param) from None
        if not self.state.window_open("instagram", recipient):
            raise MetaError(10, "(#10) This message is sent outside of allowed window.", subcode=2534022)
        mid = P.new_instagram_mid(self.state.token())
        self.state.record_sent("instagram", mid, recipient, "attachment" if message.get("attachment") else "text",
                               body, "delivered")
        attachment = message.get("attachment")
        echo = P.instagram_message(
            ig_account_id=self.config.ig_account_id, sender_id=self.config.ig_account_id, recipient_id=recipient,
            mid=mid, timestamp=self.state.clock.now(), text=message.get("text"), is_echo=True,
            attachments=[P.instagram_attachment(attachment.get("type", "image"),
                                                (attachment.get("payload") or {}).get("url", ""))]
            if isinstance(attachment, dict) else None)
        self.graph.webhooks.schedule(self.graph.webhooks.deliver(self.config.instagram_webhook_url, echo))
        return JSONResponse({"recipient_id": recipient, "message_id": mid})
