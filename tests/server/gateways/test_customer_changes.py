"""What customers change after writing, over real HTTP on SQLite and PostgreSQL, as Meta sends it:
a new WhatsApp number (the same contact; replies follow them), an order, an edited or unsent
message, an ad they came through, Instagram standby messages. Signed deliveries, answered 200."""
from __future__ import annotations

import sqlalchemy as sa

from rvops_meta_standin import payloads as P
from rvops_contract import demo_credentials as demo
from rvops_server.store import schema as t
from tests.server.gateways.conftest import message_by_provider_id, rows, wait_for
from tests.server.gateways.test_whatsapp_sending import open_conversation, send, wait_status
from tests.server.gateways.test_whatsapp_webhooks import WA, signed_post

CUSTOMER, NEW_NUMBER = "5511944443333", "5511922221111"
IGSID = "17841455500000088"


def thread(admin, conversation_id) -> list[dict]:
    return [m for m in admin.bootstrap()["messages"] if m["conversation_id"] == conversation_id]


def customer_writes(meta, msg_type, body, **extra) -> str:
    message = P.wa_message(CUSTOMER, msg_type, body, message_id=P.new_wamid(), timestamp=meta.standin.state.clock.now())
    message.update(extra)
    return message


def post_whatsapp(server, meta, message) -> dict:
    answer = signed_post(server, P.whatsapp_inbound(wa_id=CUSTOMER, profile_name="Rita", message=message, **WA))
    assert answer.status_code == 200 and answer.json()["skipped"] == 0, answer.text
    return answer.json()


def test_a_customer_who_changes_number_stays_the_same_contact_and_replies_follow_them(server, meta, admin):
    conversation_id = open_conversation(meta, server, admin, wa_id=CUSTOMER)
    contact_id = next(c for c in admin.bootstrap()["conversations"] if c["id"] == conversation_id)["contact_id"]
    changed = meta.call(meta.standin.customer_changes_number(old_wa_id=CUSTOMER, new_wa_id=NEW_NUMBER,
                                                             profile_name="Rita"))
    assert changed["webhook_status"] == 200
    snapshot = admin.bootstrap()
    contact = next(c for c in snapshot["contacts"] if c["id"] == contact_id)
    assert contact["phone"] == "+" + NEW_NUMBER
    assert len([c for c in snapshot["contacts"] if c.get("phone") in ("+" + CUSTOMER, "+" + NEW_NUMBER)]) == 1
    # by its event, not its place: the test's clock stands still and same-time lines sort by id
    [line] = [m for m in thread(admin, conversation_id) if m["kind"] == "system"
              and m["payload"].get("event") == "number_changed"]
    assert (line["payload"]["old"], line["payload"]["new"]) == ("+" + CUSTOMER, "+" + NEW_NUMBER)

    message_id = send(admin, conversation_id, text="Anotado o número novo!")
    wait_status(admin, message_id, "sent", "delivered", "read")
    assert meta.standin.state.sent[-1].to == NEW_NUMBER  # Meta accepts it: the window followed them

    written = meta.customer_whatsapp(wa_id=NEW_NUMBER, type="text", body=P.text_body("Agora deste número"))
    assert message_by_provider_id(server, "whatsapp", written["id"])["conversation_id"] == conversation_id
    again = signed_post(server, P.whatsapp_number_changed(
        old_wa_id=CUSTOMER, new_wa_id=NEW_NUMBER, profile_name="Rita", message_id=changed["id"],
        timestamp=meta.standin.state.clock.now(), **WA))
    assert again.status_code == 200  # Meta's redelivery: nothing more to do, no second line
    assert len([m for m in thread(admin, conversation_id) if m["payload"].get("event") == "number_changed"]) == 1


def test_an_order_is_stored_with_its_items(server, meta, admin):
    body = P.order_body("CAT-1", [("CAMISA-M", 2, 79.9, "BRL")], text="Pode entregar sábado?")
    message = customer_writes(meta, "order", body)
    post_whatsapp(server, meta, message)
    stored = message_by_provider_id(server, "whatsapp", message["id"])
    assert stored["kind"] == "order" and stored["text"] == "Pode entregar sábado?"
    assert stored["payload"]["order"]["items"] == [
        {"product_retailer_id": "CAMISA-M", "quantity": 2, "item_price": 79.9, "currency": "BRL"}]


def test_an_edit_replaces_the_text_keeping_the_old_and_a_revoke_drops_it(server, meta, admin):
    original = customer_writes(meta, "text", P.text_body("Quero 2 unidades"))
    post_whatsapp(server, meta, original)
    conversation_id = message_by_provider_id(server, "whatsapp", original["id"])["conversation_id"]
    post_whatsapp(server, meta, customer_writes(meta, "edit", P.edit_body(original["id"], "Quero 3 unidades")))
    edited = message_by_provider_id(server, "whatsapp", original["id"])
    assert edited["text"] == "Quero 3 unidades" and edited["payload"]["edited"] is True
    assert [e["text"] for e in edited["payload"]["edits"]] == ["Quero 2 unidades"]
    conversation = rows(server, sa.select(t.conversations).where(t.conversations.c.id == conversation_id))[0]
    assert conversation["last_message_preview"] == "Quero 3 unidades"

    cursor = admin.bootstrap()["cursor"]
    post_whatsapp(server, meta, customer_writes(meta, "revoke", P.revoke_body(original["id"])))
    deleted = message_by_provider_id(server, "whatsapp", original["id"])
    assert deleted["text"] is None and deleted["payload"]["deleted"] is True and "edits" not in deleted["payload"]
    assert original_id_changed(admin, cursor, deleted["id"])  # clients hear of it

    unknown = post_whatsapp(server, meta, customer_writes(meta, "revoke", P.revoke_body("wamid.NEVER_SEEN")))
    assert unknown["events"] == 1  # read, nothing to change: not an error


def original_id_changed(admin, cursor, message_id) -> bool:
    return any(c["collection"] == "messages" and c["id"] == message_id for c in admin.changes(cursor)["changes"])


def test_a_click_to_whatsapp_ad_is_kept_with_the_first_message(server, meta, admin):
    message = customer_writes(meta, "text", P.text_body("Vi o anúncio do plano"),
                              referral=P.ad_referral("Plano anual com 30% off"))
    post_whatsapp(server, meta, message)
    wire = next(m for m in admin.bootstrap()["messages"]
                if m["id"] == message_by_provider_id(server, "whatsapp", message["id"])["id"])
    assert wire["payload"]["referral"]["headline"] == "Plano anual com 30% off"


def post_instagram(server, payload) -> dict:
    answer = signed_post(server, payload, channel="instagram")
    assert answer.status_code == 200 and answer.json()["skipped"] == 0, answer.text
    return answer.json()


def ig_message(server, mid, **kw) -> dict:
    return P.instagram_message(ig_account_id=demo.INSTAGRAM_ACCOUNT_ID, sender_id=IGSID,
                               recipient_id=demo.INSTAGRAM_ACCOUNT_ID, mid=mid,
                               timestamp=server.services.clock.now(), **kw)


def test_instagram_edits_unsends_story_replies_referrals_and_standby(server, meta, admin):
    referral = P.instagram_ad_referral("Tênis de corrida")
    post_instagram(server, ig_message(server, "m_story", text="Amei!", referral=referral, reply_to_story={
        "url": "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=9", "id": "17900000000000042"}))
    first = message_by_provider_id(server, "instagram", "m_story")
    assert first["payload"]["story"]["kind"] == "reply"
    assert first["payload"]["referral"]["ads_context_data"]["ad_title"] == "Tênis de corrida"

    post_instagram(server, P.instagram_message_edit(ig_account_id=demo.INSTAGRAM_ACCOUNT_ID, sender_id=IGSID,
                                                    mid="m_story", text="Amei demais!", num_edit=1,
                                                    timestamp=server.services.clock.now()))
    assert message_by_provider_id(server, "instagram", "m_story")["text"] == "Amei demais!"

    post_instagram(server, P.instagram_referral_event(ig_account_id=demo.INSTAGRAM_ACCOUNT_ID, sender_id=IGSID,
                                                      referral=P.instagram_ad_referral("Meias"),
                                                      timestamp=server.services.clock.now()))
    lines = [m for m in thread(admin, first["conversation_id"]) if m["kind"] == "system"
             and m["payload"].get("event") == "ad_referral"]
    assert [line["payload"]["headline"] for line in lines] == ["Meias"]

    post_instagram(server, ig_message(server, "m_standby", text="Oi? Alguém?", standby=True))
    standby = message_by_provider_id(server, "instagram", "m_standby")
    assert standby["payload"]["standby"] is True and standby["conversation_id"] == first["conversation_id"]

    post_instagram(server, ig_message(server, "m_story", is_deleted=True))
    assert message_by_provider_id(server, "instagram", "m_story")["text"] is None


def test_a_referral_without_an_open_conversation_opens_none(server, admin):
    before = len(admin.bootstrap()["conversations"])
    answer = post_instagram(server, P.instagram_referral_event(
        ig_account_id=demo.INSTAGRAM_ACCOUNT_ID, sender_id="17841455500000099",
        referral=P.instagram_ad_referral("Meias"), timestamp=server.services.clock.now()))
    assert answer["events"] == 1 and len(admin.bootstrap()["conversations"]) == before
