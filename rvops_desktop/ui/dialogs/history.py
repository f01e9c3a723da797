"""Previous history (S8): the contact's every past conversation and every template sent, read
from the local replica only — it works offline, on a plane."""
from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.wire import ConversationStatus, channel_name
from rvops_desktop.models import ThreadModel

from ..local_time import clock_time, short_date
from ..qt_models.thread_model import ThreadListModel
from ..widgets.thread_view import ThreadView

log = logging.getLogger(__name__)

HISTORY_PAGE = 200


CALL_DIRECTIONS = {"inbound": QT_TRANSLATE_NOOP("HistoryDialog", "Incoming"),
                   "outbound": QT_TRANSLATE_NOOP("HistoryDialog", "Outgoing")}
CALL_OUTCOMES = {"answered": QT_TRANSLATE_NOOP("HistoryDialog", "answered"),
                 "missed": QT_TRANSLATE_NOOP("HistoryDialog", "missed"),
                 "rejected": QT_TRANSLATE_NOOP("HistoryDialog", "rejected"),
                 "failed": QT_TRANSLATE_NOOP("HistoryDialog", "failed")}


def _said(words: dict[str, str], value: str | None) -> str:
    """A stored value (`inbound`, `missed`) in the agent's words; an unknown one as it is."""
    return QCoreApplication.translate("HistoryDialog", words[value]) if value in words else (value or "")


def call_line(call) -> str:
    """03/12/2026 17:25  ·  Incoming, missed  ·  0:00"""
    seconds = int(call.duration_seconds or 0)
    return (f"{short_date(call.started_at)} {clock_time(call.started_at)}  ·  "
            f"{_said(CALL_DIRECTIONS, call.direction)}, {_said(CALL_OUTCOMES, call.outcome)}  ·  "
            f"{seconds // 60}:{seconds % 60:02d}")


class HistoryDialog(QDialog):
    def __init__(self, store, contact_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._replica = getattr(store, "_replica", None)
        history = store.contact_history(contact_id)
        name = history.contact.name if history.contact else ""
        self.setWindowTitle(self.tr("Previous history — %1").replace("%1", name or ""))
        self.resize(860, 560)
        self.conversations = QListWidget(self)
        self.conversations.setObjectName("historyConversations")
        self.conversations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversations.setTextElideMode(Qt.TextElideMode.ElideRight)
        for c in history.conversations:
            status = self.tr("closed") if c.status == ConversationStatus.CLOSED else self.tr("open")
            channel = channel_name(c.channel)
            item = QListWidgetItem(f"{short_date(c.opened_at)}  ·  {channel}  ·  {status}\n"
                                   f"{(c.last_message_preview or '')[:70]}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.conversations.addItem(item)
        self.thread = ThreadView(self)
        self.thread_model = ThreadListModel(parent=self)
        self.thread.setModel(self.thread_model)
        self.conversations.currentItemChanged.connect(self._open)
        split = QSplitter(self)
        split.addWidget(self.conversations)
        split.addWidget(self.thread)
        split.setSizes([300, 560])
        self.templates = QListWidget(self)
        self.templates.setObjectName("historyTemplates")
        for m in history.templates_sent:
            template = (m.payload or {}).get("template") or {}
            self.templates.addItem(f"{short_date(m.created_at)} {clock_time(m.created_at)}  ·  {template.get('name', '')}\n"
                                   f"{m.text or ''}")
        self.calls = QListWidget(self)
        for call in history.calls:
            self.calls.addItem(call_line(call))
        tabs = QTabWidget(self)
        tabs.addTab(split, self.tr("Conversations (%1)").replace("%1", str(len(history.conversations))))
        tabs.addTab(self.templates, self.tr("Templates sent (%1)").replace("%1", str(len(history.templates_sent))))
        tabs.addTab(self.calls, self.tr("Calls (%1)").replace("%1", str(len(history.calls))))
        self.tabs = tabs
        note = QLabel(self.tr("Read from this computer's copy: available offline."), self)
        note.setObjectName("offlineNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        if self.conversations.count():
            self.conversations.setCurrentRow(0)
        log.info("previous history of contact %s: %d conversations, %d templates sent, %d calls", contact_id,
                 len(history.conversations), len(history.templates_sent), len(history.calls))

    def _open(self, current, _previous) -> None:
        if current is None or self._replica is None:
            self.thread_model.set_thread(None)
            return
        self.thread_model.set_thread(ThreadModel(self._replica, current.data(Qt.ItemDataRole.UserRole),
                                                 page_size=HISTORY_PAGE))

    def done(self, result: int) -> None:
        self.thread_model.close()
        super().done(result)


__all__ = ["HistoryDialog", "QListView"]
