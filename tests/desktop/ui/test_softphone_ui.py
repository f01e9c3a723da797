"""The softphone UI (S9) driven through the real widgets, with the real Softphone (pjsua2, null audio
device) against the loopback SIP rig of tests/desktop/voip (kamailio registrar/proxy with digest auth,
baresip auto-answering and echoing, SIPp as UAS and as a caller with a phone number)."""
from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).parents[1] / "voip"))   # the rig's helpers

import siprig
from voip_helpers import alice_settings, pump, rig_passwords

pytestmark = [pytest.mark.gui, pytest.mark.sip, pytest.mark.timeout(120)]
BOB = f"sip:bob@{siprig.HOST}:{siprig.BARESIP_PORT}"


@pytest.fixture(scope="module")
def rig(tmp_path_factory):
    from rvops_desktop.voip import availability
    give_up = pytest.fail if os.environ.get("CI") else pytest.skip
    missing = siprig.missing_binaries()
    if missing:
        give_up(f"SIP rig binaries not installed: {', '.join(missing)}")
    if not availability().available:
        give_up(availability().reason)
    busy = [p for p in siprig.RIG_PORTS if siprig.udp_port_busy(p)]
    if busy:
        pytest.fail(f"UDP ports {busy} on 127.0.0.1 are busy: another SIP rig is running?")
    folder = tmp_path_factory.mktemp("siprig_ui")
    kamailio = siprig.start_kamailio(folder)
    try:
        baresip = siprig.start_baresip(folder)
    except BaseException:
        kamailio.stop()
        raise
    yield folder, kamailio, baresip
    baresip.stop()
    kamailio.stop()


@pytest.fixture(scope="module")
def module_phone(rig):
    from rvops_desktop.voip import Softphone
    folder = rig[0]
    phone = Softphone(alice_settings(), passwords=rig_passwords(), null_audio=True, bind_address=siprig.HOST,
                      rtp_port=siprig.PHONE_RTP_PORT, log_file=str(folder / "pjsua_ui.log"), log_level=4)
    assert phone.start(), phone.availability
    yield phone
    phone.shutdown()


@pytest.fixture
def phone(module_phone):
    """Registered as alice, no call; each test's window adds its own contact matcher."""
    from rvops_desktop.voip import RegistrationState
    phone = module_phone
    if phone.settings != alice_settings():
        phone.apply_settings(alice_settings())
    pump(phone, lambda: phone.registration.state is RegistrationState.REGISTERED)
    yield phone
    phone.contact_matcher = None
    for c in phone.calls:
        c.hangup()
    pump(phone, lambda: not phone.calls)


async def _window(ui, phone):
    from rvops_desktop.calls import contact_matcher
    window = await ui.open_window("ana@demo.rvops", softphone=phone)
    phone.contact_matcher = contact_matcher(window.replica)   # as the entry point does
    ended = []
    window.softphone.callEnded.connect(ended.append)
    return window, ended


def _logged_call(window, call_id):
    with window.replica.read() as conn:
        return conn.execute(sa.text("SELECT conversation_id, contact_id, outcome, reason, number FROM calls "
                                    "WHERE id = :id"), {"id": call_id}).first()


def test_dial_pad_call_in_the_call_bar_timer_mute_keypad_quality_hold_hang_up(ui, phone, rig):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    _folder, _kamailio, baresip = rig
    offset = baresip.log.stat().st_size

    async def scenario():
        window, ended = await _window(ui, phone)
        bar = window.call_bar
        window.activateWindow()
        await ui.until(window.isActiveWindow, what="active window")
        QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        pad = window.last_dialog
        assert pad.objectName() == "dialPad" and pad.isVisible()
        QTest.keyClicks(pad.number, BOB)
        assert pad.call_button.isEnabled()
        pad.call_button.click()
        assert not pad.isVisible()
        await ui.until(lambda: bar.session is not None and str(bar.session.state) == "connected"
                       and bar.session.sending_audio, what="connected")
        call = _live(window, bar.session.id)   # the bar shows a snapshot; the test reads the live call
        assert bar.isVisibleTo(window) and bar.label.text() == "bob"   # no contact has this number
        assert not bar.answer_button.isVisibleTo(bar) and bar.hangup_button.isVisibleTo(bar)
        await ui.until(lambda: bar.time_label.text() == "00:01", what="timer", timeout=5)
        # mute
        bar.mute_button.click()
        await ui.until(lambda: call.muted and not call.sending_audio, what="muted")
        assert bar.mute_button.isChecked() and bar.mute_button.text() == "Unmute"
        bar.mute_button.click()
        await ui.until(lambda: call.sending_audio, what="unmuted")
        # DTMF from the keypad: baresip receives the tones
        bar.keypad_button.click()
        assert bar.keypad.isVisibleTo(bar)
        for key in "12#":
            bar.keypad.buttons[key].click()
        assert bar.dtmf_sent.text() == "12#"
        await ui.until(lambda: "received event: '#' (end=1)" in baresip.log_since(offset), what="dtmf")
        got = "".join(re.findall(r"received event: '(.)' \(end=1\)", baresip.log_since(offset)))
        assert got == "12#"
        # quality on demand
        bar.quality_button.click()
        await ui.until(lambda: "PCMU/8000" in bar.quality_label.text(), what="quality")
        assert bar.quality_label.isVisibleTo(bar) and "loss 0.0 %" in bar.quality_label.text()
        # hold and resume
        bar.hold_button.click()
        await ui.until(lambda: call.on_hold and "On hold" in bar.label.text(), what="held")
        assert bar.hold_button.text() == "Resume" and not bar.transfer_button.isEnabled()
        bar.hold_button.click()
        await ui.until(lambda: not call.on_hold and call.sending_audio, what="resumed")
        assert bar.hold_button.text() == "Hold" and "On hold" not in bar.label.text()
        # hang up
        bar.hangup_button.click()
        await ui.until(lambda: ended and not bar.isVisibleTo(window), what="hung up")
        assert str(ended[0].outcome) == "answered" and ended[0].duration_seconds >= 1
        row = await ui.until(lambda: _logged_call(window, ended[0].id), what="call logged")
        assert (row.outcome, row.number) == ("answered", "bob")
    ui.run(scenario())


def test_blind_transfer_from_the_call_bar(ui, phone, rig):
    folder = rig[0]
    uas = siprig.start_sipp_uas(folder, calls=1, tag="uas_ui_transfer")
    try:
        async def scenario():
            window, ended = await _window(ui, phone)
            bar = window.call_bar
            window.softphone.call(BOB)
            await ui.until(lambda: bar.session is not None and str(bar.session.state) == "connected",
                           what="connected")
            call = _live(window, bar.session.id)
            bar.transfer_button.click()
            dialog = bar.last_dialog
            assert dialog.isVisible()
            dialog.setTextValue(f"sip:uas@{siprig.HOST}:{siprig.UAS_PORT}")
            dialog.accept()
            await ui.until(lambda: not call.is_active and ended, what="transferred")
            assert call.transfer_status[0] == 200
            assert ended[0].reason == "transferred to uas"
            await ui.until(lambda: not bar.isVisibleTo(window), what="bar hidden")
        ui.run(scenario())
        siprig.baresip_command("/hangup")   # baresip ends its new call to the UAS
        assert uas.wait(10) == 0, uas.tail()
    finally:
        uas.stop()


def test_incoming_call_shows_the_contact_answer_opens_the_conversation(ui, phone, rig):
    folder = rig[0]
    caller = siprig.start_sipp_caller(folder, callee="alice", caller="11987654321", talk_ms=1500)
    try:
        async def scenario():
            window, ended = await _window(ui, phone)
            bar = window.call_bar
            assert window.pane.conversation_id is None
            await ui.until(lambda: bar.session is not None and str(bar.session.state) == "ringing", what="ringing")
            assert bar.label.text() == "Incoming call: Maria Oliveira (+5511987654321)"
            for button in (bar.answer_button, bar.reject_button, bar.open_button):
                assert button.isVisibleTo(bar)
            assert not bar.hangup_button.isVisibleTo(bar) and not bar.mute_button.isVisibleTo(bar)
            bar.open_button.click()   # see the conversation before answering
            await ui.until(lambda: window.pane.conversation_id == "cv_maria", what="conversation opened")
            bar.answer_button.click()
            await ui.until(lambda: bar.session is not None and str(bar.session.state) == "connected",
                           what="answered")
            # the media comes up on the SIP thread a moment after CONFIRMED: the bar catches up
            await ui.until(lambda: bar.label.text() == "Maria Oliveira · +5511987654321", what="media up")
            assert bar.mute_button.isVisibleTo(bar)
            await ui.until(lambda: ended, what="caller hung up", timeout=10)
            record = ended[0]
            assert str(record.direction) == "inbound" and str(record.outcome) == "answered"
            row = await ui.until(lambda: _logged_call(window, record.id), what="call logged")
            assert (row.contact_id, row.conversation_id) == (record.contact_id, "cv_maria")
            await ui.until(lambda: not bar.isVisibleTo(window), what="bar hidden")
        ui.run(scenario())
        assert caller.wait(10) == 0, caller.tail()
    finally:
        caller.stop()


def test_incoming_call_rejected_from_the_call_bar(ui, phone):
    async def scenario():
        window, ended = await _window(ui, phone)
        bar = window.call_bar
        siprig.baresip_command("/dial sip:alice@127.0.0.1:5060")
        await ui.until(lambda: bar.session is not None and str(bar.session.state) == "ringing", what="ringing")
        assert bar.label.text() == "Incoming call: bob"
        assert not bar.open_button.isVisibleTo(bar)   # no contact matched: nothing to open
        bar.reject_button.click()
        await ui.until(lambda: ended, what="rejected")
        assert str(ended[0].outcome) == "rejected" and not phone.ringing
        await ui.until(lambda: not bar.isVisibleTo(window), what="bar hidden")
    ui.run(scenario())


def test_calls_answered_declined_and_ended_from_the_keyboard_and_the_headset_button(ui, phone):
    """Ctrl+Shift+Enter answers, Ctrl+Shift+H declines or hangs up, Ctrl+Shift+M and the mic-mute key
    mute and unmute, the Phone key (a headset's call button) answers or hangs up, whichever the call
    needs; with no call the keys do nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    async def ring(window):
        siprig.baresip_command("/dial sip:alice@127.0.0.1:5060")
        await ui.until(lambda: window.call_bar.session is not None
                       and str(window.call_bar.session.state) == "ringing", what="ringing")

    async def scenario():
        window, ended = await _window(ui, phone)
        bar = window.call_bar
        window.activateWindow()
        await ui.until(window.isActiveWindow, what="active window")
        assert bar.answer_button.toolTip() == "Answer the call (Ctrl+Shift+Enter)"
        QTest.keyClick(window, Qt.Key.Key_Phone)   # no call: nothing to answer or end
        QTest.keyClick(window, Qt.Key.Key_H, ctrl_shift)
        assert not phone.calls and not bar.isVisibleTo(window)
        await ring(window)
        QTest.keyClick(window, Qt.Key.Key_Return, ctrl_shift)
        await ui.until(lambda: bar.session is not None and str(bar.session.state) == "connected", what="answered")
        QTest.keyClick(window, Qt.Key.Key_Return, ctrl_shift)   # answering again does nothing
        assert str(bar.session.state) == "connected" and not bar.message.isVisibleTo(bar)
        await ui.until(lambda: bar.mute_button.isVisibleTo(bar), what="call controls")
        QTest.keyClick(window, Qt.Key.Key_M, ctrl_shift)
        assert bar.session.muted and bar.mute_button.text() == "Unmute"
        QTest.keyClick(window, Qt.Key.Key_MicMute)   # the headset's mute button
        assert not bar.session.muted and bar.mute_button.text() == "Mute"
        QTest.keyClick(window, Qt.Key.Key_Phone)   # the headset's button ends the call
        await ui.until(lambda: ended, what="hung up")
        assert str(ended[0].outcome) == "answered"
        await ring(window)
        QTest.keyClick(window, Qt.Key.Key_H, ctrl_shift)
        await ui.until(lambda: len(ended) == 2, what="declined")
        assert str(ended[1].outcome) == "rejected"
        await ring(window)
        QTest.keyClick(window, Qt.Key.Key_Phone)   # ringing: the headset's button answers
        await ui.until(lambda: bar.session is not None and str(bar.session.state) == "connected", what="answered")
        QTest.keyClick(window, Qt.Key.Key_H, ctrl_shift)
        await ui.until(lambda: len(ended) == 3, what="hung up")
        assert str(ended[2].outcome) == "answered" and not phone.calls
    ui.run(scenario())


def test_click_to_call_from_the_contact_panel_says_why_it_failed(ui, phone):
    async def scenario():
        window, ended = await _window(ui, phone)
        window.list.select("cv_maria")
        await ui.until(lambda: window.contact_panel.call_button.isVisibleTo(window), what="contact panel")
        button = window.contact_panel.call_button
        assert button.isEnabled() and button.text() == "Call +55 11 98765-4321"  # as people read it
        assert window.pane.header.buttons["call"].isEnabled()
        button.click()
        await ui.until(lambda: ended, what="call ended")   # kamailio: nobody registered as that number
        record = ended[0]
        assert (str(record.outcome), record.reason, record.number) == ("failed", "404 Not Registered",
                                                                        "+5511987654321")
        assert record.conversation_id == "cv_maria" and record.contact_name == "Maria Oliveira"
        bar = window.call_bar
        assert bar.isVisibleTo(window)
        assert bar.message.text() == "The call to +5511987654321 did not go through: 404 Not Registered."
        row = await ui.until(lambda: _logged_call(window, record.id), what="call logged")
        assert row.conversation_id == "cv_maria" and row.outcome == "failed"
        # the header's Call from the keyboard: the open conversation's contact again
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        window.activateWindow()
        await ui.until(window.isActiveWindow, what="active window")
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        await ui.until(lambda: len(ended) == 2, what="the second call ended")
        assert (ended[1].number, ended[1].conversation_id) == ("+5511987654321", "cv_maria")
    ui.run(scenario())


def test_settings_dialog_registers_keeps_the_password_in_the_keyring_and_gates_calls(ui, phone, tmp_path):
    import shiboken6

    from rvops_desktop.voip import DeviceRole, default_settings_path

    async def scenario():
        window, _ended = await _window(ui, phone)
        indicator = window.status.registration
        await ui.until(lambda: indicator.text() == "● Phone: registered", what="registered")
        assert "alice@127.0.0.1:5060" in indicator.toolTip()
        # no account: a Call click says so (not only a tooltip) and offers the settings
        window.softphone.apply_settings(phone.settings.with_changes(user="", input_device="USB Headset"))
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        call = window.pane.header.buttons["call"]
        no_account = "No SIP account is set up: fill in Tools ▸ Softphone settings…."
        await ui.until(lambda: call.toolTip() == no_account, what="the reason on the Call button")
        assert call.isEnabled() and window.contact_panel.call_button.isEnabled()
        assert indicator.text() == "● Phone: off"
        call.click()
        bar = window.call_bar
        await ui.until(lambda: bar.message.text() == no_account, what="the reason said on click")
        assert bar.isVisibleTo(window) and bar.settings_button.isVisibleTo(window)
        assert window.softphone.current is None  # nothing was dialled
        # the settings dialog, one click away from the failure
        bar.settings_button.click()
        dialog = window.last_dialog
        assert dialog.objectName() == "sipSettings" and dialog.isVisible()
        assert not dialog.record.isChecked()   # recording is off by default
        assert [dialog.transport.itemText(i) for i in range(dialog.transport.count())] == ["UDP", "TCP", "TLS"]
        microphone = dialog.devices[DeviceRole.INPUT]
        assert microphone.currentText() == "USB Headset (not connected)"   # remembered, not plugged in
        dialog._meter.level.emit(-15.3)   # what the meter measures (tests/desktop/ui/test_mic_level.py)
        assert dialog.mic_level.value() == -15 and dialog.mic_level.accessibleName() == "Microphone level"
        dialog.user.setText("alice")
        dialog.password.setText("wrong-password")
        dialog.apply()
        await ui.until(lambda: indicator.text() == "● Phone: failing (401 Unauthorized)", what="401")
        assert "the user name or password is wrong" in dialog.status.text()
        assert call.isEnabled()   # an account exists (registration failing): calls may still be tried
        dialog.password.setText("alice-secret")
        dialog.dial_prefix.setText("0")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        await ui.until(lambda: indicator.text() == "● Phone: registered", what="registered again")
        await ui.until(lambda: not shiboken6.isValid(dialog), what="dialog closed (and deleted)")
        assert call.isEnabled() and call.toolTip() == "Ctrl+Shift+L"   # its own tooltip again: its keys
        assert window.contact_panel.call_button.isEnabled()
        key = phone.settings.account_key
        assert phone.passwords.get(key) == "alice-secret"
        saved = default_settings_path().read_text()
        assert str(default_settings_path()).startswith(str(tmp_path))
        assert "alice-secret" not in saved and "wrong-password" not in saved
        assert '"dial_prefix": "0"' in saved and '"input_device": "USB Headset"' in saved
        assert '"record_calls": false' in saved
        await ui.until(lambda: "USB Headset" in window.statusBar().currentMessage(), what="fallback said")
        # do not disturb: the indicator says it; auto-answer cannot be chosen with it
        indicator.click()
        dialog = window.last_dialog
        dialog.auto_answer.setChecked(True)
        assert dialog.auto_answer_after.isEnabled()
        dialog.do_not_disturb.setChecked(True)
        assert not dialog.auto_answer.isEnabled() and not dialog.auto_answer_after.isEnabled()
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        await ui.until(lambda: indicator.text() == "● Phone: do not disturb", what="do not disturb shown")
        assert "Incoming calls are declined" in indicator.toolTip()
        assert phone.settings.do_not_disturb and '"do_not_disturb": true' in default_settings_path().read_text()
    ui.run(scenario())


def _live(window, call_id):
    """The softphone's live CallSession behind the call bar's snapshot."""
    return next(c for c in window.softphone.softphone.calls if c.id == call_id)


def _stall_gui_thread_until(cond, limit_s: float = 5.0) -> bool:
    """Keep the GUI thread busy (no Qt event, no softphone poll, like a long relayout) until
    `cond()` holds or `limit_s` passes; whether it held. Before issue 14 nothing SIP moved then."""
    end = time.monotonic() + limit_s
    while time.monotonic() < end:
        if cond():
            return True
    return False


def test_an_outbound_call_is_set_up_while_the_gui_thread_is_stalled(ui, phone, rig):
    from rvops_desktop.voip import CallState

    async def scenario():
        window, ended = await _window(ui, phone)
        bar, seen = window.call_bar, []
        window.softphone.callChanged.connect(lambda snapshot: seen.append(str(snapshot.state)))
        window.softphone.call(BOB)   # baresip answers: 180, 200, and our ACK on the SIP thread
        session = phone.calls[-1]
        assert _stall_gui_thread_until(lambda: session.state is CallState.CONNECTED), \
            "the call was not set up while the GUI thread was busy"
        assert "connected" not in seen   # the window has not been told yet…
        await ui.until(lambda: "connected" in seen and bar.label.text() == "bob", what="the window catches up")
        bar.hangup_button.click()
        await ui.until(lambda: ended, what="hung up")
    ui.run(scenario())


def test_an_incoming_call_rings_while_the_gui_thread_is_stalled(ui, phone, rig):
    from rvops_desktop.voip import CallState
    callers = []

    async def scenario():
        window, ended = await _window(ui, phone)
        bar, rung = window.call_bar, []
        window.softphone.incoming.connect(rung.append)
        callers.append(siprig.start_sipp_caller(rig[0], callee="alice", caller="11987654321", talk_ms=300))
        # the INVITE is answered 180 (and the session made) on the SIP thread
        assert _stall_gui_thread_until(lambda: any(c.state is CallState.RINGING for c in phone.calls)), \
            "the INVITE was not answered while the GUI thread was busy"
        assert not rung and bar.session is None   # the window has not been told yet…
        await ui.until(lambda: bar.session is not None and str(bar.session.state) == "ringing",
                       what="the bar catches up")
        bar.answer_button.click()
        await ui.until(lambda: ended, what="caller hung up", timeout=10)
    try:
        ui.run(scenario())
        assert callers[0].wait(10) == 0, callers[0].tail()
    finally:
        for caller in callers:
            caller.stop()


def test_a_calls_new_state_reaches_the_window_without_waiting_for_the_poll_timer(ui, phone, rig):
    """The SIP thread asks the GUI thread to poll as soon as it handled events: with the 20 ms
    poll timer stopped, the call still shows as connected (before: only the timer polled)."""
    async def scenario():
        window, ended = await _window(ui, phone)
        service, seen = window.softphone, []
        service._timer.stop()
        service.callChanged.connect(lambda snapshot: seen.append(str(snapshot.state)))
        service.call(BOB)
        await ui.until(lambda: "connected" in seen, what="the window told of the answer, timer stopped")
        service._timer.start()
        window.call_bar.hangup_button.click()
        await ui.until(lambda: ended, what="hung up")
    ui.run(scenario())
