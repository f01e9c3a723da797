"""The composer's emoji picker: search by name (Portuguese or English, accents optional), categories
as tabs, the agent's recently used first; keyboard all the way (type, ↓ into the grid, Enter).
State lives in models.emoji_catalog.EmojiPicker; this popup only lays it out."""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QListView, QTabBar, QVBoxLayout, QWidget

from rvops_desktop.models.emoji_catalog import RECENT, EmojiPicker

from ..qt_models.emoji_model import EmojiListModel

RECENT_KEY = "composer/recentEmoji"
CATEGORY_NAMES = {
    RECENT: QT_TRANSLATE_NOOP("EmojiPopup", "Recently used"),
    "Smileys & Emotion": QT_TRANSLATE_NOOP("EmojiPopup", "Smileys & emotion"),
    "People & Body": QT_TRANSLATE_NOOP("EmojiPopup", "People & body"),
    "Animals & Nature": QT_TRANSLATE_NOOP("EmojiPopup", "Animals & nature"),
    "Food & Drink": QT_TRANSLATE_NOOP("EmojiPopup", "Food & drink"),
    "Travel & Places": QT_TRANSLATE_NOOP("EmojiPopup", "Travel & places"),
    "Activities": QT_TRANSLATE_NOOP("EmojiPopup", "Activities"),
    "Objects": QT_TRANSLATE_NOOP("EmojiPopup", "Objects"),
    "Symbols": QT_TRANSLATE_NOOP("EmojiPopup", "Symbols"),
    "Flags": QT_TRANSLATE_NOOP("EmojiPopup", "Flags"),
}
CATEGORY_MARKS = {RECENT: "🕘", "Smileys & Emotion": "😀", "People & Body": "👋", "Animals & Nature": "🐶",
                  "Food & Drink": "🍎", "Travel & Places": "🚗", "Activities": "⚽", "Objects": "💡",
                  "Symbols": "❤️", "Flags": "🏁"}


class EmojiPopup(QFrame):
    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("emojiPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._settings = settings if settings is not None else QSettings()
        recent = self._settings.value(RECENT_KEY, [], list) or []
        self.picker = EmojiPicker(recent=[str(c) for c in recent])
        self.search = QLineEdit(self)
        self.search.setObjectName("emojiSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search emoji (pizza, heart, thumbs up…)"))
        self.search.setAccessibleName(self.tr("Search emoji"))
        self.search.textChanged.connect(self.picker.set_query)
        self.search.returnPressed.connect(self._pick_first)
        self.search.installEventFilter(self)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("emojiCategories")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.model = EmojiListModel(self.picker, self)
        self.grid = QListView(self)
        self.grid.setObjectName("emojiGrid")
        self.grid.setAccessibleName(self.tr("Emoji"))
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setUniformItemSizes(True)  # 1,900 cells laid out at once, not measured one by one
        self.grid.setGridSize(QSize(36, 36))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        font = self.grid.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.grid.setFont(font)
        self.grid.setModel(self.model)
        self.grid.clicked.connect(self._pick)
        self.grid.activated.connect(self._pick)
        self._fill_tabs()
        self.tabs.currentChanged.connect(self._tab_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.tabs)
        layout.addWidget(self.grid, 1)
        self.resize(360, 340)

    # ---- categories ----------------------------------------------------------------------------
    def _fill_tabs(self) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for category in self.picker.categories:
            index = self.tabs.addTab(CATEGORY_MARKS[category])
            name = QCoreApplication.translate("EmojiPopup", CATEGORY_NAMES[category])
            self.tabs.setTabToolTip(index, name)
            self.tabs.setAccessibleTabName(index, name)
            self.tabs.setTabData(index, category)
        self.tabs.setCurrentIndex(self.picker.categories.index(self.picker.category))
        self.tabs.blockSignals(False)

    def _tab_chosen(self, index: int) -> None:
        category = self.tabs.tabData(index)
        if category:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.picker.set_category(category)
            self.grid.scrollToTop()

    # ---- picking -------------------------------------------------------------------------------
    def _pick(self, index) -> None:
        char = index.data()
        if not char:
            return
        self.picker.pick(char)
        self._settings.setValue(RECENT_KEY, self.picker.recent)
        self.picked.emit(char)
        self.hide()

    def _pick_first(self) -> None:
        if self.model.rowCount():
            self._pick(self.model.index(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            if self.model.rowCount():
                self.grid.setFocus()
                self.grid.setCurrentIndex(self.model.index(0))
            return True
        return super().eventFilter(watched, event)

    def popup_above(self, anchor: QWidget) -> None:
        """Open above `anchor` (the composer's emoji button), on a fresh search, recent ones first."""
        if self.picker.recent and self.picker.categories[0] != self.tabs.tabData(0):
            self._fill_tabs()
        self.search.clear()
        self.picker.set_category(self.picker.categories[0])
        self.tabs.setCurrentIndex(0)
        corner = anchor.mapToGlobal(QPoint(0, 0))
        self.move(corner.x(), max(0, corner.y() - self.height()))
        self.show()
        self.search.setFocus()
