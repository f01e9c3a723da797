"""0007: users gain `active` (existing ones stay active); audit rows gain their target; and the
schema written twice — Alembic's migrations and rvops_server/store/schema.py — agrees."""
from datetime import datetime

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from rvops_server.store.db import alembic_config, make_engine, migrate
from rvops_server.store.schema import metadata


def test_existing_users_stay_active_and_audit_rows_keep_their_details(database_url):
    engine = make_engine(database_url)
    cfg = alembic_config(database_url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    now = datetime(2026, 1, 1)
    with engine.begin() as conn:
        conn.execute(sa.text("insert into users (id, name, email, password_hash, role, permissions, status, created_at)"
                             " values ('u1', 'Old Agent', 'old@x.io', 'h', 'agent', '{}', 'offline', :now)"), {"now": now})
        conn.execute(sa.text("insert into audit_events (at, actor_id, conversation_id, event, details)"
                             " values (:now, 'u1', 'cv1', 'claimed', '{}')"), {"now": now})
    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(sa.text("select active from users where id='u1'")).scalar() in (True, 1)
        row = conn.execute(sa.text("select event, target_kind, target_id from audit_events")).first()
        assert tuple(row) == ("claimed", None, None)
    engine.dispose()


def test_the_migrations_build_exactly_the_tables_schema_py_describes(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    engine.dispose()
    assert differences == []
