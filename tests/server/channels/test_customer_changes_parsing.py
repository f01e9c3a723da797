"""Meta's after-the-fact events, parsed from the documented payloads: WhatsApp `system`
(user_changed_number), `order`, `edit`, `revoke`, ad `referral`; Instagram `message_edit`,
`is_deleted`, story replies and mentions, ad referrals with and without a message, `standby`."""
from datetime import datetime, timezone

import pytest

from rvops_contract.referrals import ad_headline
from rvops_contract.wire import Channel, MessageKind
from rvops_meta_standin import payloads as P
from rvops_server.channels.elements import parse_each
from rvops_server.channels.events import (
    AdReferral,
    InboundMessage,
    MessageDeleted,
    MessageEdited,
    NumberChanged,
    OrderItem,
)
from rvops_server.channels.gateway import payload_of
from rvops_server.channels.instagram_webhook import parse_instagram_webhook
from rvops_server.channels.whatsapp_webhook import parse_whatsapp_webhook

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
WA = dict(waba_id="15550009999", phone_number_id="15550001111", display_phone_number="15550001111")
CUSTOMER = "5511988887777"
IG, USER = "17841400000000001", "6543210987654321"


def whatsapp(msg_type, body, message_id="wamid.X1"):
    message = P.wa_message(CUSTOMER, msg_type, body, message_id=message_id, timestamp=NOW)
    return P.whatsapp_inbound(wa_id=CUSTOMER, profile_name="Maria", message=message, **WA)


def test_user_changed_number_names_the_old_and_the_new_wa_id():
    payload = P.whatsapp_number_changed(old_wa_id=CUSTOMER, new_wa_id="5511977776666", profile_name="Maria",
                                        message_id="wamid.SYS", timestamp=NOW, **WA)
    (event,) = parse_whatsapp_webhook(payload)
    assert event == NumberChanged(Channel.WHATSAPP, CUSTOMER, "5511977776666", NOW, "wamid.SYS",
                                  f"User Maria changed from {CUSTOMER} to 5511977776666")
    older = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    older["system"] = {"body": "…", "new_wa_id": "5511977776666", "type": "customer_changed_number"}
    assert parse_whatsapp_webhook(payload)[0].new_id == "5511977776666"  # the pre-v12 field name


def test_other_system_notices_store_nothing_and_a_number_change_without_a_number_is_set_aside():
    payload = P.whatsapp_number_changed(old_wa_id=CUSTOMER, new_wa_id="1", profile_name="M", message_id="w",
                                        timestamp=NOW, **WA)
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    message["system"] = {"body": "Security code changed", "type": "customer_identity_changed"}
    assert parse_whatsapp_webhook(payload) == []
    message["system"] = {"body": "changed", "type": "user_changed_number"}
    parsed = parse_each("whatsapp", parse_whatsapp_webhook, payload)
    assert parsed.events == [] and "without the new wa_id" in parsed.skipped[0].reason


def test_an_order_lists_its_items():
    body = P.order_body("CAT1", [("SKU-7", 2, 49.9, "BRL"), ("SKU-9", 1, 10, "BRL")], text="Entrega sábado")
    (event,) = parse_whatsapp_webhook(whatsapp("order", body))
    assert event.kind is MessageKind.ORDER and event.text == "Entrega sábado"
    assert event.order.catalog_id == "CAT1"
    assert event.order.items == (OrderItem("SKU-7", 2, 49.9, "BRL"), OrderItem("SKU-9", 1, 10.0, "BRL"))
    assert payload_of(event)["order"]["items"][0] == {"product_retailer_id": "SKU-7", "quantity": 2,
                                                      "item_price": 49.9, "currency": "BRL"}


@pytest.mark.parametrize("bad", [{"quantity": "two"}, {"item_price": "nan"}, {"quantity": -1}])
def test_an_order_with_a_broken_item_is_set_aside_alone(bad):
    body = P.order_body("CAT1", [("SKU-7", 2, 49.9, "BRL")])
    body["product_items"][0].update(bad)
    parsed = parse_each("whatsapp", parse_whatsapp_webhook, whatsapp("order", body))
    assert parsed.events == [] and len(parsed.skipped) == 1


def test_edit_and_revoke_point_at_the_original_message():
    (edit,) = parse_whatsapp_webhook(whatsapp("edit", P.edit_body("wamid.ORIG", "Na verdade, 3 unidades")))
    assert edit == MessageEdited(Channel.WHATSAPP, "wamid.ORIG", CUSTOMER, NOW, "Na verdade, 3 unidades")
    caption = {"original_message_id": "wamid.PIC", "message": {"type": "image", "image": {"caption": "nova"}}}
    assert parse_whatsapp_webhook(whatsapp("edit", caption))[0].text == "nova"
    (revoke,) = parse_whatsapp_webhook(whatsapp("revoke", P.revoke_body("wamid.ORIG")))
    assert revoke == MessageDeleted(Channel.WHATSAPP, "wamid.ORIG", CUSTOMER, NOW)
    parsed = parse_each("whatsapp", parse_whatsapp_webhook, whatsapp("revoke", {}))
    assert parsed.events == [] and "original_message_id" in parsed.skipped[0].reason


def test_a_click_to_whatsapp_ad_is_kept_with_the_message_and_its_headline_read():
    payload = whatsapp("text", P.text_body("Vi o anúncio"))
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["referral"] = P.ad_referral("Plano anual -30%")
    (event,) = parse_whatsapp_webhook(payload)
    assert payload_of(event)["referral"]["headline"] == "Plano anual -30%"
    assert ad_headline(payload_of(event)["referral"]) == "Plano anual -30%"


def ig(**kw):
    return P.instagram_message(ig_account_id=IG, sender_id=USER, recipient_id=IG, mid="mid.1", timestamp=NOW, **kw)


def test_instagram_message_edit_and_unsend():
    edit = P.instagram_message_edit(ig_account_id=IG, sender_id=USER, mid="mid.1", text="corrigido", num_edit=1,
                                    timestamp=NOW)
    assert parse_instagram_webhook(edit) == [MessageEdited(Channel.INSTAGRAM, "mid.1", USER, NOW, "corrigido")]
    assert parse_instagram_webhook(ig(is_deleted=True)) == [MessageDeleted(Channel.INSTAGRAM, "mid.1", USER, NOW)]


def test_instagram_story_reply_and_mention():
    story = {"url": "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1", "id": "17900000000000042"}
    (reply,) = parse_instagram_webhook(ig(text="Amei esse!", reply_to_story=story))
    assert reply.kind is MessageKind.TEXT and reply.reply_to_provider_id is None
    assert payload_of(reply)["story"] == {"kind": "reply", **story}
    mention = ig(attachments=[P.instagram_attachment("story_mention", story["url"])])
    (event,) = parse_instagram_webhook(mention)
    assert event.kind is MessageKind.MEDIA and payload_of(event)["story"]["kind"] == "mention"


def test_instagram_ad_referral_with_and_without_a_message():
    referral = P.instagram_ad_referral("Tênis de corrida")
    (first,) = parse_instagram_webhook(ig(text="Tem 42?", referral=referral))
    assert ad_headline(payload_of(first)["referral"]) == "Tênis de corrida"
    alone = P.instagram_referral_event(ig_account_id=IG, sender_id=USER, referral=referral, timestamp=NOW)
    assert parse_instagram_webhook(alone) == [AdReferral(Channel.INSTAGRAM, USER, NOW, referral)]


def test_instagram_standby_messages_are_read_as_messages_marked_standby():
    payload = ig(text="Oi? Alguém aí?", standby=True)
    parsed = parse_each("instagram", parse_instagram_webhook, payload)
    (event,) = parsed.events
    assert isinstance(event, InboundMessage) and parsed.skipped == []
    assert event.text == "Oi? Alguém aí?" and payload_of(event)["standby"] is True
