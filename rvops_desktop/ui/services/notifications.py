"""Desktop notifications and a sound for a new conversation assigned to me or offered to me, and
for a new message in a conversation that is not open; clicking one opens the conversation.
Mutable per conversation (kept in QSettings).

Notifications are native (services/desktop_notices.py: D-Bus, notification center, toasts), with a
tray icon where the desktop has a tray: its menu opens the window or quits, its tooltip and the
launcher's badge carry the unread total."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from rvops_contract.wire import ConversationStatus, Direction, MessageKind

from ..resources import icon, sound_path
from .desktop_notices import DesktopNotices
from .launcher_badge import LauncherBadge

log = logging.getLogger(__name__)

MAX_REMEMBERED = 5000
PRIME_DELAY_MS = 1500




@dataclass(frozen=True)
class Notice:
    conversation_id: str
    title: str
    body: str
    kind: str  # assigned | offered | message | snooze | mention


class Notifier(QObject):
    raised = Signal(object)  # Notice
    activated = Signal(str)  # conversation id to open
    showRequested = Signal()  # the tray icon or its "Open" item
    quitRequested = Signal()  # the tray's "Quit"

    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._store = session.replica.store
        self.open_conversation_id: str | None = None
        self.history: list[Notice] = []
        self._settings = QSettings("Rvops", "rvops-desktop")
        self.muted: set[str] = set(self._settings.value("muted_conversations", [], list) or [])
        self._mine: set[str] | None = None  # primed after start-up, not before the first paint
        self._offered: set[str] = set()
        self._prime_timer = QTimer(self, singleShot=True, interval=PRIME_DELAY_MS)
        self._prime_timer.timeout.connect(self._prime)
        self._prime_timer.start()
        self._seen_messages: set[str] = set()
        self.taken_by_me: set[str] = set()  # my own claims and starts: no "new conversation for you" about them
        self._newly_mine: set[str] = set()  # became mine in the change being heard: its messages are not news
        self._last: Notice | None = None
        self.native = DesktopNotices(self)
        self.native.clicked.connect(self.activated)
        self.tray = QSystemTrayIcon(icon("rvops"), self) if QSystemTrayIcon.isSystemTrayAvailable() else None
        if self.tray is not None:
            self.tray.messageClicked.connect(self.click_last)
            menu = QMenu()
            menu.addAction(QCoreApplication.translate("Notifier", "Open Rvops"), self.showRequested.emit)
            menu.addSeparator()
            menu.addAction(QCoreApplication.translate("Notifier", "Quit"), self.quitRequested.emit)
            self._tray_menu = menu
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(
                lambda reason: reason == QSystemTrayIcon.ActivationReason.Trigger and self.showRequested.emit())
            self.tray.show()
        self._sound = None
        self._badge = LauncherBadge()
        from rvops_desktop.models.snooze_alarm import SnoozeAlarm
        self._snooze_alarm = SnoozeAlarm(self._store, session.user_id, session.clock.now())

    def tick(self) -> None:
        """Time passed: a snoozed conversation whose time came is announced (once)."""
        for s in self._snooze_alarm.woken(self._session.clock.now()):
            self._notify(Notice(s.id, QCoreApplication.translate("Notifier", "Back from snooze: %1")
                                .replace("%1", s.display_name), s.last_message_preview or "", "snooze"))

    # ---- mute ----------------------------------------------------------------------------------
    def set_muted(self, conversation_id: str, muted: bool) -> None:
        (self.muted.add if muted else self.muted.discard)(conversation_id)
        self._settings.setValue("muted_conversations", sorted(self.muted))

    def set_unread(self, total: int) -> None:
        if QGuiApplication.instance() is not None:
            self._badge.show(total)  # the dock / taskbar badge where the platform has one
        if self.tray is not None:
            self.tray.setToolTip(QCoreApplication.translate("Notifier", "Rvops — %1 unread").replace("%1", str(total)))

    def close(self) -> None:
        self._prime_timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def _prime(self) -> None:
        if self._mine is not None:
            return
        me, teams = self._session.user_id, self._session.team_ids
        self._mine = self._store.conversation_ids_for_view("mine", me, teams)
        self._offered = self._store.conversation_ids_for_view("queue", me, teams)

    # ---- deciding ------------------------------------------------------------------------------
    def replica_changed(self, change) -> None:
        if change.full:
            return
        self._prime()
        if change.snapshot:  # the first sign-in's history arriving: known from now on, announced never
            self._learn(change.touched("conversations"))
            return
        conversations = change.touched("conversations")
        self._newly_mine = set()
        if conversations:
            self._conversations(conversations)
        messages = change.touched("messages")
        if messages:
            self._messages(messages)

    def _conversations(self, ids) -> None:
        me = self._session.user_id
        teams = set(self._session.team_ids)
        for s in self._store.conversation_summaries(ids):
            mine = s.assignee_id == me and s.status == ConversationStatus.OPEN
            offered = s.assignee_id is None and s.status == ConversationStatus.OPEN and (s.team_id is None or s.team_id in teams)
            if mine and s.id not in self._mine:
                self._newly_mine.add(s.id)  # a transfer brings its history: one notice, not one per message
            if mine and s.id not in self._mine and s.id in self.taken_by_me:
                self.taken_by_me.discard(s.id)
            elif mine and s.id not in self._mine:
                self._notify(Notice(s.id, QCoreApplication.translate("Notifier", "New conversation for you"),
                                    f"{s.display_name}: {s.last_message_preview or ''}", "assigned"))
            elif offered and s.id not in self._offered:
                self._notify(Notice(s.id, QCoreApplication.translate("Notifier", "New conversation in the queue"),
                                    f"{s.display_name}: {s.last_message_preview or ''}", "offered"))
            (self._mine.add if mine else self._mine.discard)(s.id)
            (self._offered.add if offered else self._offered.discard)(s.id)

    def _learn(self, ids) -> None:
        if not ids:
            return
        me, teams = self._session.user_id, set(self._session.team_ids)
        for s in self._store.conversation_summaries(ids):
            if s.status == ConversationStatus.OPEN and s.assignee_id == me:
                self._mine.add(s.id)
            elif s.status == ConversationStatus.OPEN and s.assignee_id is None and (s.team_id is None or s.team_id in teams):
                self._offered.add(s.id)

    def _messages(self, ids) -> None:
        for m in self._store.messages(ids):
            if m.kind == MessageKind.NOTE and m.id not in self._seen_messages:
                self._mentioned(m)
            if m.id in self._seen_messages or m.direction != Direction.INBOUND or m.kind in (MessageKind.SYSTEM, MessageKind.NOTE):
                continue
            self._seen_messages.add(m.id)
            if len(self._seen_messages) > MAX_REMEMBERED:
                self._seen_messages.clear()
            cid = m.conversation_id
            if cid == self.open_conversation_id or cid not in self._mine or cid in self._newly_mine:
                continue
            summary = next(iter(self._store.conversation_summaries([cid])), None)
            name = summary.display_name if summary else ""
            self._notify(Notice(cid, QCoreApplication.translate("Notifier", "New message from %1").replace("%1", name), (m.text or "")[:200], "message"))

    def _mentioned(self, note) -> None:
        """A colleague's hidden note that @mentions me (rvops_contract/mentions.py): said even in a
        muted conversation — it is addressed to me — unless I am looking at it."""
        me = self._session.user_id
        if me not in ((note.payload or {}).get("mentions") or []) or note.author_id == me:
            return
        self._seen_messages.add(note.id)
        if note.conversation_id == self.open_conversation_id:
            return
        author = self._store.user(note.author_id) if note.author_id else None
        summary = next(iter(self._store.conversation_summaries([note.conversation_id])), None)
        title = QCoreApplication.translate("Notifier", "%1 mentioned you").replace("%1", author.name if author else "")
        body = f"{summary.display_name if summary else ''}: {(note.text or '')[:200]}"
        self._notify(Notice(note.conversation_id, title, body, "mention"))

    def _notify(self, notice: Notice) -> None:
        if notice.conversation_id in self.muted and notice.kind not in ("mention", "snooze"):
            return   # muting silences the customer's messages, not a colleague's call or my own reminder
        log.info("notice %s for %s", notice.kind, notice.conversation_id)
        self.history.append(notice)
        self._last = notice
        shown = self.native.show(notice.title, notice.body, notice.conversation_id)
        if not shown and self.tray is not None:
            self.tray.showMessage(notice.title, notice.body, QIcon(icon("rvops")), 8000)
        self._play()
        self.raised.emit(notice)

    def _play(self) -> None:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        if self._sound is None:
            self._sound = QSoundEffect(self)
            self._sound.setSource(QUrl.fromLocalFile(str(sound_path("notify"))))
            self._sound.setVolume(0.6)
        self._sound.play()

    def click_last(self) -> None:
        if self._last is not None:
            self.activated.emit(self._last.conversation_id)
