"""Calls against real peers on loopback: SIPp UAS behind kamailio, baresip as far end."""
from __future__ import annotations

import re

import pytest
import siprig
from voip_helpers import pump, pump_for

from rvops_contract.wire import Direction, LogCallArgs
from rvops_desktop.voip import CallError, CallOutcome, CallState

pytestmark = [pytest.mark.sip, pytest.mark.timeout(60)]
BOB = f"sip:bob@{siprig.HOST}:{siprig.BARESIP_PORT}"


def connected(call):
    return lambda: call.state is CallState.CONNECTED and call.sending_audio


def hang_up(phone, call):
    call.hangup()
    pump(phone, lambda: not call.is_active and call not in phone.calls)


def test_outgoing_call_via_kamailio_is_answered_and_logged(phone, events, rig_dir):
    uas = siprig.start_sipp_uas(rig_dir, calls=1, tag="uas_outgoing")
    try:
        call = phone.call("sip:uas@127.0.0.1:5060", conversation_id="conv-1")
        assert call.direction is Direction.OUTBOUND and call.state is CallState.CALLING
        pump(phone, connected(call))
        assert call.duration >= 0
        hang_up(phone, call)
        assert uas.wait(10) == 0, uas.tail()
    finally:
        uas.stop()
    [record] = events.ended
    assert record.outcome is CallOutcome.ANSWERED and record.number == "uas"
    assert record.duration_seconds == call.duration > 0
    args = record.to_log_call_args()
    assert isinstance(args, LogCallArgs) and args.outcome == "answered"
    assert args.direction is Direction.OUTBOUND and args.conversation_id == "conv-1"
    trace = (rig_dir / "kamailio.log").read_text(errors="replace")
    assert re.search(r"REQ INVITE sip:uas@127\.0\.0\.1:5060", trace)
    assert re.search(r"REQ BYE ", trace)   # in-dialog requests go through the proxy


def test_click_to_call_a_contact_number_uses_e164_and_the_dial_prefix(phone, events, rig_dir):
    phone.apply_settings(phone.settings.with_changes(dial_prefix="0"))
    call = phone.call("+55 (11) 98765-4321")          # kamailio: 404 Not Registered
    assert call.remote_uri == "sip:05511987654321@127.0.0.1:5060"
    assert call.contact.id == "contact-maria"
    pump(phone, lambda: not call.is_active and events.ended)
    record = events.ended[-1]
    assert (record.outcome, record.reason) == (CallOutcome.FAILED, "404 Not Registered")
    assert record.number == "+5511987654321" and record.contact_id == "contact-maria"


def test_dtmf_reaches_baresip(phone, events, baresip):
    offset = baresip.log.stat().st_size
    call = phone.call(BOB)
    pump(phone, connected(call))
    assert call.contact.id == "contact-bob"
    call.send_dtmf("1234#")
    pump(phone, lambda: "received event: '#' (end=1)" in baresip.log_since(offset))
    hang_up(phone, call)
    got = "".join(re.findall(r"received event: '(.)' \(end=1\)", baresip.log_since(offset)))
    assert got == "1234#"
    with pytest.raises(CallError):
        call.send_dtmf("1")


def audio_media(call) -> tuple[str, str]:
    """pjsua2's own view of the call's audio: (media status, negotiated direction)."""
    import pjsua2 as pj
    ci = call._pjcall.getInfo()              # keep ci alive while reading ci.media
    [mi] = [m for m in ci.media if m.type == pj.PJMEDIA_TYPE_AUDIO]
    status = {pj.PJSUA_CALL_MEDIA_ACTIVE: "active", pj.PJSUA_CALL_MEDIA_LOCAL_HOLD: "local hold",
              pj.PJSUA_CALL_MEDIA_REMOTE_HOLD: "remote hold",
              pj.PJSUA_CALL_MEDIA_NONE: "none"}.get(mi.status, str(mi.status))
    direction = {pj.PJMEDIA_DIR_ENCODING_DECODING: "sendrecv", pj.PJMEDIA_DIR_ENCODING: "sendonly",
                 pj.PJMEDIA_DIR_DECODING: "recvonly", pj.PJMEDIA_DIR_NONE: "inactive"}.get(mi.dir, str(mi.dir))
    return status, direction


def test_quality_mute_hold_and_resume(phone, events, baresip):
    call = phone.call(BOB)
    pump(phone, connected(call))
    pump(phone, lambda: call.quality().rx_packets > 10)   # baresip sends its tone
    q = call.quality()
    assert q.codec == "PCMU/8000" and q.rx_loss_percent == 0 and q.rx_jitter_ms >= 0
    assert audio_media(call) == ("active", "sendrecv")
    call.set_muted(True)
    pump(phone, lambda: not call.sending_audio)   # the bridge applies it on its next tick
    assert call.muted
    call.set_muted(False)
    pump(phone, lambda: call.sending_audio)

    offset = baresip.log.stat().st_size
    call.hold()
    pump(phone, lambda: call.on_hold)
    assert call.state is CallState.CONNECTED
    # we offered sendonly, baresip answered recvonly: it stops sending, we keep sending
    assert audio_media(call) == ("local hold", "sendonly")
    held = call.quality()
    pump(phone, lambda: call.quality().tx_packets > held.tx_packets + 10)
    assert call.quality().rx_packets == held.rx_packets

    call.resume()
    pump(phone, lambda: not call.on_hold and call.sending_audio)
    # both sides agreed to sendrecv again: pjsua2's negotiated direction needs baresip's answer
    assert audio_media(call) == ("active", "sendrecv")
    assert baresip.log_since(offset).count("call: got re-INVITE (SDP Offer)") == 2
    resumed = call.quality()                     # the reading at resume time
    # media really flows again, both ways: our audio goes out and baresip's comes back
    pump(phone, lambda: (call.quality().tx_packets > resumed.tx_packets + 10
                         and call.quality().rx_packets > resumed.rx_packets + 10))
    after = call.quality()
    assert after.codec == "PCMU/8000" and after.rx_loss_percent == 0
    assert audio_media(call) == ("active", "sendrecv")
    hang_up(phone, call)
    with pytest.raises(CallError):
        call.quality()


def test_blind_transfer_moves_the_peer_to_the_target(phone, events, baresip, rig_dir):
    uas = siprig.start_sipp_uas(rig_dir, calls=1, tag="uas_transfer")
    try:
        call = phone.call(BOB)
        pump(phone, connected(call))
        call.transfer(f"sip:uas@{siprig.HOST}:{siprig.UAS_PORT}")
        pump(phone, lambda: not call.is_active)   # ends once the peer reports 200
        assert call.transfer_status[0] == 200
        siprig.baresip_command("/hangup")          # baresip ends its new call to the UAS
        assert uas.wait(10) == 0, uas.tail()
    finally:
        uas.stop()
    record = events.ended[-1]
    assert record.outcome is CallOutcome.ANSWERED
    assert record.reason == "transferred to uas"


def test_incoming_call_rings_is_matched_answered_and_ends(phone, events, rig_dir):
    caller = siprig.start_sipp_caller(rig_dir, callee="alice", caller="11987654321")
    try:
        pump(phone, lambda: events.incoming)
        [call] = events.incoming
        assert call.state is CallState.RINGING and phone.ringing
        assert call.number == "+5511987654321"
        assert call.contact.name == "Maria Souza"
        call.answer()
        pump(phone, lambda: call.state is CallState.CONNECTED)
        assert not phone.ringing
        pump(phone, lambda: not call.is_active)          # the caller hangs up
        assert caller.wait(10) == 0, caller.tail()
    finally:
        caller.stop()
    [record] = events.ended
    assert record.direction is Direction.INBOUND and record.outcome is CallOutcome.ANSWERED
    assert record.contact_id == "contact-maria" and record.duration_seconds > 0


def test_incoming_call_rejected(phone, events):
    siprig.baresip_command("/dial sip:alice@127.0.0.1:5060")
    pump(phone, lambda: events.incoming)
    events.incoming[0].reject()
    pump(phone, lambda: events.ended)
    record = events.ended[0]
    assert record.outcome is CallOutcome.REJECTED and record.number == "bob"
    assert not phone.ringing


def test_incoming_call_missed_when_the_caller_gives_up(phone, events):
    siprig.baresip_command("/dial sip:alice@127.0.0.1:5060")
    pump(phone, lambda: events.incoming and phone.ringing)
    siprig.baresip_command("/hangup")
    pump(phone, lambda: events.ended)
    assert events.ended[0].outcome is CallOutcome.MISSED
    assert not phone.ringing


def test_recording_to_wav(phone, events, tmp_path):
    phone.apply_settings(phone.settings.with_changes(record_calls=True, recordings_dir=str(tmp_path)))
    call = phone.call(BOB)
    pump(phone, connected(call))
    pump_for(phone, 0.5)
    hang_up(phone, call)
    [wav] = list(tmp_path.glob("*.wav"))
    assert events.ended[-1].recording_path == str(wav)
    data = wav.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE" and len(data) > 44 + 1000


def test_unplugged_device_falls_back_without_dropping_the_call(phone, events):
    call = phone.call(BOB)
    pump(phone, connected(call))
    phone.set_audio_devices(input="USB Headset")       # not present: as if just unplugged
    phone.recheck_audio_devices()
    pump(phone, lambda: events.audio)
    assert "USB Headset" in events.audio[0] and "default" in events.audio[0]
    pump_for(phone, 0.3)
    assert call.state is CallState.CONNECTED and call.sending_audio
    assert phone.settings.input_device == "USB Headset"   # remembered for when it returns
    hang_up(phone, call)
    assert events.ended[-1].outcome is CallOutcome.ANSWERED
