"""The softphone model: one pjsua2 endpoint, one SIP account, its calls.

Threading: pjsua2 runs with no worker thread (`threadCnt = 0`, `mainThreadOnly`); the
thread that calls `start()` must call `poll()` regularly (a 20 ms Qt timer) and
`shutdown()` at the end. Observers are called from `poll()`, never from inside pjsua2.

Sound: with an `audio_bridge` (see `audio_port.py`) pjsua2 runs on its null device and the
calls' audio goes through a `CallAudioPort` to the bridge's devices; without one, through
pjsua2's own sound device (the null device in tests).
"""
from __future__ import annotations

import atexit
import gc
import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from types import ModuleType
from typing import Any

from rvops_contract.wire import Direction

from .audio import AudioDevice, DeviceRole, choose_device, fallback_message
from .audio_port import AudioBridge
from .availability import Availability, availability, load_pjsua2
from .call import CallError, CallSession, CallState
from .events import Signal
from .numbers import DialTarget, NumberError, caller_number, dial_target
from .records import CallRecord
from .sentences import QT_TRANSLATE_NOOP, Sentence
from .settings import PasswordStore, SoftphoneSettings, Transport, account_changed

log = logging.getLogger(__name__)

REGISTRATION_TIMEOUT_S = 5.0      # no answer from the registrar by then: report failing
SHUTDOWN_HANGUP_TIMEOUT_S = 2.0   # wait this long for BYEs to be answered when quitting
UNREGISTER_TIMEOUT_S = 0.5
MAX_EVENT_BATCHES_PER_POLL = 16   # keeps one poll() short even under a burst of events

ContactMatcher = Callable[[str], Any]   # number (E.164 or extension) -> contact or None
_AUDIO_FIELDS = ("input_device", "output_device", "ring_device")


class RegistrationState(StrEnum):
    DISABLED = "disabled"
    REGISTERING = "registering"
    REGISTERED = "registered"
    FAILING = "failing"


@dataclass(frozen=True)
class RegistrationStatus:
    state: RegistrationState
    message: str = ""            # a sentence for people
    code: int | None = None      # the SIP status code, when there is one
    reason: str = ""             # the SIP reason phrase


class SoftphoneUnavailable(RuntimeError):
    """Calls cannot be made now; the message says why and what to do."""


_FAILURE_HINTS = {
    401: "the user name or password is wrong",
    403: "the server refused this account",
    404: "the server does not know this user",
    407: "the proxy needs a valid user name and password",
    408: "the registrar did not answer; check its address and the network",
    503: "the registrar cannot be reached; check its address, the transport and the network",
}


_NO_PASSWORD_HINT = ("the server asks for a password and none is saved for this account; "
                     "enter it in the softphone settings")


def _registration_failure(code: int, reason: str, *, has_password: bool = True) -> RegistrationStatus:
    hint = _FAILURE_HINTS.get(code, "check the account in the softphone settings")
    if code in (401, 407) and not has_password:
        hint = _NO_PASSWORD_HINT
    return RegistrationStatus(RegistrationState.FAILING,
                              f"Registration failed ({code} {reason}): {hint}.", code, reason)


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
        self._null_audio, self._bind, self._rtp_port = null_audio, bind_address, rtp_port
        self.audio_bridge = audio_bridge
        self._bridge_port: Any = None         # the CallAudioPort, while the endpoint runs
        self._bridge_active = False
        self._bridge_ringing = False
        self._auto_answer_at: dict[str, float] = {}  # call id → when it answers by itself
        self._log_level, self._log_file = log_level, log_file
        self.on_registration_changed: Signal[RegistrationStatus] = Signal("registration_changed")
        self.on_incoming_call: Signal[CallSession] = Signal("incoming_call")
        self.on_call_state: Signal[CallSession] = Signal("call_state")
        self.on_call_ended: Signal[CallRecord] = Signal("call_ended")
        self.on_audio_fallback: Signal[str] = Signal("audio_fallback")
        self.availability: Availability | None = None
        self.registration = RegistrationStatus(RegistrationState.DISABLED, "The softphone is not started.")
        self._pj: ModuleType | Any = None
        self._engine: ModuleType | Any = None
        self._ep: Any = None
        self._thread: int | None = None
        self._transports: dict[Transport, int] = {}
        self._account: Any = None
        self._old_accounts: list[Any] = []
        self._reg_started: float | None = None
        self._has_password = False      # the account was created with a password
        self._calls: list[CallSession] = []
        self._queue: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()
        self._ringer: Any = None
        self._ring_port: Any = None
        self._fallbacks: set[tuple[DeviceRole, str]] = set()

    # ---- lifecycle --------------------------------------------------------------------------
    def start(self) -> bool:
        """Create the endpoint and register. False (with `availability.reason`) when the SIP
        engine is missing: the rest of the app keeps working, calls stay disabled."""
        if self._ep is not None:
            return True
        self.availability = availability()
        if not self.availability.available:
            self._set_registration(RegistrationStatus(RegistrationState.DISABLED,
                                                      self.availability.reason))
            return False
        from . import _engine  # needs pjsua2

        self._pj, self._engine = load_pjsua2(), _engine
        ep = _engine.PjEndpoint(self)
        try:
            ep.libCreate()
            ep.libInit(_engine.endpoint_config(stun_server=self.settings.stun_server,
                                               log_level=self._log_level, log_file=self._log_file))
            ep.libStart()
        except self._pj.Error as exc:
            ep.libDestroy()
            self.availability = Availability(False, f"Calls are disabled: the SIP engine did not "
                                                    f"start ({exc.reason}).")
            self._set_registration(RegistrationStatus(RegistrationState.DISABLED,
                                                      self.availability.reason))
            return False
        self._ep, self._thread = ep, threading.get_ident()
        if self._null_audio or self.audio_bridge is not None:
            ep.audDevManager().setNullDev()     # with a bridge, its clock drives the conference
        if self.audio_bridge is not None:
            from .audio_port import create_port
            self._bridge_port = create_port(self.audio_bridge)
        self._apply_audio_devices()
        self._create_account()
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

    # ---- the CallHost protocol (what a CallSession uses) -----------------------------------
    @property
    def pj(self) -> ModuleType | Any:
        return self._pj

    def clock(self) -> float:
        return self._clock()

    def now(self) -> datetime:
        return self._now()

    def poll(self, max_wait_ms: int = 0) -> None:
        """Handle pending SIP/media events, then run the queued observer calls.
        Call it every ~20 ms from the thread that called `start()`."""
        if self._ep is None:
            return
        self._check_thread()
        wait = max_wait_ms
        for _ in range(MAX_EVENT_BATCHES_PER_POLL):
            if self._ep.libHandleEvents(wait) <= 0:
                break
            wait = 0
        self._run_queue()
        if self._auto_answer_at:
            self._answer_due_calls()
        if (self.registration.state is RegistrationState.REGISTERING and self._reg_started is not None
                and self._clock() - self._reg_started > REGISTRATION_TIMEOUT_S):
            self._reg_started = None
            self._set_registration(RegistrationStatus(
                RegistrationState.FAILING,
                f"Registration failed: the registrar {self.settings.domain} did not answer within "
                f"{REGISTRATION_TIMEOUT_S:g} s; check its address, the transport and the network.",
                408, "No answer from the registrar"))

    def shutdown(self) -> None:
        """Hang up every call, unregister and destroy the SIP stack. Never blocks for long."""
        if self._ep is None:
            return
        self._check_thread()
        ep = self._ep
        try:
            for session in list(self._calls):
                try:
                    session.hangup()
                except CallError:
                    pass
            self._pump(ep, lambda: not self._calls, SHUTDOWN_HANGUP_TIMEOUT_S)
            self._stop_ringer()
            self._sync_bridge()
            if self._account is not None:
                registered = self.registration.state is RegistrationState.REGISTERED
                self._account.shutdown()          # sends the un-REGISTER
                if registered:
                    self._pump(ep, lambda: self.registration.state is not RegistrationState.REGISTERED,
                               UNREGISTER_TIMEOUT_S)
        finally:
            # A pjsua2 Call or Account outliving libDestroy() aborts the interpreter: drop all.
            for session in self._calls:
                session.release()
            self._calls.clear()
            self._queue.clear()
            self._ep = None
            self._account, self._old_accounts, self._ringer, self._ring_port = None, [], None, None
            bridge = self.audio_bridge
            if self._bridge_ringing and bridge is not None:
                self._bridge_ringing = False
                bridge.stop_ring()
            if self._bridge_active and bridge is not None:
                self._bridge_active = False
                bridge.stop()
            self._bridge_port = None
            gc.collect()
            ep.libDestroy()
            del ep
            gc.collect()
            self._transports.clear()
            atexit.unregister(self._atexit)
            self._set_registration(RegistrationStatus(RegistrationState.DISABLED,
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
            self._drop_account()
            self._create_account()
        if any(getattr(old, f) != getattr(settings, f) for f in _AUDIO_FIELDS):
            self._apply_audio_devices()

    def reregister(self) -> None:
        """Register again now (e.g. after the network came back)."""
        if self._ep is None:
            return
        self._check_thread()
        self._drop_account()
        self._create_account()

    def _create_account(self) -> None:
        s = self.settings
        if not s.enabled:
            self._set_registration(RegistrationStatus(RegistrationState.DISABLED,
                                                      "The softphone is turned off in its settings."))
            return
        if not s.registrar or not s.user:
            self._set_registration(RegistrationStatus(
                RegistrationState.DISABLED, "No SIP account is set up: fill in the softphone settings."))
            return
        try:
            tid = self._transport_id(s.transport)
            account = self._engine.PjAccount(self)
            self._set_registration(RegistrationStatus(RegistrationState.REGISTERING,
                                                      f"Registering with {s.domain}…"))
            self._reg_started = self._clock()
            password = self.passwords.get(s.account_key)
            self._has_password = bool(password)
            account.create(self._engine.account_config(
                s, password, tid, bind_address=self._bind, rtp_port=self._rtp_port), True)
        except self._pj.Error as exc:
            self._reg_started = None
            self._set_registration(RegistrationStatus(
                RegistrationState.FAILING,
                f"The SIP account could not be set up ({exc.reason}); check the registrar address "
                "and transport in the softphone settings.", None, exc.reason))
            return
        self._account = account

    def _drop_account(self) -> None:
        if self._account is not None:
            self._account.shutdown()
            self._old_accounts.append(self._account)   # its calls may still reference it
            self._account = None
        self._reg_started = None

    def _transport_id(self, transport: Transport) -> int:
        if transport not in self._transports:
            port = 0 if transport is Transport.TLS else self.settings.local_port
            self._transports[transport] = self._ep.transportCreate(
                self._engine.PJ_TRANSPORT[transport], self._engine.transport_config(port, self._bind))
        return self._transports[transport]

    def on_pj_reg_state(self, account: Any, code: int, reason: str, expiration: int) -> None:
        if account is not self._account:
            return                                      # a replaced account unregistering
        self._reg_started = None
        if 200 <= code < 300 and expiration > 0:
            s = self.settings
            status = RegistrationStatus(RegistrationState.REGISTERED,
                                        f"Registered as {s.user}@{s.domain}.", code, reason)
        elif 200 <= code < 300:
            status = RegistrationStatus(RegistrationState.DISABLED, "Not registered.", code, reason)
        else:
            status = _registration_failure(code, reason, has_password=self._has_password)
        self._set_registration(status)

    def _set_registration(self, status: RegistrationStatus) -> None:
        if status != self.registration:
            self.registration = status
            self.later(self.on_registration_changed.emit, status)

    # ---- calls ------------------------------------------------------------------------------
    @property
    def calls(self) -> list[CallSession]:
        """The calls not yet ended, oldest first."""
        return list(self._calls)

    @property
    def ringing(self) -> bool:
        return self._bridge_ringing or (self._ringer is not None and self._ringer.ringing)

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
        if self._account is None:
            raise SoftphoneUnavailable(self.registration.message or "No SIP account is set up.")
        dial = self.dial_target(target)
        session = CallSession(self, Direction.OUTBOUND, number=dial.number, remote_uri=dial.uri,
                              contact=contact if contact is not None else self._match(dial.number),
                              conversation_id=conversation_id)
        pjcall = self._engine.PjCall(self._account, session)
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
        s = self.settings
        if not s.domain and "@" not in target and not target.lower().startswith("sip"):
            raise NumberError(Sentence(QT_TRANSLATE_NOOP("voip", "Set up the SIP account before calling a number.")))
        params = "" if s.transport is Transport.UDP else f";transport={s.transport.value}"
        return dial_target(target, s.domain, country_code=s.country_code,
                           dial_prefix=s.dial_prefix, uri_params=params)

    def _match(self, number: str) -> Any:
        if self.contact_matcher is None or not number:
            return None
        try:
            return self.contact_matcher(number)
        except Exception:  # a lookup failure must not stop the call
            log.exception("contact matcher failed for %s", number)
            return None

    def on_pj_incoming_call(self, account: Any, call_id: int) -> None:
        session = CallSession(self, Direction.INBOUND, number="", remote_uri="")
        pjcall = self._engine.PjCall(account, session, call_id)
        session.attach(pjcall)
        self._calls.append(session)
        self._sync_bridge()
        ci = pjcall.getInfo()
        session.remote_uri = ci.remoteUri
        session.number = caller_number(ci.remoteUri, self.settings.country_code)
        session.contact = self._match(session.number)
        prm = self._pj.CallOpParam()
        if self.settings.do_not_disturb:  # declined at once, never rung; the call log keeps it
            log.info("incoming call from %s declined: do not disturb", session.number)
            session.declined_by_us()
            prm.statusCode = 486
            pjcall.answer(prm)
            return
        prm.statusCode = 180
        pjcall.answer(prm)
        if self.settings.auto_answer:
            self._auto_answer_at[session.id] = self._clock() + max(0.0, self.settings.auto_answer_after_s)
        self.later(self._update_ringer)
        self.later(self.on_incoming_call.emit, session)
        self.emit_call_state(session)

    def _answer_due_calls(self) -> None:
        """Auto-answer: a ringing incoming call whose delay has passed is answered (by the clock)."""
        now = self._clock()
        for session in list(self._calls):
            due = self._auto_answer_at.get(session.id)
            if due is None:
                continue
            if session.state is not CallState.RINGING:
                self._auto_answer_at.pop(session.id, None)
            elif now >= due:
                self._auto_answer_at.pop(session.id, None)
                log.info("incoming call from %s answered automatically", session.number)
                session.answer()
        for gone in set(self._auto_answer_at) - {c.id for c in self._calls}:
            self._auto_answer_at.pop(gone, None)

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
            self.on_call_ended.emit(session.record)

    # ---- audio ------------------------------------------------------------------------------
    def audio_devices(self) -> list[AudioDevice]:
        if self._ep is None:
            return []
        if self.audio_bridge is not None:
            return self.audio_bridge.devices()
        infos = self._ep.audDevManager().enumDev2()
        return [AudioDevice(i, d.name, d.driver, d.inputCount, d.outputCount)
                for i, d in enumerate(infos)]

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
        self._ep.audDevManager().refreshDevs()
        self._apply_audio_devices(force=True)

    def _apply_audio_devices(self, force: bool = False) -> None:
        devices = self.audio_devices()
        choice = {role: choose_device(getattr(self.settings, f"{role.value}_device"), devices, role)
                  for role in DeviceRole}
        for role, ch in choice.items():
            key = (role, ch.fallback_from)
            if ch.fallback_from and key not in self._fallbacks:
                self._fallbacks.add(key)
                msg = fallback_message(role, ch.fallback_from)
                log.warning("%s", msg)
                self.later(self.on_audio_fallback.emit, msg)
            elif not ch.fallback_from:
                self._fallbacks = {k for k in self._fallbacks if k[0] is not role}
        if self.audio_bridge is not None:
            self.audio_bridge.use_devices(choice[DeviceRole.INPUT].name, choice[DeviceRole.OUTPUT].name)
            return
        if self._null_audio:
            return
        mgr = self._ep.audDevManager()
        try:
            if force or mgr.getCaptureDev() != choice[DeviceRole.INPUT].index:
                mgr.setCaptureDev(choice[DeviceRole.INPUT].index)
            if force or mgr.getPlaybackDev() != choice[DeviceRole.OUTPUT].index:
                mgr.setPlaybackDev(choice[DeviceRole.OUTPUT].index)
        except self._pj.Error as exc:
            log.warning("could not open the audio device (%s); calls go on without sound", exc.reason)
            self.later(self.on_audio_fallback.emit, Sentence(QT_TRANSLATE_NOOP(
                "voip", "The sound device could not be opened ({reason}); the call goes on without sound. "
                        "Choose another device in the softphone settings."), reason=exc.reason))
            mgr.setNullDev()

    def capture_media(self) -> Any:
        """What the calls hear from us: the bridge's port, or pjsua2's sound device."""
        if self._bridge_port is not None:
            return self._bridge_port
        return self._ep.audDevManager().getCaptureDevMedia()

    def playback_media(self) -> Any:
        """Where the calls (and the ring tone) are played."""
        if self._bridge_port is not None:
            return self._bridge_port
        return self._ep.audDevManager().getPlaybackDevMedia()

    def _sync_bridge(self) -> None:
        """The bridge's devices are open while a call exists (ringing, calling or talking)."""
        if self.audio_bridge is None:
            return
        wanted = bool(self._calls) and self._ep is not None
        if wanted == self._bridge_active:
            return
        self._bridge_active = wanted
        if wanted:
            self.audio_bridge.from_call.clear()
            self.audio_bridge.to_call.clear()
            self.audio_bridge.start()
        else:
            self.audio_bridge.stop()

    def _update_ringer(self) -> None:
        if self._ep is None:
            return
        if self.audio_bridge is not None:
            # the bridge owns the OS's devices: it rings on the ring device by itself (pjsua's
            # own tone would only reach the call's port, that is the headset)
            ringing = any(c.state is CallState.RINGING for c in self._calls)
            if ringing:
                s = self.settings
                self.audio_bridge.ring(s.ring_device or s.output_device)
            elif self._bridge_ringing:
                self.audio_bridge.stop_ring()
            self._bridge_ringing = ringing
            return
        if any(c.state is CallState.RINGING for c in self._calls):
            if self._ringer is None:
                self._ringer = self._engine.Ringer(self._ring_sink())
            self._ringer.start()
        else:
            self._stop_ringer()

    def _stop_ringer(self) -> None:
        if self._ringer is not None:
            self._ringer.stop()
        self._ringer = None
        if self._ring_port is not None:
            self._ring_port.close()
            self._ring_port = None

    def _ring_sink(self) -> Any:
        s = self.settings
        if (self._null_audio or self._bridge_port is not None or not s.ring_device
                or s.ring_device == s.output_device):
            return self.playback_media()
        ch = choose_device(s.ring_device, self.audio_devices(), DeviceRole.RING)
        if ch.fallback_from:
            return self.playback_media()
        try:
            port = self._pj.ExtraAudioDevice(ch.index, -1)
            port.open()
        except self._pj.Error as exc:
            log.warning("ring device %s unusable (%s); ringing on the output device", ch.name, exc.reason)
            return self.playback_media()
        self._ring_port = port
        return port

    # ---- plumbing ---------------------------------------------------------------------------
    def later(self, fn: Callable[..., Any], *args: Any) -> None:
        self._queue.append((fn, args))

    def _run_queue(self) -> None:
        while self._queue:
            fn, args = self._queue.popleft()
            try:
                fn(*args)
            except Exception:  # keep the loop alive
                log.exception("softphone task %s failed", getattr(fn, "__qualname__", fn))

    def _pump(self, ep: Any, done: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            ep.libHandleEvents(10)
            self._run_queue()

    def _check_thread(self) -> None:
        if self._thread is not None and threading.get_ident() != self._thread:
            raise RuntimeError("the softphone must be used from the thread that started it")
