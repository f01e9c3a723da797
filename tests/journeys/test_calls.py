"""A customer's call as an agent takes it (S9), in the installed app: the softphone set up in its
settings dialog (the password into the session's real keychain), the call ringing through a real
SIP registrar (kamailio, tests/conftest.py) in the inbox, as a desktop notification and on the
headset, answered and ended from the keyboard, with sound both ways through the session's audio
devices (a private PulseAudio: a `headset` null sink and a microphone hearing a 440 Hz tone). The customer's phone is
carol (tests/desktop/voip/audio_rig.py): she calls from Maria Oliveira's number, sends a 1 kHz tone
and keeps what she hears. Then a station with speakers and a headset: the devices picked in the
settings (the ring on the speakers, the call in the headset) are the ones that sound."""
from __future__ import annotations

import json
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


def set_up_the_softphone(desk, window: str, app, devices: dict[str, str] | None = None) -> None:
    """Tools ▸ Softphone settings…, filled in through the labels' mnemonics (`devices`: a label's
    key → the start of a device's name, typed into its list); Enter saves, and the app registers."""
    desk.focus(window)
    desk.key("alt+t")
    desk.key("p")
    dialog = desk.wait_window("^Softphone settings$", 15)
    desk.focus(dialog)
    for field, text in (("alt+r", f"{siprig.HOST}:{siprig.KAMAILIO_PORT}"), ("alt+u", "ana"),
                        ("alt+p", siprig.SIP_PASSWORDS["ana"])):
        desk.key(field, "ctrl+a")
        desk.type(text)
    for field, name in (devices or {}).items():
        desk.key(field)
        desk.type(name)   # a list picks the item that starts with what is typed
    desk.key("Return")
    desk.wait_no_window("^Softphone settings$")
    app.wait_log(r"SIP registration registered: Registered as ana@127\.0\.0\.1:5060\.")


def test_a_customer_call_rings_is_answered_and_ended_from_the_keyboard_with_sound_both_ways(
        desk, server, pulse, maria_phone, tmp_path):
    app = desk.launch("--language", "en")
    window = sign_in(desk, server)
    app.wait_log(r"inbox window shown")

    set_up_the_softphone(desk, window, app)
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


HEADSET_MIC_HZ = 660   # the headset's own microphone (the computer's hears MIC_HZ)


def test_the_headset_chosen_in_the_settings_takes_the_call_while_the_speakers_ring(
        desk, server, pulse, maria_phone, tmp_path):
    """A call-center station: the computer's speakers and microphone are the system's defaults, the
    agent's headset is plugged in beside them. She picks the headset's microphone and earphones for
    calls and the speakers for the ring, from the keyboard: the ring sounds on the speakers only,
    Maria is heard in the headset only, and Maria hears the headset's microphone."""
    pulse.add_speaker("speakers", "Speakers")
    pulse.add_microphone("headset_mic", "Headset microphone", HEADSET_MIC_HZ)
    pulse.pactl("set-default-sink", "speakers")
    app = desk.launch("--language", "en")
    window = sign_in(desk, server)
    app.wait_log(r"inbox window shown")
    set_up_the_softphone(desk, window, app, {"alt+m": "Headset", "alt+s": "Headset", "alt+n": "Speakers"})
    saved = json.loads(next(desk.home.rglob("softphone.json")).read_text())
    assert (saved["input_device"], saved["output_device"], saved["ring_device"]) == (
        "Headset microphone", "Headset", "Speakers")

    speakers, headset = tmp_path / "speakers.raw", tmp_path / "headset.raw"
    recorders = [_record(pulse, "speakers", speakers), _record(pulse, "headset", headset)]
    try:
        siprig.baresip_command(f"/dial sip:ana@{siprig.HOST}:{siprig.KAMAILIO_PORT}", CAROL_CONS_PORT)
        call_id = app.wait_log(rf"call (\S+): incoming from \{MARIA}").group(1)
        wait_until(lambda: _tone_windows(_samples(speakers), RECORD_RATE).sum() >= 20, 15, "the ring on the speakers")
        rang_in_the_headset = int(_tone_windows(_samples(headset), RECORD_RATE).sum())
        answered_at = {"speakers": len(_samples(speakers)), "headset": len(_samples(headset))}
        desk.focus(window)
        desk.key("ctrl+shift+Return")
        app.wait_log(rf"call {call_id}: connected")
        wait_until(lambda: _tone_windows(_samples(headset)[answered_at["headset"]:], RECORD_RATE).sum() >= 200, 20,
                   "Maria heard in the headset")
        desk.key("XF86Phone")
        app.wait_log(rf"call {call_id} ended: answered after [1-9]\d* s")
    finally:
        for recorder in recorders:
            _stop(recorder)
    assert rang_in_the_headset == 0
    in_the_call = _samples(speakers)[answered_at["speakers"]:]
    assert _tone_windows(in_the_call, RECORD_RATE).sum() <= 10, "the call (or the ring) went on in the speakers"
    assert abs(_first_second_hz(_samples(headset)[answered_at["headset"]:], RECORD_RATE) - FAR_END_HZ) <= 5

    dumps = sorted(maria_phone.glob("dump-*-dec.wav"))
    heard_by_maria, rate = sf.read(dumps[-1], dtype="int16")
    assert _tone_windows(heard_by_maria, rate).sum() >= 100, "Maria heard less than a second of the agent"
    assert abs(_first_second_hz(heard_by_maria, rate) - HEADSET_MIC_HZ) <= 5   # the headset's, not the computer's
    quit_with_ctrl_q(desk, app, window)
