"""The sync engine's observable state: connection state, pending count, last problem.

Plain-Python observers (no Qt): `StatusBoard.subscribe(callback)` calls `callback(SyncStatus)`
on the engine's event-loop thread, only when the status really changed.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

log = logging.getLogger(__name__)


class ConnectionState(StrEnum):
    CONNECTING = "connecting"  # opening the link (login, bootstrap, catch-up, stream)
    ONLINE = "online"  # the live stream is open and nothing is waiting to be pushed
    SYNCING = "syncing"  # online, with mutations waiting to be pushed (or a bootstrap running)
    OFFLINE = "offline"  # the server cannot be reached; retrying with back-off
    SIGNED_OUT = "signed_out"  # the token is missing, expired or revoked: sign in again
    STOPPED = "stopped"  # the engine is not running



@dataclass(frozen=True)
class SyncStatus:
    state: ConnectionState = ConnectionState.STOPPED
    pending: int = 0  # mutations in the outbox, not yet accepted or refused
    error: str | None = None  # machine code of the last link problem (for logs), None when fine
    snapshot: tuple[int, int] | None = None  # first sign-in under way: rows received, rows in all
    # the first sign-in has brought the workspace and reached the conversations: the inbox can be
    # shown while the rest (older conversations, messages, CRM records) keeps arriving
    inbox_arriving: bool = False


StatusListener = Callable[[SyncStatus], None]


class StatusBoard:
    """Holds the current SyncStatus and tells observers when it changes."""

    def __init__(self) -> None:
        self._status = SyncStatus()
        self._link = ConnectionState.STOPPED
        self._bootstrapping = False
        self._snapshot: tuple[int, int] | None = None
        self._inbox_arriving = False
        self._signed_out = False
        self._listeners: list[StatusListener] = []

    @property
    def status(self) -> SyncStatus:
        return self._status

    def subscribe(self, listener: StatusListener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def set_link(self, link: ConnectionState, error: str | None = None) -> None:
        self._link = link
        self._publish(error=error)

    def set_bootstrapping(self, running: bool) -> None:
        self._bootstrapping = running
        self._publish(error=self._status.error)

    def set_snapshot(self, received: int | None, total: int = 0, *, inbox_arriving: bool = False) -> None:
        """The first sign-in's progress (None: no snapshot under way)."""
        snapshot = None if received is None else (received, total)
        if snapshot != self._status.snapshot or inbox_arriving != self._inbox_arriving:
            self._snapshot, self._inbox_arriving = snapshot, inbox_arriving and snapshot is not None
            self._publish(error=self._status.error)

    def set_signed_out(self, signed_out: bool, error: str | None = None) -> None:
        """Either loop met a bad token (True) / new credentials arrived (False); overrides the link."""
        self._signed_out = signed_out
        self._publish(error=error if signed_out else None)

    def set_pending(self, pending: int) -> None:
        self._publish(pending=pending, error=self._status.error)

    def _publish(self, *, pending: int | None = None, error: str | None = None) -> None:
        pending = self._status.pending if pending is None else pending
        state = ConnectionState.SIGNED_OUT if self._signed_out else self._link
        if state is ConnectionState.ONLINE and (pending > 0 or self._bootstrapping):
            state = ConnectionState.SYNCING
        new = replace(self._status, state=state, pending=pending, error=error, snapshot=self._snapshot,
                      inbox_arriving=self._inbox_arriving)
        if new == self._status:
            return
        self._status = new
        for listener in list(self._listeners):
            try:
                listener(new)
            except Exception:  # an observer's bug must not stop sync
                log.exception("sync status listener %r failed", listener)
