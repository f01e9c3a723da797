"""The agent's inbox window: views on the left, the conversation list, the open conversation,
the contact panel on the right; status and connection always visible; keyboard-driven."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.permissions import Permission
from rvops_desktop.models import InboxFilters, InboxModel, View
from rvops_desktop.models.summaries import ViewKind

from ..controllers.calls import CallController
from ..controllers.conversations import ConversationController
from ..controllers.inbox_loading import FIRST_ROWS, InboxLoading
from ..controllers.inbox_views import InboxViewsController
from ..controllers.unread_counts import UnreadCounts
from ..qt_models.inbox_model import InboxListModel
from ..qt_models.views_model import ViewsListModel
from ..resources import icon
from ..services.after_first_paint import AfterFirstPaint
from ..services.replica_bridge import ReplicaBridge
from .contact_panel import ContactPanel
from .conversation_list import ConversationList
from .conversation_pane import ConversationPane
from .inbox_filter_bar import InboxFilterBar
from .main_menus import add_menus, add_shortcuts
from .offline_banner import OfflineBanner
from .side_windows import SideWindows
from .status_bar import StatusBar
from .views_list import ViewsList

if TYPE_CHECKING:
    from .call_bar import CallBar

log = logging.getLogger(__name__)
WINDOW_TICK_MS = 30_000


CLOSE_TO_TRAY_KEY = "window/close_to_tray"


class MainWindow(SideWindows, QMainWindow):
    call_bar: CallBar  # with a softphone only (controllers/calls.py)
    # the menus' actions (main_menus.py)
    close_to_tray_action: QAction
    new_conversation_action: QAction
    contacts_action: QAction
    sign_out_action: QAction
    quit_action: QAction
    snippets_action: QAction
    settings_action: QAction
    supervision_action: QAction
    dial_pad_action: QAction
    softphone_settings_action: QAction
    mute_action: QAction
    log_folder_action: QAction
    signOutRequested = Signal()  # File ▸ Sign out: the entry point revokes the session
    quitRequested = Signal()  # File ▸ Quit, the tray's Quit, or closing the window when it does not go to the tray

    def __init__(self, session, *, softphone=None, notifier=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.replica = session.replica
        self.softphone = softphone
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("rvops"))
        self.resize(1360, 820)
        reads = self.replica.views  # plain SQL: the ORM's classes load after the first paint
        self.bridge = ReplicaBridge(self.replica, self)
        teams = dict(reads.team_names())
        self.views_model = ViewsListModel([(tid, teams.get(tid, tid)) for tid in session.team_ids], self,
                                          sees_all=session.can(Permission.SEE_ALL_CONVERSATIONS))
        self.views = ViewsList(self.views_model, self)
        views_width = self.views.preferred_width
        self.filters = InboxFilters()  # what the lists show and in which order; the filter bar edits it
        self.inbox = InboxModel(self.replica, View.mine(), user_id=session.user_id, team_ids=session.team_ids,
                                filters=self.filters, clock=session.clock, first_rows=FIRST_ROWS)
        self.inbox_model = InboxListModel(self.inbox, clock=session.clock, user_names=self._user_name, parent=self)
        self.list = ConversationList(session.clock, self)
        self.filter_bar = InboxFilterBar(self.filters, list(teams.items()), self.list,
                                         labels_in_use=reads.labels_in_use)
        self.list.set_filter_bar(self.filter_bar)
        self.list.set_model(self.inbox_model, title=self.tr("Mine"), is_queue=False)
        self.inbox_loading = InboxLoading(self.inbox, self.list.view.viewport(), self)  # the rest, once painted
        self.pane = ConversationPane(session, self)
        self.contact_panel = ContactPanel(session, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget, stretch in ((self.views, 0), (self.list, 0), (self.pane, 1), (self.contact_panel, 0)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.indexOf(widget), stretch)
        splitter.setSizes([views_width, 330, 580, 300])  # on a 1360 px laptop too
        self.offline_banner = OfflineBanner(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.offline_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(session, self)
        self.setStatusBar(self.status)
        self.managed = False  # True under the entry point: it decides when the window really closes
        # steps run after the inbox list's first paint (build_main_window and the desk add them)
        self.after_first_paint = AfterFirstPaint(self.list.view.viewport())
        self._shutting = False
        self._told_about_tray = False
        self._settings = QSettings("Rvops", "rvops-desktop")
        self.notifier = notifier
        self.inbox_views = InboxViewsController(self)
        self.conversations = ConversationController(self)
        self.calls = CallController(self, softphone)
        self.call_gate = self.calls.gate
        me, team_ids = session.user_id, session.team_ids
        self.counts = UnreadCounts(self.views_model, self.inbox, self.inbox_model,
                                   lambda views: reads.unread_counts(views, me, team_ids), self)
        self.counts.counted.connect(self._update_title)
        self._opened_timer = QTimer(self, singleShot=True, interval=0)
        self._opened_timer.timeout.connect(self._fill_opened)
        self._window_timer = QTimer(self, interval=WINDOW_TICK_MS)
        self._window_timer.timeout.connect(self._tick)
        self._window_timer.start()
        self._wire()
        add_shortcuts(self)
        add_menus(self)
        self.views.selectionModel().setCurrentIndex(self.views_model.index(0),
                                                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_title()
        self.counts.schedule()

    # ---- wiring ----------------------------------------------------------------------------------
    def _wire(self) -> None:
        s = self.session
        self.list.conversationSelected.connect(self.open_conversation)
        self.list.searchRequested.connect(self.inbox_views.search)
        self.list.claimRequested.connect(self.claim)
        self.inbox_model.unreadChanged.connect(lambda _n: self.counts.schedule())
        self.bridge.changed.connect(self._replica_changed)
        header = self.pane.header
        header.claim.connect(lambda: self.claim(self.pane.conversation_id))
        header.transfer.connect(self.transfer)
        header.history.connect(self.history)
        header.close_.connect(self.close_conversation)
        header.reopen.connect(self.conversations.reopen_conversation)
        header.call.connect(self.call)
        composer = self.pane.composer
        composer.sendText.connect(self.conversations.send_text)
        composer.sendNote.connect(lambda text: s.actions.add_note(self.pane.conversation_id, text))
        composer.sendFile.connect(self.conversations.send_file)
        composer.resumeRequested.connect(self.resume)
        self.pane.thread.retryRequested.connect(self.conversations.retry)
        self.pane.thread.attachmentClicked.connect(self._open_attachment)
        self.pane.opened.connect(self._opened)
        self.pane.said.connect(lambda sentence: self.statusBar().showMessage(sentence, 8000))
        self.pane.conversationChanged.connect(lambda _id: self._read_open_conversation())
        self.pane.contactChanged.connect(lambda _id: self._fill_opened())
        self.contact_panel.fieldEdited.connect(self.conversations.contact_edited)
        self.contact_panel.dealStageChosen.connect(lambda deal_id, stage: s.actions.update_deal(deal_id, stage=stage))
        self.contact_panel.taskTicked.connect(lambda task_id, done: s.actions.update_task(task_id, done=done))
        self.contact_panel.createRequested.connect(
            lambda kind, contact_id, fields: s.actions.create(kind, contact_id, **fields))
        s.refused.connect(self._refused)
        s.connectionChanged.connect(self._connection)
        self._connection(*s.connection, "")

    # ---- the app around the window ---------------------------------------------------------------
    @staticmethod
    def _tray_available() -> bool:
        from PySide6.QtWidgets import QSystemTrayIcon
        return QSystemTrayIcon.isSystemTrayAvailable()

    def tray_available(self) -> bool:
        return self._tray_available()

    @property
    def close_to_tray(self) -> bool:
        """Closing the window hides it (calls and messages keep coming) where a tray exists; on by default."""
        if not self._tray_available():
            return False
        return bool(self._settings.value(CLOSE_TO_TRAY_KEY, True, bool))

    def set_close_to_tray(self, on: bool) -> None:
        self._settings.setValue(CLOSE_TO_TRAY_KEY, on)

    def sign_out(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign out"),
                          self.tr("Sign out of Rvops on this computer? Messages not yet sent are kept and go out "
                                  "when you sign in again."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("signOutBox")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(self.signOutRequested.emit)
        self._show(box)

    def open_log_folder(self) -> None:
        from ..dialogs.about import open_log_folder
        open_log_folder()

    def about(self) -> None:
        from ..dialogs.about import about_box
        engine = self.session.engine
        self._show(about_box(self.session.me.get("email") or "",
                             engine.client.server_url if engine is not None else "", self))

    def bring_to_front(self) -> None:
        """Shown, restored and raised (a notification click, an incoming call, a second launch)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)
        self._read_open_conversation()

    def dial_link(self, target: str) -> None:
        """A tel:/sip:/callto: link from the desktop: dial it, matching the contact by number."""
        self.calls.dial_link(target)

    def _connection(self, state: str, pending: int, _label: str) -> None:
        self.offline_banner.show_connection(self.session.cut_off, state, pending)

    def snippets(self) -> None:
        if not self.session.can(Permission.MANAGE_SNIPPETS):
            return
        from ..dialogs.snippets import SnippetsDialog
        self._show(SnippetsDialog(self.replica.store, self.session.actions, self))

    # ---- views and list -------------------------------------------------------------------------
    def _user_name(self, user_id: str) -> str:
        return self.pane._user_name(user_id)

    def focus_search(self) -> None:
        self.list.search.setFocus()
        self.list.search.selectAll()

    def _update_title(self) -> None:
        total = self.views_model.unread_total
        name = self.session.me.get("name") or ""
        title = f"Rvops — {name}" + (f" ({total})" if total else "")
        contact = self.pane.contact if self.pane.conversation_id else None
        if contact is not None:  # what is open first, as in a browser tab or Slack's title
            title = f"{contact.name or contact.phone or ''} — {title}"
        self.setWindowTitle(title)
        if self.notifier is not None:
            self.notifier.set_unread(total)

    # ---- the open conversation -------------------------------------------------------------------
    def open_conversation(self, conversation_id: str, around: str | None = None) -> None:
        """Open it in the pane; a search result opens at the message that matched, marked."""
        if around is None and conversation_id and self.inbox.view.kind == ViewKind.SEARCH:
            match = self.inbox.get(conversation_id)
            around = getattr(match, "match_message_id", None)
        self.pane.show_conversation(conversation_id or None, around=around)
        if conversation_id and not (self.list.search.hasFocus() or self.list.view.hasFocus()) \
                and self.pane.composer.edit.isEnabled():  # as in WhatsApp or Slack: open it and type
            self.pane.composer.edit.setFocus()  # (the search and a list walked with the keys keep it)
        if self.notifier is not None:
            self.notifier.open_conversation_id = conversation_id or None
            self.mute_action.blockSignals(True)
            self.mute_action.setChecked(conversation_id in self.notifier.muted)
            self.mute_action.blockSignals(False)

    def _opened(self, conversation_id: str) -> None:
        """After the thread painted: the contact panel and the read mark (coalesced while the
        agent flicks through conversations with Alt+Down)."""
        self._opened_timer.start()

    def _fill_opened(self) -> None:
        contact = self.pane.contact
        records = self.replica.store.contact_records(contact.id) if contact else None
        self.contact_panel.show_contact(contact, records)
        self._update_title()
        self._read_open_conversation()

    def _read_open_conversation(self) -> None:
        """What the agent has open in front of them is read — also what arrives while they look (as in
        WhatsApp); not while the window is minimised or in the tray. The count is the assignee's."""
        c = self.pane.conversation
        if (c is not None and c.unread and c.assignee_id == self.session.user_id
                and self.isVisible() and not self.isMinimized()):
            self.session.actions.mark_read(c.id)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized():
            self._read_open_conversation()  # back in front of the agent

    def _replica_changed(self, change) -> None:
        if change.full or change.touched("conversations"):
            self.counts.schedule()
            if self.pane.placeholder.isVisible():
                self.pane.refresh_placeholder()
        self.pane.model.apply(change)   # the pane, and through it the contact panel, follow
        if self.notifier is not None:
            self.notifier.replica_changed(change)

    def _tick(self) -> None:
        """Time passed: the window's time left, customers who now wait long enough for the
        filter, and the waiting times shown (only the rows whose text changed)."""
        self.pane.refresh()
        self.inbox.tick()
        self.inbox_model.tick()
        if self.notifier is not None:
            self.notifier.tick()
        self.list.view.viewport().update()

    # ---- actions (decided by the controllers) ---------------------------------------------------
    def claim(self, conversation_id: str | None) -> None:
        self.conversations.claim(conversation_id)

    def transfer(self) -> None:
        self.conversations.transfer()

    def history(self) -> None:
        self.conversations.history()

    def close_conversation(self) -> None:
        self.conversations.close_conversation()

    def resume(self) -> None:
        self.conversations.resume()

    def start_conversation(self, contact: Any = None) -> Any:
        return self.conversations.start_conversation(contact)

    def call(self) -> None:
        self.calls.call()

    def call_number(self, number: str, contact_id: str = "") -> None:
        self.calls.call_number(number, contact_id)

    def dial_pad(self) -> None:
        self.calls.dial_pad()

    def softphone_settings(self) -> None:
        self.calls.softphone_settings()

    def shortcut_sheet(self) -> None:
        from ..dialogs.shortcuts import ShortcutsDialog
        dialog = ShortcutsDialog(self)
        self._show(dialog)

    def show_dialog(self, dialog: Any) -> None:
        """Window-modal, without a nested event loop (qasync-friendly): results come by signal."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    _show = show_dialog  # the side windows' name for it

    def _open_attachment(self, message_id: str, attachment: dict[str, Any]) -> None:
        self.conversations.open_attachment(message_id, attachment)

    def _refused(self, _type: str, sentence: str) -> None:
        self.statusBar().showMessage(sentence, 15000)
        self.last_refusal = sentence

    def shut(self) -> None:
        """Close for good (the app quits or the session ends), whatever closing the window does."""
        self._shutting = True
        self.close()

    def closeEvent(self, event) -> None:
        """Under the entry point, closing goes to the tray (when it is on) or asks the app to quit;
        closing for good stops everything that could touch the replica after the entry point closes it."""
        if self.managed and not self._shutting:
            event.ignore()
            if self.close_to_tray and self.notifier is not None and self.notifier.tray is not None:
                self.hide()
                if not self._told_about_tray:
                    self._told_about_tray = True
                    self.notifier.tray.showMessage(self.tr("Rvops keeps running"),
                                                   self.tr("Calls and messages still reach you. Quit from the "
                                                           "tray's menu or File ▸ Quit."))
            else:
                self.quitRequested.emit()
            return
        for timer in (self._window_timer, self._opened_timer):
            timer.stop()
        self.counts.close()
        if self.notifier is not None:
            self.notifier.close()
        if self.softphone is not None:
            self.softphone.close()
        self.session.close()
        self.inbox_loading.close()
        self.inbox_model.close()
        self.inbox.close()
        self.pane.thread_model.close()
        if getattr(self, "contacts_dialog", None) is not None:
            self.contacts_dialog.close()
        if getattr(self, "_contacts_directory", None) is not None:
            self._contacts_directory.close()
        self.bridge.close()
        super().closeEvent(event)
