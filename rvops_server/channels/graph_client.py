"""An async client of Meta's Graph API for the channel gateways (WhatsApp Cloud API, Instagram).

Sends text, media and templates, uploads and downloads media, syncs templates. Every error
answer becomes a `GraphApiError` carrying a `ChannelError` (machine reason + sentences); rate
limits are retried with exponential back-off first. The base URL comes from one setting,
`RVOPS_GRAPH_API_URL` (the demo and tests point it at the local stand-in).
"""
from __future__ import annotations

import asyncio
import dataclasses
import os
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Self

import httpx

from rvops_contract.attachments import CaptionRule, caption_rule
from rvops_contract.templates import Components, variable_slots
from rvops_contract.wire import Channel

from .errors import ChannelError, ChannelErrorReason, describe_error, describe_error_body

GRAPH_API_VERSION = "v21.0"
DEFAULT_GRAPH_API_URL = "https://graph.facebook.com"
GRAPH_API_URL_ENV = "RVOPS_GRAPH_API_URL"
REQUEST_TIMEOUT_SECONDS = 30.0
MAX_RATE_LIMIT_RETRIES = 4
BACKOFF_BASE_SECONDS = 1.0
BACKOFF_MAX_SECONDS = 30.0
TEMPLATE_PAGE_SIZE = 100
MAX_TEMPLATE_PAGES = 100
SERVICE_UNAVAILABLE_CODE = 2  # Meta's "Service temporarily unavailable"

_VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def graph_api_url() -> str:
    return (os.environ.get(GRAPH_API_URL_ENV) or DEFAULT_GRAPH_API_URL).rstrip("/")


class GraphApiError(Exception):
    def __init__(self, error: ChannelError, status_code: int | None = None, *, transport: bool = False) -> None:
        super().__init__(f"{error.reason} (code {error.code}): {error.provider_message or error.message_en}")
        self.error = error
        self.status_code = status_code
        self.transport = transport  # no answer from Meta itself (connection, timeout, a proxy's 5xx)


@dataclass(frozen=True)
class SentMessage:
    provider_message_id: str
    recipient_id: str  # WhatsApp: the wa_id Meta resolved `to` into; Instagram: the IGSID


@dataclass(frozen=True)
class MediaInfo:
    id: str
    url: str
    mime_type: str | None
    sha256: str | None
    file_size: int | None


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    language: str
    status: str  # APPROVED, PENDING, REJECTED, PAUSED, DISABLED…
    category: str | None
    components: list[dict[str, Any]] = field(default_factory=list)

    @property
    def body_text(self) -> str:
        return next((c.get("text") or "" for c in self.components if str(c.get("type")).upper() == "BODY"), "")

    @property
    def body_variables(self) -> list[str]:
        """The body's variables in order of first appearance: ["1", "2"] or named ones."""
        seen: list[str] = []
        for name in _VARIABLE.findall(self.body_text):
            if name not in seen:
                seen.append(name)
        return seen

    @property
    def is_approved(self) -> bool:
        return self.status.upper() == "APPROVED"


Sleep = Callable[[float], Awaitable[None]]


class GraphClient:
    """One access token, one connection pool. `sleep` is injected so tests never wait."""

    def __init__(self, access_token: str, *, base_url: str | None = None, api_version: str = GRAPH_API_VERSION,
                 http: httpx.AsyncClient | None = None, sleep: Sleep = asyncio.sleep,
                 max_retries: int = MAX_RATE_LIMIT_RETRIES, backoff_base: float = BACKOFF_BASE_SECONDS) -> None:
        self.access_token = access_token
        self.base_url = (base_url or graph_api_url()).rstrip("/")
        self.api_version = api_version
        self._http = http or httpx.AsyncClient(timeout=REQUEST_TIMEOUT_SECONDS)
        self._owns_http = http is None
        self._sleep = sleep
        self.max_retries = max_retries
        self.backoff_base = backoff_base

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    # ---- WhatsApp sending ---------------------------------------------------------------------
    async def send_text(self, phone_number_id: str, to: str, body: str, *, reply_to: str | None = None,
                        preview_url: bool = False, key: str | None = None) -> SentMessage:
        return await self._send_whatsapp(phone_number_id, to, "text",
                                         {"preview_url": preview_url, "body": body}, reply_to, key)

    async def send_reaction(self, phone_number_id: str, to: str, message_id: str, emoji: str, *,
                            key: str | None = None) -> SentMessage:
        """React to the customer's (or our) message `message_id` (Meta's wamid); "" removes it."""
        return await self._send_whatsapp(phone_number_id, to, "reaction", {"message_id": message_id, "emoji": emoji},
                                         None, key)

    async def send_media(self, phone_number_id: str, to: str, media_type: str, media_id: str, *,
                         caption: str | None = None, filename: str | None = None,
                         reply_to: str | None = None, key: str | None = None) -> SentMessage:
        """Send an uploaded media (`upload_media`) as image, video, audio, document or sticker."""
        content: dict[str, Any] = {"id": media_id}
        if caption and caption_rule(Channel.WHATSAPP, media_type) is CaptionRule.WITH_FILE:
            content["caption"] = caption
        if filename and media_type == "document":
            content["filename"] = filename
        return await self._send_whatsapp(phone_number_id, to, media_type, content, reply_to, key)

    async def send_template(self, phone_number_id: str, to: str, name: str, language: str,
                            body_parameters: Sequence[str] = (), *,
                            header_parameters: Sequence[str] = (), template: Components = None,
                            key: str | None = None) -> SentMessage:
        """`template`: the template's components as Meta holds them; then `body_parameters` are all
        its values in the order of its slots (header, body, link buttons: `template_parameters`)."""
        if template is not None:
            components = template_parameters(template, list(body_parameters))
        else:
            components = []
            if header_parameters:
                components.append({"type": "header", "parameters": [_text(v) for v in header_parameters]})
            if body_parameters:
                components.append({"type": "body", "parameters": [_text(v) for v in body_parameters]})
        template_body: dict[str, Any] = {"name": name, "language": {"code": language}}
        if components:
            template_body["components"] = components
        return await self._send_whatsapp(phone_number_id, to, "template", template_body, None, key)

    async def send_interactive(self, phone_number_id: str, to: str, interactive: dict[str, Any], *,
                               key: str | None = None) -> SentMessage:
        """Reply buttons or a list (`interactive` in the Cloud API's format: rvops_server/chatbot/native.py)."""
        return await self._send_whatsapp(phone_number_id, to, "interactive", interactive, None, key)

    async def mark_read(self, phone_number_id: str, message_id: str) -> None:
        await self._request("POST", f"{phone_number_id}/messages", json={
            "messaging_product": "whatsapp", "status": "read", "message_id": message_id})

    async def _send_whatsapp(self, phone_number_id: str, to: str, msg_type: str, content: dict[str, Any],
                             reply_to: str | None, key: str | None = None) -> SentMessage:
        """`key`: our idempotency key, sent as `biz_opaque_callback_data` (Meta echoes it on the
        message's status webhooks, so a send whose answer was lost is still recognised)."""
        payload: dict[str, Any] = {"messaging_product": "whatsapp", "recipient_type": "individual",
                                   "to": to, "type": msg_type, msg_type: content}
        if key:
            payload["biz_opaque_callback_data"] = key
        if reply_to:
            payload["context"] = {"message_id": reply_to}
        answer = await self._request("POST", f"{phone_number_id}/messages", json=payload)
        try:
            return SentMessage(answer["messages"][0]["id"], (answer.get("contacts") or [{}])[0].get("wa_id") or to)
        except (KeyError, IndexError, TypeError) as exc:
            raise _unexpected(answer) from exc

    # ---- media --------------------------------------------------------------------------------
    async def upload_media(self, phone_number_id: str, data: bytes, mime_type: str, filename: str) -> str:
        answer = await self._request("POST", f"{phone_number_id}/media",
                                     data={"messaging_product": "whatsapp", "type": mime_type},
                                     files={"file": (filename, data, mime_type)})
        media_id = answer.get("id")
        if not isinstance(media_id, str):
            raise _unexpected(answer)
        return media_id

    async def get_media(self, media_id: str) -> MediaInfo:
        answer = await self._request("GET", media_id)
        if not answer.get("url"):
            raise _unexpected(answer)
        size = answer.get("file_size")
        return MediaInfo(str(answer.get("id") or media_id), answer["url"], answer.get("mime_type"),
                         answer.get("sha256"), int(size) if size is not None else None)

    async def download_media(self, media_id: str) -> tuple[bytes, MediaInfo]:
        """Media id → its short-lived url → the bytes (the url also needs the bearer token)."""
        info = await self.get_media(media_id)
        response = await self._with_retries(lambda: self._http.get(info.url, headers=self._auth()), retry_transport=True)
        if response.status_code != 200:
            raise GraphApiError(_error_of(response), response.status_code)
        return response.content, info

    # ---- templates ----------------------------------------------------------------------------
    async def list_templates(self, waba_id: str, *, page_size: int = TEMPLATE_PAGE_SIZE) -> list[Template]:
        """Every template of the WhatsApp Business account, following the cursor paging."""
        templates: list[Template] = []
        params: dict[str, Any] = {"limit": page_size}
        for _ in range(MAX_TEMPLATE_PAGES):
            answer = await self._request("GET", f"{waba_id}/message_templates", params=params)
            for item in answer.get("data") or []:
                templates.append(Template(str(item.get("id")), item.get("name", ""), item.get("language", ""),
                                          item.get("status", ""), item.get("category"),
                                          list(item.get("components") or [])))
            paging = answer.get("paging") or {}
            after = (paging.get("cursors") or {}).get("after")
            if not paging.get("next") or not after:
                break
            params = {"limit": page_size, "after": after}
        return templates

    async def create_template(self, waba_id: str, name: str, language: str, category: str,
                              components: list[dict[str, Any]]) -> dict[str, Any]:
        """Submit a template for Meta's review: Meta answers {"id", "status": "PENDING", "category"}.
        Never retried on a timeout (it may have been created: the template sync finds it)."""
        answer = await self._template_request("POST", f"{waba_id}/message_templates", json={
            "name": name, "language": language, "category": category, "components": components})
        if not answer.get("id"):
            raise _unexpected(answer)
        return answer

    async def delete_template(self, waba_id: str, name: str) -> None:
        """Every language of the template `name` (Meta answers {"success": true})."""
        answer = await self._template_request("DELETE", f"{waba_id}/message_templates", params={"name": name})
        if answer.get("success") is not True:
            raise _unexpected(answer)

    async def _template_request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        """`_request` without retrying a timeout, keeping Meta's `error_user_msg` (why a template was
        refused, for the administrator) in place of its bare "Invalid parameter"."""
        url = self.url(path)
        response = await self._with_retries(
            lambda: self._http.request(method, url, headers=self._auth(), **kwargs), retry_transport=False)
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if response.status_code < 400 and isinstance(answer, dict) and "error" not in answer:
            return answer
        error = _error_of(response)
        body = answer.get("error") if isinstance(answer, dict) else None
        if isinstance(body, dict) and body.get("error_user_msg"):
            error = dataclasses.replace(error, provider_message=str(body["error_user_msg"]))
        raise GraphApiError(error, response.status_code,
                            transport=response.status_code >= 500 and not isinstance(body, dict))

    # ---- Instagram ----------------------------------------------------------------------------
    async def send_instagram_text(self, recipient_id: str, text: str) -> SentMessage:
        return await self._send_instagram(recipient_id, {"text": text})

    async def send_instagram_quick_replies(self, recipient_id: str, text: str,
                                           quick_replies: list[dict[str, str]]) -> SentMessage:
        """Text with quick replies ({"content_type": "text", "title", "payload"}, at most 13)."""
        return await self._send_instagram(recipient_id, {"text": text, "quick_replies": quick_replies})

    async def send_instagram_attachment(self, recipient_id: str, attachment_type: str, url: str) -> SentMessage:
        """`attachment_type`: image, video or audio, fetched by Meta from a public `url`."""
        return await self._send_instagram(recipient_id, {"attachment": {"type": attachment_type,
                                                                         "payload": {"url": url}}})

    async def _send_instagram(self, recipient_id: str, message: dict[str, Any]) -> SentMessage:
        answer = await self._request("POST", "me/messages", json={"recipient": {"id": recipient_id},
                                                                   "message": message})
        if not answer.get("message_id"):
            raise _unexpected(answer)
        return SentMessage(answer["message_id"], answer.get("recipient_id") or recipient_id)

    # ---- transport ----------------------------------------------------------------------------
    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}

    def url(self, path: str) -> str:
        return f"{self.base_url}/{self.api_version}/{path.lstrip('/')}"

    async def _request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        url = self.url(path)
        response = await self._with_retries(
            lambda: self._http.request(method, url, headers=self._auth(), **kwargs),
            retry_transport=method == "GET")  # a POST that timed out may have been sent
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if response.status_code >= 400 or not isinstance(answer, dict) or "error" in answer:
            meta_error = isinstance(answer, dict) and isinstance(answer.get("error"), dict)
            raise GraphApiError(_error_of(response), response.status_code,
                                transport=response.status_code >= 500 and not meta_error)
        return answer

    async def _with_retries(self, call: Callable[[], Awaitable[httpx.Response]], *,
                            retry_transport: bool) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = await call()
            except httpx.TransportError as exc:
                if not retry_transport or attempt >= self.max_retries:
                    raise GraphApiError(describe_error(SERVICE_UNAVAILABLE_CODE,
                                                       provider_message=f"{exc.__class__.__name__}: {exc}"),
                                        transport=True) from exc
            else:
                if response.status_code < 400 or attempt >= self.max_retries:
                    return response
                error = _error_of(response)
                # Rate limits mean "not sent": always safe to retry. A 5xx only for reads.
                if not (error.reason is ChannelErrorReason.RATE_LIMITED or (retry_transport and error.retryable)):
                    return response
            await self._sleep(self.backoff_delay(attempt))
            attempt += 1

    def backoff_delay(self, attempt: int) -> float:
        return min(BACKOFF_MAX_SECONDS, self.backoff_base * (2.0 ** attempt))


def _text(value: str) -> dict[str, str]:
    return {"type": "text", "text": value}


def template_parameters(template: Components, variables: list[str]) -> list[dict[str, Any]]:
    """The `components` of a template send filling the template's slots with `variables`, in Meta's
    shape: the header's text or media link, the body's texts, each link button's URL ending."""
    header: list[dict[str, Any]] = []
    body: list[dict[str, Any]] = []
    buttons: list[dict[str, Any]] = []
    for slot, value in zip(variable_slots(template), variables):
        if slot.media:
            header.append({"type": slot.media.lower(), slot.media.lower(): {"link": value}})
        elif slot.part == "button":
            buttons.append({"type": "button", "sub_type": "url", "index": str(slot.button),
                            "parameters": [_text(value)]})
        else:
            (header if slot.part == "header" else body).append(_text(value))
    return ([{"type": "header", "parameters": header}] if header else []) + (
        [{"type": "body", "parameters": body}] if body else []) + buttons


def _error_of(response: httpx.Response) -> ChannelError:
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return describe_error_body(body)
    code = SERVICE_UNAVAILABLE_CODE if response.status_code >= 500 else None
    return describe_error(code, provider_message=f"HTTP {response.status_code}: {response.text[:200]}")


def _unexpected(answer: Any) -> GraphApiError:
    return GraphApiError(describe_error(None, provider_message=f"unexpected answer: {str(answer)[:300]}"))
