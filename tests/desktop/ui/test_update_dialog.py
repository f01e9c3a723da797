"""The update offer: the agent chooses when; never during a call; a failed install changes nothing."""
from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

qasync = pytest.importorskip("qasync")

from rvops_desktop import updates  # noqa: E402
from rvops_desktop.ui.dialogs.update import UpdateDialog  # noqa: E402

OFFER = updates.Offer("0.2.0", 123_456)


@pytest.fixture
def loop(qapp):
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    asyncio.set_event_loop(None)
    loop.close()


def until(loop, predicate, timeout: float = 10.0) -> None:
    async def wait():
        while not predicate():
            await asyncio.sleep(0.01)  # hands the loop to the worker thread's completion
    loop.run_until_complete(asyncio.wait_for(wait(), timeout))


def test_the_offer_says_both_versions_and_installs_off_the_gui_thread(qtbot, loop):
    threads = []
    def install() -> Path:
        threads.append(threading.current_thread())
        return Path("/opt/new/rvops-desktop")
    dialog = UpdateDialog(OFFER, "0.1.0", lambda: None, install)
    qtbot.addWidget(dialog)
    assert "0.2.0" in dialog.message.text() and "0.1.0" in dialog.message.text()
    assert dialog.install_button.isEnabled() and dialog.install_button.isDefault()
    got = []
    dialog.installed.connect(got.append)
    dialog.install_button.click()
    assert not dialog.later_button.isEnabled()  # no second choice while it downloads
    until(loop, lambda: got)
    assert got == [Path("/opt/new/rvops-desktop")]
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_during_a_call_the_update_waits_for_the_call_to_end(qtbot, loop):
    calls = [1]
    installs = []
    dialog = UpdateDialog(OFFER, "0.1.0", lambda: updates.IN_A_CALL if calls[0] else None,
                          lambda: installs.append(1) or Path("x"))
    qtbot.addWidget(dialog)
    assert not dialog.install_button.isEnabled()
    assert dialog.status.text() == "You can update when the call ends."
    dialog._start()  # even if reached some other way, nothing is installed under a call
    assert installs == []
    calls[0] = 0
    dialog.refresh()  # the dialog's timer does this every second
    assert dialog.install_button.isEnabled() and dialog.status.text() == ""


def test_a_system_managed_install_says_who_updates_it(qtbot, loop):
    dialog = UpdateDialog(OFFER, "0.1.0", lambda: updates.NOT_WRITABLE, lambda: Path("x"))
    qtbot.addWidget(dialog)
    assert not dialog.install_button.isEnabled()
    assert "managed by the system" in dialog.status.text()


def test_a_failed_install_says_so_and_leaves_the_choice_open(qtbot, loop):
    def install() -> Path:
        raise RuntimeError("the downloaded update did not verify; nothing was changed")
    dialog = UpdateDialog(OFFER, "0.1.0", lambda: None, install)
    qtbot.addWidget(dialog)
    got = []
    dialog.installed.connect(got.append)
    dialog.install_button.click()
    until(loop, lambda: "could not be installed" in dialog.status.text())
    assert "did not verify" in dialog.status.text() and got == []
    assert dialog.later_button.isEnabled() and dialog.install_button.isEnabled()
