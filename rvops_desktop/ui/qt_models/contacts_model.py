"""The contacts directory's list: a thin Qt list model over models.contacts_directory.ContactsDirectory
(the query and its rules live there; this only shows its answer and follows the replica)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from rvops_contract.phones import shown
from rvops_desktop.models.contacts_directory import ContactsDirectory, DirectoryEntry

from .entries import EntriesListModel

EntryRole = Qt.ItemDataRole.UserRole  # the DirectoryEntry of the row


class ContactsListModel(EntriesListModel):
    def __init__(self, directory: ContactsDirectory, parent: QObject | None = None, *,
                 hidden: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self.directory = directory
        self.query = ""
        self.hidden = hidden  # ids left out (the contact a duplicate is merged into)
        self.entries: list[DirectoryEntry] = []
        self._unsubscribe = directory.subscribe(self.refresh)
        self.refresh()

    def close(self) -> None:
        self._unsubscribe()

    def set_query(self, query: str) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.entries = [e for e in self.directory.search(self.query) if e.id not in self.hidden]
        self.endResetModel()

    def entry_data(self, entry: DirectoryEntry, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            detail = shown(entry.phone) if entry.phone else entry.email or ""
            return f"{entry.display_name}  ·  {detail}" if detail and detail != entry.display_name else \
                entry.display_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (entry.email, ", ".join(entry.tags)) if x) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return entry.display_name
        if role == EntryRole:
            return entry
        return None

    def row_of(self, contact_id: str) -> int:
        return next((i for i, e in enumerate(self.entries) if e.id == contact_id), -1)
