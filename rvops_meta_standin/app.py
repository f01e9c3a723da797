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
import re
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from rvops_contract.clock import Clock, SystemClock

from . import interactive
from . import payloads as P
from . import templates as review
from .errors import MetaError
from .state import (
    INSTAGRAM_CDN_PATH,
    MEDIA_URL_PATH,
    InjectedError,
    StandinConfig,
    StandinState,
    WebhookDelivery,
)

MAX_TEXT_LENGTH = 4096
SEND_TYPES = frozenset({"text", "image", "video", "audio", "document", "sticker", "template", "reaction",
                        "location", "contacts", "interactive"})
MEDIA_TYPES = frozenset({"image", "video", "audio", "document", "sticker"})
WEBHOOK_TIMEOUT_SECONDS = 10.0
Sleep = Callable[[float], Awaitable[None]]


TEMPLATE_LIMIT = 250  # message templates a WABA may hold (Meta's limit for an unverified business)
TEMPLATE_EXISTS_SUBCODE = 2388024  # "Content in this language already exists"
FIRST_NEW_TEMPLATE_ID = 1_034_000_000_000_000  # Meta's template ids are numbers (webhooks carry them as such)


class MetaStandin:
    """The app plus its state; `app` is the ASGI application."""

    def __init__(self, config: StandinConfig | None = None, *, clock: Clock | None = None,
                 sleep: Sleep = asyncio.sleep, http: httpx.AsyncClient | None = None) -> None:
        self.config = config or StandinConfig()
        self.state = StandinState(self.config, clock or SystemClock())
        self._sleep = sleep
        self._http = http
        self._tasks: set[asyncio.Task] = set()
        self.public_url: str | None = None  # where customers' media links point; learnt from requests
        self.app = Starlette(routes=self._routes(), lifespan=self._lifespan)

    # ---- lifecycle ----------------------------------------------------------------------------
    @asynccontextmanager
    async def _lifespan(self, app: Starlette):
        owns = self._http is None
        if owns:
            self._http = httpx.AsyncClient(timeout=WEBHOOK_TIMEOUT_SECONDS)
        try:
            yield
        finally:
            await self.drain()
            if owns and self._http is not None:
                await self._http.aclose()
                self._http = None

    async def drain(self) -> None:
        """Wait until every scheduled webhook was delivered (tests call this instead of sleeping)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def _routes(self) -> list[Route]:
        return [
            Route("/_standin/health", self.health),
            Route("/_standin/whatsapp/inbound", self.control_whatsapp_inbound, methods=["POST"]),
            Route("/_standin/instagram/inbound", self.control_instagram_inbound, methods=["POST"]),
            Route("/_standin/sent", self.control_sent),
            Route("/_standin/errors", self.control_inject_error, methods=["POST"]),
            Route("/_standin/hold", self.control_hold, methods=["POST"]),
            Route("/_standin/templates/status", self.control_template_status, methods=["POST"]),
            Route(MEDIA_URL_PATH, self.media_bytes),
            Route(INSTAGRAM_CDN_PATH, self.instagram_cdn),
            Route("/{version}/{node}/messages", self.post_messages, methods=["POST"]),
            Route("/{version}/{node}/media", self.upload_media, methods=["POST"]),
            Route("/{version}/{node}/message_templates", self.list_templates, methods=["GET"]),
            Route("/{version}/{node}/message_templates", self.create_template, methods=["POST"]),
            Route("/{version}/{node}/message_templates", self.delete_template, methods=["DELETE"]),
            Route("/{version}/{node}", self.get_node),
        ]

    # ---- webhook delivery ---------------------------------------------------------------------
    async def deliver(self, url: str | None, payload: dict[str, Any]) -> int | None:
        """POST `payload` signed with the app secret; returns the receiver's status code."""
        if not url:
            return None
        body, headers = P.signed_request(payload, self.config.app_secret)
        http = self._http or httpx.AsyncClient(timeout=WEBHOOK_TIMEOUT_SECONDS)
        try:
            response = await http.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            self.state.deliveries.append(WebhookDelivery(url, payload, None, f"{exc.__class__.__name__}: {exc}"))
            return None
        finally:
            if http is not self._http:
                await http.aclose()
        self.state.deliveries.append(WebhookDelivery(url, payload, response.status_code))
        return response.status_code

    def _schedule(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _status_sequence(self, message_id: str, recipient: str, error: dict[str, Any] | None,
                               callback_data: str | None = None) -> None:
        steps = ["failed"] if error else ["sent", "delivered", "read"]
        for delay, status in zip(self.config.status_delays, steps):
            if delay:
                await self._sleep(delay)
            payload = P.whatsapp_status(
                waba_id=self.config.waba_id, phone_number_id=self.config.phone_number_id,
                display_phone_number=self.config.display_phone_number, message_id=message_id,
                recipient_id=recipient, status=status, timestamp=self.state.clock.now(), error=error,
                callback_data=callback_data)
            answer = await self.deliver(self.config.whatsapp_webhook_url, payload)
            for pause in self.config.status_webhook_retries:  # as Meta, until the receiver takes it
                if answer == 200 or not self.config.whatsapp_webhook_url:
                    break
                await self._sleep(pause)
                answer = await self.deliver(self.config.whatsapp_webhook_url, payload)

    # ---- auth and errors ----------------------------------------------------------------------
    def _check_token(self, request: Request) -> None:
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else request.query_params.get("access_token")
        if token and token in self.config.access_tokens:
            return
        if token and token in self.config.expired_tokens:
            raise MetaError(190, "Error validating access token: Session has expired on Tuesday, 01-Jul-25 "
                                 "12:00:00 PDT. The current time is later.", subcode=463, http_status=401)
        raise MetaError(190, "Invalid OAuth access token - Cannot parse access token", http_status=401)

    def error_response(self, error: MetaError) -> JSONResponse:
        body: dict[str, Any] = {"message": error.message, "type": error.error_type, "code": error.code}
        if error.subcode is not None:
            body["error_subcode"] = error.subcode
        if error.details:
            body["error_data"] = {"messaging_product": "whatsapp", "details": error.details}
        if error.user_msg:
            body["is_transient"] = False
            body["error_user_title"] = error.user_title or error.message
            body["error_user_msg"] = error.user_msg
        body["fbtrace_id"] = self.state.fbtrace_id()
        return JSONResponse({"error": body}, status_code=error.http_status,
                            headers={"WWW-Authenticate": 'OAuth "Facebook Platform" "invalid_token"'}
                            if error.http_status == 401 else None)

    async def _guarded(self, request: Request, handler: Callable[[Request], Awaitable[Response]]) -> Response:
        try:
            self._check_token(request)
            return await handler(request)
        except MetaError as error:
            return self.error_response(error)

    def _no_node(self, node: str) -> MetaError:
        return MetaError(100, f"Unsupported post request. Object with ID '{node}' does not exist, cannot be "
                              "loaded due to missing permissions, or does not support this operation.",
                         subcode=33, error_type="GraphMethodException")

    # ---- Graph API: sending -------------------------------------------------------------------
    async def post_messages(self, request: Request) -> Response:
        return await self._guarded(request, self._post_messages)

    async def _post_messages(self, request: Request) -> Response:
        node = request.path_params["node"]
        body = await _json_body(request)
        if node == "me" or node == self.config.ig_account_id:
            return await self._instagram_send(body)
        if node != self.config.phone_number_id:
            raise self._no_node(node)
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
        self._schedule(self._status_sequence(message_id, wa_id, error,
                                             callback_data if isinstance(callback_data, str) else None))
        hold = self.state.take_hold("send")
        if hold:  # accepted, statuses on their way, but the answer is slow to come back
            await self._sleep(hold)
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
        self._schedule(self.deliver(self.config.instagram_webhook_url, echo))
        return JSONResponse({"recipient_id": recipient, "message_id": mid})

    # ---- Graph API: media ---------------------------------------------------------------------
    async def upload_media(self, request: Request) -> Response:
        return await self._guarded(request, self._upload_media)

    async def _upload_media(self, request: Request) -> Response:
        if request.path_params["node"] != self.config.phone_number_id:
            raise self._no_node(request.path_params["node"])
        form = await request.form()
        upload = form.get("file")
        if form.get("messaging_product") != "whatsapp" or upload is None or isinstance(upload, str):
            raise MetaError(100, "(#100) The parameter file is required.", details="file")
        data = await upload.read()
        mime_type = str(form.get("type") or upload.content_type or "application/octet-stream")
        media = self.state.store_media(data, mime_type, upload.filename)
        return JSONResponse({"id": media.id})

    async def get_node(self, request: Request) -> Response:
        return await self._guarded(request, self._get_node)

    async def _get_node(self, request: Request) -> Response:
        node = request.path_params["node"]
        media = self.state.media.get(node)
        if media is None:
            raise MetaError(100, f"Unsupported get request. Object with ID '{node}' does not exist, cannot be "
                                 "loaded due to missing permissions, or does not support this operation.",
                            subcode=33, error_type="GraphMethodException")
        base = self.config.media_url_base or str(request.base_url)
        url = base.rstrip("/") + f"{MEDIA_URL_PATH}?mid={media.id}&ext=1&hash=ATuv"
        return JSONResponse({"url": url, "mime_type": media.mime_type, "sha256": media.sha256,
                             "file_size": len(media.data), "id": media.id, "messaging_product": "whatsapp"})

    async def media_bytes(self, request: Request) -> Response:
        async def handler(req: Request) -> Response:
            media = self.state.media.get(req.query_params.get("mid", ""))
            if media is None:
                return Response(status_code=404)
            self.state.media_fetches[media.id] = self.state.media_fetches.get(media.id, 0) + 1
            hold = self.state.take_hold("media")
            if hold:
                await self._sleep(hold)
            return Response(media.data, media_type=media.mime_type)
        return await self._guarded(request, handler)

    async def instagram_cdn(self, request: Request) -> Response:  # public, like Meta's CDN links
        media = self.state.media.get(request.query_params.get("asset_id", ""))
        if media is None:
            return Response(status_code=404)
        return Response(media.data, media_type=media.mime_type)

    # ---- Graph API: templates -----------------------------------------------------------------
    async def list_templates(self, request: Request) -> Response:
        return await self._guarded(request, self._list_templates)

    async def _list_templates(self, request: Request) -> Response:
        node = request.path_params["node"]
        if node != self.config.waba_id:
            raise self._no_node(node)
        try:
            limit = max(1, min(int(request.query_params.get("limit", "25")), 1000))
            start = int(base64.b64decode(request.query_params["after"]).decode()) if "after" in request.query_params else 0
        except (ValueError, UnicodeDecodeError):
            raise MetaError(100, "(#100) Invalid parameter", error_type="OAuthException") from None
        page = self.state.templates[start:start + limit]
        data = [{k: v for k, v in t.items()} for t in page]
        answer: dict[str, Any] = {"data": data}
        asked = request.query_params.get("summary")
        if asked:  # `summary=total_count,message_template_count,…` (pywa asks for all four); `true`: all
            summary = {"total_count": len(self.state.templates),
                       "message_template_count": len(self.state.templates),
                       "message_template_limit": TEMPLATE_LIMIT, "are_translations_complete": True}
            wanted = set(asked.split(",")) if asked not in ("true", "1") else set(summary)
            answer["summary"] = {k: v for k, v in summary.items() if k in wanted}
        if page:
            cursors = {"before": _cursor(start), "after": _cursor(start + len(page))}
            answer["paging"] = {"cursors": cursors}
            if start + len(page) < len(self.state.templates):
                version = request.path_params["version"]
                answer["paging"]["next"] = (str(request.base_url).rstrip("/") + f"/{version}/{node}/message_templates"
                                            f"?limit={limit}&after={cursors['after']}")
        return JSONResponse(answer)

    async def create_template(self, request: Request) -> Response:
        return await self._guarded(request, self._create_template)

    async def _create_template(self, request: Request) -> Response:
        """Meta's answer: {"id", "status": "PENDING", "category"}; a bad name, category or component
        (templates.check_submission), or a name already in that language, is error 100 with Meta's
        words for the person."""
        node = request.path_params["node"]
        if node != self.config.waba_id:
            raise self._no_node(node)
        body = await _json_body(request)
        review.check_submission(body)
        name, language = str(body["name"]), str(body["language"])
        category, components = str(body["category"]).upper(), body["components"]
        if self.state.find_template(name, language) is not None:
            raise MetaError(100, "Invalid parameter", subcode=TEMPLATE_EXISTS_SUBCODE,
                            user_title="Content in this language already exists",
                            user_msg=f"There is already {language} content for this template. You can create a "
                                     "new template and try again.")
        template_id = str(FIRST_NEW_TEMPLATE_ID + len(self.state.templates))
        self.state.templates.append({"name": name, "language": language, "status": "PENDING", "category": category,
                                     "id": template_id, "parameter_format": "POSITIONAL", "components": components})
        return JSONResponse({"id": template_id, "status": "PENDING", "category": category})

    async def delete_template(self, request: Request) -> Response:
        return await self._guarded(request, self._delete_template)

    async def _delete_template(self, request: Request) -> Response:
        """`?name=` deletes every language of the template (`&hsm_id=` one of them); {"success": true}."""
        node = request.path_params["node"]
        if node != self.config.waba_id:
            raise self._no_node(node)
        name, hsm_id = request.query_params.get("name", ""), request.query_params.get("hsm_id")
        doomed = [t for t in self.state.templates if t["name"] == name and (hsm_id is None or t["id"] == hsm_id)]
        if not name or not doomed:
            raise MetaError(100, "Invalid parameter", user_title="Message template not found",
                            user_msg=f"Message template \"{name}\" can't be found.")
        self.state.templates = [t for t in self.state.templates if not any(t is d for d in doomed)]
        return JSONResponse({"success": True})

    # ---- control routes -----------------------------------------------------------------------
    async def health(self, request: Request) -> Response:
        return JSONResponse({"ok": True})

    async def control_whatsapp_inbound(self, request: Request) -> Response:
        self.public_url = self.public_url or str(request.base_url).rstrip("/")
        body = await request.json()
        return JSONResponse(await self.customer_writes_whatsapp(**body))

    async def control_instagram_inbound(self, request: Request) -> Response:
        self.public_url = self.public_url or str(request.base_url).rstrip("/")
        body = await request.json()
        return JSONResponse(await self.customer_writes_instagram(**body))

    async def control_sent(self, request: Request) -> Response:
        after = int(request.query_params.get("after", "0"))
        records = self.state.sent[after:]
        return JSONResponse({"messages": [
            {"cursor": r.cursor, "channel": r.channel, "id": r.provider_message_id, "to": r.to, "type": r.type,
             "payload": r.payload, "at": r.at.isoformat(), "outcome": r.outcome} for r in records],
            "next": len(self.state.sent)})

    async def control_inject_error(self, request: Request) -> Response:
        body = await request.json()
        for _ in range(int(body.get("count", 1))):
            self.state.injected_errors.append(InjectedError(int(body["code"]), body.get("message", "Injected error"),
                                                            body.get("subcode"), int(body.get("http_status", 400))))
        return JSONResponse({"queued": len(self.state.injected_errors)})

    async def control_hold(self, request: Request) -> Response:
        """Hold back the answers of the next `count` sends or media downloads for `seconds`."""
        body = await request.json()
        self.state.holds.setdefault(body["what"], []).extend([float(body["seconds"])] * int(body.get("count", 1)))
        return JSONResponse({"holds": self.state.holds})

    async def control_template_status(self, request: Request) -> Response:
        body = await request.json()
        template = self.state.find_template(body["name"], body["language"])
        if template is None:
            return JSONResponse({"error": "no such template"}, status_code=404)
        template["status"] = body["event"]
        payload = P.template_status_update(waba_id=self.config.waba_id, template_id=template["id"],
                                           name=template["name"], language=template["language"],
                                           event=body["event"], reason=body.get("reason", "NONE"),
                                           category=template.get("category"), time=self.state.clock.now())
        return JSONResponse({"webhook_status": await self.deliver(self.config.whatsapp_webhook_url, payload)})

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


async def _json_body(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise MetaError(100, "(#100) Invalid JSON in request body", error_type="OAuthException") from None
    if not isinstance(body, dict):
        raise MetaError(100, "(#100) Invalid parameter", error_type="OAuthException")
    return body


def _cursor(index: int) -> str:
    return base64.b64encode(str(index).encode()).decode()
