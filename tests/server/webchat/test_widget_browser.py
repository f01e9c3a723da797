"""The widget in a real headless Chromium, embedded by one <script> tag in a page on another
loopback origin: the visitor writes, the agent API sees it, the agent's typing and reply show on
the page; identity survives a reload; files go up; visitor input is shown as text, never HTML."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.server.gateways.conftest import wait_for

pytestmark = pytest.mark.browser
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c"
                    "63f8cfc0f01f0005000201f6a8e8f40000000049454e44ae426082")
HOSTILE = 'Olá <img src=x onerror="window.__pwned=1"> & <b>negrito</b>'


def webchat_conversation(admin):
    return next((c for c in admin.bootstrap()["conversations"] if c["channel"] == "webchat"), None)


def inbound_texts(admin, conversation_id):
    return [m["text"] for m in admin.bootstrap()["messages"]
            if m["conversation_id"] == conversation_id and m["direction"] == "inbound"]


def open_widget(page, site):
    page.goto(site.url)
    expect(page.locator("#rvops-webchat")).to_have_attribute("data-ws", "open")
    page.locator("#rvops-launcher").click()
    expect(page.locator("#rvops-panel")).to_be_visible()


def test_visitor_and_agent_talk_through_the_widget(page, site, server, admin):
    open_widget(page, site)
    page.locator("#rvops-input").press_sequentially(HOSTILE)
    page.keyboard.press("Enter")

    conversation = wait_for(lambda: webchat_conversation(admin), "the visitor's conversation")
    assert wait_for(lambda: inbound_texts(admin, conversation["id"]), "the message") == [HOSTILE]
    expect(page.locator("#rvops-log li.visitor .text")).to_have_text([HOSTILE])

    assert admin.mutate("claim", conversation_id=conversation["id"])["status"] == "accepted"
    assert admin.http.post(f"/api/v1/conversations/{conversation['id']}/typing").json()["delivered"] == 1
    expect(page.locator("#rvops-typing")).to_have_text("Admin Demo digitando…")
    reply = "Oi! <script>alert(1)</script> Como posso ajudar?"
    assert admin.mutate("send_message", conversation_id=conversation["id"], text=reply)["status"] == "accepted"
    expect(page.locator("#rvops-log li.agent .text")).to_have_text([reply])
    expect(page.locator("#rvops-typing")).to_have_text("")

    assert page.locator("#rvops-log img, #rvops-log b, #rvops-log script").count() == 0
    assert page.evaluate("window.__pwned") is None

    visitor = page.locator("#rvops-webchat").get_attribute("data-visitor")
    page.reload()
    expect(page.locator("#rvops-webchat")).to_have_attribute("data-ws", "open")
    # the same visitor: said by the server's hello, which comes after the socket opens
    expect(page.locator("#rvops-webchat")).to_have_attribute("data-visitor", visitor)
    page.locator("#rvops-launcher").click()
    expect(page.locator("#rvops-log li .text")).to_have_text([HOSTILE, reply])
    page.locator("#rvops-input").press_sequentially("voltei")
    page.keyboard.press("Enter")
    # both, in either order: the test's clock stands still, so they share a timestamp and the
    # snapshot (like the desktop's thread) breaks the tie by message id
    wait_for(lambda: sorted(inbound_texts(admin, conversation["id"])) == sorted([HOSTILE, "voltei"]),
             "the second message")
    assert len([c for c in admin.bootstrap()["conversations"] if c["channel"] == "webchat"]) == 1
    page.screenshot(path=str(server.settings.media_dir.parent / "webchat.png"))


def test_visitor_sends_a_picture_and_is_told_why_audio_is_refused(page, site, server, admin):
    open_widget(page, site)
    page.locator("#rvops-file").set_input_files({"name": "foto.png", "mimeType": "image/png", "buffer": PNG})
    expect(page.locator("#rvops-log li.visitor img")).to_have_count(1)
    conversation = wait_for(lambda: webchat_conversation(admin), "the visitor's conversation")
    media = [m for m in admin.bootstrap()["messages"] if m["conversation_id"] == conversation["id"]]
    assert media[-1]["kind"] == "media" and media[-1]["attachments"][0]["mime_type"] == "image/png"
    assert admin.http.get(f"/api/v1/media/{media[-1]['attachments'][0]['id']}").content == PNG

    page.locator("#rvops-file").set_input_files({"name": "recado.ogg", "mimeType": "audio/ogg", "buffer": b"OggS0"})
    expect(page.locator("#rvops-error")).to_have_text("Áudio não pode ser enviado no Webchat.")
    assert page.locator("#rvops-file").get_attribute("accept").find("audio") == -1


def test_a_tap_on_the_bots_button_answers_its_menu(page, site, server, admin):
    config = {"greeting": "Olá!", "menu": {"prompt": "Escolha:", "options": [
        {"id": "vendas", "title": "Vendas", "team_id": "t_vendas"},
        {"id": "suporte", "title": "Suporte", "team_id": "t_suporte"}]}}
    assert admin.mutate("set_chatbot", channel="webchat", config=config)["status"] == "accepted"
    open_widget(page, site)
    page.locator("#rvops-input").press_sequentially("Oi")
    page.keyboard.press("Enter")
    buttons = page.locator("#rvops-log li.agent .choices button")
    expect(buttons).to_have_text(["Vendas", "Suporte"])
    buttons.nth(1).click()
    conversation = wait_for(lambda: (c := webchat_conversation(admin)) and c["bot_status"] == "done" and c,
                            "the bot to route the conversation")
    assert conversation["team_id"] == "t_suporte" and conversation["bot_option"] == "Suporte"
