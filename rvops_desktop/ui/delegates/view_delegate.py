"""Paints a view entry on the left: its name and the count of unread conversations."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..qt_models import roles
from ..theme import colors


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
        painter.drawText(rect.adjusted(12, 0, -40, 0), int(Qt.AlignmentFlag.AlignVCenter),
                         QFontMetrics(font).elidedText(index.data() or "", Qt.TextElideMode.ElideRight,
                                                       rect.width() - 52))
        if count:
            label = str(count)
            w = max(20, QFontMetrics(font).horizontalAdvance(label) + 10)
            badge = QRect(rect.right() - w - 8, rect.center().y() - 9, w, 18)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.badge)
            painter.drawRoundedRect(badge, 9, 9)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()
