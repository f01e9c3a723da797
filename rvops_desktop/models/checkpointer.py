"""The replica's WAL checkpoints, on their own thread (issue 14: changes cost what they change).

SQLite folds its write-ahead log back into the database file when a commit finds the log past
`wal_autocheckpoint` pages: that commit then copies about a thousand pages and syncs the file —
5–20 ms, on the GUI thread, on whatever click happened to be the hundredth read mark. So the
replica's own connections autocheckpoint only past BACKSTOP_PAGES (a safety net, should this
thread be stopped), and this thread runs a PASSIVE checkpoint every EVERY_S seconds when the log
has grown: it never blocks a reader or a writer, and it syncs off the GUI thread (the sqlite3
module releases the GIL while SQLite works).
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

EVERY_S = 2.0
BACKSTOP_PAGES = 16_000   # ≈ 64 MB of log with 4 KiB pages: a commit checkpoints only past it


class Checkpointer:
    """Checkpoints the WAL of the replica at `path` every `every_s` seconds until `stop()`.
    `wait(seconds)` (default: the stop event's) returns True when it is time to stop."""

    def __init__(self, path: Path, *, every_s: float = EVERY_S,
                 wait: Callable[[float], bool] | None = None) -> None:
        self._path, self._every_s = path, every_s
        self._stopping = threading.Event()
        self._wait = wait or self._stopping.wait
        self._thread = threading.Thread(target=self._run, name="replica-checkpoints", daemon=True)
        self._db: sqlite3.Connection | None = None
        self.checkpointed = 0  # pages folded back so far (for tests and the log)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop, and wait for a checkpoint under way (before the replica's file is closed)."""
        self._stopping.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    def checkpoint(self) -> int:
        """One PASSIVE checkpoint now; the number of log pages it folded back."""
        if self._db is None:
            self._db = sqlite3.connect(self._path, timeout=0, check_same_thread=False)
        busy, _logged, folded = self._db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if busy or folded < 0:   # not in WAL mode (-1), or another checkpoint is running
            return 0
        self.checkpointed += folded
        return int(folded)

    def _run(self) -> None:
        try:
            while not self._wait(self._every_s):
                try:
                    self.checkpoint()
                except sqlite3.Error:   # a locked or vanished file: the next turn tries again
                    log.debug("replica checkpoint skipped", exc_info=True)
        finally:
            if self._db is not None:
                self._db.close()
                self._db = None
