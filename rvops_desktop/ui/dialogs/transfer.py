"""Transfer (S7): every team and agent with an online/offline dot, a search box, an optional note."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.permissions import takes_conversations
from rvops_contract.wire import PresenceStatus

from ..widgets.list_search import filter_items
from .buttons import ok_cancel

_DOT = {"online": "#1E8E3E", "away": "#F29900", "offline": "#9AA0A6"}


def dot(status: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(_DOT.get(status, _DOT["offline"])))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class TransferDialog(QDialog):
    def __init__(self, store, *, exclude_user: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer conversation"))
        self.resize(420, 520)
        presence = store.presence()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search teams and agents"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("transferTargets")
        users = store.users()
        for team in store.teams():
            online = sum(1 for uid in team.member_ids or [] if presence.get(uid) == PresenceStatus.ONLINE)
            item = QListWidgetItem(dot("online" if online else "offline"),
                                   self.tr("Team %1 — %2 online").replace("%1", team.name or "")
                                   .replace("%2", str(online)))
            item.setData(Qt.ItemDataRole.UserRole, ("team", team.id))
            self.list.addItem(item)
        for user in users:
            if user.id == exclude_user or not takes_conversations(user.role, user.active):
                continue  # the server would refuse them: a deactivated account, an administrator
            status = presence.get(user.id, "offline")
            label = {"online": self.tr("online"), "away": self.tr("away")}.get(status, self.tr("offline"))
            if user.invite_pending:   # they see it once they accept the invite and sign in
                label = self.tr("has not accepted the invite yet")
            item = QListWidgetItem(dot(status), f"{user.name} — {label}")  # as the teams read: "Equipe Vendas — 1 online"
            item.setData(Qt.ItemDataRole.UserRole, ("user", user.id))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Optional note for the receiver (hidden from the contact)"))
        self.note_edit.setMaximumHeight(80)
        buttons = ok_cancel(self, self.tr("Transfer"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Note"), self))
        layout.addWidget(self.note_edit)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        filter_items(self.list, text)

    def select(self, kind: str, target_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == (kind, target_id):
                self.list.setCurrentRow(i)

    def target(self) -> dict[str, str]:
        kind, target_id = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        return {"to_user_id": target_id} if kind == "user" else {"to_team_id": target_id}

    def note(self) -> str | None:
        return self.note_edit.toPlainText().strip() or None
