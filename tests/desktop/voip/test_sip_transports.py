"""The SIP account over TCP (the settings offer UDP, TCP and TLS): kamailio listens on both UDP and
TCP on loopback; registration and a call go over TCP, the far end (SIPp) stays on UDP."""
from __future__ import annotations

import re

import pytest
import siprig
from voip_helpers import alice_settings, pump

from rvops_desktop.voip import CallOutcome, CallState, RegistrationState, Transport

pytestmark = [pytest.mark.sip, pytest.mark.timeout(60)]


def test_registers_and_calls_over_tcp(phone, events, kamailio, rig_dir):
    offset = kamailio.log.stat().st_size
    phone.apply_settings(alice_settings(transport=Transport.TCP))
    pump(phone, lambda: phone.registration.state is RegistrationState.REGISTERED)
    registered = kamailio.log_since(offset)
    assert re.search(r"REQ REGISTER sip:127\.0\.0\.1:5060;transport=tcp from 127\.0\.0\.1:\d+ over tcp", registered), \
        registered
    assert "AUTH ok alice" in registered  # the digest challenge answered over TCP too

    uas = siprig.start_sipp_uas(rig_dir, calls=1, tag="uas_tcp")
    try:
        call = phone.call("sip:uas@127.0.0.1:5060;transport=tcp")
        pump(phone, lambda: call.state is CallState.CONNECTED and call.sending_audio)
        call.hangup()
        pump(phone, lambda: not call.is_active and events.ended)
        assert uas.wait(10) == 0, uas.tail()
    finally:
        uas.stop()
    trace = kamailio.log_since(offset)
    assert re.search(r"REQ INVITE sip:uas@127\.0\.0\.1:5060;transport=tcp from \S+ over tcp", trace), trace
    assert re.search(r"REQ BYE \S+ from \S+ over tcp", trace), trace
    assert [r.outcome for r in events.ended] == [CallOutcome.ANSWERED]
