"""Auto-answer (softphone settings): a ringing incoming call is answered once its delay passed."""
from __future__ import annotations

import logging
from collections.abc import Iterable

from .call import CallSession, CallState

log = logging.getLogger(__name__)


class AutoAnswer:
    """When each ringing call answers by itself (by the softphone's clock)."""

    def __init__(self) -> None:
        self._due: dict[str, float] = {}   # call id → when it answers by itself

    def __bool__(self) -> bool:
        return bool(self._due)

    def schedule(self, session: CallSession, at: float) -> None:
        self._due[session.id] = at

    def answer_due(self, calls: Iterable[CallSession], now: float) -> None:
        """Answer the ringing calls whose time came; forget the calls no longer ringing."""
        calls = list(calls)
        for session in calls:
            due = self._due.get(session.id)
            if due is None:
                continue
            if session.state is not CallState.RINGING:
                self._due.pop(session.id, None)
            elif now >= due:
                self._due.pop(session.id, None)
                log.info("incoming call from %s answered automatically", session.number)
                session.answer()
        for gone in set(self._due) - {c.id for c in calls}:
            self._due.pop(gone, None)
