"""The frozen build (`pyinstaller packaging/rvops-desktop.spec`), made once per test run and shared
by both of scripts/test's workers (pytest-xdist) under a lock in the run's shared temporary folder.

A run that will need it starts it as soon as its tests are collected (tests/conftest.py), on a
thread of its own: the two workers' first hour of other tests hides its minute and a half, where
the worker that reached the packaging tests second used to wait for it."""
from __future__ import annotations

import contextlib
import fcntl
import os
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


class FrozenBuild:
    def __init__(self, shared: Path) -> None:
        self.work = shared / "frozen"
        self.built = self.work / "dist" / "rvops-desktop"
        self._lock_path = shared / "frozen.lock"
        self._process: subprocess.Popen | None = None
        self._stopping = False

    @classmethod
    def of_run(cls, tmp_path_factory) -> FrozenBuild:
        shared = tmp_path_factory.getbasetemp()
        if os.environ.get("PYTEST_XDIST_WORKER"):  # each worker's base folder is in the run's shared one
            shared = shared.parent
        return cls(shared)

    def ensure(self) -> Path:
        """The build, made now unless this run made it already (waits for a build under way)."""
        with open(self._lock_path, "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            if not (self.work / "built").exists() and not self._stopping:
                self._process = subprocess.Popen(
                    [str(BIN / "pyinstaller"), "--noconfirm", "--log-level", "WARN", "--distpath",
                     str(self.work / "dist"), "--workpath", str(self.work / "work"),
                     str(ROOT / "packaging" / "rvops-desktop.spec")],
                    cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                output, _ = self._process.communicate(timeout=900)
                assert self._process.returncode == 0, f"pyinstaller failed:\n{output[-6000:]}"
                (self.work / "built").touch()
        return self.built

    def start(self) -> None:
        """Build on a thread of its own (a failure is said again by the test that needs the build)."""
        def build() -> None:
            with contextlib.suppress(Exception):  # the fixture builds again, and fails with the reason
                self.ensure()
        threading.Thread(target=build, name="frozen-build", daemon=True).start()

    def stop(self) -> None:
        """The run is over: a build still under way is not needed any more."""
        self._stopping = True
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
