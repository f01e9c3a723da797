"""The softphone's plain-Python parts, no SIP peers needed."""
from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest
from voip_helpers import MemoryKeyring

from rvops_contract.wire import Direction
from rvops_desktop.voip import (
    CallOutcome,
    CallRecord,
    DeviceRole,
    NumberError,
    PasswordStore,
    RegistrationState,
    Signal,
    Softphone,
    SoftphoneSettings,
    SoftphoneUnavailable,
    Transport,
    availability,
    caller_number,
    dial_target,
    load_settings,
    save_settings,
    to_e164,
)
from rvops_desktop.voip.audio import DEFAULT_CAPTURE, DEFAULT_PLAYBACK, AudioDevice, choose_device


# ---- numbers ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "expected"), [
    ("+55 (11) 98765-4321", "+5511987654321"),
    ("0055 11 98765 4321", "+5511987654321"),
    ("11 98765-4321", "+5511987654321"),      # national, country code from settings
    ("011 98765-4321", "+5511987654321"),     # trunk 0 dropped
    ("0 21 11 98765-4321", "+5511987654321"),  # trunk 0 and a carrier selection code (21)
])
def test_to_e164(raw, expected):
    assert to_e164(raw, "55") == expected


@pytest.mark.parametrize("raw", ["+55 11", "+55 abc 98765", "+1234567890123456",
                                 "98765-4321"])  # no area code: not a number in Brazil's plan
def test_to_e164_rejects_what_is_not_a_number(raw):
    with pytest.raises(NumberError):
        to_e164(raw, "55")


def test_the_softphone_reads_numbers_by_the_contracts_rule():
    from rvops_contract.phones import to_e164 as contract_e164
    assert to_e164("0 21 11 98765-4321", "55") == contract_e164("0 21 11 98765-4321", "55")
    with pytest.raises(NumberError, match="area code"):
        to_e164("98765-4321", "55")


def test_national_number_without_country_code_is_refused_with_a_sentence():
    with pytest.raises(NumberError, match="country code"):
        to_e164("11 98765-4321")


def test_dial_target_rules():
    d = "pbx.example.com"
    assert dial_target("+5511987654321", d).uri == "sip:+5511987654321@pbx.example.com"
    t = dial_target("+5511987654321", d, dial_prefix="0")
    assert (t.uri, t.number) == ("sip:05511987654321@pbx.example.com", "+5511987654321")
    assert dial_target("11 98765-4321", d, country_code="55").number == "+5511987654321"
    assert dial_target("101", d, dial_prefix="0").uri == "sip:101@pbx.example.com"   # extension
    assert dial_target("*97#", d).uri == "sip:*97#@pbx.example.com"                  # feature code
    assert dial_target("bob@other.example", d).uri == "sip:bob@other.example"
    t = dial_target("sip:carol@host;transport=tcp", d)
    assert (t.uri, t.number) == ("sip:carol@host;transport=tcp", "carol")
    assert dial_target("101", d, uri_params=";transport=tcp").uri == "sip:101@pbx.example.com;transport=tcp"
    for bad in ("", "call me", "12ab"):
        with pytest.raises(NumberError):
            dial_target(bad, d)


def test_caller_number_from_the_remote_uri():
    assert caller_number('"Maria" <sip:11987654321@10.0.0.1:5060>;tag=x', "55") == "+5511987654321"
    assert caller_number("<sip:+5511987654321@pbx>", "55") == "+5511987654321"
    assert caller_number("sip:bob@127.0.0.1", "55") == "bob"
    assert caller_number("<sip:2001@pbx>", "55") == "2001"


# ---- settings and password -------------------------------------------------------------------
def test_settings_round_trip_without_the_password(tmp_path):
    s = SoftphoneSettings(registrar="sip:pbx.example.com:5080;transport=tcp", user="ana",
                          transport=Transport.TLS, dial_prefix="0", ring_device="Speakers")
    path = save_settings(s, tmp_path / "softphone.json")
    assert load_settings(path) == s
    assert "password" not in path.read_text()
    assert s.domain == "pbx.example.com:5080" and s.account_key == "ana@pbx.example.com:5080"
    assert load_settings(tmp_path / "missing.json") == SoftphoneSettings()
    (tmp_path / "broken.json").write_text("{not json")
    assert load_settings(tmp_path / "broken.json") == SoftphoneSettings()
    assert SoftphoneSettings().record_calls is False       # recording is off by default


def test_password_goes_to_the_keyring():
    backend = MemoryKeyring()
    store = PasswordStore(backend)
    store.set("ana@pbx", "s3cret")
    assert store.persistent and store.message == ""
    assert backend.data == {("rvops-desktop/sip", "ana@pbx"): "s3cret"}
    assert store.get("ana@pbx") == "s3cret"


def test_password_falls_back_to_memory_with_a_clear_message():
    class Broken(MemoryKeyring):
        def set_password(self, service, user, password):
            raise RuntimeError("No recommended backend was available")

    store = PasswordStore(Broken())
    store.set("ana@pbx", "s3cret")
    assert not store.persistent and store.get("ana@pbx") == "s3cret"
    assert "kept only until the app closes" in store.message
    assert "No recommended backend" in store.message


# ---- call records ----------------------------------------------------------------------------
def test_call_record_becomes_log_call_args():
    rec = CallRecord(id="c1", direction=Direction.INBOUND, number="+5511987654321",
                     remote_uri="sip:11987654321@pbx", contact_id="contact-maria",
                     contact_name="Maria", started_at=datetime(2024, 5, 1, 12, 0, tzinfo=UTC),
                     duration_seconds=12.3456, outcome=CallOutcome.MISSED, reason="487 Request Terminated")
    args = rec.to_log_call_args()
    assert args.model_dump() == {
        "id": "c1", "contact_id": "contact-maria", "conversation_id": None, "direction": Direction.INBOUND,
        "number": "+5511987654321", "started_at": "2024-05-01T12:00:00+00:00",
        "duration_seconds": 12.346, "outcome": "missed", "reason": "487 Request Terminated"}


# ---- events and audio devices ----------------------------------------------------------------
def test_signal_survives_a_failing_observer():
    sig: Signal[int] = Signal("x")
    seen = []
    sig.connect(lambda v: 1 / 0)
    sig.connect(seen.append)
    sig.emit(3)
    assert seen == [3]


def test_choose_device_by_name_with_fallback():
    devs = [AudioDevice(0, "Built-in Mic", "alsa", 1, 0), AudioDevice(1, "USB Headset", "alsa", 1, 2)]
    assert choose_device("USB Headset", devs, DeviceRole.INPUT).index == 1
    assert choose_device("USB Headset", devs, DeviceRole.RING).index == 1
    assert choose_device("", devs, DeviceRole.OUTPUT).index == DEFAULT_PLAYBACK
    gone = choose_device("Jabra", devs, DeviceRole.INPUT)
    assert (gone.index, gone.fallback_from) == (DEFAULT_CAPTURE, "Jabra")
    assert choose_device("Built-in Mic", devs, DeviceRole.OUTPUT).fallback_from == "Built-in Mic"


# ---- without the pjsua2 wheel ----------------------------------------------------------------
def test_without_pjsua2_calls_are_disabled_and_say_why(monkeypatch):
    monkeypatch.setitem(sys.modules, "pjsua2", None)     # as if the wheel were not installed
    assert not availability().available
    phone = Softphone(SoftphoneSettings(registrar="pbx", user="ana"), passwords=PasswordStore(MemoryKeyring()))
    seen = []
    phone.on_registration_changed.connect(seen.append)
    assert phone.start() is False
    assert phone.registration.state is RegistrationState.DISABLED
    assert "pjsua2-python" in phone.registration.message and "ModuleNotFoundError" in phone.registration.message
    phone.poll()                       # the UI timer may keep ticking: a no-op
    with pytest.raises(SoftphoneUnavailable, match="pjsua2-python"):
        phone.call("+5511987654321")
    phone.shutdown()
    assert phone.audio_devices() == [] and not phone.running


def test_importing_the_package_does_not_need_pjsua2():
    code = ("import sys; sys.modules['pjsua2'] = None; import rvops_desktop.voip as v; "
            "a = v.availability(); print(a.available, 'pjsua2-python' in a.reason)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_one_rule_says_when_new_settings_need_a_new_sip_account():
    from dataclasses import replace

    from rvops_desktop.voip.settings import ACCOUNT_FIELDS, account_changed
    old = SoftphoneSettings(enabled=True, registrar="sip.example.com", user="alice")
    assert not account_changed(old, replace(old))
    assert not account_changed(old, replace(old, input_device="USB headset"))  # audio: the same account
    for name in ACCOUNT_FIELDS:
        changed = replace(old, **{name: not old.enabled if name == "enabled" else
                                  old.local_port + 1 if name == "local_port" else
                                  Transport.TLS if name == "transport" else "other"})
        assert account_changed(old, changed), name


def test_the_sip_engine_starts_without_writing_to_the_terminal():
    """pjlib logged its start-up ("pjlib 2.15.1 for POSIX initialized", "Creating endpoint
    instance...") to stdout before our log levels applied: six bare lines at every app start."""
    code = ("from rvops_desktop.voip import Softphone, SoftphoneSettings\n"
            "phone = Softphone(SoftphoneSettings(), null_audio=True, bind_address='127.0.0.1')\n"
            "print('started', phone.start())\n"
            "phone.shutdown()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "started True", out.stdout
    assert "pjlib" not in out.stderr and "endpoint" not in out.stderr.lower(), out.stderr
