"""What the agent sees of what customers change or where they come from: an order's items and
total, an edited message marked edited, an unsent one as deleted (no text, no files), the ad or
story a message came from, standby messages, and the server's lines for a new number or an ad."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from rvops_desktop.models.tables import Message
from rvops_desktop.ui.delegates.message_content import describe

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def english_us_locale():
    """Prices follow the default locale: these tests fix it, whatever the machine's LANG."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _message(**fields):
    base = dict(id="m1", conversation_id="c1", direction="inbound", kind="text", text="Olá", status="received",
                created_at="2026-01-05T12:00:00+00:00", attachments=[], payload={})
    base.update(fields)
    return Message(**base)


def test_an_order_lists_items_and_total_in_the_agents_locale(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
    try:
        order = describe(_message(kind="order", payload={"order": {"items": [
            {"product_retailer_id": "CAMISA-M", "quantity": 2, "item_price": 79.9, "currency": "BRL"}]}}))
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert [line.replace("\xa0", " ") for line in order.body.splitlines()[1:]] == [
        "2 × CAMISA-M — R$ 79,90", "Total: R$ 159,80"]
    order = describe(_message(kind="order", text="Entrega sábado", payload={"order": {"catalog_id": "C", "text": "Entrega sábado", "items": [
        {"product_retailer_id": "CAMISA-M", "quantity": 2, "item_price": 79.9, "currency": "BRL"},
        {"product_retailer_id": "MEIA", "quantity": 1, "item_price": 10.0, "currency": "BRL"}]}}))
    assert order.body.splitlines() == ["▤ Order", "2 × CAMISA-M — R$79.90", "1 × MEIA — R$10.00",
                                       "Total: R$169.80", "Entrega sábado"]


def test_edited_and_deleted_messages(qapp):
    edited = describe(_message(text="Quero 3", payload={"edited": True, "edits": [{"text": "Quero 2"}]}))
    assert edited.body == "Quero 3" and edited.footer.startswith("edited · ")
    gone = describe(_message(kind="media", text=None, payload={"deleted": True},
                             attachments=[{"id": "a", "mime_type": "image/png", "filename": "x.png"}]))
    assert gone.body == "⊘ The customer deleted this message" and gone.chips == []


def test_where_a_message_came_from_is_said_above_it(qapp):
    ad = describe(_message(payload={"referral": {"source_type": "ad", "headline": "Plano anual -30%"}}))
    assert ad.header == "From the ad: Plano anual -30%"
    instagram_ad = describe(_message(payload={"referral": {"ads_context_data": {"ad_title": "Tênis"}},
                                              "story": {"kind": "reply", "url": "https://x"}}))
    assert instagram_ad.header.splitlines() == ["From the ad: Tênis", "Replied to your story"]
    mention = describe(_message(kind="media", payload={"story": {"kind": "mention"}, "standby": True}))
    assert mention.header.splitlines() == ["Mentioned you in their story",
                                           "Received while another app handled the chat"]


def test_the_servers_lines_for_customers_changes_are_in_the_agents_language(qapp):
    moved = describe(_message(kind="system", text="O cliente mudou de número: +551 → +552",
                              payload={"event": "number_changed", "old": "+5511944443333", "new": "+5511922221111"}))
    assert moved.body == "The customer changed their number: +5511944443333 → +5511922221111"
    ad = describe(_message(kind="system", text="O cliente veio do anúncio: Meias",
                           payload={"event": "ad_referral", "headline": "Meias"}))
    assert ad.body == "The customer came from the ad: Meias"


def test_hand_over_lines_are_said_in_the_agents_language_with_names_from_the_replica(qapp):
    names = {"u_ana": "Ana Souza", "u_bruno": "Bruno Lima", "t_vendas": "Vendas"}.get
    name_of = lambda record_id: names(record_id) or ""  # noqa: E731
    line = lambda **payload: describe(_message(kind="system", text="(texto do servidor)", payload=payload),  # noqa: E731
                                      name_of=name_of).body
    assert line(event="claimed", actor_id="u_ana") == "Ana Souza claimed the conversation"
    assert line(event="transferred", actor_id="u_ana", to_team_id="t_vendas") == \
        "Ana Souza transferred the conversation to Vendas"
    assert line(event="assigned", to_user_id="u_bruno") == "Conversation assigned to Bruno Lima"
    assert line(event="closed", actor_id="u_ana") == "Ana Souza closed the conversation"
    assert line(event="reopened", actor_id="u_ana") == "Ana Souza reopened the conversation"
    # someone this replica does not know: the server's own sentence rather than a blank
    assert line(event="transferred", actor_id="u_ana", to_user_id="u_other") == "(texto do servidor)"


def test_a_last_message_without_text_is_previewed_with_a_word_not_a_blank(qapp):
    from rvops_contract.preview import preview_of
    from rvops_desktop.ui.delegates.conversation_delegate import shown_preview
    assert shown_preview(preview_of("media", None, [{"mime_type": "audio/ogg"}])) == "♪ Audio"
    assert shown_preview(preview_of("media", None, [{"mime_type": "image/png", "filename": "a.png"}])) == "▣ a.png"
    assert shown_preview(preview_of("location", None)) == "◉ Location"
    assert shown_preview("Oi") == "Oi" and shown_preview(None) == ""
