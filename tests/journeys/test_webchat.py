"""A website visitor and an agent, each in their own program (S1, S4, S8, S10): the visitor on a
shop's page in a real headless Chromium (the widget embedded by one <script> tag), Ana in the
installed desk with the keyboard of a real X display. The visitor's question arrives in the Queue;
Ana claims it and answers — the visitor sees her typing, then her answer; a voice note is refused
(no audio on Webchat) and nothing reaches the visitor; a picture reaches the page and shows. Ana
closes the conversation; when the visitor writes again a new one waits in the Queue, and its
previous history (Ctrl+H) holds the closed one."""
from __future__ import annotations

import re
import struct
import zlib

from playwright.sync_api import expect

from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.waiting import wait_until
from tests.support.webchat_site import CustomerSite, chromium


def png(width: int = 40, height: int = 30) -> bytes:
    """A real picture (an orange rectangle), well-formed down to its checksums."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\xf0\x80\x20" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


QUESTION = "Olá! Meu pedido 4521 ainda não chegou."
ANSWER = "Oi! Já estou verificando o pedido 4521."


def test_a_visitor_and_an_agent_talk_from_the_page_to_the_desk(desk, server, tmp_path):
    site = CustomerSite(server.url)
    try:
        with chromium() as browser:
            page = browser.new_context(locale="pt-BR").new_page()
            _journey(desk, server, site, page, tmp_path)
    finally:
        site.close()


def _open_queue(desk, app, window: str) -> None:
    desk.focus(window)
    desk.key("ctrl+k")        # the search field
    pause(0.3)
    desk.key("shift+Tab")     # back to the views: Mine, Queue, …
    pause(0.3)
    desk.key("Home", "Down")  # Queue
    app.wait_log(r"list queue: 2 conversations")
    desk.key("alt+Down")      # its first conversation: the one waiting longest, Lúcia's
    desk.wait_window("^Lúcia Araújo — ")
    desk.key("alt+Down")      # then the visitor's, the newest
    desk.wait_window("^Visitante ")


def _journey(desk, server, site, page, tmp_path) -> None:
    (tmp_path / "recado.ogg").write_bytes(b"OggS\x00\x02" + bytes(64))
    (tmp_path / "mapa-da-entrega.png").write_bytes(png())
    desk.brazilian_keyboard()   # Ana writes Portuguese: accents through dead keys
    app = desk.launch("--language", "en")
    window = sign_in(desk, server)
    app.wait_log(r"list mine: 3 conversations")

    # the visitor, on the shop's page: the chat button, the question
    page.goto(site.url)
    expect(page.locator("#rvops-webchat")).to_have_attribute("data-ws", "open")
    page.locator("#rvops-launcher").click()
    page.locator("#rvops-input").press_sequentially(QUESTION)
    page.keyboard.press("Enter")
    visitor = page.locator("#rvops-webchat").get_attribute("data-visitor") or ""

    # Ana: the Queue holds it beside Lúcia's; she opens it and claims it (Ctrl+Shift+A)
    _open_queue(desk, app, window)
    title = desk.title(window)
    assert title.startswith(f"Visitante {visitor[-4:]} — Rvops — Ana Souza"), title
    desk.key("ctrl+shift+a")
    claimed = app.wait_log(r"claim (\w+)")
    conversation = claimed.group(1)

    # she answers: the visitor sees her typing, then the answer, signed with her name
    desk.type(ANSWER)
    expect(page.locator("#rvops-typing")).to_have_text("Ana Souza digitando…")
    desk.key("Return")
    app.wait_log(rf"message \w+ to {conversation}")
    expect(page.locator("#rvops-log li.agent .text")).to_have_text([ANSWER])
    expect(page.locator("#rvops-log li.agent .author")).to_have_text(["Ana Souza"])

    # a voice note: Webchat takes no audio — the composer says so, the visitor gets nothing
    desk.key("ctrl+o")
    desk.focus(desk.wait_window("^Attach a file$", 15))
    desk.type(str(tmp_path / "recado.ogg"))
    desk.key("Return")
    app.wait_log(r"attachment recado\.ogg refused on webchat: Audio cannot be sent on Webchat")
    # a picture, with a caption: it shows on the visitor's page (the picture itself, loaded)
    desk.focus(window)
    desk.key("ctrl+o")
    desk.focus(desk.wait_window("^Attach a file$", 15))
    desk.type(str(tmp_path / "mapa-da-entrega.png"))
    desk.key("Return")
    desk.focus(desk.wait_window("^Send a file$", 15))
    desk.type("O mapa da entrega")
    desk.key("Return")
    app.wait_log(rf"message \w+ to {conversation} with attachment \w+")
    expect(page.locator("#rvops-log li.agent")).to_have_count(2)
    picture = page.locator("#rvops-log li.agent img")
    expect(picture).to_have_attribute("alt", "mapa-da-entrega.png")
    wait_until(lambda: picture.evaluate("img => img.complete && img.naturalWidth") == 40, 15,
               "the picture loaded in the visitor's page")
    expect(page.locator("#rvops-log li.agent .text")).to_have_text([ANSWER, "O mapa da entrega"])

    # Ana closes it (Ctrl+Shift+C, confirmed)
    desk.focus(window)
    desk.key("ctrl+shift+c")
    desk.focus(desk.wait_window("^Close conversation$"))
    desk.key("Return")
    app.wait_log(rf"close {conversation}")
    with server.api("carla@demo.rvops") as carla:   # a supervisor's view: every conversation
        closed = wait_until(lambda: any(c["id"] == conversation and c["status"] == "closed" for c in
                                        carla.get("/api/v1/sync/bootstrap").json()["conversations"]), 30,
                            "closed on the server")
    assert closed

    # the visitor writes again: a new conversation in the Queue, whose history holds the closed one
    page.locator("#rvops-input").press_sequentially("Chegou! Obrigado.")
    page.keyboard.press("Enter")
    _open_queue(desk, app, window)
    desk.key("ctrl+h")
    desk.wait_window("^Previous history — Visitante ")
    history = app.wait_log(r"previous history of contact \w+: (\d+) conversations")
    assert history.group(1) == "2"   # the closed one and this one
    desk.key("Escape")
    pause(0.3)
    assert not re.search(r"services\.session: refused", app.text())   # the server refused nothing
    quit_with_ctrl_q(desk, app, window)
