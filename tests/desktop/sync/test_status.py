"""Connection state the UI observes: offline with back-off and jitter, automatic reconnect, signed out."""
from __future__ import annotations

import asyncio

from rvops_desktop.models import Replica
from rvops_desktop.sync import (
    BACKOFF_BASE_SECONDS,
    BACKOFF_CAP_SECONDS,
    Actions,
    ConnectionState,
    SyncClient,
    SyncEngine,
)
from tests.desktop.sync.syncrig import eventually
from tests.support.servers import free_port, login


async def test_unreachable_server_backs_off_exponentially_and_reports_offline_with_pending(tmp_path):
    delays: list[float] = []

    async def recording_sleep(delay: float) -> None:
        delays.append(delay)
        await asyncio.sleep(0)

    replica = Replica.open(tmp_path / "r.sqlite3")
    client = SyncClient(f"http://127.0.0.1:{free_port()}", "token")  # nothing listens there
    engine = SyncEngine(replica, client, sleep=recording_sleep, random=lambda: 0.0)
    statuses = []
    engine.subscribe(statuses.append)
    replica.outbox.enqueue("set_status", {"status": "away"})
    engine.start()
    try:
        await eventually(lambda: len(delays) >= 20)
    finally:
        await engine.stop()
        await client.aclose()
        replica.close()
    link = sorted(set(delays))
    assert link[:4] == [BACKOFF_BASE_SECONDS * 2 ** i for i in range(4)] and link[-1] == BACKOFF_CAP_SECONDS
    offline = [s for s in statuses if s.state is ConnectionState.OFFLINE]
    assert offline and offline[0].pending == 1


async def test_revoked_token_signs_out_and_a_new_login_resumes(server, memory_keyring, tmp_path):
    token = login(server.url, "ana@demo.rvops")
    tokens = [token]
    replica = Replica.open(tmp_path / "r.sqlite3")
    client = SyncClient(server.url, lambda: tokens[-1])
    engine = SyncEngine(replica, client)
    engine.start()
    try:
        await engine.wait_idle(15)
        await client.http.post("/api/v1/auth/logout", headers={"authorization": f"Bearer {token}"})
        Actions(replica, "u_ana").mark_read("cv_maria")  # the next push meets the revoked token
        await engine.wait_for(lambda s: s.state is ConnectionState.SIGNED_OUT, 15)
        assert engine.status.pending == 1

        tokens.append(login(server.url, "ana@demo.rvops"))
        engine.credentials_changed()
        await engine.wait_idle(15)
    finally:
        await engine.stop()
        await client.aclose()
        replica.close()
