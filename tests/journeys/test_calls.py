"""A customer's call as an agent takes it (S9), in the installed app: the softphone set up in its
settings dialog (the password into the session's real keychain), the call ringing through a real
SIP registrar (kamailio, tests/conftest.py) in the inbox, as a desktop notification and on the
headset, answered and ended from the keyboard, with sound both ways through the session's audio
devices (a private PulseAudio: a `headset` null sink and a microphone hearing a 440 Hz tone). The customer's phone is
carol (tests/desktop/voip/audio_rig.py): she calls from Maria Oliveira's number, sends a 1 kHz tone
and keeps what she hears."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

sys.path.insert(0, str(Path(__file__).parents[1] / "desktop" / "voip"))   # the rig's helpers

import siprig
from audio_rig import CAROL_CONS_PORT, FAR_END_HZ, start_carol
from test_call_audio import RECORD_RATE, _peak_hz, _record, _samples, _stop, _tone_windows

from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.waiting import wait_until

pytestmark = [pytest.mark.sip, pytest.mark.timeout(240)]
MIC_HZ = 440   # the desk's microphone (tests/journeys/conftest.py `pulse`)
MARIA = "+5511987654321"   # Maria Oliveira's phone in the demo workspace


@pytest.fixture
def maria_phone(kamailio, tmp_path):
    helper, heard = start_carol(tmp_path, user=MARIA)
    yield heard
    helper.stop()


def _first_second_hz(x: np.ndarray, rate: int) -> float:
    """The pitch of the first second of sound in a recording."""
    start = int(np.argmax(_tone_windows(x, rate))) * int(rate * 0.01)
    return _peak_hz(x[start:start + rate], rate)


def test_a_customer_call_rings_is_answered_and_ended_from_the_keyboard_with_sound_both_ways(
        desk, server, pulse, maria_phone, tmp_path):
    app = desk.launch("--language", "en")
    window = sign_in(desk, server)
    app.wait_log(r"inbox window shown")

    # Tools ▸ Softphone settings…, filled in through the labels' mnemonics; Enter saves
    desk.focus(window)
    desk.key("alt+t")
    desk.key("p")
    dialog = desk.wait_window("^Softphone settings$", 15)
    desk.focus(dialog)
    for field, text in (("alt+r", f"{siprig.HOST}:{siprig.KAMAILIO_PORT}"), ("alt+u", "ana"),
                        ("alt+p", siprig.SIP_PASSWORDS["ana"])):
        desk.key(field, "ctrl+a")
        desk.type(text)
    desk.key("Return")
    desk.wait_no_window("^Softphone settings$")
    app.wait_log(r"SIP registration registered: Registered as ana@127\.0\.0\.1:5060\.")
    account = f"ana@{siprig.HOST}:{siprig.KAMAILIO_PORT}"
    assert desk.keyring_password("rvops-desktop/sip", account) == siprig.SIP_PASSWORDS["ana"]
    saved = "".join(p.read_text() for p in desk.home.rglob("softphone.json"))
    assert account.split("@")[0] in saved and siprig.SIP_PASSWORDS["ana"] not in saved

    # Maria calls: the inbox rings with her name, the desktop shows it, the headset rings
    ringing = tmp_path / "ringing.raw"
    recorder = _record(pulse, "headset", ringing)
    try:
        siprig.baresip_command(f"/dial sip:ana@{siprig.HOST}:{siprig.KAMAILIO_PORT}", CAROL_CONS_PORT)
        call_id = app.wait_log(rf"call (\S+): incoming from \{MARIA}").group(1)
        app.wait_log(r"notification shown: Incoming call")
        wait_until(lambda: _tone_windows(_samples(ringing), RECORD_RATE).sum() >= 20, 15, "the ring on the headset")
    finally:
        _stop(recorder)
    desk.focus(window)
    headset = tmp_path / "headset.raw"
    recorder = _record(pulse, "headset", headset)
    try:
        desk.key("ctrl+shift+Return")   # answer
        app.wait_log(rf"call {call_id}: connected")
        # two seconds of Maria's tone on the agent's headset, then the headset's call button ends it
        wait_until(lambda: _tone_windows(_samples(headset), RECORD_RATE).sum() >= 200, 20,
                   "Maria heard on the headset")
        desk.key("XF86Phone")
        app.wait_log(rf"call {call_id} ended: answered after [1-9]\d* s")
    finally:
        _stop(recorder)
    assert abs(_first_second_hz(_samples(headset), RECORD_RATE) - FAR_END_HZ) <= 5

    # Maria heard the agent's microphone
    dumps = sorted(maria_phone.glob("dump-*-dec.wav"))
    assert dumps, list(maria_phone.iterdir())
    heard_by_maria, rate = sf.read(dumps[-1], dtype="int16")
    assert _tone_windows(heard_by_maria, rate).sum() >= 100, "Maria heard less than a second of the agent"
    assert abs(_first_second_hz(heard_by_maria, rate) - MIC_HZ) <= 5
    quit_with_ctrl_q(desk, app, window)
