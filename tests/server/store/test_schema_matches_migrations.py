"""The schema is defined once: migrations replayed to head give exactly the SQLAlchemy models (issue 17)."""
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from rvops_server.store.db import make_engine, migrate
from rvops_server.store.schema import metadata


def _differences(engine: sa.Engine, target: sa.MetaData) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": False})
        return list(compare_metadata(context, target))


def test_migrations_at_head_match_the_models(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    try:
        assert _differences(engine, metadata) == []
    finally:
        engine.dispose()


def test_a_column_added_to_the_models_without_a_migration_is_caught(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    drifted = sa.MetaData()
    for table in metadata.sorted_tables:
        table.to_metadata(drifted)
    drifted.tables["messages"].append_column(sa.Column("unmigrated", sa.Text))
    try:
        diffs = _differences(engine, drifted)
    finally:
        engine.dispose()
    assert any(d[0] == "add_column" and d[3].name == "unmigrated" for d in diffs if isinstance(d, tuple))
