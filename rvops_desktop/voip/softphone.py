"""The softphone model: one pjsua2 endpoint, one SIP account, its calls.

Threading (docs/voip.md): no pjsua worker (`threadCnt = 0`). The thread that calls `start()` owns
the softphone: it calls `poll()` every ~20 ms (observers run there, never inside pjsua2) and
`shutdown()`. A started `SipThread` in `sip_thread` handles the SIP events, never waiting on the
owner; without one (tests) `poll()` handles them, deterministically. Shared state: under `lock`.
Parts: registration.py, audio_routing.py (devices, media, ringer), call.py (via call_host.py).
"""
from __future__ import annotations

import atexit
import gc
import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from types import ModuleType
from typing import Any

from rvops_contract.wire import Direction

from .audio import AudioDevice
from .audio_port import AudioBridge
from .audio_routing import AudioRouting, devices_changed
from .auto_answer import AutoAnswer
from .availability import Availability, availability, load_pjsua2
from .call import CallError, CallSession, CallState
from .events import Signal, TaskQueue
from .numbers import DialTarget, caller_number
from .records import CallRecord
from .registration import Registration, RegistrationState, RegistrationStatus
from .sentences import QT_TRANSLATE_NOOP, Sentence
from .settings import PasswordStore, SoftphoneSettings, account_changed, account_dial_target
from .sip_thread import SipThread

log = logging.getLogger(__name__)

SHUTDOWN_HANGUP_TIMEOUT_S = 2.0   # wait this long for BYEs to be answered when quitting
MAX_EVENT_BATCHES_PER_POLL = 16   # keeps one poll() short even under a burst of events

ContactMatcher = Callable[[str], Any]   # number (E.164 or extension) -> contact or None

__all__ = ["ContactMatcher", "RegistrationState", "RegistrationStatus", "Softphone",  # Registration*:
           "SoftphoneUnavailable"]                                             # from registration.py


class SoftphoneUnavailable(RuntimeError):
    """Calls cannot be made now; the message says why and what to do."""


class Softphone:
    def __init__(self, settings: SoftphoneSettings, *, passwords: PasswordStore | None = None,
                 contact_matcher: ContactMatcher | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 null_audio: bool = False, audio_bridge: AudioBridge | None = None,
                 bind_address: str = "", rtp_port: int = 0,
                 log_level: int = 3, log_file: str | None = None) -> None:
        self.settings = settings
        self.passwords = passwords if passwords is not None else PasswordStore()
        self.contact_matcher = contact_matcher
        self._clock, self._now = clock, now
        self._auto_answer = AutoAnswer()
        self._log_level, self._log_file = log_level, log_file
        self.on_registration_changed: Signal[RegistrationStatus] = Signal("registration_changed")
        self.on_incoming_call: Signal[CallSession] = Signal("incoming_call")
        self.on_call_state: Signal[CallSession] = Signal("call_state")
        self.on_call_ended: Signal[CallRecord] = Signal("call_ended")
        self.on_audio_fallback: Signal[str] = Signal("audio_fallback")
        self.availability: Availability | None = None
        self._registration = Registration(
            clock=clock, bind_address=bind_address, rtp_port=rtp_port,
            announce=lambda status: self.later(self.on_registration_changed.emit, status))
        self._routing = AudioRouting(bridge=audio_bridge, null_audio=null_audio,
                                     announce=lambda msg: self.later(self.on_audio_fallback.emit, msg))
        self._pj: ModuleType | Any = None
        self._engine: ModuleType | Any = None
        self._ep: Any = None
        self._thread: int | None = None
        self._calls: list[CallSession] = []
        self._queue = TaskQueue()
        self.lock = threading.RLock()   # the SIP thread's events vs. the owner's commands
        self.sip_thread: SipThread | None = None   # set and started by the owner (the app's way)

    @property
    def audio_bridge(self) -> AudioBridge | None:
        return self._routing.bridge

    @property
    def registration(self) -> RegistrationStatus:
        return self._registration.status

    # ---- lifecycle --------------------------------------------------------------------------
    def start(self) -> bool:
        """Create the endpoint and register; False (see `availability.reason`): calls stay off."""
        if self._ep is not None:
            return True
        self.availability = availability()
        if not self.availability.available:
            self._registration.set_status(RegistrationStatus(RegistrationState.DISABLED,
                                                             self.availability.reason))
            return False
        from . import _engine  # needs pjsua2
        self._pj, self._engine = load_pjsua2(), _engine
        ep = _engine.PjEndpoint(self)
        try:
            _engine.quiet_until_configured()
            ep.libCreate()
            ep.libInit(_engine.endpoint_config(stun_server=self.settings.stun_server,
                                               log_level=self._log_level, log_file=self._log_file))
            ep.libStart()
        except self._pj.Error as exc:
            ep.libDestroy()
            self.availability = Availability(False, f"Calls are disabled: the SIP engine did not "
                                                    f"start ({exc.reason}).")
            self._registration.set_status(RegistrationStatus(RegistrationState.DISABLED,
                                                             self.availability.reason))
            return False
        self._ep, self._thread = ep, threading.get_ident()
        self._routing.open(ep, self._pj, _engine)
        self._routing.apply_devices(self.settings)
        self._registration.open(ep, self._pj, _engine, lambda: _engine.PjAccount(self))
        self._registration.create(self.settings, self.passwords)
        ref = weakref.ref(self)

        def shut_at_exit() -> None:
            phone = ref()
            if phone is not None:
                phone._shutdown_at_exit()
        self._atexit = shut_at_exit
        atexit.register(self._atexit)
        return True

    @property
    def running(self) -> bool:
        return self._ep is not None

    def register_thread(self, name: str) -> None:
        if self._ep is not None and not self._ep.libIsThreadRegistered():
            self._ep.libRegisterThread(name)

    def handle_events(self, max_wait_ms: int = 0) -> int:
        """Handle pending SIP/media events (pjsua2 callbacks queue their observer calls)."""
        handled, wait = 0, max_wait_ms
        with self.lock:
            for _ in range(MAX_EVENT_BATCHES_PER_POLL):
                if self._ep is None or (n := self._ep.libHandleEvents(wait)) <= 0:
                    break
                handled, wait = handled + n, 0
        return handled

    def poll(self, max_wait_ms: int = 0) -> None:
        """Run the queued observer calls (handling pending SIP events first unless the SIP
        thread does). Call it every ~20 ms from the thread that called `start()`."""
        if self._ep is None:
            return
        self._check_thread()
        if self.sip_thread is None:
            self.handle_events(max_wait_ms)
        with self.lock:
            self._run_queue()
            if self._auto_answer:
                self._auto_answer.answer_due(self._calls, self._clock())
            self._registration.check_timeout(self.settings)

    def shutdown(self) -> None:
        """Hang up every call, unregister and destroy the SIP stack. Never blocks for long."""
        if self._ep is None:
            return
        self._check_thread()
        thread, self.sip_thread = self.sip_thread, None
        if thread is not None:
            thread.stop()   # join it: libDestroy() runs here, on the thread that started pjsua2
        ep = self._ep
        try:
            for session in list(self._calls):
                try:
                    session.hangup()
                except CallError:
                    pass
            self._pump(ep, lambda: not self._calls, SHUTDOWN_HANGUP_TIMEOUT_S)
            self._routing.stop_ringer()
            self._sync_bridge()
            self._registration.unregister(partial(self._pump, ep))
        finally:
            # A pjsua2 Call or Account outliving libDestroy() aborts the interpreter: drop all.
            for session in self._calls:
                session.release()
            self._calls.clear()
            self._queue.clear()
            self._ep = None
            self._registration.close()
            self._routing.close()
            gc.collect()
            ep.libDestroy()
            del ep
            gc.collect()
            atexit.unregister(self._atexit)
            self._registration.set_status(RegistrationStatus(RegistrationState.DISABLED,
                                                             "The softphone is stopped."))
            self._run_queue()

    def _shutdown_at_exit(self) -> None:
        if self._ep is not None and self._thread == threading.get_ident():
            self.shutdown()

    # ---- settings and account ---------------------------------------------------------------
    def apply_settings(self, settings: SoftphoneSettings) -> None:
        """Use new settings: re-register if the account changed, re-pick audio devices.
        (The STUN server is read when the softphone starts.)"""
        old, self.settings = self.settings, settings
        if self._ep is None:
            return
        self._check_thread()
        if account_changed(old, settings):
            self._registration.drop()
            self._registration.create(self.settings, self.passwords)
        if devices_changed(old, settings):
            self._routing.apply_devices(self.settings)

    def reregister(self) -> None:
        """Register again now (e.g. after the network came back)."""
        if self._ep is None:
            return
        self._check_thread()
        self._registration.drop()
        self._registration.create(self.settings, self.passwords)

    def on_pj_reg_state(self, account: Any, code: int, reason: str, expiration: int) -> None:
        """The account's `onRegState` (from inside `libHandleEvents`)."""
        self._registration.on_reg_state(account, code, reason, expiration, self.settings)

    # ---- calls ------------------------------------------------------------------------------
    @property
    def calls(self) -> list[CallSession]:
        """The calls not yet ended, oldest first."""
        return list(self._calls)

    @property
    def ringing(self) -> bool:
        return self._routing.ringing

    def call(self, target: str, *, contact: Any = None,
             conversation_id: str | None = None) -> CallSession:
        """Place a call to a number (E.164, national, extension) or SIP URI.
        Raises NumberError for what cannot be dialled, SoftphoneUnavailable when calls are
        off, CallError when the call could not even start (the record is still produced)."""
        if self._ep is None:
            reason = self.availability.reason if self.availability and self.availability.reason else \
                "The softphone is not started."
            raise SoftphoneUnavailable(reason)
        self._check_thread()
        if self._registration.account is None:
            raise SoftphoneUnavailable(self.registration.message or "No SIP account is set up.")
        dial = self.dial_target(target)
        session = CallSession(self, Direction.OUTBOUND, number=dial.number, remote_uri=dial.uri,
                              contact=contact if contact is not None else self._match(dial.number),
                              conversation_id=conversation_id)
        pjcall = self._engine.PjCall(self._registration.account, session)
        session.attach(pjcall)
        self._calls.append(session)
        self._sync_bridge()
        try:
            pjcall.makeCall(dial.uri, self._pj.CallOpParam(True))
        except self._pj.Error as exc:
            session.end_without_sip(exc.reason)
            self.emit_call_state(session)
            self._run_queue()
            raise CallError(Sentence(QT_TRANSLATE_NOOP("voip", "Could not call {number} ({reason})."),
                                     number=dial.number, reason=exc.reason)) from exc
        self.emit_call_state(session)
        return session

    def dial_target(self, target: str) -> DialTarget:
        return account_dial_target(self.settings, target)

    def _match(self, number: str) -> Any:
        if self.contact_matcher is None or not number:
            return None
        try:
            return self.contact_matcher(number)
        except Exception:  # a lookup failure must not stop the call
            log.exception("contact matcher failed for %s", number)
            return None

    def _match_caller(self, session: CallSession) -> None:
        session.contact = self._match(session.number)

    def on_pj_incoming_call(self, account: Any, call_id: int) -> None:
        """The account's `onIncomingCall` (from inside `libHandleEvents`)."""
        session = CallSession(self, Direction.INBOUND, number="", remote_uri="")
        pjcall = self._engine.PjCall(account, session, call_id)
        session.attach(pjcall)
        self._calls.append(session)
        self._sync_bridge()
        ci = pjcall.getInfo()
        session.remote_uri = ci.remoteUri
        session.number = caller_number(ci.remoteUri, self.settings.country_code)
        self.later(self._match_caller, session)  # the matcher reads the replica: owner's thread
        prm = self._pj.CallOpParam()
        if self.settings.do_not_disturb:  # declined at once, never rung; the call log keeps it
            log.info("incoming call from %s declined: do not disturb", session.number)
            session.declined_by_us()
            prm.statusCode = 486
            pjcall.answer(prm)
            return
        prm.statusCode = 180
        pjcall.answer(prm)
        log.info("call %s: incoming from %s", session.id, session.number or session.remote_uri)
        if self.settings.auto_answer:
            self._auto_answer.schedule(session, self._clock() + max(0.0, self.settings.auto_answer_after_s))
        self.later(self._update_ringer)
        self.later(self.on_incoming_call.emit, session)
        self.emit_call_state(session)

    def emit_call_state(self, session: CallSession) -> None:
        self.later(self.on_call_state.emit, session)
        if session.state is CallState.ENDED:
            self.later(self._finish, session)
        elif session.state is not CallState.RINGING:
            self.later(self._update_ringer)

    def _finish(self, session: CallSession) -> None:
        if session not in self._calls:
            return
        self._calls.remove(session)
        session.release()
        self._update_ringer()
        self._sync_bridge()
        if session.record is not None:
            record = session.record
            log.info("call %s ended: %s after %.0f s%s", record.id, record.outcome.value, record.duration_seconds,
                     f" ({record.reason})" if record.reason else "")
            self.on_call_ended.emit(session.record)

    # ---- audio ------------------------------------------------------------------------------
    def audio_devices(self) -> list[AudioDevice]:
        if self._ep is None:
            return []
        return self._routing.devices()

    def set_audio_devices(self, *, input: str | None = None, output: str | None = None,
                          ring: str | None = None) -> None:
        """Choose devices by name ("" = system default). Save `settings` to remember them."""
        s = self.settings
        self.apply_settings(replace(s, input_device=s.input_device if input is None else input,
                                    output_device=s.output_device if output is None else output,
                                    ring_device=s.ring_device if ring is None else ring))

    def recheck_audio_devices(self) -> None:
        """Re-read the device list (call it when the OS reports a device change; the SIP
        stack calls it on an audio device error). A missing device falls back to the
        default; the call goes on."""
        if self._ep is None:
            return
        self._check_thread()
        self._routing.recheck(self.settings)

    # ---- the CallHost protocol (what a CallSession uses) -----------------------------------
    @property
    def pj(self) -> ModuleType | Any:
        return self._pj

    def clock(self) -> float:
        return self._clock()

    def now(self) -> datetime:
        return self._now()

    def capture_media(self) -> Any:
        return self._routing.capture_media()

    def playback_media(self) -> Any:
        return self._routing.playback_media()

    def _sync_bridge(self) -> None:   # the calls changed: so do the audio bridge and the SIP thread's pace
        self._routing.sync_bridge(bool(self._calls) and self._ep is not None)
        if self.sip_thread is not None:
            self.sip_thread.wake()

    def _update_ringer(self) -> None:
        if self._ep is None:
            return
        self._routing.ring(any(c.state is CallState.RINGING for c in self._calls), self.settings)

    # ---- plumbing ---------------------------------------------------------------------------
    def later(self, fn: Callable[..., Any], *args: Any) -> None:
        self._queue.later(fn, *args)

    def _run_queue(self) -> None:
        self._queue.run()

    def _pump(self, ep: Any, done: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            ep.libHandleEvents(10)
            self._run_queue()

    def _check_thread(self) -> None:
        if self._thread is not None and threading.get_ident() != self._thread:
            raise RuntimeError("the softphone must be used from the thread that started it")
