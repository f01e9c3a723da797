"""The composer: text with emoji picker, attachments checked by the shared channel rules, voice
notes where the channel allows, "/" snippets, the hidden-note toggle; Enter sends, Shift+Enter
is a new line. Locked outside the 24-hour window, with the reason (and Resume on WhatsApp)."""
from __future__ import annotations

import logging
import mimetypes
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.attachments import check_attachment
from rvops_contract.mentions import fold
from rvops_contract.wire import Channel

from ..dialogs.attachment_preview import AttachmentPreview
from ..i18n import language
from ..plain_text import plain
from ..resources import icon
from ..theme import colors
from .button_keys import bind_keys, shown_keys
from .composer_edit import ComposerEdit, local_files
from .emoji_popup import EmojiPopup
from .snippet_popup import Mention, SnippetPopup, fill_variables
from .voice_recorder import VoiceRecorder

log = logging.getLogger(__name__)

ATTACH_KEYS = ("Ctrl+O",)         # "open" a file to send
NOTE_KEYS = ("Ctrl+Shift+N",)     # hidden note on and off
_SLASH = re.compile(r"(?:^|\s)/([\w\-]*)$")
_AT = re.compile(r"(?:^|\s)@(\w*(?: \w*)?)$")   # "@", then up to two words of a name being typed


class Composer(QWidget):
    sendText = Signal(str)
    sendNote = Signal(str)
    sendFile = Signal(str, str, str)  # path, MIME type (allowed by the channel rules), caption
    resumeRequested = Signal()

    def __init__(self, snippets=None, parent: QWidget | None = None, colleagues=None) -> None:
        """`snippets(filter)`: the "/" list; `colleagues()`: (user id, name) to @mention in notes."""
        super().__init__(parent)
        self._snippets = snippets or (lambda _filter: [])
        self._colleagues = colleagues or list
        self._variables: dict[str, str] = {}
        self.channel = "webchat"
        self.popup = SnippetPopup(self)
        self.edit = ComposerEdit(self.popup, self)
        self.edit.setObjectName("composerEdit")
        self.edit.setAccessibleName(self.tr("Message to the customer"))
        self.edit.setTabChangesFocus(True)  # Tab moves on (keyboard users); a snippet list takes Tab first
        self.edit.setPlaceholderText(self.tr("Write a message… (/ for snippets, Enter sends, Shift+Enter new line)"))
        self.edit.setMaximumHeight(110)
        self.edit.submitted.connect(self.submit)
        self.edit.insert_snippet = self.insert_snippet
        self.edit.files_given = self.attach_files
        self.edit.image_given = self.attach_image
        self.setAcceptDrops(True)   # a file dropped anywhere on the composer, not only on the text
        self.preview: AttachmentPreview | None = None   # the file being confirmed
        self._waiting: list[str] = []                   # dropped together: confirmed one by one
        self._pasted: tempfile.TemporaryDirectory | None = None
        self.edit.textChanged.connect(self._text_changed)
        self.emoji_button = self._tool("emoji", self.tr("Emoji"))
        self.emoji_popup: EmojiPopup | None = None  # built on first use (the catalogue loads then)
        self.emoji_button.clicked.connect(self.open_emoji_picker)
        self.attach_button = self._tool("attach", self.tr("Attach a file"))
        self.attach_button.setToolTip(self.tr("Attach a file (%1)").replace("%1", shown_keys(ATTACH_KEYS)))
        self.attach_button.clicked.connect(self._pick_file)
        self.recorder = VoiceRecorder(self)
        self.recorder.recorded.connect(self.send_recording)  # the path and the mime type it encoded
        self.recorder.failed.connect(self.show_problem)
        self.note_toggle = QPushButton(self.tr("Hidden note"), self)
        self.note_toggle.setCheckable(True)
        self.note_toggle.setToolTip(self.tr("Write an internal note: only agents see it (%1)")
                                    .replace("%1", shown_keys(NOTE_KEYS)))
        self.note_toggle.toggled.connect(self._note_mode)
        self.send_button = QPushButton(icon("send"), self.tr("Send"), self)
        self.send_button.clicked.connect(self.submit)
        self.problem = plain(QLabel(self))  # server sentences may quote names
        self.problem.setObjectName("composerProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        # replying to a message: quoted above the edit until sent or cancelled
        self.reply_to_id: str | None = None
        self.reply_bar = QWidget(self)
        self.reply_bar.setObjectName("replyBar")
        self.reply_quote = plain(QLabel(self.reply_bar))  # the customer's words, as they wrote them
        self.reply_quote.setWordWrap(True)
        cancel_reply = QToolButton(self.reply_bar)
        cancel_reply.setText("✕")
        cancel_reply.setToolTip(self.tr("Cancel the reply"))
        cancel_reply.setAccessibleName(self.tr("Cancel the reply"))
        cancel_reply.clicked.connect(self.clear_reply)
        rl = QHBoxLayout(self.reply_bar)
        rl.setContentsMargins(6, 2, 2, 2)
        rl.addWidget(self.reply_quote, 1)
        rl.addWidget(cancel_reply)
        self.reply_bar.hide()
        tools = QHBoxLayout()
        for widget in (self.emoji_button, self.attach_button, self.recorder.button, self.note_toggle):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.send_button)
        writer = QWidget(self)
        wl = QVBoxLayout(writer)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.popup)
        wl.addWidget(self.problem)
        wl.addWidget(self.reply_bar)
        wl.addWidget(self.recorder.panel)
        wl.addWidget(self.edit)
        wl.addLayout(tools)
        # the locked face
        locked = QWidget(self)
        self.lock_reason = plain(QLabel(locked))
        self.lock_reason.setObjectName("lockReason")
        self.lock_reason.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Resume conversation"), locked)   # Alt+R
        self.resume_button.clicked.connect(self.resumeRequested)
        ll = QHBoxLayout(locked)
        lock_icon = QLabel(locked)
        lock_icon.setPixmap(icon("lock").pixmap(20, 20))
        ll.addWidget(lock_icon)
        ll.addWidget(self.lock_reason, 1)
        ll.addWidget(self.resume_button)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(writer)
        self.stack.addWidget(locked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        bind_keys(self.attach_button, ATTACH_KEYS)
        bind_keys(self.note_toggle, NOTE_KEYS, focus_after=self.edit)   # and write it at once

    def open_emoji_picker(self) -> EmojiPopup:
        if self.emoji_popup is None:
            self.emoji_popup = EmojiPopup(self)
            self.emoji_popup.picked.connect(self._insert_emoji)
        self.emoji_popup.popup_above(self.emoji_button)
        return self.emoji_popup

    def _insert_emoji(self, char: str) -> None:
        self.edit.insertPlainText(char)
        self.edit.setFocus()

    def _tool(self, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAccessibleName(tip)  # icon-only: its tip is what a screen reader says
        button.setAutoRaise(True)
        return button

    # ---- state ---------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.stack.currentIndex() == 1

    @property
    def note_mode(self) -> bool:
        return self.note_toggle.isChecked()

    def set_reply(self, message_id: str, quote: str) -> None:
        """The next message quotes `message_id` (sent as a reply on WhatsApp and Instagram)."""
        self.reply_to_id = message_id
        self.reply_quote.setText(self.tr("Replying to: %1").replace("%1", " ".join(quote.split())[:160]))
        self.reply_bar.show()
        self.edit.setFocus()

    def clear_reply(self) -> None:
        self.reply_to_id = None
        self.reply_bar.hide()

    def take_reply(self) -> str | None:
        """The message the text being sent replies to (once: the quote goes with it)."""
        reply_to_id = self.reply_to_id
        self.clear_reply()
        return reply_to_id

    def set_conversation(self, channel: str, variables: dict[str, str]) -> None:
        self.clear_reply()
        self.channel = channel or "webchat"
        self._variables = dict(variables)
        self.recorder.button.setVisible(self.channel != Channel.WEBCHAT)
        self.recorder.channel = self.channel
        self.show_problem("")

    def set_locked(self, reason: str | None, *, can_resume: bool = False) -> None:
        """None: unlocked. Otherwise the sentence why, and the Resume button on WhatsApp."""
        if reason is None:
            self.stack.setCurrentIndex(0)
            return
        self.lock_reason.setText(reason)
        self.resume_button.setVisible(can_resume)
        self.stack.setCurrentIndex(1)

    def set_read_only(self, reason: str | None) -> None:
        self.edit.setReadOnly(reason is not None)
        self.send_button.setEnabled(reason is None)
        self.edit.setPlaceholderText(reason or self.tr("Write a message… (/ for snippets, Enter sends, "
                                                       "Shift+Enter new line)"))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        if text:  # (re)styled only when shown: a style sheet set on every conversation switch costs a restyle
            style = f"color: {colors().danger.name()};"
            if self.problem.styleSheet() != style:
                self.problem.setStyleSheet(style)
        self.problem.setVisible(bool(text))

    # ---- sending -------------------------------------------------------------------------------
    def submit(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text or self.locked or self.edit.isReadOnly():
            return
        (self.sendNote if self.note_mode else self.sendText).emit(text)
        self.edit.clear()
        self.popup.hide()
        self.show_problem("")

    def _decide(self, path: str, mime_type: str | None):
        file = Path(path)
        size = file.stat().st_size if file.exists() else 0
        decision = check_attachment(self.channel, mime_type or mimetypes.guess_type(file.name)[0], size, file.name)
        self.show_problem("" if decision.allowed else decision.message(language()))
        if not decision.allowed:
            log.info("attachment %s refused on %s: %s", file.name, self.channel, decision.message("en"))
        return decision

    def attach(self, path: str, mime_type: str | None = None) -> bool:
        """Check the file against the channel's rules, then show it with a caption field; Send there
        emits sendFile. False (and the reason shown) when the channel does not take it."""
        if self.locked or self.edit.isReadOnly():
            return False
        decision = self._decide(path, mime_type)
        if not decision.allowed:
            return False
        self.preview = AttachmentPreview(str(Path(path)), decision.mime_type, decision.media_type, self.channel,
                                         parent=self)
        self.preview.finished.connect(lambda result, preview=self.preview: self._preview_finished(preview, result))
        self.preview.open()
        return True

    def _preview_finished(self, preview: AttachmentPreview, result: int) -> None:
        self.preview = None
        if result == AttachmentPreview.DialogCode.Accepted:
            self.sendFile.emit(preview.path, preview.mime_type, preview.caption_text())
        preview.deleteLater()
        self._next_file()

    def attach_files(self, paths: list[str]) -> None:
        """Files dropped or pasted: each is checked and confirmed in turn."""
        self._waiting.extend(paths)
        if self.preview is None:
            self._next_file()

    def _next_file(self) -> None:
        refused = []
        while self._waiting:
            path = self._waiting.pop(0)
            if self.attach(path):
                break
            if self.problem.text():   # refused: named with its reason, and the next one is offered
                refused.append(f"{Path(path).name}: {self.problem.text()}")
        if refused:
            self.show_problem("\n".join(refused))

    def attach_image(self, image: QImage) -> bool:
        """A pasted picture: saved as a PNG, then offered like a file."""
        if image.isNull():
            return False
        if self._pasted is None:
            self._pasted = tempfile.TemporaryDirectory(prefix="rvops-pasted-")
        stamp = QDateTime.currentDateTime().toString("yyyy-MM-dd HH.mm.ss")
        path = Path(self._pasted.name) / f"{self.tr('Pasted image %1').replace('%1', stamp)}.png"
        if not image.save(str(path), "PNG"):
            self.show_problem(self.tr("The pasted picture could not be saved."))
            return False
        self.attach_files([str(path)])
        return True

    def send_recording(self, path: str, mime_type: str) -> bool:
        """A voice note the agent stopped: it goes at once (no caption on voice notes)."""
        decision = self._decide(path, mime_type)
        if decision.allowed:
            self.sendFile.emit(path, decision.mime_type, "")
        return decision.allowed

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()) and not self.locked:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if files := local_files(event.mimeData()):
            event.acceptProposedAction()
            self.attach_files(files)

    def _pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach(path)

    # ---- snippets ------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        cursor = self.edit.textCursor()
        before = self.edit.toPlainText()[:cursor.position()]
        at = _AT.search(before) if self.note_mode else None
        if at is not None:
            typed = fold(at.group(1))
            people = [(uid, name) for uid, name in self._colleagues() if fold(name).startswith(typed)]
            if people:
                self.popup.show_people(sorted(people, key=lambda p: fold(p[1])))
                return
        match = _SLASH.search(before)
        if match is None:
            self.popup.hide()
            return
        self.popup.show_snippets(self._snippets(match.group(1)))

    def insert_snippet(self, snippet) -> None:
        if isinstance(snippet, Mention):
            self._insert_mention(snippet.name)
            return
        cursor = self.edit.textCursor()
        text = self.edit.toPlainText()
        match = _SLASH.search(text[:cursor.position()])
        start = cursor.position() - len(match.group(1)) - 1 if match else cursor.position()
        cursor.setPosition(start)
        cursor.setPosition(self.edit.textCursor().position(), cursor.MoveMode.KeepAnchor)
        cursor.insertText(fill_variables(snippet.body or "", self._variables))
        self.edit.setTextCursor(cursor)
        self.popup.hide()

    def _insert_mention(self, name: str) -> None:
        """The "@partial" before the cursor becomes "@Full Name " (the server recognises it)."""
        cursor = self.edit.textCursor()
        match = _AT.search(self.edit.toPlainText()[:cursor.position()])
        if match is not None:
            cursor.setPosition(cursor.position() - len(match.group(1)), cursor.MoveMode.KeepAnchor)
        cursor.insertText(f"{name} ")
        self.edit.setTextCursor(cursor)
        self.popup.hide()

    def _note_mode(self, on: bool) -> None:
        c = colors()
        self.edit.setStyleSheet(f"QPlainTextEdit {{ background: {c.note.name()}; color: {c.note_text.name()}; }}"
                                if on else "")
        self.edit.setPlaceholderText(self.tr("Hidden note — only agents see this") if on else
                                     self.tr("Write a message… (/ for snippets, Enter sends, Shift+Enter new line)"))
        self.send_button.setText(self.tr("Add note") if on else self.tr("Send"))
