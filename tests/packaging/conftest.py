"""One frozen build per test run, shared by the frozen app's tests and the update journey."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.packaging.smoke import run

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def frozen(tmp_path_factory) -> Path:
    """`pyinstaller packaging/rvops-desktop.spec`: the one-folder build (read-only for tests: copy it)."""
    work = tmp_path_factory.mktemp("frozen")
    run(BIN / "pyinstaller", "--noconfirm", "--log-level", "WARN", "--distpath", work / "dist",
        "--workpath", work / "work", ROOT / "packaging" / "rvops-desktop.spec", cwd=ROOT)
    return work / "dist" / "rvops-desktop"
