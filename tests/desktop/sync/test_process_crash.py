"""Crash tests with real processes: the client SIGKILLed while offline, the server SIGKILLed mid-push
and mid-bootstrap. After restarts every mutation arrives exactly once, in order, and the replica
converges on the server."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from rvops_desktop.models import Replica
from rvops_desktop.sync import ConnectionState, SyncClient, SyncEngine
from tests.desktop.sync.syncrig import eventually, quick_sleep
from tests.support.servers import ServerProcess, login

REPO = Path(__file__).resolve().parents[3]
SERVER_ENV = {"RVOPS_GRAPH_API_URL": "http://127.0.0.1:9"}  # nothing leaves loopback
MESSAGES, EDITS = 100, 20


@pytest.fixture
def server_process(sqlite_url, tmp_path):
    srv = ServerProcess(sqlite_url, env=SERVER_ENV, log_path=tmp_path / "server.log")
    yield srv
    srv.kill()


def client_env(tmp_path) -> dict:
    return {**os.environ, "PYTHONPATH": str(REPO), "RVOPS_TEST_KEYRING": str(tmp_path / "keyring.json"),
            "PYTHON_KEYRING_BACKEND": "tests.desktop.sync.syncrig.FileKeyring"}


def cli(db: Path, url: str, *command: str) -> list[str]:
    return [sys.executable, "-m", "rvops_desktop.sync.cli_agent", "--db", str(db), "--server", url,
            "--email", "ana@demo.rvops", "--password", "demo", *command]


def wait_line(process: subprocess.Popen, prefix: str) -> str:
    for line in process.stdout:  # pytest-timeout ends a hang
        if line.startswith(prefix):
            return line.strip()
    raise AssertionError(f"client exited ({process.wait()}) before printing {prefix!r}")


def server_db(sqlite_url: str) -> sa.Engine:
    return sa.create_engine(sqlite_url)


def server_texts(sqlite_url: str, conversation_id: str, prefix: str) -> list[str]:
    """Texts of our messages in the order the server inserted them (SQLite rowid)."""
    engine = server_db(sqlite_url)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT text FROM messages WHERE conversation_id = ? AND text LIKE ? "
                                    "ORDER BY rowid", (conversation_id, f"{prefix} %")).all()
    engine.dispose()
    return [r[0] for r in rows]


def server_contact_city(sqlite_url: str, contact_id: str) -> str:
    import json
    engine = server_db(sqlite_url)
    with engine.connect() as conn:
        props = conn.exec_driver_sql("SELECT properties FROM contacts WHERE id = ?", (contact_id,)).scalar()
    engine.dispose()
    return (json.loads(props) if isinstance(props, str) else props)["cidade"]


def server_statuses(sqlite_url: str, conversation_id: str) -> dict[str, str]:
    engine = server_db(sqlite_url)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, status FROM messages WHERE conversation_id = ?",
                                    (conversation_id,)).all()
    engine.dispose()
    return dict(rows)


def replica_statuses(replica: Replica, conversation_id: str) -> dict[str, str]:
    local, before = {}, None
    while page := replica.store.messages_page(conversation_id, before=before, limit=500):
        local.update({m.id: m.status for m in page})
        before = page[0].id
    return local


def converged(replica: Replica, sqlite_url: str, conversation_id: str) -> bool:
    """Same messages with the same statuses (the server keeps updating them as sends finish)."""
    return (replica.outbox.pending_count() == 0
            and replica_statuses(replica, conversation_id) == server_statuses(sqlite_url, conversation_id))


def test_offline_queue_survives_sigkill_and_arrives_exactly_once_in_order(server_process, sqlite_url, tmp_path):
    db, env, url = tmp_path / "ana.sqlite3", client_env(tmp_path), server_process.url
    done = subprocess.run(cli(db, url, "sync"), check=False, env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "IDLE" in done.stdout, done.stderr

    server_process.kill()  # offline from here on
    queued = subprocess.run(cli(db, url, "queue-messages", "cv_maria", str(MESSAGES), "--prefix", "off"),
                            check=False, env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert f"QUEUED {MESSAGES} pending={MESSAGES}" in queued.stdout, queued.stderr
    client = subprocess.Popen(cli(db, url, "queue-contact-edits", "c_maria", str(EDITS), "--prefix", "edit",
                                  "--hold"), env=env, cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        wait_line(client, f"QUEUED {EDITS} pending={MESSAGES + EDITS}")
        wait_line(client, f"STATUS offline {MESSAGES + EDITS}")  # it tried, failed, and is backing off
    finally:
        client.send_signal(signal.SIGKILL)
        client.wait(10)

    server_process.start()  # same SQLite file, same port
    done = subprocess.run(cli(db, url, "run", "--until-idle"), check=False, env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0 and "IDLE" in done.stdout, done.stderr

    assert server_texts(sqlite_url, "cv_maria", "off") == [f"off {i}" for i in range(MESSAGES)]
    assert server_contact_city(sqlite_url, "c_maria") == f"edit {EDITS - 1}"
    for _ in range(20):  # the server finishes its sends asynchronously: pull again until equal
        replica = Replica.open(db)
        try:
            if converged(replica, sqlite_url, "cv_maria"):
                assert replica.store.contact("c_maria").properties["cidade"] == f"edit {EDITS - 1}"
                break
        finally:
            replica.close()
        subprocess.run(cli(db, url, "sync"), check=True, env=env, cwd=REPO, capture_output=True, timeout=120)
    else:
        raise AssertionError("the replica did not converge on the server")


# ---- the server dies under an in-process engine ------------------------------------------------
async def open_engine(url: str, db: Path, **hooks) -> tuple[SyncEngine, Replica, SyncClient]:
    token = login(url, "ana@demo.rvops")
    http = httpx.AsyncClient(base_url=url, timeout=30, event_hooks={k: [v] for k, v in hooks.items()})
    client = SyncClient(url, token, http=http)
    replica = Replica.open(db)
    engine = SyncEngine(replica, client, batch_size=10, sleep=quick_sleep)
    return engine, replica, client


async def test_server_killed_mid_push_loses_and_duplicates_nothing(server_process, sqlite_url, tmp_path):
    pushes = []

    async def kill_during_third_push(request: httpx.Request) -> None:
        if request.url.path.endswith("/sync/mutations"):
            pushes.append(request)
            if len(pushes) == 3:
                threading.Timer(0.01, server_process.kill).start()

    db = tmp_path / "ana.sqlite3"
    engine, replica, client = await open_engine(server_process.url, db, request=kill_during_third_push)
    engine.start()
    try:
        await engine.wait_idle(30)
        from rvops_desktop.sync import Actions
        actions = Actions(replica, "u_ana")
        for i in range(MESSAGES):
            actions.send_message("cv_maria", f"push {i}")
        await engine.wait_for(lambda s: s.state is ConnectionState.OFFLINE, 30)
        assert 0 < replica.outbox.pending_count() < MESSAGES

        server_process.start()
        await engine.wait_idle(60)
        await eventually(lambda: converged(replica, sqlite_url, "cv_maria"), timeout=60)
    finally:
        await engine.stop()
        await client.aclose()
        replica.close()
    assert server_texts(sqlite_url, "cv_maria", "push") == [f"push {i}" for i in range(MESSAGES)]


async def test_a_lost_response_is_replayed_and_applied_once(server_process, sqlite_url, tmp_path):
    lost = []

    async def lose_first_push_response(response: httpx.Response) -> None:
        if response.request.url.path.endswith("/sync/mutations") and not lost:
            lost.append(response)
            raise httpx.ReadError("connection reset while reading the response", request=response.request)

    db = tmp_path / "ana.sqlite3"
    engine, replica, client = await open_engine(server_process.url, db, response=lose_first_push_response)
    engine.start()
    try:
        await engine.wait_idle(30)
        from rvops_desktop.sync import Actions
        actions = Actions(replica, "u_ana")
        for i in range(25):
            actions.send_message("cv_maria", f"lost {i}")
        await engine.wait_idle(60)
        await eventually(lambda: converged(replica, sqlite_url, "cv_maria"), timeout=60)
    finally:
        await engine.stop()
        await client.aclose()
        replica.close()
    assert lost  # the server applied the first batch, the client never saw the answer
    assert server_texts(sqlite_url, "cv_maria", "lost") == [f"lost {i}" for i in range(25)]


BIG_HISTORY = 30_000  # messages: a bootstrap big enough to be cut while the server sends it


def grow_history(sqlite_url: str) -> None:
    engine = server_db(sqlite_url)
    with engine.begin() as conn:
        row = conn.exec_driver_sql("SELECT * FROM messages WHERE conversation_id = 'cv_maria' LIMIT 1")
        columns = list(row.keys())
        template = dict(zip(columns, row.first()))
        marks = ", ".join("?" for _ in columns)
        rows = [tuple({**template, "id": f"big{i:06d}", "text": f"histórico {i}",
                       "provider_id": f"seed.big{i}"}[c] for c in columns) for i in range(BIG_HISTORY)]
        conn.exec_driver_sql(f"INSERT INTO messages ({', '.join(columns)}) VALUES ({marks})", rows)
    engine.dispose()


async def test_server_killed_mid_bootstrap_resumes_where_it_stopped_and_completes_whole(
        server_process, sqlite_url, tmp_path):
    """The server dies after the client kept three pages of messages: the pages stay (the window
    shows them), the cursor stays unset, and once the server is back the client asks for the rest
    with the snapshot's cursor and the last page's token: whole, nothing twice."""
    server_process.kill()
    grow_history(sqlite_url)
    server_process.start()
    message_pages, rows_per_page = [], []

    def kill_after_three_pages(change) -> None:
        if change.snapshot:
            rows_per_page.append(sum(len(ids) for ids in change.ids.values()))
        if change.touched("messages") and not change.full:
            message_pages.append(len(change.touched("messages")))
            if len(message_pages) == 3:
                threading.Timer(0, server_process.kill).start()

    db = tmp_path / "ana.sqlite3"
    engine, replica, client = await open_engine(server_process.url, db)
    replica.subscribe(kill_after_three_pages)
    engine.start()
    try:
        await engine.wait_for(lambda s: s.state is ConnectionState.OFFLINE, 60)
        progress = replica.snapshot_progress
        assert replica.cursor is None and progress is not None  # mid-snapshot, and it knows it
        assert 3 * 1000 <= progress.received < progress.total
        kept = len(replica_statuses(replica, "cv_maria"))
        assert kept >= 2000  # what arrived is in the replica (the window shows it)
        pages_before = len(rows_per_page)
        server_process.start()
        await engine.wait_idle(120)
        await eventually(lambda: converged(replica, sqlite_url, "cv_maria"), timeout=60)
        assert len(replica_statuses(replica, "cv_maria")) > BIG_HISTORY
        assert replica.snapshot_progress is None and replica.cursor is not None
    finally:
        await engine.stop()
        await client.aclose()
        replica.close()
    # the rest, not the whole again: the pages after the restart hold exactly the rows still missing
    assert sum(rows_per_page[pages_before:]) == progress.total - progress.received
