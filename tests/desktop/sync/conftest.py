"""Fixtures for the sync engine: an in-memory keyring and real replicas (the real server on
loopback, SQLite, is `server` from tests/conftest.py)."""
from __future__ import annotations

import contextlib

import keyring
import pytest

from tests.desktop.sync.syncrig import Client, MemoryKeyring, open_client


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
async def clients(memory_keyring, tmp_path):
    """open(url, email) -> a started Client; all are closed at the end."""
    opened: list[Client] = []

    async def _open(url: str, email: str, **kwargs) -> Client:
        c = await open_client(url, email, tmp_path / f"{email}-{len(opened)}.sqlite3", **kwargs)
        opened.append(c)
        return c

    yield _open
    for c in opened:
        with contextlib.suppress(Exception):
            await c.close()
