"""The unread count on the launcher, on Linux: Unity's LauncherEntry signal as a dock on the session
bus hears it (dbus-monitor on a private bus). Qt's own setBadgeNumber sent it from an object path
with our app's dashed name, which the bus refuses ("Invalid object path"): no badge ever showed."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

import pytest

from tests.support.waiting import wait_until

APP = """
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
app.setApplicationName("rvops-desktop")
app.setDesktopFileName("rvops-desktop")
from rvops_desktop.ui.services.launcher_badge import LauncherBadge
badge = LauncherBadge()
for count in (3, 3, 0):   # the same count twice sends once
    badge.show(count)
from PySide6.QtDBus import QDBusConnection
# a call's answer comes after what was sent before it on the connection: the signals are out
assert QDBusConnection.sessionBus().interface().isServiceRegistered("org.freedesktop.DBus").value()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Unity launcher entry is Linux's")
def test_the_unread_count_reaches_the_session_bus_from_a_valid_path(tmp_path):
    if not (shutil.which("dbus-daemon") and shutil.which("dbus-monitor")):
        (pytest.fail if os.environ.get("CI") else pytest.skip)("dbus-daemon is needed (scripts/setup installs it)")
    address, pid = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                                  capture_output=True, text=True, timeout=15, check=True).stdout.split()
    heard = tmp_path / "monitor.txt"
    try:
        with heard.open("w") as out:
            monitor = subprocess.Popen(["dbus-monitor", "--address", address,
                                        "type='signal',interface='com.canonical.Unity.LauncherEntry'"],
                                       stdout=out, stderr=subprocess.STDOUT)
            try:
                wait_until(lambda: "NameAcquired" in heard.read_text() or "NameLost" in heard.read_text(), 10,
                           "dbus-monitor listening")
                env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
                done = subprocess.run([sys.executable, "-c", APP], env=env, capture_output=True, text=True,
                                      timeout=60, check=False)
                assert done.returncode == 0, done.stderr[-2000:]
                assert "Invalid object path" not in done.stderr, done.stderr
                wait_until(lambda: heard.read_text().count("member=Update") == 2, 10, "two updates heard")
            finally:
                monitor.terminate()
                monitor.wait(10)
    finally:
        os.kill(int(pid), signal.SIGTERM)
    text = heard.read_text()
    updates = text.split("member=Update")[1:]
    assert text.count("path=/com/canonical/unity/launcherentry/rvops_desktop;") == 2
    assert all('string "application://rvops-desktop.desktop"' in u for u in updates)
    first, second = (" ".join(u.split()) for u in updates)
    assert 'string "count" variant int32 3' in first and 'string "count-visible" variant boolean true' in first
    assert 'string "count" variant int32 0' in second and 'string "count-visible" variant boolean false' in second
