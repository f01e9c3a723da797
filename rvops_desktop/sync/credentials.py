"""The signed-in session: the token lives in the operating system's keyring, never in a file.

Where no keyring backend exists (a headless Linux without Secret Service, say) the session says
so (`notice`, a sentence in pt-BR and English) and keeps the token in memory for this run only.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import keyring
import keyring.backend
from keyring.backends import fail
from keyring.errors import KeyringError

from .transport import SyncClient, SyncError

log = logging.getLogger(__name__)

KEYRING_SERVICE_PREFIX = "rvops-desktop"

NO_KEYRING_NOTICE = (
    "Nenhum cofre de senhas do sistema (keyring) está disponível: a sessão fica só na memória e "
    "será preciso entrar de novo ao reabrir o aplicativo. / "
    "No system keyring is available: the session is kept in memory only and you will have to "
    "sign in again next time the app opens.")


class TokenStorage(StrEnum):
    KEYRING = "keyring"
    MEMORY = "memory"  # no keyring backend: this run only


def keyring_service(server_url: str) -> str:
    return f"{KEYRING_SERVICE_PREFIX}:{server_url.rstrip('/').lower()}"


def keyring_available(backend: keyring.backend.KeyringBackend | None = None) -> bool:
    backend = backend or keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return backend.priority > 0  # chainer/null backends report 0 or less when empty
    except (AttributeError, RuntimeError, KeyringError):  # cannot even say its priority
        return False


@dataclass
class Account:
    user_id: str
    email: str
    name: str | None = None


class Session:
    """Sign in, remember the token (keyring), sign out. One per server URL.

        session = Session("http://127.0.0.1:8600")
        user = await session.login("ana@demo.rvops", "demo")   # -> the server's user record
        session.token            # for SyncClient(token=session.get_token)
        session.restore("ana@demo.rvops")   # next start: token from the keyring, no password
    """

    def __init__(self, server_url: str, *, client: SyncClient | None = None) -> None:
        self.server_url = server_url.rstrip("/")
        self.client = client or SyncClient(self.server_url, self.get_token)
        self._token: str | None = None
        self.account: Account | None = None
        self.storage = TokenStorage.KEYRING if keyring_available() else TokenStorage.MEMORY
        self.notice: str | None = None if self.storage is TokenStorage.KEYRING else NO_KEYRING_NOTICE
        if self.notice:
            log.warning("keyring unavailable (%s): token kept in memory only", keyring.get_keyring())

    @property
    def token(self) -> str | None:
        return self._token

    def get_token(self) -> str | None:
        return self._token

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    async def login(self, email: str, password: str) -> dict[str, Any]:
        """Sign in; raises transport.Unauthorized (wrong credentials) or Offline."""
        return self._signed_in(email, await self.client.login(email, password))

    async def accept_invite(self, email: str, code: str, password: str) -> dict[str, Any]:
        """Accept an invite with its code and choose the password: signed in as by `login`;
        raises transport.Unauthorized (a wrong, expired or used code) or Offline."""
        return self._signed_in(email, await self.client.accept_invite(email, code, password))

    def _signed_in(self, email: str, body: dict[str, Any]) -> dict[str, Any]:
        user: dict[str, Any] = body["user"]
        self._token = body["token"]
        self.account = Account(user["id"], email, user.get("name"))
        self._save(email, body["token"])
        return user

    def restore(self, email: str) -> bool:
        """Take the token kept in the keyring for this e-mail; False if there is none."""
        if self.storage is not TokenStorage.KEYRING:
            return False
        try:
            token = keyring.get_password(keyring_service(self.server_url), email)
        except KeyringError as exc:
            log.warning("keyring read failed: %s", exc)
            return False
        if not token:
            return False
        self._token = token
        self.account = Account(user_id="", email=email)  # filled in by the caller (replica/me)
        return True

    async def logout(self) -> None:
        """Revoke the token on the server (best effort) and forget it here."""
        if self._token:
            try:
                await self.client.logout()
            except SyncError as exc:  # offline: the token still expires on the server
                log.info("logout could not reach the server: %s", exc)
        self.forget()

    def forget(self) -> None:
        """Forget the token locally (e.g. after the server said it is no longer valid)."""
        email = self.account.email if self.account else None
        self._token = None
        if email and self.storage is TokenStorage.KEYRING:
            try:
                keyring.delete_password(keyring_service(self.server_url), email)
            except KeyringError:
                pass  # nothing stored

    def _save(self, email: str, token: str) -> None:
        if self.storage is not TokenStorage.KEYRING:
            return
        try:
            keyring.set_password(keyring_service(self.server_url), email, token)
        except KeyringError as exc:  # e.g. the user refused to unlock the keyring
            log.warning("keyring write failed (%s): token kept in memory only", exc)
            self.storage = TokenStorage.MEMORY
            self.notice = NO_KEYRING_NOTICE
