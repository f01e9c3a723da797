"""An update is offered: the agent chooses when. Never during a call (the button waits for its end);
a system-managed install (a .deb in /opt) says who updates it instead."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from rvops_desktop import updates

log = logging.getLogger(__name__)
RECHECK_MS = 1000  # how often a blocked offer looks whether the call has ended


class UpdateDialog(QDialog):
    """`blocked()` says why the update cannot be installed now (None: it can);
    `install()` (run off the GUI thread) installs it and returns the executable to restart into."""

    installed = Signal(object)  # the new release's executable (Path)

    def __init__(self, offer: updates.Offer, current: str, blocked: Callable[[], str | None],
                 install: Callable[[], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self._blocked = blocked
        self._install = install
        self.setWindowTitle(self.tr("Rvops Desktop update"))
        self.setAccessibleName(self.windowTitle())
        self.message = QLabel(self.tr("Version %1 is available (you have %2). Installing it restarts the app; "
                                      "your conversations and unsent messages are kept.")
                              .replace("%1", offer.version).replace("%2", current), self)
        self.message.setWordWrap(True)
        self.status = QLabel("", self)
        self.status.setObjectName("updateStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.install_button: QPushButton = buttons.addButton(self.tr("Update and restart"),
                                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button: QPushButton = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.install_button.setDefault(True)
        self.install_button.clicked.connect(self._start)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._busy = False
        self.refresh()
        self.resize(440, 160)

    def reason_text(self, reason: str) -> str:
        if reason == updates.IN_A_CALL:
            return self.tr("You can update when the call ends.")
        if reason == updates.NOT_WRITABLE:
            return self.tr("This installation is managed by the system: it is updated with the system's "
                           "packages (ask your administrator).")
        return reason

    def refresh(self) -> None:
        """Enable the install button when nothing stands in the way (the call ended, say)."""
        if self._busy:
            return
        reason = self._blocked()
        self.install_button.setEnabled(reason is None)
        self.status.setText(self.reason_text(reason) if reason else "")

    def _start(self) -> None:
        if self._busy or self._blocked() is not None:
            self.refresh()
            return
        self._busy = True
        self.install_button.setEnabled(False)
        self.later_button.setEnabled(False)
        self.status.setText(self.tr("Downloading and checking the update…"))
        asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        try:
            executable = await asyncio.to_thread(self._install)
        except Exception as exc:  # nothing was changed: tuf verifies before anything is put in place
            log.warning("update %s not installed: %s", self.offer.version, exc)
            self._busy = False
            self.later_button.setEnabled(True)
            self.refresh()
            self.status.setText(self.tr("The update could not be installed (%1). Nothing was changed.")
                                .replace("%1", str(exc) or type(exc).__name__))
            return
        self._timer.stop()
        self.status.setText(self.tr("Restarting…"))
        self.installed.emit(executable)
        self.accept()
