"""An inbox view read in its order, a chunk at a time, from one read transaction (issue 14: the
window paints its first rows before the rest of a 90,000-row view are read).

Reading a whole view builds every row's summary first (≈ 0.6 s for 90,000 rows); the window's
first paint waited for all of it. Here SQLite reads the view's ids alone in order of last activity
off an index that holds that order (schema v8; sorting them took ≈ 40 ms at 90,000), then each
chunk's rows are read by rowid (one b-tree probe a row): the first chunk is the screen and a
little more, the rest follow a chunk per event-loop turn (InboxModel.load_more). Every
chunk comes from the same snapshot, and a run of rows with one activity moment is never split
between chunks, so each chunk sorted by `inbox_sort_key` follows the one before it.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from .conversation_summary import ACTIVITY_SQL
from .summaries import _BULK_SUMMARY_SQL, _inbox_order, _summaries

if TYPE_CHECKING:
    from collections.abc import Collection

    from .conversation_summary import ConversationSummary
    from .inbox_reads import InboxReads
    from .summaries import View


def order_sql(condition: str) -> str:
    """The view's ids and activity in inbox order (the conversations' view indexes carry that order,
    models/tables.py: SQLite reads them in it, no sort)."""
    return (f"SELECT c.rowid, {ACTIVITY_SQL} FROM conversations AS c WHERE {condition} "
            f"ORDER BY {ACTIVITY_SQL} IS NULL, {ACTIVITY_SQL} DESC")


class ViewScan:
    """The conversations of `view`, in inbox order, `next_chunk(n)` at a time until `done`."""

    def __init__(self, store: InboxReads, view: View, user_id: str | None, team_ids: Collection[str]) -> None:
        condition, params = view.where(user_id, list(team_ids))
        self._stack = ExitStack()
        order = self._stack.enter_context(store._scan())   # one read transaction until close()
        self._rows: sqlite3.Cursor = order.connection.cursor()
        self._stack.callback(self._rows.close)
        order.execute(order_sql(condition), tuple(params))
        self._order = order
        self._next: tuple[int, Any] | None = None   # the first row of the next chunk, read ahead
        self.done = False

    def next_chunk(self, count: int) -> list[ConversationSummary]:
        """The next `count` conversations in inbox order (a few more when rows share the last
        one's activity moment); [] once `done` (the transaction is then closed)."""
        if self.done:
            return []
        ids = self._order.fetchmany(count)
        if self._next is not None:
            ids.insert(0, self._next)
            self._next = None
        if ids:
            last = ids[-1][1]
            while (following := self._order.fetchone()) is not None and following[1] == last:
                ids.append(following)
            self._next = following
        if not ids:
            self.close()
            return []
        self._rows.execute(f"{_BULK_SUMMARY_SQL} WHERE c.rowid IN (SELECT value FROM json_each(?))",
                           (json.dumps([i for i, _ in ids]),))
        activity: list[str | None] = []
        chunk = _inbox_order(_summaries(self._rows, activity), activity)
        if self._next is None:
            self.close()
        return chunk

    def close(self) -> None:
        self.done = True
        self._stack.close()
