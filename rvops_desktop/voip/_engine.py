"""The pjsua2 subclasses and config builders. Imported only once `availability()` said
pjsua2 loads; everything here runs on the softphone's thread inside `libHandleEvents`.

Callbacks never raise into pjsua2 (an exception through a SWIG director is fatal):
each one forwards to the plain-Python owner inside `_guard`.
"""
from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

from .audio_port import RING_TONE  # one cadence for pjsua's tone and the bridge's ring
from .settings import SoftphoneSettings, Transport, _host_port

if TYPE_CHECKING:
    from .call import CallSession
    from .softphone import Softphone

log = logging.getLogger(__name__)

REGISTRATION_EXPIRY_S = 300
REGISTRATION_RETRY_S = 60

PJ_TRANSPORT = {
    Transport.UDP: pj.PJSIP_TRANSPORT_UDP,
    Transport.TCP: pj.PJSIP_TRANSPORT_TCP,
    Transport.TLS: pj.PJSIP_TRANSPORT_TLS,
}


def _guard(fn: Callable[..., Any], *args: Any) -> Any:
    try:
        return fn(*args)
    except Exception:  # see the module docstring
        log.exception("softphone callback %s failed", getattr(fn, "__name__", fn))
        return None


class PjEndpoint(pj.Endpoint):
    def __init__(self, phone: Softphone) -> None:
        super().__init__()
        self.phone = phone

    def onMediaEvent(self, prm: Any) -> None:
        if prm.ev.type == pj.PJMEDIA_EVENT_AUD_DEV_ERROR:
            _guard(self.phone.later, self.phone.recheck_audio_devices)


class PjAccount(pj.Account):
    def __init__(self, phone: Softphone) -> None:
        super().__init__()
        self.phone = phone

    def onRegState(self, prm: Any) -> None:
        _guard(self.phone.on_pj_reg_state, self, prm.code, prm.reason, prm.expiration)

    def onIncomingCall(self, prm: Any) -> None:
        _guard(self.phone.on_pj_incoming_call, self, prm.callId)


class PjCall(pj.Call):
    def __init__(self, account: PjAccount, session: CallSession,
                 call_id: int = pj.PJSUA_INVALID_ID) -> None:
        super().__init__(account, call_id)
        self.session = session

    def onCallState(self, prm: Any) -> None:
        _guard(self.session.on_pj_state)

    def onCallMediaState(self, prm: Any) -> None:
        _guard(self.session.on_pj_media)

    def onCallTransferStatus(self, prm: Any) -> None:
        keep = _guard(self.session.on_pj_transfer_status, prm.statusCode, prm.reason,
                      prm.finalNotify)
        prm.cont = bool(keep)


def quiet_until_configured() -> None:
    """pjlib logs its start-up at level 4 to the console ("pjlib 2.15.1 for POSIX initialized",
    "Creating endpoint instance...", six bare lines in the terminal) before `libInit` applies
    `endpoint_config`'s levels. Called before `libCreate`: pjlib's level is 0 until then (the
    extension exports `pj_log_set_level`; without it, nothing changes)."""
    extension = sys.modules.get("pjsua2._pjsua2") or sys.modules.get("_pjsua2")
    try:
        ctypes.CDLL(getattr(extension, "__file__", "")).pj_log_set_level(0)
    except (OSError, AttributeError):
        pass


def endpoint_config(*, stun_server: str, log_level: int, log_file: str | None) -> Any:
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0            # no pjsua worker thread: ours (SipThread) or poll()
    cfg.uaConfig.mainThreadOnly = False   # callbacks inside libHandleEvents() on the SIP thread
    cfg.uaConfig.userAgent = "Rvops Desktop"
    if stun_server:
        cfg.uaConfig.stunServer.append(stun_server)
    cfg.medConfig.noVad = True            # with VAD the last DTMF end event can be lost
    cfg.logConfig.level = log_level
    cfg.logConfig.consoleLevel = min(log_level, 1)
    if log_file:
        cfg.logConfig.filename = log_file
    return cfg


def transport_config(port: int, bind_address: str) -> Any:
    t = pj.TransportConfig()
    t.port = port
    if bind_address:
        t.boundAddress = t.publicAddress = bind_address
    return t


def account_config(settings: SoftphoneSettings, password: str | None, transport_id: int, *,
                   bind_address: str = "", rtp_port: int = 0) -> Any:
    params = "" if settings.transport is Transport.UDP else f";transport={settings.transport.value}"
    domain = settings.domain
    a = pj.AccountConfig()
    uri = f"sip:{settings.user}@{domain}"
    a.idUri = f'"{settings.display_name}" <{uri}>' if settings.display_name else uri
    a.regConfig.registrarUri = f"sip:{domain}{params}"
    a.regConfig.timeoutSec = REGISTRATION_EXPIRY_S
    a.regConfig.retryIntervalSec = REGISTRATION_RETRY_S
    a.sipConfig.transportId = transport_id
    if settings.proxy:
        a.sipConfig.proxies.append(f"sip:{_host_port(settings.proxy)}{params};lr")
    if password:
        a.sipConfig.authCreds.append(
            pj.AuthCredInfo("digest", "*", settings.auth_user or settings.user, 0, password))
    stun = pj.PJSUA_STUN_USE_DEFAULT if settings.stun_server else pj.PJSUA_STUN_USE_DISABLED
    a.natConfig.sipStunUse = a.natConfig.mediaStunUse = stun
    m = a.mediaConfig.transportConfig
    m.port = rtp_port
    if bind_address:
        m.boundAddress = m.publicAddress = bind_address
    return a


class Ringer:
    """The ring tone, played on the ring device (or the output device) while a call rings."""

    def __init__(self, sink: Any) -> None:
        self._sink = sink
        self._tone = pj.ToneGenerator()
        self._tone.createToneGenerator()
        self.ringing = False

    def start(self) -> None:
        if self.ringing:
            return
        freq, on_ms, off_ms = RING_TONE
        desc = pj.ToneDesc()
        desc.freq1, desc.freq2, desc.on_msec, desc.off_msec = freq, 0, on_ms, off_ms
        tones = pj.ToneDescVector()
        tones.append(desc)
        self._tone.play(tones, True)
        self._tone.startTransmit(self._sink)
        self.ringing = True

    def stop(self) -> None:
        if not self.ringing:
            return
        self._tone.stopTransmit(self._sink)
        self._tone.stop()
        self.ringing = False
