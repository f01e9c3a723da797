"""The middle column: search box, the conversation list of the current view, the Claim button
for the shared queue (manual distribution)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..delegates.conversation_delegate import ROW_HEIGHT, ConversationDelegate
from ..plain_text import plain
from ..qt_models import roles

SEARCH_PAUSE_MS = 300  # typing pause before a search runs (each keystroke restarts it)
SEARCH_MIN_CHARS = 2  # as the index's shortest prefix (models/search.py)


class ConversationTable(QTableView):
    """The conversation list as a one-column table of fixed-height rows (issue 14).

    A QListView lays every row out again after each insert, move or removal — two Python
    `rowCount` calls per row, ~130 ms of frozen window for one inbound message at 90,000 rows.
    A table with fixed row heights keeps no per-row layout: its vertical header knows every
    row's place from the count alone, so a change costs what it changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as from any list
        # the keyboard's (Tab) and not the mouse's: a click opens a conversation and leaves the
        # focus to its composer; arrows, Page and Home/End in a list tabbed into keep it here
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCornerButtonEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        rows = self.verticalHeader()
        rows.hide()
        rows.setAccessibleName(self.tr("Conversation rows"))  # hidden, but named like every control
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        columns = self.horizontalHeader()
        columns.hide()
        columns.setAccessibleName(self.tr("Conversation columns"))
        columns.setStretchLastSection(True)  # the one column is as wide as the list

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End go to the first and last conversation, as in any list (a table's would go
        to the first and last column)."""
        model = self.model()
        if model is not None and model.rowCount() and action in (
                QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            last = action == QAbstractItemView.CursorAction.MoveEnd
            return model.index(model.rowCount() - 1 if last else 0, 0)
        return super().moveCursor(action, modifiers)

class ConversationList(QWidget):
    conversationSelected = Signal(str)  # conversation id ("" when nothing is selected)
    searchRequested = Signal(str)  # the query ("" clears)
    claimRequested = Signal(str)

    def __init__(self, clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search conversations, contacts, messages (Ctrl+K)"))
        self.search.setClearButtonEnabled(True)
        # Search as the agent types (after a short pause, from two characters), or at once on Enter
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._search_typed)
        self.search.returnPressed.connect(self._search_now)
        self.search.textChanged.connect(self._search_changed)
        self.title = plain(QLabel(self))  # a view may be named after a team
        self.title.setObjectName("listTitle")
        self.claim_button = QPushButton(self.tr("Claim"), self)
        self.claim_button.setToolTip(self.tr("Take this conversation from the queue"))
        self.claim_button.clicked.connect(self._claim)
        self.claim_button.hide()
        self.view = ConversationTable(self)
        self.view.setObjectName("conversationList")
        self.view.setAccessibleName(self.tr("Conversations"))
        self.view.setItemDelegate(ConversationDelegate(clock, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows elide to the width
        self.view.setMinimumWidth(280)
        self.empty = QLabel(self.tr("No conversations here."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyLabel")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.claim_button)
        self._top = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(top)
        self._list_layout = layout
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self._model = None

    def set_filter_bar(self, bar: QWidget) -> None:
        """The filters, between the list's title and the list (its `title_controls` in the title
        row, before the Claim button)."""
        self.filter_bar = bar
        for control in getattr(bar, "title_controls", ()):
            self._top.insertWidget(self._top.indexOf(self.claim_button), control)
        self._list_layout.insertWidget(self._list_layout.indexOf(self.view), bar)

    def set_model(self, model, *, title: str, is_queue: bool) -> None:
        if self._model is not model:
            if self._model is not None:
                for signal in (self._model.rowsInserted, self._model.rowsRemoved, self._model.modelReset):
                    signal.disconnect(self._update_empty)
            self._model = model
            self.view.setModel(model)
            self.view.selectionModel().currentChanged.connect(self._current_changed)
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self._update_empty)
        self.title.setText(title)
        self.claim_button.setVisible(is_queue)
        self._update_empty()

    def _update_empty(self, *_args) -> None:
        empty = self._model is None or self._model.rowCount() == 0
        self.empty.setVisible(empty)
        self.claim_button.setEnabled(not empty and self.current_id() is not None)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(roles.ID) if index.isValid() else None

    def select(self, conversation_id: str) -> bool:
        row = self._model.row_of(conversation_id) if self._model else -1
        if row < 0:
            return False
        index = self._model.index(row)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        return True

    def step(self, delta: int) -> None:
        """Alt+Up / Alt+Down: the previous / next conversation."""
        if self._model is None or self._model.rowCount() == 0:
            return
        row = self.view.currentIndex().row()
        row = 0 if row < 0 else max(0, min(self._model.rowCount() - 1, row + delta))
        self.select(self._model.conversation_id(row))

    def _current_changed(self, current, _previous) -> None:
        self.claim_button.setEnabled(current.isValid())
        self.conversationSelected.emit(current.data(roles.ID) if current.isValid() else "")

    def _search_changed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self.searchRequested.emit("")
        else:
            self._search_timer.start()

    def _search_typed(self) -> None:
        if len(self.search.text().strip()) >= SEARCH_MIN_CHARS:
            self._search_now()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.searchRequested.emit(self.search.text().strip())

    def _claim(self) -> None:
        conversation_id = self.current_id()
        if conversation_id:
            self.claimRequested.emit(conversation_id)
