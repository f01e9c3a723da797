"""Several real `rvops-server` processes on one PostgreSQL, and the clients that drive them."""
from __future__ import annotations

import pytest

from tests.server.scale.rig import Cluster


def pytest_collection_modifyitems(items):
    for item in items:
        if "/scale/" in str(item.fspath):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture
def pg_url(pg_cluster):
    return pg_cluster.new_database()


@pytest.fixture
def cluster(pg_url, tmp_path):
    """`cluster.start(n)` starts n instances one after the other (the first seeds the demo)."""
    rig = Cluster(pg_url, tmp_path)
    yield rig
    rig.stop()
