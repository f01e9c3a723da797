"""Native notifications on every platform, with clicks and buttons: `desktop-notifier` speaks
D-Bus `org.freedesktop.Notifications` on Linux, the notification center on macOS and toasts on
Windows. No tray is needed; where the platform has no notification service at all, `available`
turns False and the Notifier falls back to the tray's balloon.

    notices = DesktopNotices()
    notices.clicked.connect(open_conversation)        # the conversation id of the clicked one
    notices.show("New message from Maria", "Oi!", conversation_id)
    notices.ringing("Maria Souza", answer=..., reject=...)   # a call toast with Answer / Reject
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..resources import icon_path

log = logging.getLogger(__name__)
APP_NAME = "Rvops Desktop"


class DesktopNotices(QObject):
    clicked = Signal(str)  # the conversation id of the notification the agent clicked
    sent = Signal(str)  # the title of each notification the platform took (for the log and tests)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = True
        self._notifier = None
        self._tasks: set[asyncio.Task] = set()
        self._ringing = None

    def _backend(self):
        if self._notifier is None:
            from desktop_notifier import DesktopNotifier, Icon
            self._notifier = DesktopNotifier(app_name=APP_NAME, app_icon=Icon(path=icon_path("rvops")))
        return self._notifier

    def show(self, title: str, body: str, conversation_id: str) -> bool:
        """A notification whose click opens `conversation_id`; False when it cannot be shown here."""
        return self._send({"title": title, "message": body,
                           "on_clicked": lambda: self.clicked.emit(conversation_id)})

    def ringing(self, caller: str, *, answer: Callable[[], None], reject: Callable[[], None],
                show: Callable[[], None]) -> bool:
        """An incoming call: critical urgency, Answer and Reject buttons, a click shows the window."""
        from desktop_notifier import Button, Urgency
        return self._send({
            "title": QCoreApplication.translate("DesktopNotices", "Incoming call"), "message": caller,
            "urgency": Urgency.Critical,
            "buttons": [Button(title=QCoreApplication.translate("DesktopNotices", "Answer"), on_pressed=answer),
                        Button(title=QCoreApplication.translate("DesktopNotices", "Reject"), on_pressed=reject)],
            "on_clicked": show}, ringing=True)

    def call_over(self) -> None:
        """Take the call toast away once the call is answered, rejected or missed."""
        ringing, self._ringing = self._ringing, None
        if ringing is not None and self._notifier is not None:
            self._spawn(self._notifier.clear(ringing))

    def _send(self, kwargs: dict, *, ringing: bool = False) -> bool:
        if not self.available:
            return False
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no event loop (a fixture-built window): the tray shows it
            return False
        try:
            notifier = self._backend()
        except Exception as exc:  # noqa: BLE001 - a platform without a backend
            log.warning("native notifications unavailable (%s)", exc)
            self.available = False
            return False

        async def send() -> None:
            try:
                identifier = await notifier.send(**kwargs)
            except Exception as exc:  # noqa: BLE001 - no notification service on the bus, say
                log.warning("native notification failed (%s): falling back to the tray", exc)
                self.available = False
                return
            if ringing:
                self._ringing = identifier
            log.info("notification shown: %s", kwargs["title"])
            self.sent.emit(kwargs["title"])
        self._spawn(send())
        return True

    def _spawn(self, coroutine) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
