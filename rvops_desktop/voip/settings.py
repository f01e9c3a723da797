"""Softphone settings: a plain dataclass saved as JSON, with the SIP password kept
in the OS keyring (never in the JSON file)."""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from .numbers import DialTarget, NumberError, dial_target
from .sentences import QT_TRANSLATE_NOOP, Sentence

log = logging.getLogger(__name__)

KEYRING_SERVICE = "rvops-desktop/sip"
SETTINGS_FILE_NAME = "softphone.json"


class Transport(StrEnum):
    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


@dataclass
class SoftphoneSettings:
    enabled: bool = True
    registrar: str = ""          # host[:port] or a sip: URI; also the domain we dial in
    proxy: str = ""              # optional outbound proxy (host[:port] or sip: URI)
    user: str = ""
    auth_user: str = ""          # defaults to `user`
    display_name: str = ""
    transport: Transport = Transport.UDP
    stun_server: str = ""        # host[:port]; applied when the softphone starts
    local_port: int = 0          # 0 = any free port
    dial_prefix: str = ""        # see numbers.py
    country_code: str = "55"     # for national numbers typed without +
    input_device: str = ""       # device names; "" = the system default
    output_device: str = ""
    ring_device: str = ""        # "" = same as output
    record_calls: bool = False
    recordings_dir: str = ""
    do_not_disturb: bool = False      # incoming calls are declined (486 Busy Here) and logged, not rung
    auto_answer: bool = False         # call-center queues: incoming calls are answered by themselves…
    auto_answer_after_s: float = 0.0  # …after this long ringing (0 = at once)

    @property
    def domain(self) -> str:
        """The registrar's host[:port] without scheme or parameters."""
        return _host_port(self.registrar)

    @property
    def account_key(self) -> str:
        """The keyring user name under which this account's password is stored."""
        return f"{self.auth_user or self.user}@{self.domain}"

    def with_changes(self, **changes: Any) -> SoftphoneSettings:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["transport"] = str(self.transport)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SoftphoneSettings:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "transport" in values:
            values["transport"] = Transport(str(values["transport"]).lower())
        return cls(**values)


# What the SIP account is made of: a change to any of them means a new account and registration.
ACCOUNT_FIELDS = ("enabled", "registrar", "proxy", "user", "auth_user", "display_name",
                  "transport", "local_port", "stun_server")


def account_changed(old: SoftphoneSettings, new: SoftphoneSettings) -> bool:
    """Whether going from `old` to `new` settings needs the SIP account made again."""
    return any(getattr(old, name) != getattr(new, name) for name in ACCOUNT_FIELDS)


def account_dial_target(s: SoftphoneSettings, target: str) -> DialTarget:
    """A number or SIP URI as this account dials it (its domain, country, prefix, transport)."""
    if not s.domain and "@" not in target and not target.lower().startswith("sip"):
        raise NumberError(Sentence(QT_TRANSLATE_NOOP("voip", "Set up the SIP account before calling a number.")))
    params = "" if s.transport is Transport.UDP else f";transport={s.transport.value}"
    return dial_target(target, s.domain, country_code=s.country_code,
                       dial_prefix=s.dial_prefix, uri_params=params)


def _host_port(value: str) -> str:
    text = value.strip()
    for scheme in ("sips:", "sip:"):
        if text.lower().startswith(scheme):
            text = text[len(scheme):]
    return text.split(";", 1)[0].split("@")[-1].strip("<>")


def default_settings_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("rvops-desktop")) / SETTINGS_FILE_NAME


def load_settings(path: Path | None = None) -> SoftphoneSettings:
    """Read the settings; a missing or unreadable file gives the defaults (logged)."""
    path = path or default_settings_path()
    try:
        return SoftphoneSettings.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return SoftphoneSettings()
    except (OSError, ValueError, TypeError) as exc:
        log.warning("softphone settings %s unreadable (%s); using defaults", path, exc)
        return SoftphoneSettings()


def save_settings(settings: SoftphoneSettings, path: Path | None = None) -> Path:
    """Write the settings atomically (the password is not part of them)."""
    path = path or default_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings.to_dict(), indent=2), encoding="utf-8")
    tmp.replace(path)
    return path


class PasswordStore:
    """SIP passwords in the OS keyring; in memory (with `message` saying so) when the
    machine has no usable keyring backend."""

    def __init__(self, backend: Any = None, service: str = KEYRING_SERVICE) -> None:
        self.service = service
        self._memory: dict[str, str] = {}
        self.message: str = ""
        self._keyring = backend if backend is not None else _system_keyring()
        if self._keyring is None:
            self._fall_back("no keyring backend is installed or unlocked")

    @property
    def persistent(self) -> bool:
        return self._keyring is not None

    def get(self, key: str) -> str | None:
        if self._keyring is not None:
            try:
                found = self._keyring.get_password(self.service, key)
                return None if found is None else str(found)
            except Exception as exc:  # noqa: BLE001 - any backend error means "fall back"
                self._fall_back(str(exc))
        return self._memory.get(key)

    def set(self, key: str, password: str) -> None:
        if self._keyring is not None:
            try:
                self._keyring.set_password(self.service, key, password)
                return
            except Exception as exc:  # noqa: BLE001
                self._fall_back(str(exc))
        self._memory[key] = password

    def delete(self, key: str) -> None:
        self._memory.pop(key, None)
        if self._keyring is not None:
            try:
                self._keyring.delete_password(self.service, key)
            except Exception as exc:  # noqa: BLE001 - nothing stored is fine
                log.debug("keyring delete: %s", exc)

    def _fall_back(self, why: str) -> None:
        if self._keyring is not None:
            log.warning("keyring unusable (%s); keeping SIP passwords in memory", why)
        self._keyring = None
        self.message = (
            "The system keyring is not available, so the SIP password is kept only until "
            "the app closes. Install or unlock a keyring (GNOME Keyring, KWallet, macOS "
            f"Keychain, Windows Credential Manager) to have it remembered. ({why})"
        )


def _system_keyring() -> Any:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    return keyring
