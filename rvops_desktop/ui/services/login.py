"""Signing in (qasync): wraps rvops_desktop.sync.credentials.Session; sentences on failure."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

log = logging.getLogger(__name__)


class LoginService(QObject):
    signedIn = Signal(object, dict)  # the Session, the user record
    failed = Signal(str)  # a sentence for the agent
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = False

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    @asyncSlot(str, str, str)
    async def sign_in(self, server_url: str, email: str, password: str) -> None:
        await self._attempt(server_url, lambda session: session.login(email.strip(), password),
                            self.tr("Wrong e-mail or password. Check them and try again."))

    @asyncSlot(str, str, str, str)
    async def accept_invite(self, server_url: str, email: str, code: str, password: str) -> None:
        """Accept an invite (its code, the new password) and sign in, as `sign_in` does."""
        await self._attempt(server_url, lambda session: session.accept_invite(email.strip(), code.strip(), password),
                            self.tr("This invite code is not valid for this e-mail, has expired or was already "
                                    "used. Check them, or ask an administrator for a new invite."))

    async def _attempt(self, server_url: str, sign_in, refused: str) -> None:
        """`sign_in(session)` against the server; `refused`: what to say when the server says no."""
        from rvops_desktop.sync.credentials import Session
        from rvops_desktop.sync.transport import Offline, Throttled, Unauthorized
        self._set_busy(True)
        try:
            session = Session(server_url.strip())
            user = await sign_in(session)
        except Throttled as exc:  # too many failed attempts: say how long to wait, in the agent's language
            minutes = max(1, -(-(exc.retry_after or 60) // 60))
            self.failed.emit(self.tr("Too many failed attempts for this account or network. Try again in %1 "
                                     "minute(s), or ask an administrator to unlock it.").replace("%1", str(minutes)))
        except Unauthorized:
            self.failed.emit(refused)
        except Offline as exc:
            log.info("login: server unreachable (%s)", exc)
            self.failed.emit(self.tr("The server could not be reached. Check the address and your connection."))
        except Exception as exc:  # a malformed URL, an unexpected answer
            log.warning("login failed: %r", exc)
            self.failed.emit(self.tr("Signing in failed: %1").replace("%1", str(exc)))
        else:
            self.signedIn.emit(session, user)
        finally:
            self._set_busy(False)
