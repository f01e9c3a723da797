"""Registration against kamailio on loopback: digest auth (the right password answers the 401
challenge; a wrong or missing one fails with a sentence saying so), a refusal with its SIP reason,
and an unreachable registrar that fails fast without blocking the poll loop."""
from __future__ import annotations

import time

import pytest
import siprig
from voip_helpers import alice_settings, pump

from rvops_desktop.voip import RegistrationState

pytestmark = [pytest.mark.sip, pytest.mark.timeout(60)]


def test_registers_with_kamailio(phone, events):
    assert phone.registration.state is RegistrationState.REGISTERED
    assert phone.registration.code == 200
    assert "alice@127.0.0.1:5060" in phone.registration.message


def test_right_password_answers_the_digest_challenge(phone, events, kamailio):
    offset = kamailio.log.stat().st_size
    phone.reregister()
    pump(phone, lambda: phone.registration.state is RegistrationState.REGISTERED)
    assert [s.state for s in events.registrations] == [RegistrationState.REGISTERING,
                                                       RegistrationState.REGISTERED]
    trace = kamailio.log_since(offset)
    # the first REGISTER has no credentials and is challenged (401); the answer is accepted
    assert "AUTH challenge alice (auth_check -5)" in trace, trace
    assert "AUTH ok alice" in trace, trace
    assert trace.index("AUTH challenge alice") < trace.index("AUTH ok alice")


def _register_dave_and_fail(phone, password: str | None):
    """Register dave with `password` (None: none saved) until it fails; his right one is restored."""
    dave = alice_settings(user="dave")
    if password is None:
        phone.passwords.delete(dave.account_key)
    else:
        phone.passwords.set(dave.account_key, password)
    try:
        phone.apply_settings(dave)
        pump(phone, lambda: phone.registration.state is RegistrationState.FAILING)
    finally:
        phone.passwords.set(dave.account_key, siprig.SIP_PASSWORDS["dave"])
    return phone.registration


def test_wrong_password_fails_with_a_clear_reason(phone, events, kamailio):
    offset = kamailio.log.stat().st_size
    status = _register_dave_and_fail(phone, "not-" + siprig.SIP_PASSWORDS["dave"])
    assert (status.code, status.reason) == (401, "Unauthorized")
    assert status.message == ("Registration failed (401 Unauthorized): "
                              "the user name or password is wrong.")
    assert [s.state for s in events.registrations] == [RegistrationState.REGISTERING,
                                                       RegistrationState.FAILING]
    # kamailio checked the digest and found the password wrong (auth_check -2), not missing
    assert "AUTH challenge dave (auth_check -2)" in kamailio.log_since(offset)
    assert "AUTH ok dave" not in kamailio.log_since(offset)
    # the right password registers the same account
    phone.reregister()
    pump(phone, lambda: phone.registration.state is RegistrationState.REGISTERED)
    assert phone.registration.message == "Registered as dave@127.0.0.1:5060."


def test_missing_password_says_none_is_saved(phone, events):
    status = _register_dave_and_fail(phone, None)
    assert (status.code, status.reason) == (401, "Unauthorized")
    assert "none is saved for this account" in status.message


def test_refused_registration_reports_the_sip_reason(phone, events):
    phone.apply_settings(alice_settings(user="blocked"))
    pump(phone, lambda: phone.registration.state is RegistrationState.FAILING)
    status = phone.registration
    assert (status.code, status.reason) == (403, "Blocked By Test Rig")
    assert "403 Blocked By Test Rig" in status.message and "refused" in status.message
    assert [s.state for s in events.registrations] == [RegistrationState.REGISTERING,
                                                       RegistrationState.FAILING]


def test_unreachable_registrar_fails_fast_without_blocking(phone, events):
    t0 = time.monotonic()
    phone.apply_settings(alice_settings(registrar="127.0.0.1:5099"))   # nothing listens there
    slowest = time.monotonic() - t0
    while phone.registration.state is not RegistrationState.FAILING:
        assert time.monotonic() - t0 < 8, phone.registration
        p0 = time.monotonic()
        phone.poll(10)
        slowest = max(slowest, time.monotonic() - p0)
    took = time.monotonic() - t0
    assert took < 6.5, took                  # the 5 s watchdog, not SIP timer B (32 s)
    assert slowest < 0.25, slowest           # the UI thread never stalls
    assert phone.registration.code == 408
    assert "did not answer" in phone.registration.message


def test_disabled_softphone_says_so(phone, events):
    phone.apply_settings(alice_settings(enabled=False))
    assert phone.registration.state is RegistrationState.DISABLED
    assert "turned off" in phone.registration.message
