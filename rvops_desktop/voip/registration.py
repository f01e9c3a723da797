"""The SIP account and its registration: create and drop it, read the registrar's answers.

`Registration` owns the pjsua2 `Account` (and the transports it uses); the `Softphone`
creates it once its endpoint runs and forwards the account's `onRegState` to it.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType
from typing import Any

from .settings import PasswordStore, SoftphoneSettings, Transport

REGISTRATION_TIMEOUT_S = 5.0      # no answer from the registrar by then: report failing
UNREGISTER_TIMEOUT_S = 0.5

log = logging.getLogger(__name__)


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


def registration_failure(code: int, reason: str, *, has_password: bool = True) -> RegistrationStatus:
    hint = _FAILURE_HINTS.get(code, "check the account in the softphone settings")
    if code in (401, 407) and not has_password:
        hint = _NO_PASSWORD_HINT
    return RegistrationStatus(RegistrationState.FAILING,
                              f"Registration failed ({code} {reason}): {hint}.", code, reason)


Pump = Callable[[Callable[[], bool], float], None]   # handle SIP events until done() or timeout


class Registration:
    """The account and its `status`; every change of status goes to `announce`."""

    def __init__(self, *, clock: Callable[[], float], announce: Callable[[RegistrationStatus], None],
                 bind_address: str = "", rtp_port: int = 0) -> None:
        self.status = RegistrationStatus(RegistrationState.DISABLED, "The softphone is not started.")
        self._clock, self._announce = clock, announce
        self._bind, self._rtp_port = bind_address, rtp_port
        self._ep: Any = None
        self._pj: ModuleType | Any = None
        self._engine: ModuleType | Any = None
        self._new_account: Callable[[], Any] = lambda: None
        self._transports: dict[Transport, int] = {}
        self.account: Any = None
        self._old_accounts: list[Any] = []
        self._started: float | None = None
        self._has_password = False      # the account was created with a password

    def open(self, ep: Any, pj: ModuleType | Any, engine: ModuleType | Any,
             new_account: Callable[[], Any]) -> None:
        """The endpoint runs: accounts can be made (`new_account` builds a pjsua2 Account)."""
        self._ep, self._pj, self._engine, self._new_account = ep, pj, engine, new_account

    def set_status(self, status: RegistrationStatus) -> None:
        if status != self.status:
            self.status = status
            log.info("SIP registration %s: %s", status.state.value, status.message)  # what the operator reads
            self._announce(status)

    def create(self, s: SoftphoneSettings, passwords: PasswordStore) -> None:
        if not s.enabled:
            self.set_status(RegistrationStatus(RegistrationState.DISABLED,
                                               "The softphone is turned off in its settings."))
            return
        if not s.registrar or not s.user:
            self.set_status(RegistrationStatus(
                RegistrationState.DISABLED, "No SIP account is set up: fill in the softphone settings."))
            return
        try:
            tid = self._transport_id(s)
            account = self._new_account()
            self.set_status(RegistrationStatus(RegistrationState.REGISTERING, f"Registering with {s.domain}…"))
            self._started = self._clock()
            password = passwords.get(s.account_key)
            self._has_password = bool(password)
            account.create(self._engine.account_config(
                s, password, tid, bind_address=self._bind, rtp_port=self._rtp_port), True)
        except self._pj.Error as exc:
            self._started = None
            self.set_status(RegistrationStatus(
                RegistrationState.FAILING,
                f"The SIP account could not be set up ({exc.reason}); check the registrar address "
                "and transport in the softphone settings.", None, exc.reason))
            return
        self.account = account

    def drop(self) -> None:
        if self.account is not None:
            self.account.shutdown()
            self._old_accounts.append(self.account)   # its calls may still reference it
            self.account = None
        self._started = None

    def _transport_id(self, s: SoftphoneSettings) -> int:
        if s.transport not in self._transports:
            port = 0 if s.transport is Transport.TLS else s.local_port
            self._transports[s.transport] = self._ep.transportCreate(
                self._engine.PJ_TRANSPORT[s.transport], self._engine.transport_config(port, self._bind))
        return self._transports[s.transport]

    def on_reg_state(self, account: Any, code: int, reason: str, expiration: int,
                     s: SoftphoneSettings) -> None:
        if account is not self.account:
            return                                      # a replaced account unregistering
        self._started = None
        if 200 <= code < 300 and expiration > 0:
            status = RegistrationStatus(RegistrationState.REGISTERED,
                                        f"Registered as {s.user}@{s.domain}.", code, reason)
        elif 200 <= code < 300:
            status = RegistrationStatus(RegistrationState.DISABLED, "Not registered.", code, reason)
        else:
            status = registration_failure(code, reason, has_password=self._has_password)
        self.set_status(status)

    def check_timeout(self, s: SoftphoneSettings) -> None:
        """Report failing when the registrar has not answered within REGISTRATION_TIMEOUT_S."""
        if (self.status.state is RegistrationState.REGISTERING and self._started is not None
                and self._clock() - self._started > REGISTRATION_TIMEOUT_S):
            self._started = None
            self.set_status(RegistrationStatus(
                RegistrationState.FAILING,
                f"Registration failed: the registrar {s.domain} did not answer within "
                f"{REGISTRATION_TIMEOUT_S:g} s; check its address, the transport and the network.",
                408, "No answer from the registrar"))

    def unregister(self, pump: Pump) -> None:
        """Send the un-REGISTER and wait (briefly) for its answer."""
        if self.account is None:
            return
        registered = self.status.state is RegistrationState.REGISTERED
        self.account.shutdown()
        if registered:
            pump(lambda: self.status.state is not RegistrationState.REGISTERED, UNREGISTER_TIMEOUT_S)

    def close(self) -> None:
        """Drop every pjsua2 Account (they must not outlive the endpoint) and the transports."""
        self.account, self._old_accounts, self._ep = None, [], None
        self._transports.clear()
