"""Softphone test helpers shared by the voip tests and benchmarks/bench_call_setup.py."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import siprig

from rvops_desktop.voip import (
    CallRecord,
    CallSession,
    PasswordStore,
    RegistrationStatus,
    Softphone,
    SoftphoneSettings,
)

POLL_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    phone: str


CONTACTS = {c.phone: c for c in (
    Contact("contact-maria", "Maria Souza", "+5511987654321"),
    Contact("contact-bob", "Bob Baresip", "bob"),
)}


class MemoryKeyring:
    def __init__(self) -> None:
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.data.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.data[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        self.data.pop((service, user), None)


def alice_settings(**changes) -> SoftphoneSettings:
    base = SoftphoneSettings(registrar=f"{siprig.HOST}:{siprig.KAMAILIO_PORT}", user="alice",
                             display_name="Alice Agent", local_port=siprig.PHONE_PORT,
                             country_code="55")
    return base.with_changes(**changes)


def rig_passwords() -> PasswordStore:
    """An in-memory password store holding the right password of every subscriber of the rig's
    registrar (kamailio challenges every REGISTER)."""
    store = PasswordStore(MemoryKeyring())
    for user, password in siprig.SIP_PASSWORDS.items():
        store.set(alice_settings(user=user).account_key, password)
    return store


@dataclass
class Events:
    registrations: list[RegistrationStatus] = field(default_factory=list)
    incoming: list[CallSession] = field(default_factory=list)
    states: list[tuple[str, str]] = field(default_factory=list)
    ended: list[CallRecord] = field(default_factory=list)
    audio: list[str] = field(default_factory=list)

    def clear(self) -> None:
        for v in (self.registrations, self.incoming, self.states, self.ended, self.audio):
            v.clear()


def pump(phone: Softphone, until: Callable[[], object], timeout: float = POLL_TIMEOUT_S) -> None:
    """Poll the softphone (as the Qt timer would) until a condition holds."""
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        phone.poll(10)


def pump_for(phone: Softphone, seconds: float) -> None:
    """Keep the SIP stack running while a peer does something we cannot observe directly."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        phone.poll(10)


