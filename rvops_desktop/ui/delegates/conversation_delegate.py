"""Paints one conversation row: channel icon, contact name, last message preview, time, unread
badge, assignee (or, while the customer waits for an agent, how long: urgent from
`LONG_WAIT_MIN`) and the window state (time left, or locked). Fixed height: uniform item sizes
keep a 100,000-row list smooth."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rvops_contract import preview
from rvops_contract.clock import from_iso
from rvops_contract.snooze import awaits_reply, is_snoozed
from rvops_contract.wire import ConversationStatus
from rvops_desktop.models.inbox_filter import LONG_WAIT_MIN, waiting_minutes

from ..local_time import clock_time, day_and_month
from ..qt_models import roles
from ..resources import icon
from ..theme import colors

ROW_HEIGHT = 68
PAD = 10
ICON = 22




def window_label(state, now: datetime) -> tuple[str, bool]:
    """("2 h 15 min left" | "Locked" | "", locked?)."""
    if state is None or state.closes_at is None and state.is_open:
        return "", False
    if not state.is_open:
        return QCoreApplication.translate("ConversationDelegate", "Locked"), True
    left = state.time_left(now)
    minutes = max(0, int(left.total_seconds() // 60)) if left else 0
    if minutes >= 60:
        return QCoreApplication.translate("ConversationDelegate", "%1 h %2 min left").replace("%1", str(minutes // 60)).replace("%2", str(minutes % 60)), False
    return QCoreApplication.translate("ConversationDelegate", "%1 min left").replace("%1", str(minutes)), False


def short_time(iso: str | None, now: datetime) -> str:
    """The row's time as the thread's day separators say it: 14:05 today, "Yesterday", else 05/12."""
    moment = from_iso(iso)
    if moment is None:
        return ""
    local = moment.astimezone()
    today = now.astimezone().date()
    if local.date() == today:
        return clock_time(local)
    if local.date() == today - timedelta(days=1):
        return QCoreApplication.translate("ConversationDelegate", "Yesterday")
    return day_and_month(local)


_MARK_WORDS = {  # a last message without text: its mark (rvops_contract/preview.py) and a word
    preview.IMAGE: QT_TRANSLATE_NOOP("ConversationDelegate", "Photo"),
    preview.AUDIO: QT_TRANSLATE_NOOP("ConversationDelegate", "Audio"),
    preview.VIDEO: QT_TRANSLATE_NOOP("ConversationDelegate", "Video"),
    preview.DOCUMENT: QT_TRANSLATE_NOOP("ConversationDelegate", "File"),
    preview.KIND_MARKS["location"]: QT_TRANSLATE_NOOP("ConversationDelegate", "Location"),
    preview.KIND_MARKS["contacts"]: QT_TRANSLATE_NOOP("ConversationDelegate", "Contact card"),
    preview.KIND_MARKS["reaction"]: QT_TRANSLATE_NOOP("ConversationDelegate", "Reaction"),
    preview.KIND_MARKS["interactive"]: QT_TRANSLATE_NOOP("ConversationDelegate", "Reply"),
    preview.KIND_MARKS["order"]: QT_TRANSLATE_NOOP("ConversationDelegate", "Order"),
}


def shown_preview(text: str | None) -> str:
    """The list's second line: the preview, a bare mark said with a word in the agent's language."""
    text = text or ""
    word = _MARK_WORDS.get(text)
    return f"{text} {QCoreApplication.translate('ConversationDelegate', word)}" if word else text


class ConversationDelegate(QStyledItemDelegate):
    def __init__(self, clock, parent=None) -> None:
        super().__init__(parent)
        self._clock = clock

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(280, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(roles.ROW)
        if row is None:
            return
        c = colors()
        now = self._clock.now() if self._clock else datetime.now(UTC)
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, c.selected if selected else c.surface)
        painter.setPen(c.border)
        painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right(), rect.bottom())
        icon(row.channel or "webchat").paint(painter, QRect(rect.left() + PAD, rect.top() + PAD, ICON, ICON))
        x = rect.left() + PAD * 2 + ICON
        right = rect.right() - PAD
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1.5))
        unread = row.unread
        time_text = short_time(row.last_activity, now)
        fm_small = QFontMetrics(small)
        time_w = fm_small.horizontalAdvance(time_text) + 2
        # line 1: name ........ time
        painter.setFont(small)
        painter.setPen(c.accent if unread else c.muted)
        painter.drawText(QRect(right - time_w, rect.top() + 8, time_w, 18), Qt.AlignmentFlag.AlignRight, time_text)
        painter.setFont(bold if unread else base)
        painter.setPen(c.text)
        fm = QFontMetrics(painter.font())
        painter.drawText(QRect(x, rect.top() + 6, right - time_w - x - 6, 20), Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(row.display_name, Qt.TextElideMode.ElideRight, right - time_w - x - 6))
        # line 2: preview ........ badge
        badge_w = 0
        if unread:
            label = str(unread) if unread < 100 else "99+"
            badge_w = max(20, fm_small.horizontalAdvance(label) + 10)
            badge = QRect(right - badge_w, rect.top() + 27, badge_w, 18)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.badge)
            painter.drawRoundedRect(badge, 9, 9)
            painter.setPen(Qt.GlobalColor.white)
            painter.setFont(small)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(base)
        painter.setPen(c.muted)
        width = right - x - (badge_w + 6 if badge_w else 0)
        preview = shown_preview(getattr(row, "match_text", None) or row.last_message_preview).replace("\n", " ")
        painter.drawText(QRect(x, rect.top() + 26, width, 20), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(base).elidedText(preview, Qt.TextElideMode.ElideRight, width))
        # line 3: assignee · window state
        painter.setFont(small)
        assignee = index.data(roles.ASSIGNEE_NAME) or (QCoreApplication.translate("ConversationDelegate", "Unassigned") if row.status == ConversationStatus.OPEN else "")
        window_text, locked = window_label(index.data(roles.WINDOW), now) if row.status == ConversationStatus.OPEN else ("", False)
        if window_text:
            tw = fm_small.horizontalAdvance(window_text) + 4
            wx = right - tw
            if locked:
                icon("lock").paint(painter, QRect(wx - 14, rect.top() + 48, 12, 12))
            painter.setPen(c.danger if locked else c.muted)
            painter.drawText(QRect(wx, rect.top() + 46, tw, 16), Qt.AlignmentFlag.AlignRight, window_text)
            right = wx - 18
        waiting = index.data(roles.WAITING)
        if row.snoozed_until and is_snoozed(row.snoozed_until, now):   # the Snoozed view: when it comes back
            painter.setPen(c.accent)
            assignee = QCoreApplication.translate("ConversationDelegate", "Pending: until the customer replies") \
                if awaits_reply(row.snoozed_until) else \
                QCoreApplication.translate("ConversationDelegate", "Snoozed until %1").replace(
                    "%1", f"{day_and_month(row.snoozed_until)} {clock_time(row.snoozed_until)}")
        elif waiting:  # nobody has it yet: how long the customer has waited says more than "Unassigned"
            long_wait = (waiting_minutes(row, now) or 0) >= LONG_WAIT_MIN
            painter.setPen(c.danger if long_wait else c.accent)
            assignee = waiting
        else:
            painter.setPen(c.muted)
        if row.labels:   # the labels after the assignee, in the accent colour, as much as fits
            room = right - x
            shown = fm_small.elidedText(assignee, Qt.TextElideMode.ElideRight, room * 2 // 3)
            painter.drawText(QRect(x, rect.top() + 46, room, 16), Qt.AlignmentFlag.AlignLeft, shown)
            lx = x + fm_small.horizontalAdvance(shown) + 8
            painter.setPen(c.accent)
            painter.drawText(QRect(lx, rect.top() + 46, right - lx, 16), Qt.AlignmentFlag.AlignLeft,
                             fm_small.elidedText(" ".join(f"#{label}" for label in row.labels),
                                                 Qt.TextElideMode.ElideRight, max(0, right - lx)))
        else:
            painter.drawText(QRect(x, rect.top() + 46, right - x, 16), Qt.AlignmentFlag.AlignLeft,
                             fm_small.elidedText(assignee, Qt.TextElideMode.ElideRight, right - x))
        painter.restore()
