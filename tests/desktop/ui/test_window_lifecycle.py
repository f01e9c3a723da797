"""The window under the entry point: closing goes to the tray (when there is one and the option is
on) or quits; an incoming call brings the window up; File ▸ Sign out asks, then signals."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

from rvops_desktop.ui import factory
from rvops_desktop.ui.widgets.main_window import CLOSE_TO_TRAY_KEY, MainWindow

pytestmark = pytest.mark.gui


def _with_tray(window, monkeypatch):
    monkeypatch.setattr(MainWindow, "_tray_available", staticmethod(lambda: True))
    window.notifier.tray = QSystemTrayIcon(window)  # no tray under offscreen Qt: give it one


def test_closing_goes_to_the_tray_by_default_and_quits_when_the_option_is_off(ui, monkeypatch):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.managed = True
        quits = []
        window.quitRequested.connect(lambda: quits.append(True))
        _with_tray(window, monkeypatch)
        assert window.close_to_tray
        window.close()
        assert window.isHidden() and quits == [] and window.session.engine is not None  # still running
        window.bring_to_front()
        assert window.isVisible()
        window._settings.setValue(CLOSE_TO_TRAY_KEY, False)
        window.close()
        assert quits == [True] and window.isVisible()  # the app decides: it shuts the window itself
        window.shut()
        assert window.isHidden()
    ui.run(scenario())


def test_without_a_tray_closing_the_window_quits(ui, monkeypatch):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.managed = True
        monkeypatch.setattr(MainWindow, "_tray_available", staticmethod(lambda: False))
        quits = []
        window.quitRequested.connect(lambda: quits.append(True))
        assert not window.close_to_tray and not window.close_to_tray_action.isEnabled()
        window.close()
        assert quits == [True]
    ui.run(scenario())


def test_an_incoming_call_brings_a_minimised_window_up(ui):
    class Ringing:
        id, contact_name, number = "call-2", "Maria Oliveira", "+5511987654321"

    class Phone:
        def answer(self, call_id=None):
            pass

        def reject(self, call_id=None):
            pass

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.showMinimized()
        await ui.until(window.isMinimized, what="minimised")
        factory._ringing(window, Phone(), window.notifier, Ringing())
        await ui.until(lambda: not window.isMinimized() and window.isVisible(), what="the window up again")
    ui.run(scenario())


def test_the_call_notifications_buttons_act_on_the_ringing_call_not_the_one_on_screen(ui, monkeypatch):
    """A second call rings while the agent talks on (or holds) the first: Answer and Reject in the
    notification name the ringing call's id; without it the phone would act on the call on screen."""
    class Ringing:
        id, contact_name, number = "call-2", "Maria Oliveira", "+5511987654321"

    acted: list[tuple[str, str | None]] = []

    class Phone:
        def answer(self, call_id=None):
            acted.append(("answer", call_id))

        def reject(self, call_id=None):
            acted.append(("reject", call_id))

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        offered = {}
        monkeypatch.setattr(window.notifier.native, "ringing", lambda caller, **buttons: offered.update(buttons))
        factory._ringing(window, Phone(), window.notifier, Ringing())
        offered["answer"]()
        offered["reject"]()
        assert acted == [("answer", "call-2"), ("reject", "call-2")]
    ui.run(scenario())


def test_sign_out_asks_first_then_signals(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        signed_out = []
        window.signOutRequested.connect(lambda: signed_out.append(True))
        assert "ana@demo.rvops" in window.sign_out_action.text()
        window.sign_out_action.trigger()
        box = window.last_dialog
        assert isinstance(box, QMessageBox) and signed_out == []
        box.button(QMessageBox.StandardButton.Yes).click()
        assert signed_out == [True]
    ui.run(scenario())


def test_the_about_box_names_the_account_the_server_and_the_log_file(ui, monkeypatch, tmp_path):
    monkeypatch.setenv("RVOPS_LOG_DIR", str(tmp_path / "logs"))

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.about()
        box = window.last_dialog
        assert isinstance(box, QMessageBox)
        text = box.text()
        assert "ana@demo.rvops" in text and ui.server.url in text
        assert str(tmp_path / "logs" / "rvops-desktop.log") in text
    ui.run(scenario())
