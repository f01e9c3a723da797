"""One instance per profile, tel: links from the desktop, and notifications that chime on the
headset (a private PulseAudio) and open their conversation when clicked (a real notification daemon,
a real click)."""
from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime

import httpx

from rvops_contract import demo_credentials as demo
from rvops_meta_standin import payloads as P
from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.pulse import samples
from tests.support.waiting import wait_until


def test_a_second_launch_with_a_tel_link_dials_in_the_running_app_and_exits_0(desk, server):
    app = desk.launch("--language", "en")
    sign_in(desk, server)
    app.wait_log(r"inbox window shown")
    second = desk.launch("tel:+55-11-98765-4321")  # what the desktop runs for a clicked link (Exec=… %u)
    assert second.wait_exit(30) == 0, second.text()
    assert "already running for this profile" in second.text()
    app.wait_log(r"dial request tel:\+55-11-98765-4321 -> \+5511987654321")
    # the softphone got the number with its contact (no SIP account here: it says so, placing nothing)
    app.wait_log(r"call to \+5511987654321 \(Maria Oliveira\) not placed")
    assert len(desk.windows("^Rvops — Ana Souza|— Rvops — Ana Souza")) == 1
    assert app.running
    # a launch with nothing to hand over brings the running window up and exits too
    third = desk.launch()
    assert third.wait_exit(30) == 0
    assert app.running
    # with no app running, the link starts it (the session resumes) and dials once the inbox is up
    quit_with_ctrl_q(desk, app, desk.wait_window("Rvops — Ana Souza"))
    cold = desk.launch("--language", "en", "callto://+5511987654321")
    cold.wait_log(r"inbox window shown")
    cold.wait_log(r"dial request callto://\+5511987654321 -> \+5511987654321")
    cold.wait_log(r"call to \+5511987654321 \(Maria Oliveira\) not placed")


def test_a_new_message_rings_on_the_headset_and_its_notification_opens_the_conversation(
        desk, pulse, server, tmp_path):
    app = desk.launch("--language", "en")
    window = sign_in(desk, server)
    app.wait_log(r"inbox window shown")
    assert desk.title(window).startswith("Rvops — Ana Souza")  # nothing open yet
    # João (his conversation is Ana's) writes in through a signed WhatsApp webhook
    message = P.wa_message("5521998765432", "text", P.text_body("Oi Ana, o boleto chegou?"),
                           message_id="wamid.journey.1", timestamp=datetime.now(UTC))
    payload = P.whatsapp_inbound(wa_id="5521998765432", profile_name="João Pereira", message=message,
                                 waba_id=demo.WHATSAPP_WABA_ID, phone_number_id=demo.WHATSAPP_PHONE_NUMBER_ID,
                                 display_phone_number=demo.WHATSAPP_DISPLAY_PHONE_NUMBER)
    body, headers = P.signed_request(payload, demo.APP_SECRET)
    app.wait_log(r"connection: online")
    said = re.findall(r"connection: .*", app.text())  # each line says a change: the first sync's pages
    assert all(a != b for a, b in itertools.pairwise(said)), said  # logged 'connecting (0 waiting)' nine times
    pause(2)  # the notifier learns what is mine 1.5 s after the window shows
    headset = tmp_path / "headset.raw"
    recorder = pulse.record("headset", headset)
    try:
        assert max(map(abs, samples(headset)), default=0) < 100   # quiet until the message comes
        assert httpx.post(f"{server.url}/webhooks/whatsapp", content=body, headers=headers,
                          timeout=15).status_code == 200
        popup = desk.wait_window("^Dunst$|New message from", 30)
        app.wait_log(r"notification shown: New message from João Pereira")
        # the notification's sound, on the agent's headset (the system's default output)
        wait_until(lambda: max(map(abs, samples(headset)), default=0) > 2000, 10, "the chime on the headset")
    finally:
        recorder.terminate()
        recorder.wait(10)
    desk.click(popup)
    app.wait_log(r"opening conversation cv_joao from a notification")
    desk.wait_window("^João Pereira — Rvops — Ana Souza", 15)
