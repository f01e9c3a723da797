"""Paints message bubbles in the thread's QListView (no widget per message): inbound left,
outbound right with delivery ticks, hidden notes full width in their own colour, system lines
centred; media chips, quotes of replies, template headers, the failure reason with retry."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from rvops_contract.wire import MessageStatus

from ..qt_models import roles
from ..services.thumbnails import THUMB_SIZE, is_thumbnailed
from ..theme import colors
from .message_content import Content, day_label, day_of, describe

MARGIN = 10
PAD = 8
MAX_BUBBLE = 0.72  # of the view's width
CHIP_H = 26
DAY_PAD = 6  # above and below a day's date
TICKS = {"queued": "◷", "sent": "✓", "delivered": "✓✓", "read": "✓✓", "failed": "⚠"}
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
PAINTED_LAYOUTS = 512  # rows whose painted geometry is kept (a few screens of bubbles)


class MessageDelegate(QStyledItemDelegate):
    """`chipClicked(message_id, attachment)` and `retryClicked(message_id)` come from clicks on
    the painted parts (the thread view forwards mouse releases through `hit`)."""

    chipClicked = Signal(str, dict)
    retryClicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Per message *object* (a changed message is a new object: the replica's rows are
        # read-only snapshots), the object kept in the value so its id() cannot be reused.
        self._contents: dict[int, tuple[object, Content]] = {}
        self._sizes: dict[int, tuple[object, int, QSize]] = {}
        self._layouts: dict[tuple[int, int], tuple[object, QFont, dict[str, QRect]]] = {}  # painted rows
        self._fonts: tuple[QFont, QFontMetrics, QFont, QFontMetrics] | None = None
        self._source = None  # the ThreadListModel, read directly (no QVariant round trip per row)
        self.marked_id: str | None = None  # a search hit: its bubble is outlined
        self.thumbnails = None  # ui/services/thumbnails.Thumbnails: pictures drawn in their bubbles

    def set_thumbnails(self, thumbnails) -> None:
        self.thumbnails = thumbnails
        self.clear_cache()   # image bubbles grow a picture
    def set_source(self, model) -> None:
        """The view's model, when it is a ThreadListModel (`message_at(row)`); else None."""
        self._source = model if hasattr(model, "message_at") else None
        self.clear_cache()

    def clear_cache(self) -> None:
        self._sizes.clear()
        self._contents.clear()
        self._layouts.clear()
        self._fonts = None

    def _message(self, index: QModelIndex):
        source = self._source
        if source is not None and index.model() is source:
            return source.message_at(index.row())
        return index.data(roles.ROW)

    def _content(self, index: QModelIndex) -> tuple[object, Content]:
        message = self._message(index)
        return message, self._content_of(message, index)

    def _content_of(self, message, index: QModelIndex) -> Content:
        cached = self._contents.get(id(message))
        if cached is not None and cached[0] is message:
            return cached[1]
        content = describe(message, index.data(roles.REPLY) if message.reply_to_id else None,
                           getattr(index.model(), "name_of", None))
        day = day_of(message.created_at)
        row = index.row()
        previous = self._source.message_at(row - 1) if self._source is not None and row > 0 else None
        if day is not None and (previous is None or day_of(previous.created_at) != day):
            content.day = day_label(day)  # the first message of its day: the date above it
        self._contents[id(message)] = (message, content)
        return content

    def _metrics(self, font: QFont) -> tuple[QFont, QFontMetrics, QFont, QFontMetrics]:
        """The font, its metrics, the small font (headers, footers, chips) and its metrics."""
        fonts = self._fonts
        if fonts is None or fonts[0] != font:
            small = QFont(font)
            small.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
            fonts = self._fonts = (QFont(font), QFontMetrics(font), small, QFontMetrics(small))
        return fonts

    # ---- geometry ------------------------------------------------------------------------------
    def _layout(self, content: Content, width: int, font: QFont) -> dict[str, QRect]:
        """Rects of each part, relative to (0, 0) of the row (below the day's date, if any)."""
        parts = self._bubble_layout(content, width, font)
        if not content.day:
            return parts
        band = self._metrics(font)[3].height() + 2 * DAY_PAD
        shifted = {k: r.translated(0, band) for k, r in parts.items() if k != "height"}
        shifted["height"] = QRect(0, 0, 0, parts["height"].height() + band)
        shifted["day"] = QRect(0, 0, width, band)
        return shifted

    def _bubble_layout(self, content: Content, width: int, font: QFont) -> dict[str, QRect]:
        _font, fm, _small, sfm = self._metrics(font)
        if content.style == "system":
            text = sfm.boundingRect(QRect(0, 0, width - 4 * MARGIN, 10000), _WRAP, content.body)
            w = text.width() + 2 * PAD
            return {"bubble": QRect((width - w) // 2, 4, w, text.height() + 8), "height": QRect(0, 0, 0, text.height() + 16)}
        full = content.style == "note"
        max_w = width - 2 * MARGIN if full else int(width * MAX_BUBBLE)
        inner = max_w - 2 * PAD
        y = PAD
        parts: dict[str, QRect] = {}
        used = 0
        if content.header:
            r = sfm.boundingRect(QRect(0, 0, inner, 1000), _WRAP, content.header)
            parts["header"] = QRect(PAD, y, inner, r.height())
            y += r.height() + 4
            used = max(used, r.width())
        if content.quote:
            r = sfm.boundingRect(QRect(0, 0, inner - 10, 1000), _WRAP, content.quote)
            parts["quote"] = QRect(PAD, y, inner, r.height() + 8)
            y += r.height() + 12
            used = max(used, r.width() + 10)
        if content.body:
            r = fm.boundingRect(QRect(0, 0, inner, 100000), _WRAP, content.body)
            parts["body"] = QRect(PAD, y, inner, r.height())
            y += r.height() + 4
            used = max(used, r.width())
        for i, (kind, label, attachment) in enumerate(content.chips):
            if kind == "image" and self.thumbnails is not None and is_thumbnailed(attachment):
                tw = min(inner, THUMB_SIZE.width())   # a fixed box: the row keeps its height when it loads
                parts[f"thumb{i}"] = QRect(PAD, y, tw, THUMB_SIZE.height())
                y += THUMB_SIZE.height() + 4
                used = max(used, tw)
            cw = min(inner, sfm.horizontalAdvance(label) + 20)
            parts[f"chip{i}"] = QRect(PAD, y, cw, CHIP_H)
            y += CHIP_H + 4
            used = max(used, cw)
        if content.failed:
            r = sfm.boundingRect(QRect(0, 0, inner, 1000), _WRAP, content.failed)
            parts["failed"] = QRect(PAD, y, inner, r.height())
            y += r.height() + 4
            used = max(used, r.width())
        parts["footer"] = QRect(PAD, y, inner, sfm.height())
        used = max(used, sfm.horizontalAdvance(content.footer + "  ✓✓") + 4)
        y += sfm.height() + PAD
        bubble_w = max_w if full else min(max_w, used + 2 * PAD)
        x = MARGIN if content.style != "outbound" else width - MARGIN - bubble_w
        shifted = {k: r.translated(x, 0) for k, r in parts.items()}
        for k, r in shifted.items():
            r.setWidth(min(r.width(), bubble_w - 2 * PAD))
        shifted["bubble"] = QRect(x, 0, bubble_w, y)
        shifted["height"] = QRect(0, 0, 0, y + 6)
        return shifted

    def one_line_height(self, width: int, font: QFont) -> int:
        """The height of a row holding a one-line message (the usual chat row, not the shortest:
        a system line is lower) at `width` in `font`: what says how many rows fill a screen."""
        return self._bubble_layout(Content("inbound", body="Ok", footer="00:00"), width, font)["height"].height()

    # No Python `sizeHint` override: Qt would call it (converting a QStyleOptionViewItem) for every
    # row each time the list is laid out again, i.e. after every older page. QStyledItemDelegate's
    # own sizeHint reads the model's SizeHintRole, which ThreadListModel answers with `size_of`.
    def size_of(self, message, index: QModelIndex, width: int, font) -> QSize:
        """The row's size at `width` (the viewport's) and `font` (the view's: a QFont, or a
        callable returning it, called only to measure), kept per message object and width."""
        cached = self._sizes.get(id(message))
        if cached is not None and cached[0] is message and cached[1] == width:
            return cached[2]
        content = self._content_of(message, index)
        font = font() if callable(font) else font
        size = QSize(width, self._layout(content, width, font)["height"].height())
        self._sizes[id(message)] = (message, width, size)
        return size

    def _painted_layout(self, message, content: Content, width: int, font: QFont) -> dict[str, QRect]:
        """`_layout` for painting and clicks, kept for the last rows painted (a few screens)."""
        key = (id(message), width)
        cached = self._layouts.get(key)
        if cached is not None and cached[0] is message and cached[1] == font:
            return cached[2]
        parts = self._layout(content, width, font)
        if len(self._layouts) >= PAINTED_LAYOUTS:
            del self._layouts[next(iter(self._layouts))]  # the oldest entry
        self._layouts[key] = (message, QFont(font), parts)
        return parts

    def hit(self, option: QStyleOptionViewItem, index: QModelIndex, pos: QPoint) -> None:
        """Dispatch a click at `pos` (viewport coordinates) on this row."""
        message, content = self._content(index)
        parts = self._painted_layout(message, content, option.rect.width(), option.font)
        local = pos - option.rect.topLeft()
        for i, (_kind, _label, attachment) in enumerate(content.chips):
            if parts[f"chip{i}"].contains(local) or parts.get(f"thumb{i}", QRect()).contains(local):
                self.chipClicked.emit(message.id, attachment)
                return
        if "failed" in parts and parts["failed"].contains(local):
            self.retryClicked.emit(message.id)

    # ---- painting ------------------------------------------------------------------------------
    def _paint_thumbnail(self, painter: QPainter, box: QRect, attachment: dict, c) -> None:
        """The picture fitted and centred in its box (a plain box while it loads)."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.surface)
        painter.drawRoundedRect(box, 6, 6)
        pixmap = self.thumbnails.pixmap(attachment)
        if pixmap is None:
            return
        size = pixmap.size()
        if size.width() > box.width() or size.height() > box.height():
            size = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(box.center())
        clip = QPainterPath()
        clip.addRoundedRect(target, 6, 6)
        painter.save()
        painter.setClipPath(clip)
        painter.drawPixmap(target, pixmap)
        painter.restore()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        message, content = self._content(index)
        c = colors()
        parts = self._painted_layout(message, content, option.rect.width(), option.font)
        _font, _fm, small, small_fm = self._metrics(option.font)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bubble = parts["bubble"]
        if "day" in parts:  # the date a day's messages begin
            painter.setFont(small)
            painter.setPen(c.muted)
            painter.drawText(parts["day"], int(Qt.AlignmentFlag.AlignCenter), content.day)
        if content.style == "system":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.border)
            painter.drawRoundedRect(bubble, 10, 10)
            painter.setPen(c.muted)
            painter.setFont(small)
            painter.drawText(bubble, int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap), content.body)
            painter.restore()
            return
        fill = {"inbound": c.inbound, "outbound": c.outbound, "note": c.note}[content.style]
        text_color = c.note_text if content.style == "note" else c.text
        painter.setPen(c.border if content.style == "inbound" else Qt.PenStyle.NoPen)
        if self.marked_id is not None and getattr(message, "id", None) == self.marked_id:
            painter.setPen(QPen(c.accent, 2))  # the message the search found
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble, 10, 10)
        if "header" in parts:
            painter.setFont(small)
            painter.setPen(c.note_text if content.style == "note" else c.accent)
            painter.drawText(parts["header"], _WRAP, content.header)
        if "quote" in parts:
            q = parts["quote"]
            painter.fillRect(QRect(q.left(), q.top(), 3, q.height()), c.accent)
            painter.setFont(small)
            painter.setPen(c.muted)
            painter.drawText(q.adjusted(8, 4, 0, 0), _WRAP, content.quote)
        if "body" in parts:
            painter.setFont(option.font)
            painter.setPen(text_color)
            painter.drawText(parts["body"], _WRAP, content.body)
        painter.setFont(small)
        for i, (_kind, label, attachment) in enumerate(content.chips):
            if f"thumb{i}" in parts:
                self._paint_thumbnail(painter, parts[f"thumb{i}"], attachment, c)
                painter.setFont(small)
            chip = parts[f"chip{i}"]
            painter.setPen(c.border)
            painter.setBrush(c.surface)
            painter.drawRoundedRect(chip, 6, 6)
            painter.setPen(c.accent)
            painter.drawText(chip.adjusted(8, 0, -4, 0), int(Qt.AlignmentFlag.AlignVCenter), label)
        if "failed" in parts:
            painter.setPen(c.danger)
            painter.drawText(parts["failed"], _WRAP, content.failed)
        footer = parts["footer"]
        painter.setPen(c.muted)
        ticks = TICKS.get(message.status or "", "") if content.style == "outbound" else ""
        tick_w = small_fm.horizontalAdvance(ticks) + 2 if ticks else 0
        painter.drawText(footer.adjusted(0, 0, -tick_w - 2, 0), int(Qt.AlignmentFlag.AlignRight), content.footer)
        if ticks:
            painter.setPen(c.read_tick if message.status == MessageStatus.READ else (c.danger if message.status == MessageStatus.FAILED
                                                                         else c.muted))
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight), ticks)
        painter.restore()
