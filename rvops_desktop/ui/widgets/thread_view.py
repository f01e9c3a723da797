"""The thread: a QListView with the bubble delegate (virtualized: no widget per message).
Older pages load when the agent scrolls to the top; new messages keep it pinned to the bottom."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QMenu, QStyleOptionViewItem, QWidget

from rvops_contract.reactions import QUICK_REACTIONS
from rvops_contract.wire import MessageKind, MessageStatus
from rvops_desktop.models.forwarding import can_forward

from ..delegates.message_delegate import MessageDelegate
from ..qt_models import roles

# Rows laid out per step of the batched layout (the rest follow in later event-loop turns). Every
# insertion (an older page) lays the list out again from the top, so this is paid per frame while
# scrolling; it must cover the page just inserted plus a screen, for the anchor row to have its
# geometry at once (see _load_older).
LAYOUT_BATCH = 200
LAYOUT_MARGIN = 40
FILL_MARGIN = 2  # rows read beyond those that fill the view (a first scroll's worth)


class ThreadView(QListView):
    attachmentClicked = Signal(str, dict)  # message id, attachment
    retryRequested = Signal(str)  # message id
    replyRequested = Signal(str)  # message id: quote it in the composer
    reactRequested = Signal(str, str)  # message id, emoji: react to it (WhatsApp)
    forwardRequested = Signal(str)  # message id: send its text to another conversation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadView")
        self.reactions_allowed = False  # the pane says: a WhatsApp conversation the agent may write in
        self.setAccessibleName(self.tr("Messages of the conversation"))
        self.delegate = MessageDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.delegate.chipClicked.connect(self.attachmentClicked)
        self.delegate.retryClicked.connect(self.retryRequested)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.verticalScrollBar().rangeChanged.connect(self._on_range)
        self._pinned = True
        self._loading_older = False

    def set_thumbnails(self, thumbnails) -> None:
        """Draw image attachments as pictures (ui/services/thumbnails.py); each repaints once loaded."""
        self.delegate.set_thumbnails(thumbnails)
        thumbnails.ready.connect(lambda _id: self.viewport().update())
        self.scheduleDelayedItemsLayout()

    def setModel(self, model) -> None:
        old = self.model()
        if old is not None:
            old.rowsInserted.disconnect(self._rows_inserted)
            old.modelReset.disconnect(self._model_reset)
            if hasattr(old, "set_size_of"):
                old.set_size_of(None)
        if hasattr(model, "set_size_of"):
            model.set_size_of(self._size_of)
        super().setModel(model)
        self.delegate.set_source(model)
        model.rowsInserted.connect(self._rows_inserted)
        model.modelReset.connect(self._model_reset)

    def _size_of(self, message, index: QModelIndex):
        """A row's size hint: the bubble laid out at the viewport's width in the view's font (what
        QListView's layout passes a delegate's sizeHint in its option); the font is only read
        when the row is not measured yet."""
        return self.delegate.size_of(message, index, self.viewport().width(), self.font)

    def rows_to_fill(self, height: int) -> int:
        """How many messages to read when a conversation opens in a thread `height` pixels tall:
        one-line rows to fill it and a few more (older ones load as the agent scrolls up, and at
        once if the rows read leave the view unfilled: `_on_range`)."""
        row = max(1, self.delegate.one_line_height(max(1, self.viewport().width()), self.font()))
        return -(-height // row) + FILL_MARGIN

    def _on_range(self, _minimum: int, maximum: int) -> None:
        """The scroll range changed. On the newest message, stay on it: the range grows after the
        thread opened as rows are measured again and the pane's chrome settles (the composer's
        notice of a closed window takes height). And while the rows no longer reach the top of the
        view (taller rows than guessed, a taller window): read older messages until they do, or
        there are none."""
        if self._pinned and not self._loading_older and self.verticalScrollBar().value() != maximum:
            self.verticalScrollBar().setValue(maximum)
        model = self.model()
        if maximum <= 0 and model is not None and model.rowCount() and getattr(model, "has_older", False):
            QTimer.singleShot(0, self, self._fill)

    def _fill(self) -> None:
        model = self.model()
        if model is None or not getattr(model, "has_older", False):
            return
        self.executeDelayedItemsLayout()  # the range of the rows read so far, not a stale one
        if self.verticalScrollBar().maximum() > 0:
            return
        pinned = self._pinned
        self._load_older()  # lays the rows out again: the range grows, or _on_range asks again
        if pinned:
            self.scrollToBottom()

    def _model_reset(self) -> None:
        self.delegate.clear_cache()
        self._pinned = True
        QTimer.singleShot(0, self, self.scrollToBottom)
        QTimer.singleShot(0, self, self._fill)  # a range that stays empty says nothing (_on_range)

    def focus_message(self, message_id: str | None) -> None:
        """Scroll to `message_id` and outline it (a search hit), instead of the newest message;
        None: no mark, the newest at the bottom as usual."""
        self.delegate.marked_id = message_id
        if message_id is None:
            return
        self._pinned = False

        def show() -> None:
            model = self.model()
            row = model.row_of(message_id) if model is not None else -1
            if row >= 0:
                self.scrollTo(model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
                self._pinned = False
            self.viewport().update()
        QTimer.singleShot(0, self, show)  # after the reset's own scroll to the bottom

    def marked_row_visible(self) -> bool:
        model, marked = self.model(), self.delegate.marked_id
        row = model.row_of(marked) if model is not None and marked else -1
        return row >= 0 and self.viewport().rect().intersects(self.visualRect(model.index(row)))

    def _rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if self._loading_older:
            return
        if self._pinned:
            QTimer.singleShot(0, self, self.scrollToBottom)

    def _on_scroll(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._pinned = value >= bar.maximum() - 4
        if value <= 0 and bar.maximum() > 0 and not self._loading_older:
            self._load_older()

    def _load_older(self) -> None:
        model = self.model()
        if model is None:
            return
        anchor = self.indexAt(self.viewport().rect().topLeft())
        anchor_id = anchor.data(roles.ID) if anchor.isValid() else None
        offset = self.visualRect(anchor).top() if anchor.isValid() else 0
        self._loading_older = True
        try:
            arrived = model.load_older()
        finally:
            self._loading_older = False
        if arrived and anchor_id is not None:
            self.setBatchSize(max(LAYOUT_BATCH, arrived + LAYOUT_MARGIN))
            self.doItemsLayout()
            row = model.row_of(anchor_id)  # keep the message under the eye still
            if row >= 0:
                self.scrollTo(model.index(row), QAbstractItemView.ScrollHint.PositionAtTop)
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() - offset)

    def wheelEvent(self, event) -> None:
        if event.angleDelta().y() > 0 and self.verticalScrollBar().value() <= 0:
            self._load_older()  # already at the top: the wheel asks for older messages
        super().wheelEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            option.rect = self.visualRect(index)
            self.delegate.hit(option, index, event.position().toPoint())
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event) -> None:
        """Right-click (or the menu key) on a message: reply quoting it, react to it, forward it, copy its text."""
        index = self.indexAt(event.pos())
        message = index.data(roles.ROW) if index.isValid() else None
        if message is None or message.kind in (MessageKind.SYSTEM, MessageKind.CALL):
            return
        menu = QMenu(self)
        menu.setObjectName("messageMenu")
        if message.kind != MessageKind.NOTE and message.status != MessageStatus.FAILED and not (message.payload or {}).get("deleted"):
            menu.addAction(self.tr("Reply"), lambda: self.replyRequested.emit(message.id))
        if self.reactions_allowed and message.kind not in (MessageKind.NOTE, MessageKind.REACTION) \
                and message.status in (MessageStatus.RECEIVED, MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ) \
                and not (message.payload or {}).get("deleted"):
            react = menu.addMenu(self.tr("React"))
            react.setObjectName("reactMenu")
            for emoji in QUICK_REACTIONS:
                react.addAction(emoji, lambda e=emoji: self.reactRequested.emit(message.id, e))
        if can_forward(message.kind, message.text, message.payload):
            menu.addAction(self.tr("Forward…"), lambda: self.forwardRequested.emit(message.id))
        if message.text:
            menu.addAction(self.tr("Copy text"), lambda: QApplication.clipboard().setText(message.text))
        if menu.isEmpty():
            return
        self.last_menu = menu
        menu.popup(event.globalPos())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self.delegate.clear_cache()
        return super().event(event)
