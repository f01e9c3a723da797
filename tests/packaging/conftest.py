"""One frozen build per test run, shared by the frozen app's tests and the update journey — and
by both of scripts/test's workers (pytest-xdist): the first to need it builds it, the other waits."""
from __future__ import annotations

import fcntl
import os
import sys
from pathlib import Path

import pytest

from tests.packaging.smoke import run

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def frozen(tmp_path_factory) -> Path:
    """`pyinstaller packaging/rvops-desktop.spec`: the one-folder build (read-only for tests: copy it)."""
    # Under xdist each worker has its own base folder, in the run's shared one.
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    work = shared / "frozen"
    built = work / "dist" / "rvops-desktop"
    with open(shared / "frozen.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not (work / "built").exists():
            run(BIN / "pyinstaller", "--noconfirm", "--log-level", "WARN", "--distpath", work / "dist",
                "--workpath", work / "work", ROOT / "packaging" / "rvops-desktop.spec", cwd=ROOT)
            (work / "built").touch()
    return built
