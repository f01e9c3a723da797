"""Build and sign webhook payloads exactly as Meta documents them (WhatsApp Cloud API and
Instagram Messaging). Used by the stand-in, the customer simulator and the tests.

Deliberately independent of `rvops_server.channels`: the signature is computed here on its own,
so tests check the server's verification against a second implementation.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from datetime import datetime
from typing import Any

SIGNATURE_HEADER = "X-Hub-Signature-256"
ERRORS_HREF = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"


# ---- signing ----------------------------------------------------------------------------------
def signature(app_secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def signed_request(payload: dict[str, Any], app_secret: str) -> tuple[bytes, dict[str, str]]:
    """The raw body and headers of Meta's POST for `payload`."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return body, {"Content-Type": "application/json", SIGNATURE_HEADER: signature(app_secret, body)}


# ---- ids and times ----------------------------------------------------------------------------
def new_wamid(token: bytes | None = None) -> str:
    """A WhatsApp message id: `wamid.` + base64 of an opaque blob, as Meta's look."""
    blob = b"\x15\x02\x00\x11\x18\x12" + (token or secrets.token_bytes(18))
    return "wamid." + base64.b64encode(blob).decode().rstrip("=")


def new_instagram_mid(token: bytes | None = None) -> str:
    return "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOj" + base64.urlsafe_b64encode(
        token or secrets.token_bytes(18)).decode().rstrip("=")


def unix(moment: datetime) -> str:
    """WhatsApp's timestamps: seconds since the epoch, as a string."""
    return str(int(moment.timestamp()))


def unix_ms(moment: datetime) -> int:
    """Instagram's timestamps: milliseconds since the epoch, as a number."""
    return int(moment.timestamp() * 1000)


# ---- WhatsApp -----------------------------------------------------------------------------------
def whatsapp_envelope(waba_id: str, value: dict[str, Any], field: str = "messages",
                      time: datetime | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": waba_id, "changes": [{"value": value, "field": field}]}
    if time is not None:
        entry["time"] = int(time.timestamp())
    return {"object": "whatsapp_business_account", "entry": [entry]}


def whatsapp_metadata(phone_number_id: str, display_phone_number: str) -> dict[str, str]:
    return {"display_phone_number": display_phone_number, "phone_number_id": phone_number_id}


def wa_message(wa_id: str, msg_type: str, body: Any, *, message_id: str, timestamp: datetime,
               context: dict[str, Any] | None = None) -> dict[str, Any]:
    """One element of `messages[]`: `{"from","id","timestamp","type",<type>: body}`."""
    message: dict[str, Any] = {"from": wa_id, "id": message_id, "timestamp": unix(timestamp), "type": msg_type}
    if context:
        message["context"] = context
    if msg_type == "contacts":
        message["contacts"] = body
    elif msg_type == "unsupported":
        message["errors"] = body
    elif body is not None:
        message[msg_type] = body
    return message


def whatsapp_inbound(*, waba_id: str, phone_number_id: str, display_phone_number: str, wa_id: str,
                     profile_name: str, message: dict[str, Any]) -> dict[str, Any]:
    """A customer's message as the `messages` webhook carries it."""
    value = {
        "messaging_product": "whatsapp",
        "metadata": whatsapp_metadata(phone_number_id, display_phone_number),
        "contacts": [{"profile": {"name": profile_name}, "wa_id": wa_id}],
        "messages": [message],
    }
    return whatsapp_envelope(waba_id, value)


# Bodies of each inbound type, as documented.
def text_body(body: str) -> dict[str, Any]:
    return {"body": body}


def media_body(media_id: str, mime_type: str, sha256: str, *, caption: str | None = None,
               filename: str | None = None, voice: bool | None = None,
               animated: bool | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"mime_type": mime_type, "sha256": sha256, "id": media_id}
    for key, value in (("caption", caption), ("filename", filename), ("voice", voice), ("animated", animated)):
        if value is not None:
            body[key] = value
    return body


def location_body(latitude: float, longitude: float, name: str | None = None,
                  address: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
    if name:
        body["name"] = name
    if address:
        body["address"] = address
    return body


def contact_card(formatted_name: str, phone: str, wa_id: str | None = None) -> dict[str, Any]:
    first, _, last = formatted_name.partition(" ")
    phone_entry: dict[str, Any] = {"phone": phone, "type": "CELL"}
    if wa_id:
        phone_entry["wa_id"] = wa_id
    return {"name": {"formatted_name": formatted_name, "first_name": first, "last_name": last},
            "phones": [phone_entry]}


def interactive_body(reply_type: str, reply_id: str, title: str, description: str | None = None) -> dict[str, Any]:
    reply: dict[str, Any] = {"id": reply_id, "title": title}
    if description is not None:
        reply["description"] = description
    return {"type": reply_type, reply_type: reply}


def button_body(payload: str, text: str) -> dict[str, Any]:
    return {"payload": payload, "text": text}


def reaction_body(target_message_id: str, emoji: str) -> dict[str, Any]:
    """`emoji` "" means the customer removed their reaction."""
    return {"message_id": target_message_id, "emoji": emoji}


def order_body(catalog_id: str, items: list[tuple[str, int, float, str]], text: str | None = None) -> dict[str, Any]:
    """`type: order`: a cart from the catalog; items are (product_retailer_id, quantity, price, currency)."""
    body: dict[str, Any] = {"catalog_id": catalog_id, "product_items": [
        {"product_retailer_id": sku, "quantity": str(quantity), "item_price": f"{price:.2f}", "currency": currency}
        for sku, quantity, price, currency in items]}
    if text:
        body["text"] = text
    return body


def edit_body(original_message_id: str, new_text: str) -> dict[str, Any]:
    """`type: edit`: the edited message in full, as a message of its own type."""
    return {"original_message_id": original_message_id, "message": {"type": "text", "text": {"body": new_text}}}


def revoke_body(original_message_id: str) -> dict[str, Any]:
    return {"original_message_id": original_message_id}


def ad_referral(headline: str, *, source_id: str = "120200000000001", body: str | None = None) -> dict[str, Any]:
    """A click-to-WhatsApp ad's `referral`, carried by the customer's first message."""
    return {"source_url": f"https://fb.me/{source_id}", "source_id": source_id, "source_type": "ad",
            "headline": headline, "body": body or headline, "media_type": "image",
            "image_url": "https://scontent.xx.fbcdn.net/ad.jpg", "ctwa_clid": "ARAkLkA8rmlFeiCktEJQ"}


def whatsapp_number_changed(*, waba_id: str, phone_number_id: str, display_phone_number: str, old_wa_id: str,
                            new_wa_id: str, profile_name: str, message_id: str, timestamp: datetime) -> dict[str, Any]:
    """`type: system`, `user_changed_number`: sent from the old number, without `contacts`."""
    message = {"from": old_wa_id, "id": message_id, "timestamp": unix(timestamp), "type": "system",
               "system": {"body": f"User {profile_name} changed from {old_wa_id} to {new_wa_id}",
                          "wa_id": new_wa_id, "type": "user_changed_number"}}
    value = {"messaging_product": "whatsapp", "metadata": whatsapp_metadata(phone_number_id, display_phone_number),
             "messages": [message]}
    return whatsapp_envelope(waba_id, value)


def unsupported_errors() -> list[dict[str, Any]]:
    return [{"code": 131051, "title": "Message type unknown", "message": "Message type unknown",
             "error_data": {"details": "Message type is currently not supported."}, "href": ERRORS_HREF}]


def whatsapp_status(*, waba_id: str, phone_number_id: str, display_phone_number: str, message_id: str,
                    recipient_id: str, status: str, timestamp: datetime,
                    error: dict[str, Any] | None = None, conversation_id: str | None = None,
                    category: str = "service", callback_data: str | None = None) -> dict[str, Any]:
    """A `statuses[]` webhook for one of our messages: sent, delivered, read or failed
    (`biz_opaque_callback_data` echoed when the send carried one)."""
    entry: dict[str, Any] = {"id": message_id, "status": status, "timestamp": unix(timestamp),
                             "recipient_id": recipient_id}
    if callback_data:
        entry["biz_opaque_callback_data"] = callback_data
    if status == "failed":
        entry["errors"] = [error or {}]
    elif status in ("sent", "delivered"):
        entry["conversation"] = {"id": conversation_id or hashlib.md5(recipient_id.encode()).hexdigest(),
                                 "origin": {"type": category}}
        if status == "sent":
            entry["conversation"]["expiration_timestamp"] = unix(timestamp)
        entry["pricing"] = {"billable": category != "service", "pricing_model": "PMP",
                            "category": category, "type": "regular"}
    value = {"messaging_product": "whatsapp",
             "metadata": whatsapp_metadata(phone_number_id, display_phone_number),
             "statuses": [entry]}
    return whatsapp_envelope(waba_id, value)


def whatsapp_error(code: int, title: str, details: str) -> dict[str, Any]:
    """An element of `errors[]` in a failed status webhook."""
    return {"code": code, "title": title, "message": title, "error_data": {"details": details},
            "href": ERRORS_HREF}


def template_status_update(*, waba_id: str, template_id: str, name: str, language: str, event: str,
                           reason: str = "NONE", category: str | None = None,
                           time: datetime | None = None) -> dict[str, Any]:
    value: dict[str, Any] = {"event": event, "message_template_id": int(template_id),
                             "message_template_name": name, "message_template_language": language,
                             "reason": reason}
    if category:
        value["message_template_category"] = category
    return whatsapp_envelope(waba_id, value, field="message_template_status_update", time=time)


# ---- Instagram ----------------------------------------------------------------------------------
def instagram_envelope(ig_account_id: str, messaging: list[dict[str, Any]], time: datetime) -> dict[str, Any]:
    return {"object": "instagram",
            "entry": [{"time": unix_ms(time), "id": ig_account_id, "messaging": messaging}]}


def instagram_message(*, ig_account_id: str, sender_id: str, recipient_id: str, mid: str,
                      timestamp: datetime, text: str | None = None,
                      attachments: list[dict[str, Any]] | None = None, is_echo: bool = False,
                      reply_to_mid: str | None = None, quick_reply_payload: str | None = None,
                      reply_to_story: dict[str, str] | None = None, referral: dict[str, Any] | None = None,
                      is_deleted: bool = False, standby: bool = False) -> dict[str, Any]:
    """A message webhook. Inbound: sender is the customer (IGSID), recipient our account; an echo
    (`is_echo`) is the reverse."""
    message: dict[str, Any] = {"mid": mid}
    if text is not None:
        message["text"] = text
    if attachments:
        message["attachments"] = attachments
    if is_echo:
        message["is_echo"] = True
    if reply_to_mid:
        message["reply_to"] = {"mid": reply_to_mid}
    if quick_reply_payload:
        message["quick_reply"] = {"payload": quick_reply_payload}
    if reply_to_story:  # a reply to our story: {"url": CDN url, "id": story id}
        message["reply_to"] = {"story": reply_to_story}
    if referral:
        message["referral"] = referral
    if is_deleted:  # the customer unsent `mid`
        message = {"mid": mid, "is_deleted": True}
    item = {"sender": {"id": sender_id}, "recipient": {"id": recipient_id},
            "timestamp": unix_ms(timestamp), "message": message}
    envelope = instagram_envelope(ig_account_id, [item], timestamp)
    if standby:  # another app holds the thread (handover protocol): the same item under `standby`
        envelope["entry"][0]["standby"] = envelope["entry"][0].pop("messaging")
    return envelope


def instagram_message_edit(*, ig_account_id: str, sender_id: str, mid: str, text: str, num_edit: int,
                           timestamp: datetime) -> dict[str, Any]:
    item = {"sender": {"id": sender_id}, "recipient": {"id": ig_account_id}, "timestamp": unix_ms(timestamp),
            "message_edit": {"mid": mid, "text": text, "num_edit": num_edit}}
    return instagram_envelope(ig_account_id, [item], timestamp)


def instagram_ad_referral(ad_title: str, *, ad_id: str = "6761000000001") -> dict[str, Any]:
    """An Instagram ad's `referral` (a thread opened from a click-to-Instagram-Direct ad)."""
    return {"ref": "", "ad_id": ad_id, "source": "ADS", "type": "OPEN_THREAD",
            "ads_context_data": {"ad_title": ad_title, "photo_url": "https://scontent.cdninstagram.com/ad.jpg",
                                 "post_id": "17900000000000001"}}


def instagram_referral_event(*, ig_account_id: str, sender_id: str, referral: dict[str, Any],
                             timestamp: datetime) -> dict[str, Any]:
    """The customer opened the thread from an ad or an ig.me link without writing yet."""
    item = {"sender": {"id": sender_id}, "recipient": {"id": ig_account_id}, "timestamp": unix_ms(timestamp),
            "referral": referral}
    return instagram_envelope(ig_account_id, [item], timestamp)


def instagram_attachment(kind: str, url: str, title: str | None = None) -> dict[str, Any]:
    payload: dict[str, Any] = {"url": url}
    if title:
        payload["title"] = title
    return {"type": kind, "payload": payload}


def instagram_reaction(*, ig_account_id: str, sender_id: str, mid: str, timestamp: datetime,
                       emoji: str | None) -> dict[str, Any]:
    reaction: dict[str, Any] = {"mid": mid, "action": "react" if emoji else "unreact"}
    if emoji:
        reaction.update(reaction="love" if emoji == "\u2764\ufe0f" else "other", emoji=emoji)
    item = {"sender": {"id": sender_id}, "recipient": {"id": ig_account_id},
            "timestamp": unix_ms(timestamp), "reaction": reaction}
    return instagram_envelope(ig_account_id, [item], timestamp)


def instagram_read(*, ig_account_id: str, sender_id: str, mid: str, timestamp: datetime) -> dict[str, Any]:
    item = {"sender": {"id": sender_id}, "recipient": {"id": ig_account_id},
            "timestamp": unix_ms(timestamp), "read": {"mid": mid}}
    return instagram_envelope(ig_account_id, [item], timestamp)
