"""Which of the agent's snoozed conversations came back by the clock (issue 15 #16): the
notifier tells the agent "back from snooze" once, when its time passes. No Qt, no sleeping."""
from __future__ import annotations

from datetime import datetime

from rvops_contract.clock import from_iso

from .store import Store
from .summaries import ConversationSummary, View


class SnoozeAlarm:
    def __init__(self, store: Store, user_id: str | None, now: datetime) -> None:
        """Counts from `now`: a snooze that ended while the app was closed is not announced."""
        self._store, self._user_id, self._since = store, user_id, now

    def woken(self, now: datetime) -> list[ConversationSummary]:
        """The conversations whose snooze ended after the last call (or the start) and by `now`."""
        since, self._since = self._since, now
        out = []
        for summary in self._store.conversations_for_view(View.snoozed(), self._user_id):
            until = from_iso(summary.snoozed_until)
            if until is not None and since < until <= now:
                out.append(summary)
        return out
