"""The agent's inbox window: views on the left, the conversation list, the open conversation,
the contact panel on the right; status and connection always visible; keyboard-driven."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.permissions import Permission
from rvops_desktop.models import InboxFilters, InboxModel, View

from ..delegates.view_delegate import ViewDelegate, width_for
from ..plain_text import plain
from ..qt_models import roles
from ..qt_models.inbox_model import InboxListModel
from ..qt_models.views_model import ViewsListModel
from ..resources import icon
from ..services.replica_bridge import ReplicaBridge
from .contact_panel import ContactPanel
from .conversation_list import ConversationList
from .conversation_pane import ConversationPane
from .inbox_filter_bar import InboxFilterBar
from .side_windows import SETTINGS_PERMISSIONS, SideWindows
from .status_bar import StatusBar

log = logging.getLogger(__name__)
COUNTS_DEBOUNCE_MS = 400
_COUNTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rvops-unread-counts")
WINDOW_TICK_MS = 30_000


CLOSE_TO_TRAY_KEY = "window/close_to_tray"


class MainWindow(SideWindows, QMainWindow):
    _countsReady = Signal(object)  # a finished Future of {View: unread count}, from the counting thread
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
        store = self.replica.store
        self.bridge = ReplicaBridge(self.replica, self)
        teams = {t.id: t.name for t in store.teams()}
        self.views_model = ViewsListModel([(tid, teams.get(tid, tid)) for tid in session.team_ids], self,
                                          sees_all=session.can(Permission.SEE_ALL_CONVERSATIONS))
        self.views = QListView(self)
        self.views.setObjectName("viewsList")
        self.views.setAccessibleName(self.tr("Inbox views"))
        self.views.setModel(self.views_model)
        self.views.setItemDelegate(ViewDelegate(self.views))
        # wide enough for every view's name whole beside its count (Mine, Queue, teams, All conversations)
        names = [self.views_model.index(row).data() or "" for row in range(self.views_model.rowCount())]
        views_width = min(max(width_for(names, self.views.font()) + 2 * self.views.frameWidth(), 120), 220)
        self.views.setMinimumWidth(min(views_width, 160))
        self.views.setMaximumWidth(240)
        self.views.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filters = InboxFilters()  # what the lists show and in which order; the filter bar edits it
        self.inbox = InboxModel(self.replica, View.mine(), user_id=session.user_id, team_ids=session.team_ids,
                                filters=self.filters, clock=session.clock)
        self.inbox_model = InboxListModel(self.inbox, clock=session.clock, user_names=self._user_name, parent=self)
        self.list = ConversationList(session.clock, self)
        self.filter_bar = InboxFilterBar(self.filters, list(teams.items()), self.list,
                                         labels_in_use=self.replica.store.labels_in_use)
        self.list.set_filter_bar(self.filter_bar)
        self.filters.events.connect(lambda _event: self._log_list())  # after the inbox reloaded
        self.list.set_model(self.inbox_model, title=self.tr("Mine"), is_queue=False)
        self.pane = ConversationPane(session, self)
        self.contact_panel = ContactPanel(session, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget, stretch in ((self.views, 0), (self.list, 0), (self.pane, 1), (self.contact_panel, 0)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.indexOf(widget), stretch)
        splitter.setSizes([views_width, 330, 580, 300])  # on a 1360 px laptop too
        self.offline_banner = QLabel(self)
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setStyleSheet("background: #FCE8B2; color: #3C2F00; padding: 6px 12px;")
        self.offline_banner.hide()
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
        self._shutting = False
        self._told_about_tray = False
        self._settings = QSettings("Rvops", "rvops-desktop")
        self._softphone_widgets(softphone)
        self.notifier = notifier
        self._counts_timer = QTimer(self, singleShot=True, interval=COUNTS_DEBOUNCE_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._counting = None
        self._opened_timer = QTimer(self, singleShot=True, interval=0)
        self._opened_timer.timeout.connect(self._fill_opened)
        self._countsReady.connect(self._apply_counts, Qt.ConnectionType.QueuedConnection)
        self._window_timer = QTimer(self, interval=WINDOW_TICK_MS)
        self._window_timer.timeout.connect(self._tick)
        self._window_timer.start()
        self._wire()
        self._shortcuts()
        self._menus()
        self.views.selectionModel().setCurrentIndex(self.views_model.index(0),
                                                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_title()
        self._counts_timer.start()

    # ---- wiring ----------------------------------------------------------------------------------
    def _wire(self) -> None:
        s = self.session
        self.views.selectionModel().currentChanged.connect(lambda cur, _p: self.show_view(cur.data(roles.VIEW)))
        self.list.conversationSelected.connect(self.open_conversation)
        self.list.searchRequested.connect(self.search)
        self.list.claimRequested.connect(self.claim)
        self.inbox_model.unreadChanged.connect(lambda _n: self._counts_timer.start())
        self.bridge.changed.connect(self._replica_changed)
        header = self.pane.header
        header.claim.connect(lambda: self.claim(self.pane.conversation_id))
        header.transfer.connect(self.transfer)
        header.history.connect(self.history)
        header.close_.connect(self.close_conversation)
        header.reopen.connect(self.reopen_conversation)
        header.call.connect(self.call)
        composer = self.pane.composer
        composer.sendText.connect(lambda text: s.actions.send_message(self.pane.conversation_id, text,
                                                                      reply_to_id=composer.take_reply()))
        composer.sendNote.connect(lambda text: s.actions.add_note(self.pane.conversation_id, text))
        composer.sendFile.connect(self._send_file)
        composer.resumeRequested.connect(self.resume)
        self.pane.thread.retryRequested.connect(self._retry)
        self.pane.thread.attachmentClicked.connect(self._open_attachment)
        self.pane.opened.connect(self._opened)
        self.pane.said.connect(lambda sentence: self.statusBar().showMessage(sentence, 8000))
        self.pane.conversationChanged.connect(lambda _id: self._read_open_conversation())
        self.pane.contactChanged.connect(lambda _id: self._fill_opened())
        self.contact_panel.fieldEdited.connect(self._contact_edited)
        self.contact_panel.dealStageChosen.connect(lambda deal_id, stage: s.actions.update_deal(deal_id, stage=stage))
        self.contact_panel.taskTicked.connect(lambda task_id, done: s.actions.update_task(task_id, done=done))
        self.contact_panel.createRequested.connect(
            lambda kind, contact_id, fields: s.actions.create(kind, contact_id, **fields))
        s.refused.connect(self._refused)
        s.connectionChanged.connect(self._connection)
        self._connection(*s.connection, "")

    def _softphone_widgets(self, softphone) -> None:
        """S9: the call bar, the registration indicator, and every Call button gated by the softphone."""
        from .call_gate import CallGate
        if softphone is not None:
            from .call_bar import CallBar
            self.call_bar = CallBar(softphone, self)
            self.pane.layout().insertWidget(1, self.call_bar)
            self.call_bar.openConversation.connect(self.open_contact_conversation)
            self.call_bar.settingsRequested.connect(self.softphone_settings)
            softphone.audioFallback.connect(lambda sentence: self.statusBar().showMessage(sentence, 15000))
            self.call_gate = CallGate(softphone, parent=self)
            self.status.show_softphone(softphone)
        else:
            from rvops_desktop.voip import availability

            from ..services.softphone import engine_missing_sentence
            reason = engine_missing_sentence() if not availability().available else \
                self.tr("The softphone is not started.")
            self.call_gate = CallGate(None, reason, parent=self)
            self.status.show_softphone(None, reason)
        self.call_gate.add(self.pane.header.buttons["call"])
        self.call_gate.add(self.contact_panel.call_button)
        self.contact_panel.callRequested.connect(self.call_number)
        self.status.softphoneSettingsRequested.connect(self.softphone_settings)

    def _shortcuts(self) -> None:
        def bind(keys: str, slot) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        bind("Ctrl+K", self.focus_search)
        bind("Alt+Up", lambda: self.list.step(-1))
        bind("Alt+Down", lambda: self.list.step(1))
        bind("Ctrl+Return", self.pane.composer.submit)
        bind("Ctrl+Enter", self.pane.composer.submit)
        bind("Ctrl+Shift+C", self.close_conversation)
        bind("Ctrl+Shift+T", self.transfer)
        bind("Ctrl+Shift+A", self.claim_open_conversation)
        bind("Ctrl+Shift+R", self.reopen_conversation)
        bind("Ctrl+/", self.shortcut_sheet)
        bind("Ctrl+Shift+D", self.dial_pad)

    def _menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        self.close_to_tray_action = file.addAction(self.tr("Keep running in the tray when the window is closed"))
        self.close_to_tray_action.setCheckable(True)
        self.close_to_tray_action.setEnabled(self._tray_available())
        self.close_to_tray_action.setChecked(self.close_to_tray)
        self.close_to_tray_action.toggled.connect(lambda on: self._settings.setValue(CLOSE_TO_TRAY_KEY, on))
        file.addSeparator()
        email = self.session.me.get("email") or ""
        self.new_conversation_action = file.addAction(self.tr("&New conversation…"), self.start_conversation)
        self.new_conversation_action.setShortcut("Ctrl+N")
        self.contacts_action = file.addAction(self.tr("&Contacts…"), self.contacts)
        self.contacts_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        file.addSeparator()
        self.sign_out_action = file.addAction(self.tr("Sign &out (%1)").replace("%1", email), self.sign_out)
        self.quit_action = file.addAction(self.tr("&Quit"), self.quitRequested.emit)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        self.snippets_action = tools.addAction(self.tr("Snippets…"), self.snippets)
        self.snippets_action.setEnabled(self.session.can(Permission.MANAGE_SNIPPETS))
        if not self.snippets_action.isEnabled():
            self.snippets_action.setToolTip(self.tr("Your profile does not have the \"manage snippets\" permission."))
        tools.addAction(self.tr("Keyboard shortcuts"), self.shortcut_sheet)
        self.settings_action = tools.addAction(self.tr("Settings…"), self.settings)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setVisible(any(self.session.can(p) for p in SETTINGS_PERMISSIONS))
        self.supervision_action = tools.addAction(self.tr("Supervision…"), self.supervision)
        self.supervision_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.supervision_action.setVisible(self.session.can(Permission.SEE_ALL_CONVERSATIONS))
        tools.addSeparator()
        self.dial_pad_action = tools.addAction(self.tr("Dial pad…"), self.dial_pad)
        self.dial_pad_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.dial_pad_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the window's shortcut acts
        self.softphone_settings_action = tools.addAction(self.tr("Softphone settings…"), self.softphone_settings)
        self.softphone_settings_action.setEnabled(self.softphone is not None)
        tools.addSeparator()
        self.mute_action = tools.addAction(self.tr("Mute this conversation"))
        self.mute_action.setCheckable(True)
        self.mute_action.toggled.connect(self._mute)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("Keyboard shortcuts"), self.shortcut_sheet)
        self.log_folder_action = help_menu.addAction(self.tr("Open the log folder"), self.open_log_folder)
        help_menu.addAction(self.tr("About Rvops Desktop"), self.about)

    # ---- the app around the window ---------------------------------------------------------------
    @staticmethod
    def _tray_available() -> bool:
        from PySide6.QtWidgets import QSystemTrayIcon
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def close_to_tray(self) -> bool:
        """Closing the window hides it (calls and messages keep coming) where a tray exists; on by default."""
        if not self._tray_available():
            return False
        return self._settings.value(CLOSE_TO_TRAY_KEY, True, bool)

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
        self.bring_to_front()
        from rvops_desktop.calls import contact_matcher
        contact = contact_matcher(self.replica)(target)
        self.call_number(target, contact.id if contact is not None else "")
        if self.softphone is None:
            reason = self.call_gate.reason or self.tr("Calls are not available.")
            log.info("call to %s (%s) not placed: %s", target, contact.name if contact else "no contact", reason)
            self.statusBar().showMessage(reason, 15000)

    def _connection(self, state: str, pending: int, _label: str) -> None:
        if self.session.cut_off:
            if state == "signed_out":
                text = self.tr("Your session is no longer valid: sign in again. What you wrote is kept.")
            else:
                text = self.tr("You are offline. You can read and search what is on this computer; what you "
                               "write is sent when the connection returns (%1 waiting).").replace("%1", str(pending))
            self.offline_banner.setText(text)
            self.offline_banner.show()
        else:
            self.offline_banner.hide()

    def snippets(self) -> None:
        if not self.session.can(Permission.MANAGE_SNIPPETS):
            return
        from ..dialogs.snippets import SnippetsDialog
        self._show(SnippetsDialog(self.replica.store, self.session.actions, self))

    def _mute(self, muted: bool) -> None:
        if self.notifier is not None and self.pane.conversation_id:
            self.notifier.set_muted(self.pane.conversation_id, muted)

    # ---- views and list -------------------------------------------------------------------------
    def _user_name(self, user_id: str) -> str:
        return self.pane._user_name(user_id)

    def show_view(self, view: View | None) -> None:
        if view is None:
            return
        row = self.views_model.row_of(view)
        title = self.views_model.entries[row].title if row >= 0 else ""
        if view != self.inbox.view:
            self.inbox.set_view(view, self.session.team_ids)
        self.filter_bar.set_view(view)
        self.list.set_model(self.inbox_model, title=title, is_queue=view.kind == "queue")
        self._log_list()

    def _log_list(self) -> None:
        rule, view = self.filters.filter, self.inbox.view
        shown = ", ".join(f"{name}={value}" for name, value in vars(rule).items() if value) or "none"
        log.info("list %s: %d conversations (filters: %s; sort: %s)", view.kind if view.kind != "team"
                 else f"team:{view.team_id}", len(self.inbox), shown, self.inbox.sort)

    def focus_search(self) -> None:
        self.list.search.setFocus()
        self.list.search.selectAll()

    def search(self, query: str) -> None:
        """Show the results of `query` ("" drops them and goes back to the first view). A new query
        replaces the results at once, even while the results entry is the current one."""
        row = self.views_model.set_search(query or None)
        target = self.views_model.index(max(row, 0))
        self.views.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if query:
            self.show_view(View.search(query))

    def refresh_counts(self) -> None:
        """Unread conversations per view, counted off the GUI thread (debounced); the current
        view's count comes from its model at once."""
        if self._counting is not None and not self._counting.done():
            self._counts_timer.start()  # one count at a time; try again after the debounce
            return
        current = self.inbox.view
        self.views_model.set_counts({current: self.inbox_model.unread_count})
        self._update_title()
        others = [e.view for e in self.views_model.entries if e.view != current and e.view.kind != "closed"]
        store, me, teams = self.replica.store, self.session.user_id, self.session.team_ids

        def count() -> dict:  # counted by SQLite: no summaries built while the agent scrolls
            return store.unread_counts(others, me, teams)
        self._counting = _COUNTER.submit(count)
        self._counting.add_done_callback(lambda future: self._countsReady.emit(future))

    def _apply_counts(self, future) -> None:
        if not future.cancelled() and future.exception() is None:  # cancelled: the window closed
            self.views_model.set_counts(future.result())
            self._update_title()

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
        if around is None and conversation_id and self.inbox.view.kind == "search":
            match = self.inbox.get(conversation_id)
            around = getattr(match, "match_message_id", None)
        self.pane.show_conversation(conversation_id or None, around=around)
        if conversation_id and not self.list.search.hasFocus() and self.pane.composer.edit.isEnabled():
            self.pane.composer.edit.setFocus()  # as in WhatsApp or Slack: open it and type (search keeps its focus)
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
        history = self.replica.store.contact_history(contact.id) if contact else None
        self.contact_panel.show_contact(contact, history)
        self._update_title()
        self._read_open_conversation()

    def _read_open_conversation(self) -> None:
        """What the agent has open in front of them is read — also what arrives while they look (as in
        WhatsApp); not while the window is minimised or in the tray. The count is the assignee's."""
        c = self.pane.conversation
        if (c is not None and c.unread and c.assignee_id == self.session.user_id
                and self.isVisible() and not self.isMinimized()):
            self.session.actions.mark_read(c.id)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized():
            self._read_open_conversation()  # back in front of the agent

    def _replica_changed(self, change) -> None:
        if change.full or change.touched("conversations"):
            self._counts_timer.start()
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

    # ---- actions ---------------------------------------------------------------------------------
    def claim(self, conversation_id: str | None) -> None:
        """Claim it and stay with it: the pane keeps the claimed conversation (now under Mine), not
        the next one the queue slides up; my own claim is no news to notify me of."""
        if not conversation_id:
            return
        if self.notifier is not None:
            self.notifier.taken_by_me.add(conversation_id)
        self.session.actions.claim(conversation_id)
        if self.inbox.view.kind == "queue":
            mine = self.views_model.index(self.views_model.row_of(View.mine()))
            self.views.selectionModel().setCurrentIndex(mine, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if not self.list.select(conversation_id):
                self.open_conversation(conversation_id)

    def claim_open_conversation(self) -> None:
        """Ctrl+Shift+A: claim the queued conversation in front of the agent (the header's Claim)."""
        c = self.pane.conversation
        if c is not None and c.status == "open" and c.assignee_id is None:
            self.claim(c.id)

    def transfer(self) -> None:
        c = self.pane.conversation
        if c is None or c.status != "open" or not self.session.can_act(c):
            return
        from ..dialogs.transfer import TransferDialog
        dialog = TransferDialog(self.replica.store, exclude_user=c.assignee_id, parent=self)
        dialog.accepted.connect(lambda: self.session.actions.transfer(c.id, note=dialog.note(), **dialog.target()))
        self._show(dialog)

    def history(self) -> None:
        contact = self.pane.contact
        if contact is None:
            return
        from ..dialogs.history import HistoryDialog
        dialog = HistoryDialog(self.replica.store, contact.id, parent=self)
        self._show(dialog)

    def close_conversation(self) -> None:
        c = self.pane.conversation
        if c is None or c.status != "open" or not self.session.can_act(c):
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close conversation"),
                          self.tr("Close the conversation with %1? It leaves your inbox and the contact's record "
                                  "is consolidated.").replace("%1", self.pane.header.title.text()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        plain(box)  # the contact's name, as they wrote it
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(lambda: self.session.actions.close(c.id))
        self._show(box)

    def reopen_conversation(self) -> None:
        """A closed conversation back in my inbox: the pane stays with it, now under Mine."""
        c = self.pane.conversation
        if c is None or c.status == "open":
            return
        self.session.actions.reopen(c.id)
        if self.inbox.view.kind != "mine":
            mine = self.views_model.index(self.views_model.row_of(View.mine()))
            self.views.selectionModel().setCurrentIndex(mine, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if not self.list.select(c.id):
                self.open_conversation(c.id)

    def resume(self) -> None:
        c = self.pane.conversation
        if c is None:
            return
        from ..dialogs.resume import ResumeDialog
        dialog = ResumeDialog(self.replica.store.templates(), self.pane.contact, parent=self)
        dialog.accepted.connect(lambda: self.session.actions.resume(c.id, *dialog.choice(), dialog.preview_text()))
        self._show(dialog)

    def start_conversation(self, contact=None):
        """The New conversation dialog (for `contact`, or the contact the agent searches for); Start
        sends the template and opens the new conversation, under Mine."""
        from rvops_desktop.sync.actions import new_id

        from ..dialogs.start_conversation import StartConversationDialog
        store = self.replica.store
        dialog = StartConversationDialog(store, store.templates(), me=self.session.user_id, contact=contact,
                                         parent=self, directory=self.contacts_directory
                                         if self.session.can(Permission.EDIT_CONTACT) else None)

        def start() -> None:
            template, variables = dialog.choice()
            contact_id = dialog.contact().id
            if contact_id is None:  # a number typed in: the contact first, then the conversation (offline too)
                new = dialog.contact()
                contact_id = self.session.actions.create_contact(new.shown, phone=new.phone)
            conversation_id = new_id()
            if self.notifier is not None:   # my own start is no news to notify me of
                self.notifier.taken_by_me.add(conversation_id)
            self.open_conversation(self.session.actions.start_conversation(
                contact_id, template, variables, conversation_id=conversation_id))
        dialog.accepted.connect(start)
        dialog.openRequested.connect(self.open_conversation)
        self._show(dialog)
        return dialog

    def call(self) -> None:
        contact = self.pane.contact
        if self.softphone is not None and contact is not None and contact.phone:
            self.softphone.call(contact.phone, conversation_id=self.pane.conversation_id, contact_id=contact.id,
                                contact=contact)

    def call_number(self, number: str, contact_id: str = "") -> None:
        """Click-to-call from the contact panel (or any number): the open conversation is the call's."""
        if self.softphone is None or not number:
            return
        contact = self.replica.store.contact(contact_id) if contact_id else None
        conversation_id = self.pane.conversation_id if contact is not None and self.pane.contact is not None \
            and self.pane.contact.id == contact.id else None
        self.softphone.call(number, conversation_id=conversation_id, contact_id=contact_id or None, contact=contact)

    def dial_pad(self) -> None:
        from ..dialogs.dial_pad import DialPadDialog
        dialog = DialPadDialog(self.call_gate, self)
        dialog.dialed.connect(self.call_number)
        self._show(dialog)

    def softphone_settings(self) -> None:
        if self.softphone is None:
            return
        from ..dialogs.sip_settings import SipSettingsDialog
        self._show(SipSettingsDialog(self.softphone, self))

    def open_contact_conversation(self, contact_id: str, conversation_id: str = "") -> None:
        """The caller's conversation (the call's own, else the contact's latest, open first)."""
        store = self.replica.store
        if not conversation_id:
            rows = [c for c in (store.conversation(i) for i in store.conversation_ids_of_contacts([contact_id])) if c]
            if not rows:
                self.statusBar().showMessage(self.tr("This contact has no conversation yet."), 8000)
                return
            rows.sort(key=lambda c: (c.status == "open", c.last_message_at or ""), reverse=True)
            conversation_id = rows[0].id
        if not self.list.select(conversation_id):
            self.open_conversation(conversation_id)

    def shortcut_sheet(self) -> None:
        from ..dialogs.shortcuts import ShortcutsDialog
        dialog = ShortcutsDialog(self)
        self._show(dialog)

    def _show(self, dialog) -> None:
        """Window-modal, without a nested event loop (qasync-friendly): results come by signal."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def _send_file(self, path: str, mime_type: str, caption: str) -> None:
        uploads = getattr(self, "uploads", None)
        if uploads is not None:
            uploads.send_file(self.pane.conversation_id, path, mime_type, caption)

    def _retry(self, message_id: str) -> None:
        message = self.replica.store.message(message_id)
        if message is not None and message.status == "failed":
            self.session.actions.retry(message)

    def _open_attachment(self, message_id: str, attachment: dict) -> None:
        media = getattr(self, "media", None)
        if media is None:
            return
        if attachment.get("state") == "failed":  # a customer's file Meta did not give us: try again
            message = self.replica.store.message(message_id)
            attachments = list(message.attachments or []) if message is not None else []
            if attachment in attachments:
                media.retry_download(message_id, attachments.index(attachment))
            return
        media.open(attachment)

    def _contact_edited(self, contact_id: str, field: str, value) -> None:
        contact = self.pane.contact
        self.session.actions.update_contact(contact_id, {field: value},
                                            dict(contact.properties or {}) if contact else None)

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
        for timer in (self._counts_timer, self._window_timer, self._opened_timer):
            timer.stop()
        if self._counting is not None:
            self._counting.cancel()
            try:
                self._counting.result(timeout=5)
            except Exception:  # cancelled, or the count failed: either way it is over
                pass
        if self.notifier is not None:
            self.notifier.close()
        if self.softphone is not None:
            self.softphone.close()
        self.session.close()
        self.inbox_model.close()
        self.inbox.close()
        self.pane.thread_model.close()
        if getattr(self, "contacts_dialog", None) is not None:
            self.contacts_dialog.close()
        if getattr(self, "_contacts_directory", None) is not None:
            self._contacts_directory.close()
        self.bridge.close()
        super().closeEvent(event)
