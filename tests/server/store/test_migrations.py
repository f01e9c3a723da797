"""Alembic migrations: an empty database and a previous schema both reach head without loss."""
import subprocess
import sys
from datetime import datetime

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from rvops_server.store.db import alembic_config, make_engine, migrate
from rvops_server.store.schema import metadata


def _head(url):
    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def test_empty_database_reaches_head_with_every_table(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    tables = set(sa.inspect(engine).get_table_names())
    assert set(metadata.tables) <= tables
    with engine.connect() as conn:
        assert conn.execute(sa.text("select version_num from alembic_version")).scalar() == _head(database_url)
    migrate(engine)  # idempotent: a second start changes nothing
    engine.dispose()


def test_previous_schema_upgrades_without_losing_rows(database_url):
    engine = make_engine(database_url)
    cfg = alembic_config(database_url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    inspector = sa.inspect(engine)
    assert "calls" not in inspector.get_table_names()
    assert "capacity" not in {c["name"] for c in inspector.get_columns("users")}
    now = datetime(2026, 1, 1)
    with engine.begin() as conn:
        conn.execute(sa.text("insert into users (id, name, email, password_hash, role, permissions, status, created_at)"
                             " values ('u1', 'Old Agent', 'old@x.io', 'h', 'agent', '{}', 'offline', :now)"), {"now": now})
        conn.execute(sa.text("insert into contacts (id, name, phone, tags, properties, created_at, updated_at)"
                             " values ('c1', 'Old Contact', '+5511999990000', '[]', '{\"plano\": \"Pro\"}', :n, :n)"),
                     {"n": now})
    migrate(engine)
    inspector = sa.inspect(engine)
    assert "calls" in inspector.get_table_names()
    assert "capacity" in {c["name"] for c in inspector.get_columns("users")}
    with engine.connect() as conn:
        assert conn.execute(sa.text("select name from users where id='u1'")).scalar() == "Old Agent"
        row = conn.execute(sa.text("select name, phone from contacts where id='c1'")).first()
        assert tuple(row) == ("Old Contact", "+5511999990000")
        assert conn.execute(sa.text("select capacity from users where id='u1'")).scalar() is None
    engine.dispose()


def test_media_links_are_backfilled_from_the_messages_attachments(database_url):
    engine = make_engine(database_url)
    cfg = alembic_config(database_url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    now = datetime(2026, 1, 1)
    with engine.begin() as conn:
        conn.execute(sa.text("insert into contacts (id, name, tags, properties, created_at, updated_at)"
                             " values ('c1', 'C', '[]', '{}', :n, :n)"), {"n": now})
        conn.execute(sa.text("insert into conversations (id, contact_id, channel, status, opened_at, unread_count,"
                             " window_closed_by_provider) values ('cv1', 'c1', 'whatsapp', 'open', :n, 0, false)"),
                     {"n": now})
        conn.execute(sa.text("insert into media (id, mime_type, size, path, created_at)"
                             " values ('m1', 'image/png', 3, '/tmp/m1', :n)"), {"n": now})
        for mid, attachments in (("msg1", '[{"id": "m1"}]'), ("msg2", '[{"id": null, "error": "x"}]'),
                                 ("msg3", "[]")):
            conn.execute(sa.text("insert into messages (id, conversation_id, direction, kind, status, channel,"
                                 " attachments, payload, created_at, updated_at) values (:id, 'cv1', 'inbound',"
                                 " 'media', 'received', 'whatsapp', :a, '{}', :n, :n)"),
                         {"id": mid, "a": attachments, "n": now})
    migrate(engine)
    with engine.connect() as conn:
        links = conn.execute(sa.text("select media_id, conversation_id from media_links")).all()
    assert [tuple(r) for r in links] == [("m1", "cv1")]
    engine.dispose()



def test_the_log_names_the_migrations_run_and_not_alembics_plugins(sqlite_url):
    """Every start logged seven 'setup plugin alembic.autogenerate.…' lines before the migrations
    (alembic sets its plugins up once a process: hence a process of its own). A new database is
    one line (the demo makes one at every start: it was fourteen), an upgrade names its steps, and a
    database already at the head says nothing (alembic said "Context impl SQLiteImpl." at each start)."""
    def run(code: str) -> str:
        script = ("import logging, sys; logging.basicConfig(level='INFO', format='%(name)s: %(message)s'); "
                  "from rvops_server.store.db import make_engine, migrate; engine = make_engine(sys.argv[1]); "
                  + code)
        return subprocess.run([sys.executable, "-c", script, sqlite_url], capture_output=True, text=True,
                              timeout=60, check=True).stderr
    created = run("migrate(engine, '0012')")
    assert created.count("rvops_server.store.db: new database created at schema revision 0012") == 1, created
    assert "Running upgrade" not in created
    assert "alembic.runtime.plugins" not in created
    upgraded = run("migrate(engine)")
    assert "alembic.runtime.migration: Running upgrade 0012 -> 0013" in upgraded, upgraded
    assert "new database" not in upgraded
    assert "alembic.runtime.plugins" not in upgraded
    assert run("migrate(engine)") == ""  # up to date: a restart says nothing about the schema
