"""The unread count on the app's launcher (the dock or taskbar icon).

Where Qt has a badge of its own (macOS, Windows) `QGuiApplication.setBadgeNumber` shows it. On Linux
Qt sends Unity's `com.canonical.Unity.LauncherEntry.Update` signal (what GNOME's docks and KDE
Plasma's task manager read) from an object path built with the application's name — and ours,
"rvops-desktop", has a dash, which a D-Bus object path cannot hold: every update was refused
("Invalid object path") and no badge ever showed. There this module sends the signal itself, from a
valid path, naming the app by its desktop file as the specification asks."""
from __future__ import annotations

import re
import sys

from PySide6.QtGui import QGuiApplication

INTERFACE = "com.canonical.Unity.LauncherEntry"
PATH_PREFIX = "/com/canonical/unity/launcherentry/"


class LauncherBadge:
    def __init__(self) -> None:
        self._shown: int | None = None   # the count last sent: an unchanged count sends nothing

    def show(self, count: int) -> None:
        if count == self._shown:
            return
        self._shown = count
        if sys.platform.startswith("linux"):
            unity_update(count)
        else:
            QGuiApplication.instance().setBadgeNumber(count)


def object_path(desktop_file: str) -> str:
    """A valid D-Bus object path for the app: only letters, digits and underscores in an element."""
    return PATH_PREFIX + (re.sub(r"[^A-Za-z0-9_]", "_", desktop_file) or "app")


def unity_update(count: int) -> bool:
    """Send the launcher entry's count (hidden at 0); False when there is no session bus."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    desktop_file = QGuiApplication.desktopFileName() or "rvops-desktop"
    signal = QDBusMessage.createSignal(object_path(desktop_file), INTERFACE, "Update")
    signal.setArguments([f"application://{desktop_file}.desktop",
                         {"count": max(0, min(count, 9999)), "count-visible": count > 0}])
    return bus.send(signal)
