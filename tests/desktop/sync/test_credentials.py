"""Login keeps the token in the OS keyring (never a file, never the replica); no keyring: memory only."""
from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from rvops_desktop.models import Replica
from rvops_desktop.sync import NO_KEYRING_NOTICE, Session, SyncClient, TokenStorage, Unauthorized
from rvops_desktop.sync.credentials import keyring_service


async def test_login_stores_the_token_in_the_keyring_and_nowhere_else(server, memory_keyring, tmp_path):
    replica = Replica.open(tmp_path / "ana.sqlite3")
    session = Session(server.url)
    user = await session.login("ana@demo.rvops", "demo")
    assert user["id"] == "u_ana" and session.storage is TokenStorage.KEYRING and session.notice is None
    token = session.token
    assert memory_keyring.store == {(keyring_service(server.url), "ana@demo.rvops"): token}

    client = SyncClient(server.url, session.get_token)
    replica.apply_bootstrap(await client.bootstrap())
    replica.close()
    await client.aclose()
    for path in tmp_path.rglob("*"):  # the replica (and its WAL) never holds the token
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path

    restored = Session(server.url)
    assert restored.restore("ana@demo.rvops") and restored.token == token
    await restored.logout()
    assert memory_keyring.store == {}
    assert not Session(server.url).restore("ana@demo.rvops")


async def test_without_a_keyring_backend_the_token_lives_in_memory_and_the_app_says_so(server):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        session = Session(server.url)
        assert session.storage is TokenStorage.MEMORY
        assert session.notice == NO_KEYRING_NOTICE and "keyring" in session.notice
        await session.login("ana@demo.rvops", "demo")
        assert session.signed_in  # works for this run
        assert not Session(server.url).restore("ana@demo.rvops")  # and only for this run
    finally:
        keyring.set_keyring(previous)


async def test_wrong_password_is_unauthorized(server, memory_keyring):
    with pytest.raises(Unauthorized):
        await Session(server.url).login("ana@demo.rvops", "wrong")
    assert memory_keyring.store == {}
