"""One replica file per server and account, under the platform's data directory."""
from __future__ import annotations

import platformdirs

from rvops_desktop.models import Replica, replica_path


def test_each_server_and_account_gets_its_own_file(tmp_path):
    paths = {replica_path(server, account, tmp_path)
             for server in ("https://inbox.acme.com.br", "http://127.0.0.1:8600")
             for account in ("u_ana", "u_bruno")}
    assert len(paths) == 4
    assert all(p.is_relative_to(tmp_path / "replicas") and p.suffix == ".sqlite3" for p in paths)
    # the same server spelled with another case or a trailing space is the same file
    assert replica_path(" HTTPS://Inbox.Acme.com.br", "u_ana", tmp_path) == replica_path(
        "https://inbox.acme.com.br", "u_ana", tmp_path)


def test_hostile_account_ids_stay_inside_the_data_directory(tmp_path):
    path = replica_path("https://x.example", "../../etc/passwd", tmp_path)
    assert path.resolve().is_relative_to((tmp_path / "replicas").resolve())


def test_default_is_the_platforms_user_data_directory(monkeypatch, tmp_path):
    monkeypatch.setattr(platformdirs, "user_data_path", lambda *a, **k: tmp_path / "platform-data")
    path = replica_path("https://inbox.acme.com.br", "u_ana")
    assert path.is_relative_to(tmp_path / "platform-data" / "replicas")
    replica = Replica.open(path)  # creates the folders and the file
    try:
        assert path.exists()
    finally:
        replica.close()
