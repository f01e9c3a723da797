"""Helpers for the sync tests: an in-memory keyring backend, real clients, polling for a condition."""
from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from rvops_desktop.models import Replica
from rvops_desktop.sync import Actions, Session, SyncClient, SyncEngine
from tests.support.waiting import until

QUICK_RETRY = 0.05  # tests shrink the back-off through the injected sleep, never the constants


class MemoryKeyring(KeyringBackend):
    priority = 1  # set explicitly by the tests (keyring.set_keyring)

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class FileKeyring(KeyringBackend):
    """For client PROCESSES in tests only (PYTHON_KEYRING_BACKEND=tests.desktop.sync.syncrig.FileKeyring,
    RVOPS_TEST_KEYRING=<json file>): stands in for the OS keyring across a SIGKILL and a restart."""

    priority = 1

    def _load(self) -> dict:
        path = Path(os.environ["RVOPS_TEST_KEYRING"])
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}|{username}"] = password
        Path(os.environ["RVOPS_TEST_KEYRING"]).write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}|{username}", None) is None:
            raise PasswordDeleteError(username)
        Path(os.environ["RVOPS_TEST_KEYRING"]).write_text(json.dumps(data))


# Test backends are set explicitly (keyring.set_keyring, PYTHON_KEYRING_BACKEND), never chosen by
# keyring's own discovery: a test that leaves the choice to keyring must not get one of these (it
# did, by priority, and FileKeyring then failed for want of RVOPS_TEST_KEYRING).
for _backend in (MemoryKeyring, FileKeyring):
    KeyringBackend._classes.discard(_backend)


async def quick_sleep(delay: float) -> None:
    """The engine's injected sleep: back-off delays are honoured in order but shrunk to ~nothing."""
    await asyncio.sleep(min(delay, QUICK_RETRY))

@dataclass
class Client:
    replica: Replica
    session: Session
    client: SyncClient
    engine: SyncEngine
    actions: Actions
    user_id: str

    async def close(self) -> None:
        await self.engine.stop()
        await self.client.aclose()
        self.replica.close()

async def open_client(url: str, email: str, db_path, *, clock=None, start: bool = True) -> Client:
    replica = Replica.open(db_path, clock=clock)
    session = Session(url)
    client = SyncClient(url, session.get_token, lang="en")
    session.client = client
    user = await session.login(email, "demo")
    engine = SyncEngine(replica, client, sleep=quick_sleep)
    if start:
        engine.start()
    return Client(replica, session, client, engine, Actions(replica, user["id"]), user["id"])

async def eventually(predicate, timeout: float = 15.0, interval: float = 0.05):
    """Poll `predicate()` until truthy (a condition, not a time rule); returns its value."""
    return await until(predicate, timeout, repr(predicate), interval)
