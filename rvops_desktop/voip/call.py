"""One call: its state, timer and the in-call actions (mute, hold, DTMF, transfer).

A `CallSession` is plain Python the UI can hold on to for as long as it likes; the
pjsua2 `Call` behind it is owned by the `Softphone` and released once the call is over.
All methods must be called on the softphone's thread (the one that polls it).
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from rvops_contract.wire import Direction

from .call_host import CallHost
from .numbers import DTMF_DIGITS
from .records import DECLINE_CODES, CallOutcome, CallRecord
from .sentences import QT_TRANSLATE_NOOP, Sentence
from .snapshot import CallSnapshot

log = logging.getLogger(__name__)

NO_ANSWER_CODES = frozenset({408, 480, 487})


class CallState(StrEnum):
    CALLING = "calling"        # outgoing, waiting for the far end to answer
    RINGING = "ringing"        # incoming, waiting for us to answer
    CONNECTING = "connecting"  # answered, media being set up
    CONNECTED = "connected"
    ENDED = "ended"


class CallError(RuntimeError):
    """An in-call action that could not be done; the message is a sentence for people (a Sentence)."""


# What the agent tried, and the call's state, as words for the sentences above (translated by the UI).
_ANSWER = Sentence(QT_TRANSLATE_NOOP("voip", "answer the call"))
_REJECT = Sentence(QT_TRANSLATE_NOOP("voip", "reject the call"))
_HANG_UP = Sentence(QT_TRANSLATE_NOOP("voip", "hang up the call"))
_HOLD = Sentence(QT_TRANSLATE_NOOP("voip", "put the call on hold"))
_RESUME = Sentence(QT_TRANSLATE_NOOP("voip", "resume the call"))
_SEND_TONES = Sentence(QT_TRANSLATE_NOOP("voip", "send keypad tones"))
_TRANSFER = Sentence(QT_TRANSLATE_NOOP("voip", "transfer the call"))
_STATE_WORDS = {
    CallState.CALLING: Sentence(QT_TRANSLATE_NOOP("voip", "still calling")),
    CallState.RINGING: Sentence(QT_TRANSLATE_NOOP("voip", "still ringing")),
    CallState.CONNECTING: Sentence(QT_TRANSLATE_NOOP("voip", "still connecting")),
    CallState.CONNECTED: Sentence(QT_TRANSLATE_NOOP("voip", "already answered")),
    CallState.ENDED: Sentence(QT_TRANSLATE_NOOP("voip", "over")),
}


@dataclass(frozen=True)
class CallQuality:
    codec: str                 # e.g. "PCMU/8000"
    rx_jitter_ms: float
    rx_loss_percent: float
    rx_packets: int
    tx_packets: int
    rtt_ms: float | None       # None until an RTCP report came back


class CallSession:
    def __init__(self, phone: CallHost, direction: Direction, *, number: str, remote_uri: str,
                 contact: Any = None, conversation_id: str | None = None) -> None:
        self.id = uuid.uuid4().hex
        self.direction = direction
        self.number = number
        self.remote_uri = remote_uri
        self.contact = contact
        self.conversation_id = conversation_id
        self.state = CallState.RINGING if direction is Direction.INBOUND else CallState.CALLING
        self.started_at: datetime = phone.now()
        self.muted = False
        self.on_hold = False
        self.remote_ringing = False          # outgoing: the far end sent 180/183
        self.end_code: int | None = None
        self.end_reason: str = ""
        self.transfer_status: tuple[int, str] | None = None
        self.transferred_to: str | None = None
        self._pending_transfer: str | None = None
        self.recording_path: Path | None = None
        self.record: CallRecord | None = None
        self._phone = phone
        self._pjcall: Any = None             # the pjsua2 Call, while the call lives
        self._connected_at: float | None = None
        self._ended_at: float | None = None
        self._rejected_by_us = False
        self._cancelled_by_us = False
        self._media_index = -1
        self._media_status: int | None = None
        self._audio: Any = None              # the call's AudioMedia on the conference bridge
        self._recorder: Any = None

    # ---- read-only views --------------------------------------------------------------------
    @property
    def duration(self) -> float:
        """Seconds since the call was answered (frozen when it ends); 0 before."""
        if self._connected_at is None:
            return 0.0
        end = self._ended_at if self._ended_at is not None else self._phone.clock()
        return max(0.0, end - self._connected_at)

    @property
    def is_active(self) -> bool:
        return self.state is not CallState.ENDED

    @property
    def contact_name(self) -> str | None:
        return _attr(self.contact, "name")

    @property
    def sending_audio(self) -> bool:
        """Whether the microphone currently reaches the call (False when muted or held)."""
        if self._audio is None:
            return False
        info = self._phone.capture_media().getPortInfo()   # keep the SWIG struct alive
        return self._audio.getPortId() in list(info.listeners)

    def snapshot(self) -> CallSnapshot:
        """A frozen copy of what the call looks like now (for widgets)."""
        return CallSnapshot(
            id=self.id, direction=self.direction, number=self.number, state=self.state,
            contact_id=_attr(self.contact, "id"), contact_name=self.contact_name,
            conversation_id=self.conversation_id, muted=self.muted, on_hold=self.on_hold,
            remote_ringing=self.remote_ringing, sending_audio=self.sending_audio,
            duration=self.duration)

    def __repr__(self) -> str:
        return f"<CallSession {self.direction.value} {self.number} {self.state.value}>"

    # ---- actions ----------------------------------------------------------------------------
    def answer(self) -> None:
        self._expect(CallState.RINGING, _ANSWER)
        self._op(_ANSWER, self._pjcall.answer, self._param(200))

    def reject(self, code: int = 603) -> None:
        """Decline a ringing incoming call (603 Decline; 486 Busy Here also makes sense)."""
        self._expect(CallState.RINGING, _REJECT)
        self._rejected_by_us = True
        self._op(_REJECT, self._pjcall.hangup, self._param(code))

    def hangup(self) -> None:
        """End the call whatever its state (cancels an unanswered outgoing call)."""
        if not self.is_active or self._pjcall is None:
            return
        if self.state is CallState.RINGING:
            self._rejected_by_us = True
        elif self.state is CallState.CALLING:
            self._cancelled_by_us = True
        self._op(_HANG_UP, self._pjcall.hangup, self._param(0))

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        self._connect_audio()
        self._phone.emit_call_state(self)

    def hold(self) -> None:
        self._expect(CallState.CONNECTED, _HOLD)
        self._op(_HOLD, self._pjcall.setHold, self._param(0, with_opt=True))

    def resume(self) -> None:
        self._expect(CallState.CONNECTED, _RESUME)
        pj = self._phone.pj
        prm = self._param(0, with_opt=True)
        prm.opt.flag = pj.PJSUA_CALL_UNHOLD
        self._op(_RESUME, self._pjcall.reinvite, prm)

    def send_dtmf(self, digits: str) -> None:
        """Send digits as RFC 2833 telephone events."""
        digits = digits.upper()
        if not digits or set(digits) - DTMF_DIGITS:
            raise CallError(Sentence(QT_TRANSLATE_NOOP(
                "voip", "“{digits}” has keys a phone keypad cannot send (use 0-9, *, #, A-D)."), digits=digits))
        self._expect(CallState.CONNECTED, _SEND_TONES)
        self._op(_SEND_TONES, self._pjcall.dialDtmf, digits)

    def transfer(self, target: str) -> None:
        """Blind transfer (REFER) to a number or SIP URI; the call ends once it succeeds."""
        self._expect(CallState.CONNECTED, _TRANSFER)
        dial = self._phone.dial_target(target)
        self.transferred_to = None
        self.transfer_status = None
        self._pending_transfer = dial.number
        self._op(_TRANSFER, self._pjcall.xfer, dial.uri, self._param(0))

    def quality(self) -> CallQuality:
        """Codec, jitter, loss and round trip of the audio stream, on demand."""
        if self._pjcall is None or self._media_index < 0:
            raise CallError(Sentence(QT_TRANSLATE_NOOP("voip", "Call quality is available only while the call has audio.")))
        try:
            info = self._pjcall.getStreamInfo(self._media_index)
            stat = self._pjcall.getStreamStat(self._media_index)
        except self._phone.pj.Error as exc:
            raise CallError(Sentence(QT_TRANSLATE_NOOP("voip", "Call quality is not available right now ({reason})."),
                                     reason=exc.reason)) from exc
        rx, tx = stat.rtcp.rxStat, stat.rtcp.txStat
        sent = rx.pkt + rx.loss
        rtt = stat.rtcp.rttUsec
        return CallQuality(
            codec=f"{info.codecName}/{info.codecClockRate}",
            rx_jitter_ms=rx.jitterUsec.mean / 1000.0,
            rx_loss_percent=100.0 * rx.loss / sent if sent else 0.0,
            rx_packets=rx.pkt,
            tx_packets=tx.pkt,
            rtt_ms=rtt.last / 1000.0 if rtt.n else None,
        )

    # ---- called by the phone and its pjsua2 callbacks ---------------------------------------
    def attach(self, pjcall: Any) -> None:
        """The pjsua2 Call behind this session (the phone creates it)."""
        self._pjcall = pjcall

    def declined_by_us(self) -> None:
        """The phone declined this incoming call itself (do not disturb): a rejection, not a miss."""
        self._rejected_by_us = True

    def on_pj_state(self) -> None:
        pj = self._phone.pj
        ci = self._pjcall.getInfo()
        st = ci.state
        if st == pj.PJSIP_INV_STATE_EARLY and self.direction is Direction.OUTBOUND:
            self.remote_ringing = True
        elif st == pj.PJSIP_INV_STATE_CONNECTING:
            self.state = CallState.CONNECTING
        elif st == pj.PJSIP_INV_STATE_CONFIRMED:
            if self._connected_at is None:
                self._connected_at = self._phone.clock()
                log.info("call %s: connected", self.id)
            self.state = CallState.CONNECTED
        elif st == pj.PJSIP_INV_STATE_DISCONNECTED:
            self._ended_at = self._phone.clock()
            self.end_code, self.end_reason = ci.lastStatusCode, ci.lastReason
            self.state = CallState.ENDED
            self._stop_recording()
            self._audio = None
            self.record = self._make_record()
        self._phone.emit_call_state(self)

    def on_pj_media(self) -> None:
        pj = self._phone.pj
        ci = self._pjcall.getInfo()          # keep ci alive while reading ci.media
        for mi in ci.media:
            if mi.type == pj.PJMEDIA_TYPE_AUDIO:
                self._media_index, self._media_status = mi.index, mi.status
                break
        status = self._media_status
        self.on_hold = status in (pj.PJSUA_CALL_MEDIA_LOCAL_HOLD, pj.PJSUA_CALL_MEDIA_NONE) \
            and self.state is CallState.CONNECTED
        if status in (pj.PJSUA_CALL_MEDIA_ACTIVE, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD):
            self._audio = self._pjcall.getAudioMedia(self._media_index)
            self._connect_audio()
            self._start_recording()
        self._phone.emit_call_state(self)

    def on_pj_transfer_status(self, code: int, reason: str, final: bool) -> bool:
        """Returns whether to keep receiving transfer progress."""
        self.transfer_status = (code, reason)
        if final and 200 <= code < 300:
            self.transferred_to = self._pending_transfer
            self._phone.later(self.hangup)
        self._phone.emit_call_state(self)
        return not final

    def _connect_audio(self) -> None:
        if self._audio is None:
            return
        capture, playback = self._phone.capture_media(), self._phone.playback_media()
        self._audio.startTransmit(playback)
        if self.muted:
            capture.stopTransmit(self._audio)
        else:
            capture.startTransmit(self._audio)

    def _start_recording(self) -> None:
        if self._recorder is not None or not self._phone.settings.record_calls:
            return
        folder = Path(self._phone.settings.recordings_dir or Path.home() / "Recordings")
        folder.mkdir(parents=True, exist_ok=True)
        safe = "".join(c for c in self.number if c.isalnum() or c in "+-_") or "call"
        path = folder / f"{self.started_at:%Y%m%d-%H%M%S}-{safe}-{self.id[:8]}.wav"
        recorder = self._phone.pj.AudioMediaRecorder()
        try:
            recorder.createRecorder(str(path))
            self._audio.startTransmit(recorder)
            self._phone.capture_media().startTransmit(recorder)
        except self._phone.pj.Error as exc:
            log.warning("call recording to %s failed: %s", path, exc.info())
            return
        self._recorder, self.recording_path = recorder, path

    def _stop_recording(self) -> None:
        self._recorder = None   # deleting the recorder closes the WAV file

    def end_without_sip(self, reason: str) -> None:
        """The call never got onto the wire (e.g. an invalid URI)."""
        self._ended_at = self._phone.clock()
        self.end_reason = reason
        self.state = CallState.ENDED
        self.record = self._make_record()

    def release(self) -> None:
        """Drop the pjsua2 objects (the softphone calls this outside callbacks)."""
        self._stop_recording()
        self._audio = None
        self._pjcall = None

    def _make_record(self) -> CallRecord:
        code, phrase = self.end_code or 0, self.end_reason
        sip_reason = f"{code} {phrase}".strip() if code else (phrase or None)
        reason: str | None = None
        if self._connected_at is not None:
            outcome = CallOutcome.ANSWERED
            if self.transferred_to:
                reason = f"transferred to {self.transferred_to}"
        elif self.direction is Direction.INBOUND:
            outcome = CallOutcome.REJECTED if self._rejected_by_us else CallOutcome.MISSED
            reason = sip_reason
        elif self._cancelled_by_us or code in NO_ANSWER_CODES:
            outcome, reason = CallOutcome.MISSED, sip_reason
        elif code in DECLINE_CODES:
            outcome, reason = CallOutcome.REJECTED, sip_reason
        else:
            outcome, reason = CallOutcome.FAILED, sip_reason or "the call could not be set up"
        return CallRecord(
            id=self.id, direction=self.direction, number=self.number, remote_uri=self.remote_uri,
            contact_id=_attr(self.contact, "id"), contact_name=self.contact_name,
            started_at=self.started_at, duration_seconds=self.duration, outcome=outcome,
            reason=reason, conversation_id=self.conversation_id,
            recording_path=str(self.recording_path) if self.recording_path else None,
        )

    # ---- helpers ----------------------------------------------------------------------------
    def _expect(self, state: CallState, action: Sentence) -> None:
        if self.state is not state or self._pjcall is None:
            raise CallError(Sentence(QT_TRANSLATE_NOOP("voip", "Cannot {action}: the call is {state}."),
                                     action=action, state=_STATE_WORDS[self.state]))

    def _param(self, code: int, with_opt: bool = False) -> Any:
        prm = self._phone.pj.CallOpParam(with_opt)
        if code:
            prm.statusCode = code
        return prm

    def _op(self, action: Sentence, fn: Any, *args: Any) -> None:
        try:
            fn(*args)
        except self._phone.pj.Error as exc:
            log.warning("call %s: %s failed: %s", self.id, action, exc.info())
            raise CallError(Sentence(QT_TRANSLATE_NOOP("voip", "Could not {action} ({reason})."),
                                     action=action, reason=exc.reason)) from exc


def _attr(obj: Any, name: str) -> str | None:
    if obj is None:
        return None
    value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
    return None if value is None else str(value)
