"""Send a file (S4, issue 15 #15): what was picked, dropped or pasted is shown before it goes — the
picture itself, or the file's name, type and size — with a caption where the channel carries one
(`caption_rule`), and Send / Cancel. Nothing is uploaded until the agent confirms."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.attachments import CaptionRule, caption_rule
from rvops_contract.wire import channel_name

from ..plain_text import plain
from ..services.thumbnails import read_thumbnail
from .buttons import ok_button, ok_cancel

PREVIEW_SIZE = QSize(360, 260)


def _thumbnail(path: str) -> QPixmap | None:
    """The picture scaled into PREVIEW_SIZE, read at that size (a 20-megapixel photo stays cheap)."""
    image = read_thumbnail(path, PREVIEW_SIZE)
    return None if image.isNull() else QPixmap.fromImage(image)


class AttachmentPreview(QDialog):
    def __init__(self, path: str, mime_type: str, media_type: str | None, channel: str,
                 caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.mime_type = path, mime_type
        file = Path(path)
        self.setWindowTitle(self.tr("Send a file"))
        self.preview = QLabel(self)
        self.preview.setObjectName("attachmentPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture = _thumbnail(path) if mime_type.startswith("image/") else None
        if picture is not None:
            self.preview.setPixmap(picture)
            self.preview.setAccessibleName(self.tr("Picture to send"))
        else:
            self.preview.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon).pixmap(64, 64))
            self.preview.setAccessibleName(self.tr("File to send"))
        self.shows_picture = picture is not None
        size = file.stat().st_size if file.exists() else 0
        self.details = plain(QLabel(f"{file.name}\n{mime_type} · {QLocale().formattedDataSize(size)}", self))
        self.details.setObjectName("attachmentDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLineEdit(caption, self)
        self.caption.setObjectName("attachmentCaption")
        self.caption.setAccessibleName(self.tr("Caption"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        rule = caption_rule(channel, media_type)
        where = channel_name(channel)
        if rule is CaptionRule.NONE:
            self.caption.clear()
            self.caption.setEnabled(False)
            self.caption.setPlaceholderText(self.tr("No caption on this kind of file"))
            self.hint.setText(self.tr("%1 shows no caption on audio or stickers: send the text as its own "
                                      "message.").replace("%1", where))
        else:
            self.caption.setPlaceholderText(self.tr("Add a caption (optional)"))
            if rule is CaptionRule.SEPARATE:
                self.hint.setText(self.tr("%1 has no captions: the text goes as a message right after the "
                                          "file.").replace("%1", where))
        self.hint.setVisible(bool(self.hint.text()))
        self.buttons = ok_cancel(self, self.tr("Send"))
        self.send_button = ok_button(self.buttons)
        self.send_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.caption)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.caption.setFocus()

    def caption_text(self) -> str:
        return self.caption.text().strip() if self.caption.isEnabled() else ""
