"""SIP rig fixtures: baresip and SIPp as subprocesses on loopback (kamailio, the registrar, and its
folder `rig_dir` are tests/conftest.py's: the journeys' calls use it too), and one Softphone (one
pjsua2 endpoint) for the whole session, null audio device."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))   # siprig, voip_helpers: any import mode

import siprig
from voip_helpers import CONTACTS, Events, alice_settings, pump, rig_passwords

from rvops_desktop.voip import RegistrationState, Softphone


@pytest.fixture(scope="session")
def baresip(rig_dir) -> Iterator[siprig.Helper]:
    helper = siprig.start_baresip(rig_dir)
    yield helper
    helper.stop()


@pytest.fixture(scope="session")
def session_phone(kamailio, baresip, rig_dir) -> Iterator[tuple[Softphone, Events]]:
    events = Events()
    phone = Softphone(alice_settings(), passwords=rig_passwords(),
                      contact_matcher=CONTACTS.get, null_audio=True, bind_address=siprig.HOST,
                      rtp_port=siprig.PHONE_RTP_PORT, log_file=str(rig_dir / "pjsua.log"), log_level=5)
    phone.on_registration_changed.connect(events.registrations.append)
    phone.on_incoming_call.connect(events.incoming.append)
    phone.on_call_state.connect(lambda s: events.states.append((s.number, s.state.value)))
    phone.on_call_ended.connect(events.ended.append)
    phone.on_audio_fallback.connect(events.audio.append)
    assert phone.start(), phone.availability
    yield phone, events
    phone.shutdown()


@pytest.fixture
def phone(session_phone) -> Iterator[Softphone]:
    """The session's softphone, registered as alice with no call, events cleared."""
    phone, events = session_phone
    if phone.settings != alice_settings():
        phone.apply_settings(alice_settings())
    pump(phone, lambda: phone.registration.state is RegistrationState.REGISTERED)
    events.clear()
    yield phone
    for c in phone.calls:
        c.hangup()
    pump(phone, lambda: not phone.calls)


@pytest.fixture
def events(session_phone) -> Events:
    return session_phone[1]
