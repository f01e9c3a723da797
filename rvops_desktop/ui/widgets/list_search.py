"""A search box over a short QListWidget (the transfer and forward pickers): items whose text
holds the query, accents and case ignored, stay; the first of them becomes current."""
from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem

from rvops_desktop.models.text import fold


def filter_items(items: QListWidget, query: str) -> QListWidgetItem | None:
    """Hide the items that do not match `query`; make the first match current and return it."""
    needle, first = fold(query), None
    for i in range(items.count()):
        item = items.item(i)
        hidden = bool(needle) and needle not in fold(item.text())
        item.setHidden(hidden)
        if not hidden and first is None:
            first = item
    if first is not None:
        items.setCurrentItem(first)
    return first
