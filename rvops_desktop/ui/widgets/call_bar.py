"""The call bar above the thread (S9), visible while a call lasts.

Ringing: who calls (matched to a contact by number), Answer, Reject, Open conversation. In a call:
the timer, Mute, Hold/Resume, the DTMF keypad, blind Transfer (number or SIP address), call quality
on demand (codec, jitter, loss) and Hang up. Answer, Reject and Hang up have keys of their own
(`ANSWER_KEYS`, `HANG_UP_KEYS`), so has Mute, and a headset's buttons work (`HEADSET_KEY`).
It binds to the SoftphoneService only (signals, `current` and its actions); failures arrive as
sentences through `callFailed` and show for a while.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..plain_text import plain
from ..resources import icon
from .button_keys import bind_keys, shown_keys
from .dial_pad import Keypad
from .elided_label import ElidedLabel

if TYPE_CHECKING:
    from rvops_desktop.ui.services.softphone import SoftphoneService
    from rvops_desktop.voip import CallSnapshot

MESSAGE_MS = 8000

# The call's keys, in the window (Help ▸ Keyboard shortcuts lists them). Each belongs to a button and
# acts only while that button shows: Ctrl+Shift+Enter answers a ringing call, Ctrl+Shift+H declines
# it or ends the call, Ctrl+Shift+M mutes and unmutes the microphone in a call. A headset's buttons
# send the Phone key (answers a ringing call, hangs up any other) and the microphone-mute key.
ANSWER_KEYS = ("Ctrl+Shift+Enter", "Ctrl+Shift+Return")  # the main Enter key is Return to Qt
HANG_UP_KEYS = ("Ctrl+Shift+H",)
MUTE_KEYS = ("Ctrl+Shift+M",)
HEADSET_KEY = QKeySequence(Qt.Key.Key_Phone)
HEADSET_MUTE_KEY = QKeySequence(Qt.Key.Key_MicMute)


def format_duration(seconds: float) -> str:
    seconds = int(seconds or 0)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


class CallBar(QWidget):
    openConversation = Signal(str, str)  # contact id, conversation id ("" when the call has none)
    settingsRequested = Signal()  # the agent asked for the softphone settings (after a failure they fix)

    def __init__(self, service: SoftphoneService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#callBar { border-bottom: 1px solid palette(mid); }")
        self._service = service
        self._session_id: str | None = None   # the call on screen (its actions go to it)
        self.last_dialog: QInputDialog | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.label = ElidedLabel(self)
        self.label.setObjectName("callLabel")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("callTime")
        self.time_label.setMinimumWidth(40)

        def button(name: str, text: str, tip: str = "", checkable: bool = False) -> QToolButton:
            b = QToolButton(self)   # narrower than push buttons: the bar fits a 600 px pane
            b.setText(text)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setObjectName(f"call_{name}")
            b.setCheckable(checkable)
            if tip:
                b.setToolTip(tip)
            return b

        self.answer_button = button("answer", self.tr("Answer"),
                                    self.tr("Answer the call (%1)").replace("%1", shown_keys(ANSWER_KEYS)))
        self.answer_button.setIcon(icon("call"))
        self.answer_button.setStyleSheet("QToolButton { color: white; background: #1E8E3E; border-radius: 3px; padding: 3px 10px; }")
        self.reject_button = button("reject", self.tr("Reject"), self.tr(
            "Decline the call: the caller hears busy (%1)").replace("%1", shown_keys(HANG_UP_KEYS)))
        self.open_button = button("open", self.tr("Open conversation"),
                                  self.tr("Open this contact's conversation"))
        self.mute_button = button("mute", self.tr("Mute"), self.tr("Stop sending your microphone (%1)").replace(
            "%1", shown_keys(MUTE_KEYS)), True)
        self.hold_button = button("hold", self.tr("Hold"), self.tr("Put the call on hold"), True)
        self.keypad_button = button("keypad", self.tr("Keypad"), self.tr("Send keypad tones (DTMF)"), True)
        self.transfer_button = button("transfer", self.tr("Transfer…"),
                                      self.tr("Blind transfer to a number or SIP address"))
        self.quality_button = button("quality", self.tr("Quality"), self.tr("Show codec, jitter and loss"), True)
        self.hangup_button = button("hangup", self.tr("Hang up"),
                                    self.tr("End the call (%1)").replace("%1", shown_keys(HANG_UP_KEYS)))
        self.hangup_button.setIcon(icon("call"))
        self.hangup_button.setStyleSheet("QToolButton { color: white; background: #D93025; border-radius: 3px; padding: 3px 10px; }")

        self.answer_button.clicked.connect(self._answer)
        self.reject_button.clicked.connect(lambda _c: service.reject(self._session_id))
        self.open_button.clicked.connect(self._open)
        self.hangup_button.clicked.connect(lambda _c: service.hangup(self._session_id))
        self.mute_button.clicked.connect(lambda checked: service.set_muted(checked, self._session_id))
        self.hold_button.clicked.connect(lambda _c: service.toggle_hold(self._session_id))
        self.keypad_button.toggled.connect(self._toggle_keypad)
        self.transfer_button.clicked.connect(self.ask_transfer)
        self.quality_button.toggled.connect(self._toggle_quality)
        bind_keys(self.answer_button, (*ANSWER_KEYS, HEADSET_KEY))
        bind_keys(self.reject_button, HANG_UP_KEYS)
        bind_keys(self.hangup_button, (*HANG_UP_KEYS, HEADSET_KEY))
        bind_keys(self.mute_button, (*MUTE_KEYS, HEADSET_MUTE_KEY))

        self.keypad = Keypad(len("123456789*0#"), self, key_width=34)
        self.keypad.pressed.connect(self._dtmf)
        self.dtmf_sent = QLabel(self)
        self.dtmf_sent.setObjectName("dtmfSent")
        self.quality_label = QLabel(self)
        self.quality_label.setObjectName("callQuality")
        self.message = plain(QLabel(self))
        self.message.setObjectName("callMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #D93025;")
        # shown with a failure the softphone settings fix (no account, turned off): one click away
        self.settings_button = QPushButton(self.tr("Softphone settings…"), self)
        self.settings_button.setObjectName("callSettings")
        self.settings_button.setAccessibleName(self.tr("Open the softphone settings"))
        self.settings_button.clicked.connect(self.settingsRequested)
        self.settings_button.hide()

        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.time_label)
        for b in (self.answer_button, self.reject_button, self.open_button, self.mute_button, self.hold_button,
                  self.keypad_button, self.transfer_button, self.quality_button, self.hangup_button):
            top.addWidget(b)
        keys = QHBoxLayout()
        keys.addWidget(self.keypad)
        keys.addWidget(self.dtmf_sent, 1)
        keys.setSpacing(8)
        self._keys = QWidget(self)
        self._keys.setLayout(keys)
        keys.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self._keys)
        layout.addWidget(self.quality_label)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.settings_button)
        layout.addLayout(message_row)
        self._keys.hide()
        self.quality_label.hide()
        self.message.hide()

        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self._message_timer = QTimer(self, interval=MESSAGE_MS, singleShot=True)
        self._message_timer.timeout.connect(self._clear_message)
        service.callChanged.connect(lambda _s: self.refresh())
        service.callEnded.connect(self._ended)
        service.incoming.connect(lambda _s: self.refresh())
        service.callFailed.connect(self.show_message)
        self.hide()

    # ---- showing the call ----------------------------------------------------------------------
    @property
    def session(self) -> CallSnapshot | None:
        """The call on screen: a CallSnapshot (taken now) from the service, never the live call."""
        return self._service.current

    def refresh(self) -> None:
        session = self.session
        if session is None or str(session.state) == "ended":
            self._timer.stop()
            self._session_id = None
            self.keypad_button.setChecked(False)
            self.quality_button.setChecked(False)
            self.setVisible(self.message.isVisible())
            return
        if session.id != self._session_id:   # a new call: start from a clean bar
            self._session_id = session.id
            self.dtmf_sent.clear()
            self.keypad_button.setChecked(False)
            self.quality_button.setChecked(False)
        state = str(session.state)
        ringing = state == "ringing"
        connected = state == "connected"
        who = session.contact_name or ""
        number = session.number or ""
        if ringing:
            text = self.tr("Incoming call: %1").replace("%1", f"{who} ({number})" if who else number)
        else:
            status = {"calling": self.tr("Ringing…") if session.remote_ringing else self.tr("Calling…"),
                      "connecting": self.tr("Connecting…"),
                      "connected": self.tr("On hold") if session.on_hold else ""}.get(state, state)
            text = " · ".join(t for t in (who, number, status) if t)
        self.label.setText(text)
        self.label.show()
        self.time_label.setText(format_duration(session.duration) if connected else "")
        self.time_label.setToolTip(self.tr("In call") if connected else "")
        self.answer_button.setVisible(ringing)
        self.reject_button.setVisible(ringing)
        self.open_button.setVisible(bool(session.contact_id) and ringing)   # answering opens it too
        for b in (self.mute_button, self.hold_button, self.keypad_button, self.transfer_button,
                  self.quality_button):
            b.setVisible(connected)
        self.hangup_button.setVisible(not ringing)
        self.mute_button.setChecked(bool(session.muted))
        self.mute_button.setText(self.tr("Unmute") if session.muted else self.tr("Mute"))
        self.hold_button.setChecked(bool(session.on_hold))
        self.hold_button.setText(self.tr("Resume") if session.on_hold else self.tr("Hold"))
        self.transfer_button.setEnabled(not session.on_hold)
        self.keypad.setEnabled(not session.on_hold)
        if not connected:
            self.keypad_button.setChecked(False)
            self.quality_button.setChecked(False)
        if not self._timer.isActive():
            self._timer.start()
        self.show()

    def _tick(self) -> None:
        session = self.session
        if session is None:
            self.refresh()
            return
        if str(session.state) == "connected":
            self.time_label.setText(format_duration(session.duration))
            if self.quality_button.isChecked():
                self._show_quality()

    def _ended(self, record) -> None:
        """An outgoing call that did not go through says why (the SIP code and phrase)."""
        outcome, direction = str(record.outcome), str(record.direction)
        if outcome == "failed":
            self.show_message(self.tr("The call to %1 did not go through: %2.").replace("%1", record.number)
                              .replace("%2", record.reason or ""))
        elif outcome == "rejected" and direction == "outbound":
            self.show_message(self.tr("%1 declined the call (%2).").replace("%1", record.contact_name or record.number)
                              .replace("%2", record.reason or ""))
        self.refresh()

    # ---- actions -------------------------------------------------------------------------------
    def _answer(self) -> None:
        session = self.session
        self._service.answer(self._session_id)
        if session is not None and session.contact_id:
            self._open()   # the agent answers: the customer's conversation comes up (screen pop)

    def _open(self) -> None:
        session = self.session
        if session is not None and session.contact_id:
            self.openConversation.emit(session.contact_id, session.conversation_id or "")

    def _toggle_keypad(self, on: bool) -> None:
        self._keys.setVisible(on)

    def _dtmf(self, key: str) -> None:
        if self._service.send_dtmf(key, self._session_id):
            self.dtmf_sent.setText(self.dtmf_sent.text() + key)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if self._keys.isVisible() and text and text in "0123456789*#":
            self._dtmf(text)
            return
        super().keyPressEvent(event)

    def ask_transfer(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Transfer call"))
        dialog.setLabelText(self.tr("Transfer this call to a number or SIP address. The call leaves you as soon "
                                    "as the other side accepts."))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Transfer"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        call_id = self._session_id
        dialog.textValueSelected.connect(lambda target: self._service.transfer(target, call_id))
        self.last_dialog = dialog
        dialog.open()

    def _toggle_quality(self, on: bool) -> None:
        self.quality_label.setVisible(on)
        if on:
            self._show_quality()

    def _show_quality(self) -> None:
        q = self._service.quality(self._session_id)
        if q is None:
            self.quality_label.setText(self.tr("Call quality is not available right now."))
            return
        rtt = self.tr("%1 ms").replace("%1", f"{q.rtt_ms:.0f}") if q.rtt_ms is not None else "—"
        self.quality_label.setText(
            self.tr("Codec %1 · jitter %2 ms · loss %3 % · round trip %4 · packets in %5, out %6")
            .replace("%1", q.codec).replace("%2", f"{q.rx_jitter_ms:.1f}")
            .replace("%3", f"{q.rx_loss_percent:.1f}").replace("%4", rtt)
            .replace("%5", str(q.rx_packets)).replace("%6", str(q.tx_packets)))

    # ---- messages ------------------------------------------------------------------------------
    def show_message(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()
        self.settings_button.setVisible(self._service.settings_can_fix)
        if self.session is None:
            self.label.setText(sentence)
            self.label.hide()
            self.time_label.clear()
            for b in (self.answer_button, self.reject_button, self.open_button, self.mute_button,
                      self.hold_button, self.keypad_button, self.transfer_button, self.quality_button,
                      self.hangup_button):
                b.hide()
        self._message_timer.start()
        self.show()

    def _clear_message(self) -> None:
        self.settings_button.hide()
        self.message.hide()
        self.message.clear()
        self.label.show()
        self.refresh()

