"""The session service: who I am, my presence, the connection state, the agent's actions.

A QObject the widgets bind to (qasync's idiom): signals for state, plain slots for local actions
(each one is an outbox write, instant and offline-safe), `@asyncSlot` coroutines for what must
wait on the network (login, uploads). Setters emit only on a real change.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from rvops_contract.permissions import Permission, can_act_on_conversation, has_permission
from rvops_desktop.sync.state import ConnectionState
from rvops_desktop.ui.sentences import say

from .actions import Actions
from .gui_thread import GuiThreadCall

log = logging.getLogger(__name__)




def _state_label(state: str, pending: int) -> str:
    if state == ConnectionState.ONLINE:
        return QCoreApplication.translate("SessionService", "Connected")  # not "Online": that is my status, beside it
    if state == ConnectionState.SYNCING:
        return QCoreApplication.translate("SessionService", "Syncing: %1 waiting").replace("%1", str(pending))
    if state == ConnectionState.OFFLINE:
        return QCoreApplication.translate("SessionService", "No connection: %1 waiting").replace("%1", str(pending))
    if state == ConnectionState.CONNECTING:
        return QCoreApplication.translate("SessionService", "Connecting…")
    if state == ConnectionState.SIGNED_OUT:
        return QCoreApplication.translate("SessionService", "Session expired: sign in again")
    return QCoreApplication.translate("SessionService", "Sync stopped")


class SessionService(QObject):
    connectionChanged = Signal(str, int, str)  # state, pending, label
    snapshotProgress = Signal(int, int)  # first sign-in: rows received, rows in all (0, 0: done)
    presenceChanged = Signal(str)  # my status: online | away | offline
    cutOffChanged = Signal(bool)  # the server cannot be reached (or no longer accepts the session)
    refused = Signal(str, str)  # mutation type, the sentence for the agent

    def __init__(self, replica, engine, me: dict[str, Any], *, clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.replica = replica
        self.engine = engine
        self.me = dict(me)
        self.clock = clock
        self.actions = Actions(replica, engine, self.me, clock)
        self._state = ("stopped", 0)
        self._snapshot: tuple[int, int] | None = None
        self._cut_off = False
        self._presence = replica.views.chosen_status(self.me["id"]) or "online"
        # the engine may call from another thread: it gets plain handles, not this object (gui_thread)
        self._relays = (GuiThreadCall(self._on_status), GuiThreadCall(self._on_refusal))
        self._unsubscribe = []
        if engine is not None:
            self._unsubscribe.append(engine.subscribe(self._relays[0]))
            self._unsubscribe.append(engine.on_refusal(self._relays[1]))
            self._on_status(engine.status)

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        for relay in self._relays:
            relay.close()

    # ---- me ------------------------------------------------------------------------------------
    @property
    def user_id(self) -> str:
        return self.me["id"]

    @property
    def team_ids(self) -> list[str]:
        return list(self.me.get("team_ids") or [])

    def can(self, permission: Permission | str) -> bool:
        return has_permission(self.me, Permission(permission))

    def can_act(self, conversation) -> bool:
        return can_act_on_conversation(self.me, {"assignee_id": conversation.assignee_id})

    @property
    def presence(self) -> str:
        return self._presence

    def set_presence(self, status: str) -> None:
        if status == self._presence:
            return
        self._presence = status
        self.actions.set_status(status)
        self.presenceChanged.emit(status)

    # ---- connection ----------------------------------------------------------------------------
    @property
    def connection(self) -> tuple[str, int]:
        return self._state

    @property
    def cut_off(self) -> bool:
        """Offline until the link is back: the retries in between ("connecting") do not end it."""
        return self._cut_off

    @property
    def snapshot(self) -> tuple[int, int] | None:
        """The first sign-in's progress (rows received, rows in all), or None."""
        return self._snapshot

    def _on_status(self, status) -> None:
        snapshot = getattr(status, "snapshot", None)
        if snapshot != self._snapshot:
            self._snapshot = snapshot
            self.snapshotProgress.emit(*(snapshot or (0, 0)))
        state = (str(status.state), int(status.pending))
        if state == self._state:
            return
        self._state = state
        cut_off = {"offline": True, "signed_out": True, "online": False, "syncing": False}.get(state[0],
                                                                                              self._cut_off)
        if cut_off != self._cut_off:
            self._cut_off = cut_off
            self.cutOffChanged.emit(cut_off)
        shown = ConnectionState.OFFLINE if cut_off and state[0] == ConnectionState.CONNECTING else state[0]  # a retry is still offline
        self.connectionChanged.emit(state[0], state[1], _state_label(shown, state[1]))

    def _on_refusal(self, notice) -> None:
        log.info("refused %s: %s (%s)", notice.type, notice.reason, notice.mutation_id)
        self.refused.emit(str(notice.type), say(notice.message) if notice.message
                          else QCoreApplication.translate("SessionService", "The server refused this action."))
