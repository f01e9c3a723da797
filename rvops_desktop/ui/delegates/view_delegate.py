"""Paints a view entry on the left: its name and the count of unread conversations."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..qt_models import roles
from ..theme import colors

LEFT = 12  # the name's left margin
GAP = 8  # between the name and the badge, and after the badge


def badge_width(count: int, font: QFont) -> int:
    return max(20, QFontMetrics(font).horizontalAdvance(str(count)) + 10)


def name_room(row_width: int, count: int, font: QFont) -> int:
    """The width the view's name has in a row `row_width` wide: what the count's badge leaves."""
    return row_width - LEFT - (badge_width(count, font) + 2 * GAP if count else LEFT)


def width_for(names: list[str], font: QFont) -> int:
    """A row width that shows every name whole in bold beside a three-digit count."""
    bold = QFont(font)
    bold.setBold(True)
    widest = max((QFontMetrics(bold).horizontalAdvance(name) for name in names), default=0)
    return widest + LEFT + badge_width(999, bold) + 2 * GAP


class ViewDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(160, 34)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        c = colors()
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, c.selected if selected else c.window)
        count = index.data(roles.COUNT) or 0
        font = option.font
        if count:
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(c.text)
        room = name_room(rect.width(), count, font)
        painter.drawText(rect.adjusted(LEFT, 0, 0, 0), int(Qt.AlignmentFlag.AlignVCenter),
                         QFontMetrics(font).elidedText(index.data() or "", Qt.TextElideMode.ElideRight, room))
        if count:
            label = str(count)
            w = badge_width(count, font)
            badge = QRect(rect.right() - w - GAP, rect.center().y() - 9, w, 18)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.badge)
            painter.drawRoundedRect(badge, 9, 9)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()
