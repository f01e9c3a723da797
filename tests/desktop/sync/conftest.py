"""Fixtures for the sync engine: an in-memory keyring, the real server on loopback, real replicas."""
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
def server(sqlite_url, fake_clock, tmp_path):
    """The real server (uvicorn, demo workspace, SQLite) on loopback, on the fake clock."""
    from tests.support.servers import LiveServer
    live = LiveServer(sqlite_url, clock=fake_clock, media_dir=tmp_path / "media", random_seed=7)
    yield live
    live.stop()


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
