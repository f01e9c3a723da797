"""Instagram Messaging webhooks (Messenger Platform) → normalised events.

Meta posts `{"object": "instagram", "entry": [{"id": <IG account id>, "time": ms, "messaging":
[{"sender": {"id"}, "recipient": {"id"}, "timestamp": ms, "message" | "reaction" | "read" |
"postback": {...}}]}]}`, signed exactly like WhatsApp (same app secret, `X-Hub-Signature-256`).
Messages our own account sent (from this server or the Instagram app) come back with
`message.is_echo: true`.
"""
from __future__ import annotations

from typing import Any

from rvops_contract.wire import Channel, MessageKind, MessageStatus

from .events import (
    AdReferral,
    Event,
    InboundMessage,
    Interactive,
    Media,
    MessageDeleted,
    MessageEdited,
    Reaction,
    StatusUpdate,
    WebhookError,
    from_unix,
)
from .webhook_payload import as_list, expect_dict, load_json, webhook_entries

# Signed exactly like WhatsApp: the signature helpers are in signatures.py, the envelope in webhook_payload.py.
__all__ = ["INSTAGRAM_OBJECT", "load_json", "parse_instagram_webhook"]

INSTAGRAM_OBJECT = "instagram"
MEDIA_ATTACHMENTS = frozenset({"image", "video", "audio", "file"})
# Shared posts, reels, story mentions: shown as a link card (media with a url and a title).
LINK_ATTACHMENTS = frozenset({"share", "story_mention", "ig_reel", "reel", "ig_post", "template"})
IGNORED_EVENTS = ("optin", "messaging_seen_ack", "handover", "pass_thread_control", "take_thread_control",
                  "request_thread_control", "app_roles", "policy_enforcement")


def parse_instagram_webhook(payload: Any) -> list[Event]:
    events: list[Event] = []
    for entry in webhook_entries(payload, INSTAGRAM_OBJECT):
        # `standby`: what the customer wrote while another app (a chatbot, Meta's inbox) held the
        # thread under the handover protocol; the agents still see it, marked as such.
        standby = entry.get("messaging") is None and entry.get("standby") is not None
        messaging = entry.get("standby") if standby else entry.get("messaging")
        if messaging is None:
            if "changes" in entry:  # comments, mentions: not the inbox's business
                continue
            raise WebhookError("entry without messaging")
        for item in as_list(messaging, "messaging"):
            events.extend(_parse_messaging(item, standby=standby))
    return events


def _parse_messaging(raw: Any, *, standby: bool = False) -> list[Event]:
    item = expect_dict(raw, "messaging item")
    sender = (item.get("sender") or {}).get("id")
    recipient = (item.get("recipient") or {}).get("id")
    if not sender:
        raise WebhookError("messaging item without sender.id")
    when = from_unix(item.get("timestamp"), milliseconds=True)
    common: dict[str, Any] = {"channel": Channel.INSTAGRAM, "from_id": str(sender), "to_id": recipient,
                              "timestamp": when}
    if isinstance(item.get("message"), dict):
        return _parse_message(item["message"], {**common, "standby": standby})
    if isinstance(item.get("message_edit"), dict):
        edit = item["message_edit"]
        text = edit.get("text")
        if not edit.get("mid") or (text is not None and not isinstance(text, str)):
            raise WebhookError("message_edit without mid or with text that is not text")
        return [MessageEdited(Channel.INSTAGRAM, str(edit["mid"]), str(sender), when, text)]
    if isinstance(item.get("referral"), dict):  # opened from an ad or an ig.me link, nothing written yet
        return [AdReferral(Channel.INSTAGRAM, str(sender), when, item["referral"])]
    if isinstance(item.get("reaction"), dict):
        reaction = item["reaction"]
        if not reaction.get("mid"):
            raise WebhookError("reaction without mid")
        action = reaction.get("action", "react")
        emoji = reaction.get("emoji") if action == "react" else None
        target = str(reaction["mid"])
        # A reaction has no id of its own; this one is stable per target, sender and moment.
        rid = f"{action}:{target}:{sender}:{item.get('timestamp')}"
        return [InboundMessage(kind=MessageKind.REACTION, provider_message_id=rid, text=emoji or None,
                               reaction=Reaction(target, emoji or None), **common)]
    if isinstance(item.get("read"), dict):
        mid = item["read"].get("mid")
        if not mid:
            return []
        return [StatusUpdate(Channel.INSTAGRAM, str(mid), MessageStatus.READ, when, recipient_id=sender)]
    if isinstance(item.get("postback"), dict):
        postback = item["postback"]
        mid = postback.get("mid") or f"postback:{sender}:{item.get('timestamp')}"
        interactive = Interactive("postback", postback.get("payload"), postback.get("title"))
        return [InboundMessage(kind=MessageKind.INTERACTIVE, provider_message_id=str(mid),
                               text=interactive.title, interactive=interactive, **common)]
    if any(key in item for key in IGNORED_EVENTS):
        return []
    raise WebhookError(f"unknown messaging event with keys {sorted(item)}")


def _parse_message(message: dict[str, Any], common: dict[str, Any]) -> list[Event]:
    mid = message.get("mid")
    if not mid:
        raise WebhookError("message without mid")
    if message.get("is_deleted"):
        return [MessageDeleted(Channel.INSTAGRAM, str(mid), common["from_id"], common["timestamp"])]
    reply_to = expect_dict(message.get("reply_to") or {}, "reply_to")
    story = reply_to.get("story")
    base = dict(common, is_echo=bool(message.get("is_echo")),
                reply_to_provider_id=reply_to.get("mid"), referral=message.get("referral"),
                story=_story("reply", story) if isinstance(story, dict) else None)
    text = message.get("text")
    if message.get("is_unsupported"):
        return [InboundMessage(kind=MessageKind.UNSUPPORTED, provider_message_id=str(mid),
                               unsupported_reason="message type not supported by Instagram's API", **base)]
    quick_reply = message.get("quick_reply")
    if isinstance(quick_reply, dict):
        interactive = Interactive("quick_reply", quick_reply.get("payload"), text)
        return [InboundMessage(kind=MessageKind.INTERACTIVE, provider_message_id=str(mid), text=text,
                               interactive=interactive, **base)]
    attachments = as_list(message.get("attachments") or [], "attachments")
    if not attachments:
        if text is None:
            raise WebhookError("message without text or attachments")
        return [InboundMessage(kind=MessageKind.TEXT, provider_message_id=str(mid), text=text, **base)]
    events: list[Event] = []
    for index, attachment in enumerate(attachments):
        attachment = expect_dict(attachment, "attachment")
        # Several attachments in one message become several bubbles; the first keeps the mid
        # (reactions and replies point at it).
        provider_id = str(mid) if index == 0 else f"{mid}:{index}"
        caption = text if index == 0 else None
        kind_name = attachment.get("type")
        payload = attachment.get("payload") or {}
        if kind_name in MEDIA_ATTACHMENTS or kind_name in LINK_ATTACHMENTS:
            media = Media(media_type=kind_name, url=payload.get("url"),
                          caption=caption if kind_name in MEDIA_ATTACHMENTS else payload.get("title") or caption,
                          id=payload.get("ig_post_media_id") or payload.get("reel_video_id"),
                          voice=kind_name == "audio")  # Instagram audio is a recorded voice message
            mention = {"story": _story("mention", payload)} if kind_name == "story_mention" else {}
            events.append(InboundMessage(kind=MessageKind.MEDIA, provider_message_id=provider_id,
                                         text=media.caption, media=media, **{**base, **mention}))
        else:
            events.append(InboundMessage(kind=MessageKind.UNSUPPORTED, provider_message_id=provider_id,
                                         text=caption, unsupported_reason=f"attachment type {kind_name!r}",
                                         **base))
    return events


def _story(kind: str, story: dict[str, Any]) -> dict[str, Any]:
    """A story the customer replied to or mentioned us in: its CDN url lasts the story's 24 hours."""
    url, story_id = story.get("url"), story.get("id")
    return {"kind": kind, "url": url if isinstance(url, str) else None,
            "id": None if story_id is None else str(story_id)}
