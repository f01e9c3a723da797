"""The views list on the left: Mine, Queue, each of my teams, All conversations (only for who may
see everything), Snoozed, Closed, and search results — each with its count of unread conversations."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from rvops_desktop.models import View
from rvops_desktop.models.summaries import ViewKind

from . import roles
from .entries import NO_PARENT, EntriesListModel


@dataclass
class ViewEntry:
    view: View
    title: str
    unread: int = 0
    total: int = 0


class ViewsListModel(EntriesListModel):
    def __init__(self, teams: list[tuple[str, str]], parent: QObject | None = None, *,
                 sees_all: bool = False) -> None:
        """`sees_all`: the agent has the see-all-conversations permission (a supervisor)."""
        super().__init__(parent)
        self.entries = [ViewEntry(View.mine(), QCoreApplication.translate("ViewsModel", "Mine")), ViewEntry(View.queue(), QCoreApplication.translate("ViewsModel", "Queue"))]
        self.entries += [ViewEntry(View.team(team_id), name) for team_id, name in teams]
        if sees_all:
            self.entries.append(ViewEntry(View.all(), QCoreApplication.translate("ViewsModel", "All conversations")))
        self.entries.append(ViewEntry(View.snoozed(), QCoreApplication.translate("ViewsModel", "Snoozed")))
        self.entries.append(ViewEntry(View.closed(), QCoreApplication.translate("ViewsModel", "Closed")))

    def entry_data(self, entry: ViewEntry, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role in (roles.COUNT, roles.UNREAD):
            return entry.unread
        if role == roles.VIEW:
            return entry.view
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.title}, {entry.unread}"
        return None

    def row_of(self, view: View) -> int:
        for i, entry in enumerate(self.entries):
            if entry.view == view:
                return i
        return -1

    def set_search(self, query: str | None) -> int:
        """Show (or drop, with None) the search results entry; returns its row."""
        at = next((i for i, e in enumerate(self.entries) if e.view.kind == ViewKind.SEARCH), -1)
        if query is None:
            if at >= 0:
                self.beginRemoveRows(NO_PARENT, at, at)
                del self.entries[at]
                self.endRemoveRows()
            return -1
        entry = ViewEntry(View.search(query), QCoreApplication.translate("ViewsModel", "Search: %1").replace("%1", query))
        if at >= 0:
            self.entries[at] = entry
            self.dataChanged.emit(self.index(at), self.index(at))
            return at
        at = len(self.entries)
        self.beginInsertRows(NO_PARENT, at, at)
        self.entries.append(entry)
        self.endInsertRows()
        return at

    def set_counts(self, counts: dict[View, int]) -> None:
        """Unread counts per view; emits dataChanged only for the views whose count changed."""
        for i, entry in enumerate(self.entries):
            if entry.view in counts and counts[entry.view] != entry.unread:
                entry.unread = counts[entry.view]
                self.dataChanged.emit(self.index(i), self.index(i), [roles.COUNT])

    @property
    def unread_total(self) -> int:
        """Unread conversations that are mine or offered to me (what the title and tray show)."""
        return sum(e.unread for e in self.entries if e.view.kind in (ViewKind.MINE, ViewKind.QUEUE))
