"""Presence as colleagues see it: one rule for the server and the client.

An agent's chosen status (online / away / offline) counts only while they are connected: an agent
whose app is closed is offline whatever they chose. `online` is None in records written before the
server sent it: then the chosen status is all there is.
"""
from __future__ import annotations

from .wire import PresenceStatus


def shown_presence(status: str | None, online: bool | None) -> PresenceStatus:
    """What a colleague sees (the transfer picker, a team's "N online")."""
    if online is False or not status:
        return PresenceStatus.OFFLINE
    if online is None:
        return PresenceStatus(status) if status in PresenceStatus._value2member_map_ else PresenceStatus.OFFLINE
    return PresenceStatus.AWAY if status == PresenceStatus.AWAY else (
        PresenceStatus.ONLINE if status == PresenceStatus.ONLINE else PresenceStatus.OFFLINE)
