"""The inbox views on the main window's left (Mine, Queue, the teams, All conversations, Closed,
search results), each with its unread count. Its strings keep the "MainWindow" translation context."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListView, QWidget

from ..delegates.view_delegate import ViewDelegate, width_for
from ..qt_models.views_model import ViewsListModel


class ViewsList(QListView):
    def __init__(self, model: ViewsListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewsList")
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Inbox views"))
        self.setModel(model)
        self.setItemDelegate(ViewDelegate(self))
        # wide enough for every view's name whole beside its count (Mine, Queue, teams, All conversations)
        names = [model.index(row).data() or "" for row in range(model.rowCount())]
        self.preferred_width = min(max(width_for(names, self.font()) + 2 * self.frameWidth(), 120), 220)
        self.setMinimumWidth(min(self.preferred_width, 160))
        self.setMaximumWidth(240)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
