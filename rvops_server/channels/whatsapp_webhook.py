"""WhatsApp Cloud API webhooks → normalised events.

Meta posts `{"object": "whatsapp_business_account", "entry": [{"id": <WABA id>, "changes":
[{"field": "messages" | "message_template_status_update", "value": {...}}]}]}`. A `messages`
change carries `messages[]` (customer messages, with `contacts[]` giving the profile name),
`statuses[]` (our messages' sent/delivered/read/failed) and/or `errors[]`.

Route handlers: check `verify_signature` on the raw body first, then `load_json`, then
`parse_whatsapp_webhook`; a `WebhookError` means 400 with its message.
"""
from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from rvops_contract.wire import Channel, MessageKind, MessageStatus

from .events import (
    Event,
    InboundMessage,
    Interactive,
    Location,
    Media,
    MessageDeleted,
    MessageEdited,
    NumberChanged,
    Order,
    OrderItem,
    ProviderError,
    Reaction,
    SharedContact,
    StatusUpdate,
    TemplateStatusUpdate,
    WebhookError,
    from_unix,
)
from .signatures import SIGNATURE_HEADER, sign, verify_signature, verify_subscription
from .webhook_payload import expect_dict, expect_list, load_json, webhook_entries

__all__ = [
    "SIGNATURE_HEADER", "WHATSAPP_OBJECT", "load_json", "parse_whatsapp_webhook", "sign",
    "verify_signature", "verify_subscription",
]

WHATSAPP_OBJECT = "whatsapp_business_account"
MEDIA_TYPES = ("image", "video", "audio", "document", "sticker")
IGNORED_FIELDS = frozenset({  # subscribed fields that say nothing to the inbox
    "account_update", "account_alerts", "account_review_update", "business_capability_update",
    "phone_number_name_update", "phone_number_quality_update", "message_template_quality_update",
    "template_category_update", "security", "flows", "user_preferences",
})
_STATUS = {"sent": MessageStatus.SENT, "delivered": MessageStatus.DELIVERED,
           "read": MessageStatus.READ, "failed": MessageStatus.FAILED,
           "played": MessageStatus.READ}  # a voice note was played: at least read


def parse_whatsapp_webhook(payload: Any) -> list[Event]:
    """Every event of one delivery, in the order Meta listed them."""
    events: list[Event] = []
    for entry in webhook_entries(payload, WHATSAPP_OBJECT):
        waba_id = str(entry.get("id") or "")
        for change in expect_list(entry, "changes", required=True):
            change = expect_dict(change, "change")
            value = expect_dict(change.get("value"), "change.value")
            field = change.get("field")
            if field == "messages":
                events.extend(_parse_messages_value(value))
            elif field == "message_template_status_update":
                events.append(_parse_template_status(waba_id, value, entry.get("time")))
            elif field in IGNORED_FIELDS:
                continue
            else:
                raise WebhookError(f"unknown change field: {field!r}")
    return events


# ---- messages ---------------------------------------------------------------------------------
def _parse_messages_value(value: dict[str, Any]) -> list[Event]:
    phone_number_id = (value.get("metadata") or {}).get("phone_number_id")
    names: dict[Any, str | None] = {}  # wa_id -> profile name
    for contact in expect_list(value, "contacts"):
        if isinstance(contact, dict) and contact.get("wa_id"):
            names[contact["wa_id"]] = (contact.get("profile") or {}).get("name")
    events: list[Event] = []
    for message in expect_list(value, "messages"):
        events.extend(_parse_message(expect_dict(message, "message"), phone_number_id, names))
    for status in expect_list(value, "statuses"):
        events.append(_parse_status(expect_dict(status, "status")))
    for error in expect_list(value, "errors"):
        error = expect_dict(error, "error")
        events.append(ProviderError(Channel.WHATSAPP, error.get("code"), error.get("title"),
                                    (error.get("error_data") or {}).get("details") or error.get("message")))
    if not events and not any(k in value for k in ("messages", "statuses", "errors")):
        raise WebhookError("messages change without messages, statuses or errors")
    return events


def _parse_message(message: dict[str, Any], phone_number_id: str | None,
                   names: dict[Any, str | None]) -> list[Event]:
    msg_id, sender, msg_type = message.get("id"), message.get("from"), message.get("type")
    if not msg_id or not sender or not msg_type:
        raise WebhookError("message without id, from or type")
    when = from_unix(message.get("timestamp"))
    if msg_type == "system":
        return _parse_system(message, str(msg_id), str(sender), when)
    if msg_type in ("edit", "revoke"):
        body = expect_dict(message.get(msg_type), msg_type)
        original = body.get("original_message_id")
        if not isinstance(original, str) or not original:
            raise WebhookError(f"{msg_type} without original_message_id")
        if msg_type == "revoke":
            return [MessageDeleted(Channel.WHATSAPP, original, str(sender), when)]
        return [MessageEdited(Channel.WHATSAPP, original, str(sender), when, _edited_text(body.get("message")))]
    return [_parse_content(message, phone_number_id, names)]


def _parse_content(message: dict[str, Any], phone_number_id: str | None,
                   names: dict[Any, str | None]) -> InboundMessage:
    msg_id, sender, msg_type = message.get("id"), message.get("from"), message.get("type")
    context = message.get("context") or {}
    common: dict[str, Any] = {
        "channel": Channel.WHATSAPP, "provider_message_id": str(msg_id), "from_id": str(sender),
        "to_id": phone_number_id, "timestamp": from_unix(message.get("timestamp")),
        "profile_name": names.get(sender),
        "reply_to_provider_id": context.get("id"),  # a reply quotes an id; a forward's context has none
        "forwarded": bool(context.get("forwarded") or context.get("frequently_forwarded")),
        "frequently_forwarded": bool(context.get("frequently_forwarded")),
        "referral": message.get("referral"),
    }
    body = message.get(msg_type) if isinstance(msg_type, str) else None
    if msg_type == "text":
        text = expect_dict(body, "text").get("body") or ""
        return InboundMessage(kind=MessageKind.TEXT, text=text, **common)
    if msg_type in MEDIA_TYPES:
        body = expect_dict(body, msg_type)
        media = Media(media_type=msg_type, id=body.get("id"), mime_type=body.get("mime_type"),
                      sha256=body.get("sha256"), filename=body.get("filename"),
                      caption=body.get("caption"), voice=bool(body.get("voice")),
                      animated=bool(body.get("animated")), url=body.get("url"))
        return InboundMessage(kind=MessageKind.MEDIA, text=media.caption, media=media, **common)
    if msg_type == "location":
        body = expect_dict(body, "location")
        try:
            location = Location(float(body["latitude"]), float(body["longitude"]), body.get("name"),
                                body.get("address"), body.get("url"))
        except (KeyError, TypeError, ValueError) as exc:
            raise WebhookError("location without valid latitude/longitude") from exc
        text = ", ".join(part for part in (location.name, location.address) if part) or None
        return InboundMessage(kind=MessageKind.LOCATION, text=text, location=location, **common)
    if msg_type == "contacts":
        contacts = tuple(_parse_contact(expect_dict(c, "contact")) for c in expect_list(message, "contacts"))
        return InboundMessage(kind=MessageKind.CONTACTS, text=", ".join(c.name for c in contacts),
                              contacts=contacts, **common)
    if msg_type == "interactive":
        body = expect_dict(body, "interactive")
        reply_type = body.get("type")
        reply = body.get(reply_type) if isinstance(reply_type, str) else None
        if reply_type in ("button_reply", "list_reply") and isinstance(reply, dict):
            interactive = Interactive(reply_type, reply.get("id"), reply.get("title"), reply.get("description"))
            return InboundMessage(kind=MessageKind.INTERACTIVE, text=interactive.title,
                                  interactive=interactive, **common)
        if reply_type == "nfm_reply" and isinstance(reply, dict):  # a WhatsApp Flow was submitted
            interactive = Interactive(reply_type, reply.get("name"), reply.get("body"))
            return InboundMessage(kind=MessageKind.INTERACTIVE, text=interactive.title,
                                  interactive=interactive, **common)
        return _unsupported(common, f"interactive reply of type {reply_type!r}")
    if msg_type == "button":  # a tap on a template's quick-reply button
        body = expect_dict(body, "button")
        interactive = Interactive("button", body.get("payload"), body.get("text"))
        return InboundMessage(kind=MessageKind.INTERACTIVE, text=interactive.title,
                              interactive=interactive, **common)
    if msg_type == "reaction":
        body = expect_dict(body, "reaction")
        if not body.get("message_id"):
            raise WebhookError("reaction without message_id")
        reaction = Reaction(body["message_id"], body.get("emoji") or None)
        return InboundMessage(kind=MessageKind.REACTION, text=reaction.emoji, reaction=reaction, **common)
    if msg_type == "order":
        order = _parse_order(expect_dict(body, "order"))
        return InboundMessage(kind=MessageKind.ORDER, text=order.text, order=order, **common)
    if msg_type == "unsupported":
        errors = message.get("errors") or []
        first = errors[0] if errors and isinstance(errors[0], dict) else {}
        detail = (first.get("error_data") or {}).get("details") or first.get("title")
        return _unsupported(common, detail or "message type not supported by the Cloud API")
    # request_welcome… and types Meta adds later: show, never crash.
    return _unsupported(common, f"message type {msg_type!r}")


def _parse_system(message: dict[str, Any], msg_id: str, sender: str, when: datetime) -> list[Event]:
    """`user_changed_number` (and its older name `customer_changed_number`): the customer's new
    wa_id. Other system notices (a changed business-scoped id, a new security code) say nothing the
    inbox keeps: nothing is stored for them."""
    system = expect_dict(message.get("system"), "system")
    kind = system.get("type")
    if kind in ("user_changed_number", "customer_changed_number"):
        new_id = system.get("wa_id") or system.get("new_wa_id")
        if not isinstance(new_id, (str, int)) or isinstance(new_id, bool) or not str(new_id).strip():
            raise WebhookError(f"{kind} without the new wa_id")
        body = system.get("body")
        return [NumberChanged(Channel.WHATSAPP, sender, str(new_id), when, msg_id,
                              body if isinstance(body, str) else None)]
    if isinstance(kind, str) and kind:
        return []
    raise WebhookError("system message without a type")


def _edited_text(edited: Any) -> str | None:
    """The new text of an edited message: its body, or the caption of edited media."""
    if not isinstance(edited, dict):
        raise WebhookError("edit without the edited message")
    inner_type = edited.get("type") or ("text" if "text" in edited else None)
    inner = edited.get(inner_type) if isinstance(inner_type, str) else None
    if not isinstance(inner, dict):
        raise WebhookError("edit without the edited content")
    text = inner.get("body") if inner_type == "text" else inner.get("caption")
    if text is not None and not isinstance(text, str):
        raise WebhookError("edited text is not text")
    return text


def _parse_order(body: dict[str, Any]) -> Order:
    items = []
    for item in expect_list(body, "product_items"):
        item = expect_dict(item, "product item")
        try:
            quantity = int(item.get("quantity", 1))
            price = item.get("item_price")
            price = None if price is None else float(price)
        except (TypeError, ValueError) as exc:
            raise WebhookError("order item with an invalid quantity or price") from exc
        if price is not None and math.isnan(price) or abs(price or 0) > 1e12 or quantity < 0:
            raise WebhookError("order item with an invalid quantity or price")
        items.append(OrderItem(str(item.get("product_retailer_id") or "?"), quantity, price,
                               item.get("currency")))
    catalog = body.get("catalog_id")
    text = body.get("text")
    return Order(None if catalog is None else str(catalog), tuple(items), text if isinstance(text, str) else None)


def _unsupported(common: dict[str, Any], reason: str) -> InboundMessage:
    return InboundMessage(kind=MessageKind.UNSUPPORTED, unsupported_reason=reason, **common)


def _parse_contact(contact: dict[str, Any]) -> SharedContact:
    name = contact.get("name") or {}
    formatted = name.get("formatted_name") or " ".join(
        p for p in (name.get("first_name"), name.get("last_name")) if p) or "?"
    phones = [p for p in contact.get("phones") or [] if isinstance(p, dict)]
    return SharedContact(
        name=formatted,
        phones=tuple(p["phone"] for p in phones if p.get("phone")),
        wa_ids=tuple(p["wa_id"] for p in phones if p.get("wa_id")),
        emails=tuple(e["email"] for e in contact.get("emails") or [] if isinstance(e, dict) and e.get("email")),
        organization=(contact.get("org") or {}).get("company"),
        raw=contact,
    )


def _parse_status(status: dict[str, Any]) -> StatusUpdate:
    if not status.get("id") or status.get("status") not in _STATUS:
        raise WebhookError(f"status without id or with unknown status {status.get('status')!r}")
    errors = [e for e in status.get("errors") or [] if isinstance(e, dict)]
    first = errors[0] if errors else {}
    return StatusUpdate(
        channel=Channel.WHATSAPP, provider_message_id=str(status["id"]), status=_STATUS[status["status"]],
        timestamp=from_unix(status.get("timestamp")), recipient_id=status.get("recipient_id"),
        error_code=first.get("code"), error_title=first.get("title") or first.get("message"),
        error_detail=(first.get("error_data") or {}).get("details"),
        callback_data=_opaque(status.get("biz_opaque_callback_data")),
    )


def _opaque(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _parse_template_status(waba_id: str, value: dict[str, Any], time: Any) -> TemplateStatusUpdate:
    if not value.get("event") or not value.get("message_template_name"):
        raise WebhookError("template status update without event or template name")
    reason = value.get("reason")
    return TemplateStatusUpdate(
        waba_id=waba_id, template_id=str(value.get("message_template_id") or ""),
        name=value["message_template_name"], language=value.get("message_template_language") or "",
        status=str(value["event"]).upper(), reason=None if reason in (None, "NONE") else reason,
        category=value.get("message_template_category"),
        timestamp=from_unix(time if time is not None else 0),
    )
