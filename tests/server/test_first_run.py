"""`rvops-server init`, as an operator runs it on a new installation: the installed console script
makes the workspace and its administrator, invited by the code it prints; the server (no demo)
then lets that administrator in with the code, once; a second `init` changes nothing. On SQLite
and on PostgreSQL."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx

from tests.support.servers import ServerProcess

RVOPS_SERVER = Path(sys.executable).parent / "rvops-server"


def _init(database_url: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(RVOPS_SERVER), "init", "--database-url", database_url, *extra],
                          capture_output=True, text=True, timeout=120, check=False)


def test_init_makes_the_workspace_and_an_invited_administrator_once(database_url, tmp_path, monkeypatch):
    monkeypatch.delenv("RVOPS_DEMO", raising=False)   # a shell with it set would seed the demo in the child
    log = tmp_path / "server.log"
    empty = ServerProcess(database_url, demo=False, log_path=log)   # started before init: it says what to do
    empty.stop()
    assert "this database has no workspace yet, so nobody can sign in: create it and its administrator with " \
           "`rvops-server init" in log.read_text()
    log.write_text("")
    made = _init(database_url, "--workspace", "Acme Atendimento", "--admin-name", "Joana Lima",
                 "--admin-email", "Joana@Acme.com.br", "--whatsapp-phone-number-id", "1098765",
                 "--whatsapp-waba-id", "2098765")
    assert made.returncode == 0, made.stderr
    assert "Workspace “Acme Atendimento” created, with Joana Lima <joana@acme.com.br>" in made.stdout
    code = re.search(r"Invite code: (\S+)", made.stdout).group(1)
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)

    server = ServerProcess(database_url, demo=False, log_path=log)
    try:
        login = {"email": "joana@acme.com.br", "password": "uma senha longa"}
        assert httpx.post(f"{server.url}/api/v1/auth/login", json=login).status_code == 401   # no password yet
        accepted = httpx.post(f"{server.url}/api/v1/auth/accept-invite",
                              json={"email": "joana@acme.com.br", "code": code, "password": login["password"]})
        assert accepted.status_code == 200, accepted.text
        again = httpx.post(f"{server.url}/api/v1/auth/accept-invite",
                           json={"email": "joana@acme.com.br", "code": code, "password": "outra senha longa"})
        assert again.status_code == 401                                           # good once
        token = httpx.post(f"{server.url}/api/v1/auth/login", json=login).raise_for_status().json()["token"]
        headers = {"authorization": f"Bearer {token}"}
        me = httpx.get(f"{server.url}/api/v1/auth/me", headers=headers).raise_for_status().json()
        assert (me["name"], me["role"]) == ("Joana Lima", "admin")
        snapshot = httpx.get(f"{server.url}/api/v1/sync/bootstrap", headers=headers).raise_for_status().json()
        assert [w["name"] for w in snapshot["workspace"]] == ["Acme Atendimento"]
        assert [u["email"] for u in snapshot["users"]] == ["joana@acme.com.br"]
        assert snapshot["conversations"] == []
    finally:
        server.stop()
    assert "no workspace yet" not in log.read_text()   # said only while nobody can sign in

    second = _init(database_url, "--workspace", "Outra", "--admin-name", "Zé", "--admin-email", "ze@outra.com")
    assert second.returncode == 1 and second.stdout == ""
    assert "already has a workspace (“Acme Atendimento”, 1 user): nothing changed" in second.stderr


def test_init_reads_the_channel_ids_into_the_workspace(sqlite_url):
    from rvops_server.domain.workspace_channels import configured_channel_ids
    from rvops_server.store.db import Store, make_engine
    assert _init(sqlite_url, "--workspace", "Acme", "--admin-name", "Joana", "--admin-email", "joana@acme.com",
                 "--whatsapp-phone-number-id", "111", "--whatsapp-waba-id", "222",
                 "--instagram-account-id", "333").returncode == 0
    engine = make_engine(sqlite_url)
    try:
        assert configured_channel_ids(Store(engine, None)) == {
            "phone_number_id": "111", "waba_id": "222", "instagram_account_id": "333"}
    finally:
        engine.dispose()


def test_init_says_what_is_wrong_with_its_arguments_and_writes_nothing(tmp_path):
    db = tmp_path / "new.sqlite3"
    wrong = _init(f"sqlite:///{db}", "--workspace", "Acme", "--admin-name", "Joana", "--admin-email", "joana")
    assert wrong.returncode == 2 and "--admin-email: not valid" in wrong.stderr
    assert not db.exists()
    missing = subprocess.run([str(RVOPS_SERVER), "init", "--workspace", "Acme"], capture_output=True, text=True,
                             timeout=60, check=False)
    assert missing.returncode == 2 and "--admin-name" in missing.stderr
