"""The media cache: attachments on disk under a size cap, least recently used evicted first.

The cache never reaches the network. On a miss (`get` -> None) the caller (the sync engine)
downloads the attachment and `put`s it; an evicted file is fetched again the same way. The index
(size and last use of each file) is a small SQLite file beside the files, so clearing the
folder clears everything, and "recently used" survives restarts.
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import platformdirs

from rvops_contract.clock import Clock

DEFAULT_MAX_BYTES = 500 * 1024 * 1024
_INDEX = "index.sqlite3"


class MediaCache:
    def __init__(self, root: Path | str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 clock: Callable[[], float] | Clock | None = None) -> None:
        """`clock`: an object with `.now()` (datetime) or a callable returning a number; it only
        orders uses, so tests can step it instead of sleeping."""
        self.root = Path(root) if root else platformdirs.user_cache_path(
            "rvops-desktop", "Rvops") / "media"
        self.root.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self._clock = clock
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.root / _INDEX, check_same_thread=False,
                                   isolation_level=None)
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS media (attachment_id TEXT PRIMARY KEY, "
                         "filename TEXT NOT NULL, size INTEGER NOT NULL, used_at REAL NOT NULL)")
        self._db.execute("CREATE INDEX IF NOT EXISTS ix_media_used ON media (used_at)")

    def close(self) -> None:
        self._db.close()

    def _now(self) -> float:
        clock = self._clock
        if clock is None:
            return time.time()
        if isinstance(clock, Clock):
            return clock.now().timestamp()
        return float(clock())

    @staticmethod
    def _filename(attachment_id: str, suffix: str) -> str:
        digest = hashlib.sha256(attachment_id.encode()).hexdigest()[:32]
        suffix = re.sub(r"[^A-Za-z0-9.]", "", suffix)[:12]
        if suffix and not suffix.startswith("."):
            suffix = "." + suffix
        return digest + suffix

    def get(self, attachment_id: str) -> Path | None:
        """The cached file (and mark it used), or None: fetch it and `put` it."""
        with self._lock:
            row = self._db.execute("SELECT filename FROM media WHERE attachment_id = ?",
                                   (attachment_id,)).fetchone()
            if row is None:
                return None
            path: Path = self.root / row[0]
            if not path.exists():  # removed behind our back: a miss
                self._db.execute("DELETE FROM media WHERE attachment_id = ?", (attachment_id,))
                return None
            self._db.execute("UPDATE media SET used_at = ? WHERE attachment_id = ?",
                             (self._now(), attachment_id))
            return path

    def put(self, attachment_id: str, data: bytes, suffix: str = "") -> Path:
        """Store `data` (atomically), then evict least recently used files over the cap."""
        name = self._filename(attachment_id, suffix)
        path = self.root / name
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        with self._lock:
            self._db.execute(
                "INSERT INTO media (attachment_id, filename, size, used_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(attachment_id) DO UPDATE SET filename = excluded.filename, "
                "size = excluded.size, used_at = excluded.used_at",
                (attachment_id, name, len(data), self._now()))
            self._evict_over_cap(keep=attachment_id)
        return path

    def _evict_over_cap(self, keep: str) -> None:
        total = self._db.execute("SELECT coalesce(sum(size), 0) FROM media").fetchone()[0]
        if total <= self.max_bytes:
            return
        for attachment_id, filename, size in self._db.execute(
                "SELECT attachment_id, filename, size FROM media WHERE attachment_id != ? "
                "ORDER BY used_at, rowid", (keep,)).fetchall():
            self._remove(attachment_id, filename)
            total -= size
            if total <= self.max_bytes:
                return

    def _remove(self, attachment_id: str, filename: str) -> None:
        (self.root / filename).unlink(missing_ok=True)
        self._db.execute("DELETE FROM media WHERE attachment_id = ?", (attachment_id,))

    def clear(self) -> None:
        with self._lock:
            for attachment_id, filename in self._db.execute(
                    "SELECT attachment_id, filename FROM media").fetchall():
                self._remove(attachment_id, filename)

    def total_bytes(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT coalesce(sum(size), 0) FROM media").fetchone()[0])

    def __contains__(self, attachment_id: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM media WHERE attachment_id = ?",
                                    (attachment_id,)).fetchone() is not None
