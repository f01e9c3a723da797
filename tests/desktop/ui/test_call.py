"""Call (S9) where calls cannot work: every Call button is disabled with the reason as its tooltip,
the registration indicator says the phone is off, and the rest of the window keeps working.
(Calls against the real SIP rig: test_softphone_ui.py.)"""
from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.gui


def test_without_the_sip_engine_call_buttons_are_disabled_with_the_reason(ui, monkeypatch):
    from rvops_desktop.voip import Softphone, SoftphoneSettings

    monkeypatch.setitem(sys.modules, "pjsua2", None)   # as on a platform with no pjsua2 wheel
    softphone = Softphone(SoftphoneSettings(registrar="127.0.0.1", user="ana"), null_audio=True)
    assert not softphone.start()
    dialled = []
    softphone.call = lambda number, **kw: dialled.append(number)

    async def scenario():
        window = await ui.open_window("ana@demo.rvops", softphone=softphone)
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        await ui.until(lambda: window.contact_panel.call_button.isVisibleTo(window), what="contact panel")
        for button in (window.pane.header.buttons["call"], window.contact_panel.call_button):
            assert not button.isEnabled()
            assert "pjsua2-python" in button.toolTip() and "everything else works" in button.toolTip()
        assert window.status.registration.text() == "● Phone: off"
        assert "pjsua2-python" in window.status.registration.toolTip()
        window.dial_pad()
        pad = window.last_dialog
        pad.number.setText("+5511987654321")
        assert not pad.call_button.isEnabled() and pad.reason.isVisibleTo(pad)
        pad.number.returnPressed.emit()
        window.pane.header.buttons["call"].click()
        window.call()   # even asked directly, nothing is dialled: the service says why instead
        assert dialled == []
        assert "pjsua2-python" in window.call_bar.message.text()
        pad.reject()
        # nothing else breaks: the agent still writes to the customer
        window.pane.composer.edit.setPlainText("Olá!")
        window.pane.composer.submit()
        await ui.until(lambda: any(window.pane.thread_model.index(i).data() == "Olá!"
                                   for i in range(window.pane.thread_model.rowCount())), what="message")
    ui.run(scenario())


def test_without_a_softphone_the_call_buttons_say_why(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        call = window.pane.header.buttons["call"]
        assert not call.isEnabled() and call.toolTip()
        assert not window.softphone_settings_action.isEnabled()
        assert window.status.registration.text() == "● Phone: off"
    ui.run(scenario())


def test_the_softphone_rechecks_its_devices_when_the_os_reports_a_change(qapp, monkeypatch):
    """A headset plugged in or pulled out mid-shift: Qt Multimedia tells the service, the softphone re-reads."""
    from rvops_desktop.ui.services.softphone import SoftphoneService
    from rvops_desktop.voip import Softphone, SoftphoneSettings

    phone = Softphone(SoftphoneSettings(registrar="pbx.example", user="ana"), null_audio=True)
    rechecks = []
    monkeypatch.setattr(Softphone, "running", property(lambda self: True))
    monkeypatch.setattr(phone, "recheck_audio_devices", lambda: rechecks.append("recheck"))
    monkeypatch.setattr(phone, "poll", lambda: None)
    service = SoftphoneService(phone)
    try:
        assert service.watch_audio_devices()
        service._devices.audioInputsChanged.emit()  # as QMediaDevices does when the OS reports one
        service._devices.audioOutputsChanged.emit()
        assert rechecks == ["recheck", "recheck"]
    finally:
        service.close()
    service._devices.audioOutputsChanged.emit()
    assert rechecks == ["recheck", "recheck"]  # the window closed: no longer listening
