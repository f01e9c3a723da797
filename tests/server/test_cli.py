"""`rvops-server serve` as a real process: flags and RVOPS_… environment variables."""
import httpx

from tests.support.servers import ServerProcess, free_port


def test_serve_reads_its_settings_from_the_environment(tmp_path):
    port = free_port()
    db = tmp_path / "env.sqlite3"
    server = ServerProcess(f"sqlite:///{db}", port=port, demo=True,
                           env={"RVOPS_DATABASE_URL": f"sqlite:///{tmp_path / 'ignored.sqlite3'}"})
    try:
        health = httpx.get(f"{server.url}/healthz").json()
        assert health["status"] == "ok"
        login = httpx.post(f"{server.url}/api/v1/auth/login", json={"email": "admin@demo.rvops", "password": "demo"})
        assert login.status_code == 200
        assert db.exists() and not (tmp_path / "ignored.sqlite3").exists()  # the flag wins over the variable
    finally:
        server.stop()


def test_environment_variables_alone(tmp_path, monkeypatch):
    from rvops_server.config import Settings
    monkeypatch.setenv("RVOPS_PORT", "9911")
    monkeypatch.setenv("RVOPS_HOST", "127.0.0.2")
    monkeypatch.setenv("RVOPS_DATABASE_URL", "postgresql+psycopg://u@127.0.0.1/db")
    monkeypatch.setenv("RVOPS_DEMO", "true")
    monkeypatch.setenv("RVOPS_GRAPH_API_URL", "http://127.0.0.1:1/graph")
    s = Settings.from_env()
    assert (s.port, s.host, s.database_url, s.demo, s.graph_api_url) == (
        9911, "127.0.0.2", "postgresql+psycopg://u@127.0.0.1/db", True, "http://127.0.0.1:1/graph")
    assert Settings.from_env(port=1234).port == 1234


def test_default_database_is_a_sqlite_file_in_the_platform_data_dir(monkeypatch, tmp_path):
    from rvops_server import config
    monkeypatch.delenv("RVOPS_DATABASE_URL", raising=False)
    monkeypatch.setattr(config.platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "data"))
    url = config.Settings.from_env().database_url
    assert url == f"sqlite:///{tmp_path / 'data' / 'rvops.sqlite3'}"


def test_serve_takes_its_start_up_objects_out_of_the_collectors_sight(tmp_path, monkeypatch):
    """A full garbage collection walked them all and stalled every request for ~90 ms under load."""
    import gc

    import uvicorn

    from rvops_server import cli
    seen = {}

    def fake_run(app, **_options):
        seen["frozen"] = gc.get_freeze_count()
        seen["app_collectable"] = any(o is app for o in gc.get_objects())

    monkeypatch.setattr(uvicorn, "run", fake_run)
    try:
        assert cli.main(["serve", "--database-url", f"sqlite:///{tmp_path / 'gc.sqlite3'}", "--log-level", "warning"]) == 0
    finally:
        gc.unfreeze()
    assert seen["frozen"] > 10_000 and seen["app_collectable"] is False
