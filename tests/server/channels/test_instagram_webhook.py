"""Instagram Messaging webhooks: messages, echoes, attachments, reactions, reads."""
from datetime import datetime, timezone

import pytest

from rvops_contract.wire import Channel, MessageKind, MessageStatus
from rvops_meta_standin import payloads as P
from rvops_server.channels.events import InboundMessage, MessageDeleted, StatusUpdate, WebhookError
from rvops_server.channels.instagram_webhook import load_json, parse_instagram_webhook

IG = "17841400000000001"
USER = "6543210987654321"
NOW = datetime(2025, 3, 1, 12, 0, 0, 123000, tzinfo=timezone.utc)


def message(**kw):
    return P.instagram_message(ig_account_id=IG, sender_id=USER, recipient_id=IG, mid="mid.1",
                               timestamp=NOW, **kw)


def test_text_message():
    (event,) = parse_instagram_webhook(message(text="Oi! Vocês entregam em Recife?"))
    assert isinstance(event, InboundMessage)
    assert event.channel is Channel.INSTAGRAM and event.kind is MessageKind.TEXT
    assert event.text == "Oi! Vocês entregam em Recife?" and event.provider_message_id == "mid.1"
    assert event.from_id == USER and event.to_id == IG and event.customer_id == USER
    assert event.timestamp == NOW and event.opens_window and not event.is_echo


def test_echo_is_recognised():
    payload = P.instagram_message(ig_account_id=IG, sender_id=IG, recipient_id=USER, mid="mid.2",
                                  timestamp=NOW, text="Entregamos sim!", is_echo=True)
    (event,) = parse_instagram_webhook(payload)
    assert event.is_echo and not event.opens_window
    assert event.customer_id == USER and event.from_id == IG


@pytest.mark.parametrize("kind", ["image", "video", "audio", "file"])
def test_media_attachments(kind):
    (event,) = parse_instagram_webhook(message(attachments=[P.instagram_attachment(kind, "https://cdn/x")]))
    assert event.kind is MessageKind.MEDIA and event.media.media_type == kind
    assert event.media.url == "https://cdn/x" and event.media.voice == (kind == "audio")


def test_several_attachments_become_several_bubbles():
    events = parse_instagram_webhook(message(text="fotos", attachments=[
        P.instagram_attachment("image", "https://cdn/1"), P.instagram_attachment("image", "https://cdn/2")]))
    assert [e.provider_message_id for e in events] == ["mid.1", "mid.1:1"]
    assert events[0].text == "fotos" and events[1].text is None


@pytest.mark.parametrize("kind", ["share", "story_mention", "ig_reel", "ig_post"])
def test_link_attachments_are_shown(kind):
    (event,) = parse_instagram_webhook(message(attachments=[P.instagram_attachment(kind, "https://cdn/p", "Post")]))
    assert event.kind is MessageKind.MEDIA and event.media.url == "https://cdn/p" and event.text == "Post"


def test_unknown_attachment_and_unsupported_message():
    (event,) = parse_instagram_webhook(message(attachments=[{"type": "hologram", "payload": {}}]))
    assert event.kind is MessageKind.UNSUPPORTED
    payload = message()
    payload["entry"][0]["messaging"][0]["message"]["is_unsupported"] = True
    (event,) = parse_instagram_webhook(payload)
    assert event.kind is MessageKind.UNSUPPORTED


def test_reply_and_quick_reply():
    (reply,) = parse_instagram_webhook(message(text="essa", reply_to_mid="mid.0"))
    assert reply.reply_to_provider_id == "mid.0"
    (quick,) = parse_instagram_webhook(message(text="Sim", quick_reply_payload="YES"))
    assert quick.kind is MessageKind.INTERACTIVE and quick.interactive.id == "YES"


def test_reaction_and_unreaction():
    (react,) = parse_instagram_webhook(P.instagram_reaction(ig_account_id=IG, sender_id=USER, mid="mid.9",
                                                            timestamp=NOW, emoji="❤️"))
    assert react.kind is MessageKind.REACTION and react.reaction.target_id == "mid.9"
    assert react.reaction.emoji == "❤️"
    (unreact,) = parse_instagram_webhook(P.instagram_reaction(ig_account_id=IG, sender_id=USER, mid="mid.9",
                                                              timestamp=NOW, emoji=None))
    assert unreact.reaction.emoji is None
    assert unreact.provider_message_id != react.provider_message_id


def test_read_and_deleted():
    (read,) = parse_instagram_webhook(P.instagram_read(ig_account_id=IG, sender_id=USER, mid="mid.out",
                                                       timestamp=NOW))
    assert isinstance(read, StatusUpdate) and read.status is MessageStatus.READ
    assert read.provider_message_id == "mid.out"
    payload = message()
    payload["entry"][0]["messaging"][0]["message"]["is_deleted"] = True
    (deleted,) = parse_instagram_webhook(payload)
    assert isinstance(deleted, MessageDeleted) and deleted.provider_message_id == "mid.1"


def test_comment_changes_are_ignored():
    payload = {"object": "instagram", "entry": [{"id": IG, "time": 1, "changes": [{"field": "comments",
                                                                                  "value": {}}]}]}
    assert parse_instagram_webhook(payload) == []


@pytest.mark.parametrize("payload", [
    None, {"object": "whatsapp_business_account", "entry": []}, {"object": "instagram"},
    {"object": "instagram", "entry": [{"id": IG}]},
    {"object": "instagram", "entry": [{"messaging": [{"recipient": {"id": IG}, "timestamp": 1}]}]},
    {"object": "instagram", "entry": [{"messaging": [{"sender": {"id": "1"}, "timestamp": 1,
                                                      "message": {"text": "no mid"}}]}]},
    {"object": "instagram", "entry": [{"messaging": [{"sender": {"id": "1"}, "timestamp": 1,
                                                      "teleport": {}}]}]},
    {"object": "instagram", "entry": [{"messaging": [{"sender": {"id": "1"}, "timestamp": "x",
                                                      "message": {"mid": "m", "text": "a"}}]}]},
])
def test_unknown_shapes(payload):
    with pytest.raises(WebhookError):
        parse_instagram_webhook(payload)


def test_load_json_refuses_garbage():
    with pytest.raises(WebhookError):
        load_json(b"{oops")
