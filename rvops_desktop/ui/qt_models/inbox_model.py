"""QAbstractListModel over `rvops_desktop.models.InboxModel` (one inbox view, always sorted).

`DisplayRole` is the contact's name; the delegate reads `roles.ROW` (the ConversationSummary)
and the derived roles. The unread count of the view is kept incrementally from the events.
`roles.WAITING` says how long the customer has waited, by the clock; `tick()` re-reads it for the
rows the view has asked about and emits dataChanged for those whose text changed, nothing else.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from rvops_contract.clock import from_iso
from rvops_contract.window import window_state
from rvops_desktop.models import evented as ev
from rvops_desktop.models import waiting_minutes

from ..plain_text import plain_tooltip
from . import roles
from .evented_adapter import NO_PARENT, forward


def waiting_label(minutes: int | None) -> str:
    """"waiting 12 min", "waiting 1 h 05 min", "waiting 2 d 3 h" ("" when nobody waits)."""
    if minutes is None:
        return ""
    if minutes < 60:
        return QCoreApplication.translate("InboxListModel", "waiting %1 min").replace("%1", str(minutes))
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return (QCoreApplication.translate("InboxListModel", "waiting %1 h %2 min")
                .replace("%1", str(hours)).replace("%2", f"{rest:02d}"))
    days, hours = divmod(hours, 24)
    return (QCoreApplication.translate("InboxListModel", "waiting %1 d %2 h")
            .replace("%1", str(days)).replace("%2", str(hours)))


class InboxListModel(QAbstractListModel):
    unreadChanged = Signal(int)

    def __init__(self, inbox, *, clock, user_names: Callable[[str], str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inbox = inbox
        self._clock = clock
        self._user_names = user_names or (lambda _id: "")
        self._unread_ids = {row.id for row in inbox if row.unread}
        # rowCount is called twice per row each time QListView lays the list out (180,000 calls
        # for a 90,000-row view): a plain attribute, refreshed before each end…Rows/endReset.
        self._rows = len(inbox)
        self._waiting_shown: dict[str, str] = {}  # id -> the waiting text the view was given
        inbox.events.connect(self._on_event)

    @property
    def inbox(self):
        return self._inbox

    @property
    def unread_count(self) -> int:
        return len(self._unread_ids)

    def rowCount(self, parent: QModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._rows

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        n = index.row()
        if not index.isValid() or n >= len(self._inbox):
            return None
        row = self._inbox[n]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display_name
        if role == roles.ROW:
            return row
        if role == roles.ID:
            return row.id
        if role == roles.UNREAD:
            return row.unread
        if role == roles.CHANNEL:
            return row.channel
        if role == roles.WINDOW:
            return window_state(row.channel or "webchat", from_iso(row.last_inbound_at), self._clock.now(),
                                closed_by_provider=row.window_closed_by_provider)
        if role == roles.ASSIGNEE_NAME:
            return self._user_names(row.assignee_id) if row.assignee_id else ""
        if role == roles.WAITING:
            return self._waiting(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(getattr(row, "match_text", None) or row.last_message_preview)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            waiting = self._waiting(row)
            text = f"{row.display_name}: {getattr(row, 'match_text', None) or row.last_message_preview or ''}"
            if row.labels:   # what a screen reader says of the labels the list shows
                text += ", " + ", ".join(f"#{label}" for label in row.labels)
            return f"{text}, {waiting}" if waiting else text
        return None

    def _waiting(self, row) -> str:
        label = waiting_label(waiting_minutes(row, self._clock.now()))
        if label:
            self._waiting_shown[row.id] = label
        return label

    def tick(self) -> int:
        """Time passed: dataChanged (roles.WAITING) for each run of rows the view was shown a
        waiting time for whose text is now different; returns how many rows changed."""
        if not self._waiting_shown:
            return 0
        now, inbox = self._clock.now(), self._inbox
        changed: list[int] = []
        for conversation_id, shown in list(self._waiting_shown.items()):
            row = inbox.get(conversation_id)
            label = waiting_label(waiting_minutes(row, now)) if row is not None else ""
            if label == shown:
                continue
            if label:
                self._waiting_shown[conversation_id] = label
            else:
                del self._waiting_shown[conversation_id]
            if row is not None:
                changed.append(inbox.index_of(conversation_id))
        changed.sort()
        start = 0
        for n in range(1, len(changed) + 1):
            if n == len(changed) or changed[n] != changed[n - 1] + 1:
                self.dataChanged.emit(self.index(changed[start]), self.index(changed[n - 1]),
                                      [roles.WAITING, Qt.ItemDataRole.AccessibleTextRole])
                start = n
        return len(changed)

    def row_of(self, conversation_id: str) -> int:
        return self._inbox.index_of(conversation_id) if conversation_id in self._inbox else -1

    def conversation_id(self, row: int) -> str | None:
        return self._inbox[row].id if 0 <= row < len(self._inbox) else None

    def close(self) -> None:
        self._inbox.events.disconnect(self._on_event)

    def _on_event(self, event) -> None:
        if isinstance(event, (ev.Inserted, ev.Removed, ev.Reset)):
            self._rows = len(self._inbox)  # the list changed; Qt reads the new count at end…
        forward(self, event)
        before = len(self._unread_ids)
        if isinstance(event, ev.Inserted):
            self._unread_ids.update(i.id for i in event.items if i.unread)
        elif isinstance(event, ev.Removed):
            self._unread_ids.difference_update(i.id for i in event.items)
            for item in event.items:
                self._waiting_shown.pop(item.id, None)
        elif isinstance(event, (ev.Changed, ev.Moved)):
            item = event.item
            (self._unread_ids.add if item.unread else self._unread_ids.discard)(item.id)
        elif isinstance(event, ev.Reset):
            self._unread_ids = {row.id for row in self._inbox if row.unread}
            self._waiting_shown.clear()
        else:
            return
        if len(self._unread_ids) != before or isinstance(event, ev.Reset):
            self.unreadChanged.emit(len(self._unread_ids))
