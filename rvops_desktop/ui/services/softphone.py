"""The softphone for the window (S9): its SIP events are handled on a SipThread (never waiting on
the GUI thread); a Qt timer on the GUI thread runs the queued observer calls, which become Qt
signals; a finished call is logged through the outbox (LOG_CALL).

Widgets bind to this service only: its signals, `current` (the call on screen), `available` /
`unavailable_reason`, and the in-call actions below. Widgets see calls as frozen `CallSnapshot`s
and act on them by call id (default: the current call); the live `CallSession`s stay here.
Every action that fails emits `callFailed` with a sentence instead of raising, so a widget never
needs a try block.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from rvops_desktop.ui.sentences import say
from rvops_desktop.voip import CallQuality, CallSession, CallSnapshot, RegistrationState, save_settings
from rvops_desktop.voip.sentences import sentence_of
from rvops_desktop.voip.settings import account_changed
from rvops_desktop.voip.sip_thread import SipThread

from . import calls_off
from .gui_thread import GuiThreadCall

log = logging.getLogger(__name__)
POLL_MS = 20
DEVICE_WATCH_DELAY_MS = 1500  # Qt Multimedia starts after the window is up, not in its way


class SoftphoneService(QObject):
    callFailed = Signal(str)  # a sentence for the agent
    callStarted = Signal(str)  # the number dialled
    callChanged = Signal(object)  # a CallSnapshot (state, duration, muted…)
    incoming = Signal(object)  # a CallSnapshot of a ringing inbound call
    callEnded = Signal(object)  # the CallRecord
    registrationChanged = Signal(object)  # voip.RegistrationStatus
    availabilityChanged = Signal(bool, str)  # calls can be placed; the reason (a sentence) when not
    audioFallback = Signal(str)  # a sentence: a chosen device is missing, the default is used

    def __init__(self, softphone, actions=None, replica=None, *, settings_path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.softphone = softphone
        self._actions = actions
        self._replica = replica
        self._settings_path = settings_path
        self._live: CallSession | None = None  # the call on screen
        self._observers = ((softphone.on_call_state, self._state), (softphone.on_incoming_call, self._incoming),
                           (softphone.on_call_ended, self._ended),
                           (softphone.on_registration_changed, self._registration),
                           (softphone.on_audio_fallback, lambda sentence: self.audioFallback.emit(say(sentence))))
        for signal, observer in self._observers:
            signal.connect(observer)
        self._available = self.available
        # the SIP thread asks for a poll through a plain handle: it must not hold this object
        self._poll_soon = GuiThreadCall(self._poll_asked_for, coalesce=True)
        if softphone.running and softphone.sip_thread is None:
            softphone.sip_thread = SipThread(softphone)
            softphone.sip_thread.start()
        if softphone.sip_thread is not None:
            softphone.sip_thread.on_handled = self._poll_soon
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        self._devices = None  # QMediaDevices: the OS telling us a headset came or went
        QTimer.singleShot(DEVICE_WATCH_DELAY_MS, self, self.watch_audio_devices)

    def close(self) -> None:
        """Stop polling and listening (the window closes; the entry point shuts the softphone down,
        joining the SIP thread first)."""
        self._timer.stop()
        thread = self.softphone.sip_thread
        if thread is not None and thread.on_handled is self._poll_soon:
            thread.on_handled = None
        self._poll_soon.close()   # a request already on its way is dropped
        if self._devices is not None:
            self._devices.audioInputsChanged.disconnect(self.recheck_audio_devices)
            self._devices.audioOutputsChanged.disconnect(self.recheck_audio_devices)
        for signal, observer in self._observers:
            try:
                signal.disconnect(observer)
            except ValueError:
                pass
        self._observers = ()

    def _poll_asked_for(self, _payload: object) -> None:
        """The SIP thread handled events: poll on the GUI thread's next turn, not at the timer's
        next tick (its requests until then are one)."""
        self._poll()

    def _poll(self) -> None:
        if self.softphone.running:
            self.softphone.poll()

    # ---- availability and registration ------------------------------------------------------
    @property
    def registration(self):
        return self.softphone.registration

    @property
    def available(self) -> bool:
        """Whether a call can be placed now (engine running and an account set up)."""
        return not self.unavailable_reason

    @property
    def unavailable_reason(self) -> str:
        """Why calls are disabled, as a sentence for the agent; "" when they are not."""
        phone = self.softphone
        engine = phone.availability
        if engine is not None and not engine.available:
            return calls_off.engine_missing()
        if not phone.running:
            return calls_off.not_started()
        if phone.registration.state is RegistrationState.DISABLED:
            return calls_off.no_account() if phone.settings.enabled else calls_off.turned_off()
        return ""

    @property
    def settings_can_fix(self) -> bool:
        """Calls are off for a reason the agent fixes in the softphone settings (no account, turned
        off): then a Call click says so and offers the settings, rather than a disabled button."""
        phone = self.softphone
        engine = phone.availability
        return (engine is None or engine.available) and phone.running \
            and phone.registration.state is RegistrationState.DISABLED

    def registration_sentence(self, status=None) -> str:
        """The registration state as a sentence for people (the SIP code and reason kept)."""
        status = status or self.softphone.registration
        s = self.softphone.settings
        if status.state is RegistrationState.REGISTERED:
            return self.tr("Registered as %1.").replace("%1", f"{s.user}@{s.domain}")
        if status.state is RegistrationState.REGISTERING:
            return self.tr("Registering with %1…").replace("%1", s.domain)
        if status.state is RegistrationState.FAILING:
            hints = {
                401: self.tr("the user name or password is wrong"),
                403: self.tr("the server refused this account"),
                404: self.tr("the server does not know this user"),
                407: self.tr("the proxy needs a valid user name and password"),
                408: self.tr("the registrar did not answer; check its address and the network"),
                503: self.tr("the registrar cannot be reached; check its address, the transport and the network"),
            }
            hint = hints.get(status.code, self.tr("check the account in the softphone settings"))
            if status.code in (401, 407) and not self.password():
                hint = self.tr("the server asks for a password and none is saved for this account; enter it in "
                               "the softphone settings")
            return self.tr("Registration failed (%1): %2.").replace("%1", sip_reason(status)).replace("%2", hint)
        return self.unavailable_reason or self.tr("The softphone is off.")

    def _registration(self, status) -> None:
        self.registrationChanged.emit(status)
        available = self.available
        if available != self._available:
            self._available = available
            self.availabilityChanged.emit(available, self.unavailable_reason)

    # ---- calls ------------------------------------------------------------------------------
    @property
    def current(self) -> CallSnapshot | None:
        """The call on screen, as a CallSnapshot taken now; None when there is none."""
        return None if self._live is None else self._live.snapshot()

    def _session(self, call_id: str | None) -> CallSession | None:
        if call_id is None or (self._live is not None and self._live.id == call_id):
            return self._live
        return next((c for c in self.softphone.calls if c.id == call_id), None)

    def call(self, number: str, *, conversation_id: str | None = None, contact_id: str | None = None,
             contact=None) -> None:
        who = getattr(contact, "name", None) or "no contact"
        if not self.available:
            log.info("call to %s (%s) not placed: %s", number, who, self.unavailable_reason)
            self.callFailed.emit(self.unavailable_reason)
            return
        try:
            with self.softphone.lock:
                self._live = session = self.softphone.call(number, contact=contact, conversation_id=conversation_id)
        except Exception as exc:  # noqa: BLE001 - NumberError, SoftphoneUnavailable, CallError: sentences
            log.info("call to %s (%s) failed: %s", number, who, exc)
            self.callFailed.emit(say(sentence_of(exc)))
            return
        log.info("calling %s (%s)", number, who)
        self.callStarted.emit(number)
        self.callChanged.emit(session.snapshot())

    def _incoming(self, session: CallSession) -> None:
        self._live = session
        self.incoming.emit(session.snapshot())

    def _act(self, action: str, *args: object, call_id: str | None = None) -> bool:
        session = self._session(call_id)
        if session is None:
            return False
        try:
            with self.softphone.lock:
                getattr(session, action)(*args)
        except Exception as exc:  # noqa: BLE001 - CallError/NumberError carry a sentence
            self.callFailed.emit(say(sentence_of(exc)))
            return False
        self.callChanged.emit(session.snapshot())
        return True

    def answer(self, call_id: str | None = None) -> None:
        self._act("answer", call_id=call_id)

    def reject(self, call_id: str | None = None) -> None:
        self._act("reject", call_id=call_id)

    def hangup(self, call_id: str | None = None) -> None:
        self._act("hangup", call_id=call_id)

    def set_muted(self, muted: bool, call_id: str | None = None) -> None:
        self._act("set_muted", bool(muted), call_id=call_id)

    def hold(self, call_id: str | None = None) -> None:
        self._act("hold", call_id=call_id)

    def resume(self, call_id: str | None = None) -> None:
        self._act("resume", call_id=call_id)

    def toggle_hold(self, call_id: str | None = None) -> None:
        session = self._session(call_id)
        if session is not None:
            self.resume(call_id) if session.on_hold else self.hold(call_id)

    def send_dtmf(self, digits: str, call_id: str | None = None) -> bool:
        return self._act("send_dtmf", digits, call_id=call_id)

    def transfer(self, target: str, call_id: str | None = None) -> bool:
        """Blind transfer to a number or SIP URI; the call ends when the far end accepts."""
        target = (target or "").strip()
        if not target:
            return False
        return self._act("transfer", target, call_id=call_id)

    def quality(self, call_id: str | None = None) -> CallQuality | None:
        """The call's CallQuality, or None (the reason goes out as callFailed)."""
        session = self._session(call_id)
        if session is None:
            return None
        try:
            return session.quality()
        except Exception as exc:  # noqa: BLE001 - CallError carries a sentence
            self.callFailed.emit(say(sentence_of(exc)))
            return None

    def _state(self, session: CallSession) -> None:
        if session.is_active:
            self._live = session
        self.callChanged.emit(session.snapshot())

    def _ended(self, record) -> None:
        if self._live is None or self._live.id == record.id:
            active = [c for c in self.softphone.calls if c.is_active]
            self._live = active[-1] if active else None
        self.callEnded.emit(record)
        if self._live is not None:
            self.callChanged.emit(self._live.snapshot())
        if self._actions is not None:
            from rvops_desktop.calls import log_finished_call
            try:
                log_finished_call(self._actions, record, self._replica)
            except Exception:
                log.exception("could not log call %s", record.id)

    # ---- settings and devices ---------------------------------------------------------------
    @property
    def settings(self):
        return self.softphone.settings

    @property
    def passwords(self):
        return self.softphone.passwords

    def password(self, settings=None) -> str:
        settings = settings or self.softphone.settings
        return self.passwords.get(settings.account_key) or "" if settings.user else ""

    def audio_devices(self) -> list:
        return self.softphone.audio_devices() if self.softphone.running else []

    def apply_settings(self, settings, password: str | None = None) -> None:
        """Keep the password in the keyring (never in the file), use the settings, save them."""
        old = self.softphone.settings
        new_password = password is not None and bool(settings.user) and \
            password != (self.passwords.get(settings.account_key) or "")
        if new_password:
            self.passwords.set(settings.account_key, password)
        try:
            with self.softphone.lock:   # the SIP thread may be handling this account's events
                self.softphone.apply_settings(settings)
                if new_password and not account_changed(old, settings):
                    self.softphone.reregister()   # only the password changed: register again with it
            save_settings(self.softphone.settings, self._settings_path)
        except Exception as exc:
            log.exception("softphone settings not applied")
            self.callFailed.emit(self.tr("The softphone settings could not be applied: %1")
                                 .replace("%1", say(sentence_of(exc))))
        self._registration(self.softphone.registration)

    def recheck_audio_devices(self) -> None:
        if self.softphone.running:
            with self.softphone.lock:
                self.softphone.recheck_audio_devices()

    def watch_audio_devices(self) -> bool:
        """Re-check the softphone's devices whenever the OS adds or removes an audio device (a
        headset plugged in mid-shift is used as soon as it is the chosen one; an unplugged one
        falls back to the default, with `audioFallback` saying so). False without Qt Multimedia."""
        if self._devices is not None:
            return True
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError:
            log.info("Qt Multimedia unavailable: audio device changes are noticed on the next call")
            return False
        self._devices = QMediaDevices(self)
        self._devices.audioInputsChanged.connect(self.recheck_audio_devices)
        self._devices.audioOutputsChanged.connect(self.recheck_audio_devices)
        return True


def sip_reason(status) -> str:
    return f"{status.code} {status.reason}".strip() if status.code else (status.reason or "")
