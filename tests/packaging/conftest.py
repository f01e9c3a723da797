"""One frozen build per test run, shared by the frozen app's tests and the update journey — and
by both of scripts/test's workers (pytest-xdist): tests/packaging/frozen_build.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.frozen_build import FrozenBuild


@pytest.fixture(scope="session")
def frozen(tmp_path_factory) -> Path:
    """`pyinstaller packaging/rvops-desktop.spec`: the one-folder build (read-only for tests: copy it)."""
    return FrozenBuild.of_run(tmp_path_factory).ensure()
