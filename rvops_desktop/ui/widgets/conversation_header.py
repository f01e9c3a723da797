"""Above the thread: the contact's name, channel and window state, and the conversation's
actions: Claim, Transfer, Snooze (a menu of times, and Wake now), Previous history, Close (Reopen
once closed), Call.

The header holds still: the actions are anchored right and Close and Reopen share one place, so
Claim coming and going (leftmost) moves no other button; the name gives up width with `…`; and the
header asks its pane for the width of every action at once, whichever are shown, so opening
another conversation never moves a pane under the agent's mouse.

In a narrow pane (a 1360 px laptop) the worded actions drop their words for their icons (the word
stays in the tooltip and the accessible name) before the name is cut below TITLE_ROOM: at 565 px
the words left "Maria Olive…". Whether they do depends on the header's width alone, never on the
conversation, so switching conversations still moves nothing. The line under the name (channel,
agent, the 24-hour window, labels, snooze) runs under the actions, the header's whole width."""
from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.snooze import SnoozeChoice

from ..resources import icon
from .button_keys import bind_keys, shown_keys
from .elided_label import ElidedLabel

# Keys of header buttons that the main window's shortcuts do not cover (those: main_menus.py)
CALL_KEYS = ("Ctrl+Shift+L",)   # "ligar"
HISTORY_KEYS = ("Ctrl+H",)      # as a browser's history
KEYS = {"call": CALL_KEYS, "history": HISTORY_KEYS}
WORDED = ("claim", "transfer", "history", "close", "reopen")  # words while the header has room for them
WIDGETSIZE_MAX = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX (PySide6 does not export it)
TITLE_ROOM = 160  # px the contact's name keeps before the worded actions give up their words


class ConversationHeader(QWidget):
    claim = Signal()
    transfer = Signal()
    history = Signal()
    close_ = Signal()
    reopen = Signal()
    call = Signal()
    snooze = Signal(str)  # a SnoozeChoice, or "" to wake it now
    labels = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel_icon = QLabel(self)
        self.channel_icon.setFixedSize(28, 28)
        self.title = ElidedLabel(self)  # the contact's name, as they wrote it
        self.title.setObjectName("conversationTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 2)
        self.title.setFont(font)
        self.subtitle = ElidedLabel(self)
        self.subtitle.setObjectName("conversationSubtitle")
        self.buttons: dict[str, QPushButton] = {}
        # The name shares its line with the actions; the line under it (channel, agent, the 24-hour
        # window, labels, snooze) runs under the actions too: at 1360-1400 px beside them it was cut
        # to "Janela: faltam …".
        outer = QHBoxLayout(self)
        outer.addWidget(self.channel_icon)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self._row = row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 1)
        texts.addLayout(row)
        texts.addWidget(self.subtitle)
        outer.addLayout(texts, 1)
        self._outer = outer
        for name, label, tip, signal in (
                ("claim", self.tr("Claim"), "Ctrl+Shift+A", self.claim),
                ("transfer", self.tr("Transfer"), "Ctrl+Shift+T", self.transfer),
                ("snooze", self.tr("Snooze"), self.tr("Put it away until a time: it comes back to Mine then, "
                                                      "or as soon as the customer writes"), None),
                ("labels", self.tr("Labels"), self.tr("Put labels on the conversation, to find it again"),
                 self.labels),
                ("history", self.tr("History"), self.tr("Previous history: this contact's earlier conversations")
                 + f" ({shown_keys(HISTORY_KEYS)})", self.history),
                ("close", self.tr("Close"), "Ctrl+Shift+C", self.close_),
                ("reopen", self.tr("Reopen"), "Ctrl+Shift+R", self.reopen),
                ("call", self.tr("Call"), shown_keys(CALL_KEYS), self.call)):
            button = QPushButton(label, self)
            button.setObjectName(f"{name}Button")
            if tip and name not in ("snooze", "labels"):
                button.setToolTip(tip)
            if name in WORDED:
                button.setIcon(icon(name))
                button.setAccessibleName(label)
            if name == "call":
                button.setIcon(icon("call"))
            if name in ("snooze", "labels"):   # icon-only: the header must fit a 1360 px laptop (test_layout)
                button.setIcon(icon("snooze" if name == "snooze" else "label"))
                button.setText("")
                button.setFixedWidth(button.iconSize().width() + 12)
                button.setAccessibleName(label)
                button.setToolTip(f"{label}: {tip}")
            if signal is not None:
                button.clicked.connect(signal)
            self.buttons[name] = button
            if name in KEYS:
                bind_keys(button, KEYS[name])   # while it shows and is enabled, as its click
            if name == "close":
                self._close_or_reopen = QStackedWidget(self)
                self._close_or_reopen.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                row.addWidget(self._close_or_reopen)
            if name in ("close", "reopen"):
                self._close_or_reopen.addWidget(button)
            else:
                row.addWidget(button)

        self.snooze_menu = QMenu(self)
        for choice, label in ((SnoozeChoice.UNTIL_REPLY, self.tr("Until the customer replies")),
                              (SnoozeChoice.ONE_HOUR, self.tr("For 1 hour")),
                              (SnoozeChoice.THREE_HOURS, self.tr("For 3 hours")),
                              (SnoozeChoice.TOMORROW, self.tr("Until tomorrow, 9:00")),
                              (SnoozeChoice.NEXT_WEEK, self.tr("Until Monday, 9:00"))):
            action = self.snooze_menu.addAction(label)
            action.setObjectName(f"snooze_{choice.value}")
            action.triggered.connect(lambda _checked=False, c=choice: self.snooze.emit(c.value))
        self.snooze_menu.addSeparator()
        self.wake_action = self.snooze_menu.addAction(self.tr("Wake it now"))
        self.wake_action.triggered.connect(lambda: self.snooze.emit(""))
        self.buttons["snooze"].setMenu(self.snooze_menu)
        # no drop-down arrow over the 28-px icon button (its tooltip says it opens choices)
        self.buttons["snooze"].setStyleSheet("QPushButton::menu-indicator { image: none; width: 0px; }")
        self._words = {name: self.buttons[name].text() for name in WORDED}
        self._tips = {name: self.buttons[name].toolTip() for name in WORDED}
        self._worded_width = self._width_of_every_action()  # with their words, measured once
        self.compact = False

    def minimumSizeHint(self) -> QSize:
        """As wide as with every action shown, whichever are: the pane never has to grow for one."""
        hint = super().minimumSizeHint()
        spacing = max(self._row.spacing(), 0)
        hidden = sum(_laid_out_width(self.buttons[name]) + spacing for name in ("claim", "transfer", "snooze")
                     if self.buttons[name].isHidden())
        return QSize(hint.width() + hidden, hint.height())

    def _width_of_every_action(self) -> int:
        spacing = max(self._row.spacing(), 0)
        widths = [_laid_out_width(self.buttons[name]) for name in ("claim", "transfer", "snooze", "labels",
                                                                     "history", "call")]
        widths.append(max(_laid_out_width(self.buttons[name]) for name in ("close", "reopen")))
        return sum(widths) + spacing * len(widths)

    def resizeEvent(self, event) -> None:
        margins = self._outer.contentsMargins()
        room = (event.size().width() - margins.left() - margins.right() - self._worded_width
                - self.channel_icon.width() - max(self._outer.spacing(), 0))
        self._set_compact(room < TITLE_ROOM)
        super().resizeEvent(event)

    def _set_compact(self, compact: bool) -> None:
        """The worded actions as icons (compact) or with their words."""
        if compact == self.compact:
            return
        self.compact = compact
        for name in WORDED:
            button, word, tip = self.buttons[name], self._words[name], self._tips[name]
            button.setText("" if compact else word)
            button.setToolTip((f"{word} ({tip})" if tip else word) if compact else tip)
            if compact:
                button.setFixedWidth(button.iconSize().width() + 12)
            else:
                button.setMinimumWidth(0)
                button.setMaximumWidth(WIDGETSIZE_MAX)
        self._close_or_reopen.updateGeometry()

    def show_conversation(self, *, name: str, channel: str, subtitle: str, can_claim: bool, can_act: bool,
                          is_open: bool, can_call: bool, snoozed: bool = False) -> None:
        self.channel_icon.setPixmap(icon(channel).pixmap(28, 28))
        self.title.setText(name)
        self.subtitle.setText(subtitle)
        self.buttons["claim"].setVisible(can_claim)
        # A closed conversation offers what can be done with it: reopen it, not transfer or close it
        self.buttons["transfer"].setVisible(is_open)
        self.buttons["snooze"].setVisible(is_open)
        self.buttons["snooze"].setEnabled(can_act and is_open)
        self.wake_action.setEnabled(snoozed)
        self.buttons["labels"].setEnabled(can_act)
        self._close_or_reopen.setCurrentWidget(self.buttons["close" if is_open else "reopen"])
        self.buttons["transfer"].setEnabled(can_act and is_open)
        self.buttons["close"].setEnabled(can_act and is_open)
        self.buttons["call"].setEnabled(can_call)


def _laid_out_width(button: QPushButton) -> int:
    """The width the layout gives a button: its size hint, within its minimum and maximum (a fixed one)."""
    return min(max(button.sizeHint().width(), button.minimumWidth()), button.maximumWidth())
