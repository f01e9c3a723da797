"""Replica benchmark: our apply, search and open paths as ratios to raw sqlite3 doing the same.

    .venv/bin/python benchmarks/bench_replica.py              # 100k conversations, 2M messages,
                                                              # 200k contacts (several minutes)
    .venv/bin/python benchmarks/bench_replica.py --scale 0.02 # a quick run

Two replica files with the identical schema (tables, indexes, FTS5 prefix indexes and triggers)
are filled from the same generated records (benchmarks/replica_workspace.py, made a chunk at a
time and never held whole): one through `Replica` (what the app does: records -> rows, JSON
encoding, `extra`, derived phone fragments, executemany through SQLAlchemy's connection), one
by raw `sqlite3.executemany` of rows built before its clock runs. The time spent generating
records is excluded on both sides. Each latency is measured as wall time (the targets) and as
the thread's CPU time (what the code costs, without the waits of a shared machine).
Results go to benchmarks/results/replica.md.
"""
from __future__ import annotations

import argparse
import collections
import gc
import json
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.replica_workspace import QUERY_MIX, Data
from rvops_desktop.models import Replica, ThreadModel
from rvops_desktop.models.replica import CACHE_SIZE_KIB, MMAP_SIZE
from rvops_desktop.models.rows import SPECS
from rvops_desktop.models.search import (
    _CONTACTS_SQL,
    _MESSAGES_SQL,
    CANDIDATES,
    DEFAULT_LIMIT,
    contacts_expression,
    fts_query,
    phone_fts_query,
    whole_words_query,
)
from rvops_desktop.models.thread import PAGE_SIZE
from rvops_desktop.models.tables import Message

RAW_PRAGMAS = ("journal_mode = WAL", "synchronous = NORMAL", f"cache_size = -{CACHE_SIZE_KIB}",
               "temp_store = MEMORY", f"mmap_size = {MMAP_SIZE}")
PER_TIER = min(DEFAULT_LIMIT, CANDIDATES)  # rows ours reads per index and tier for a page
SEARCH_SQL = {"messages_fts": _MESSAGES_SQL, "contacts_fts": _CONTACTS_SQL}
TARGETS = {"apply": 0.70, "search_ratio": 2.0, "search_ms": 50.0, "open_ms": 16.0}
ORDER = ("contacts", "conversations", "messages")
MS = 1000


# ---- memory ------------------------------------------------------------------------------------
def _status_mib(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak_rss() -> bool:
    """Restart the kernel's peak-RSS count (VmHWM) from the current RSS (Linux 4.0+)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


class Phase:
    """RSS before a phase and its peak during it."""

    def __init__(self) -> None:
        self.exact = reset_peak_rss()
        self.before = _status_mib("VmRSS")
        self.peak = float("nan")
        self.anon = self.file = float("nan")

    def end(self) -> None:
        self.peak = _status_mib("VmHWM") if self.exact else float("nan")
        self.anon, self.file = _status_mib("RssAnon"), _status_mib("RssFile")


# ---- timing --------------------------------------------------------------------------------------
class Feed:
    """One collection's records for `apply_bootstrap`, generated a chunk at a time; the time
    spent generating them is kept in `spent` (and subtracted from ours)."""

    def __init__(self, data: Data, collection: str) -> None:
        self.data, self.collection, self.spent = data, collection, 0.0

    def __iter__(self) -> Iterator[dict]:
        for chunk in range(self.data.chunk_count(self.collection)):
            t0 = time.perf_counter()
            records = self.data.chunks_of(self.collection, chunk)
            self.spent += time.perf_counter() - t0
            yield from records


def _runqueue_wait() -> float:
    """Seconds this thread has spent runnable but waiting for a core (Linux schedstat)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class _GcClock:
    """Seconds spent in Python's garbage collector so far (gc.callbacks), by generation."""

    def __init__(self) -> None:
        self.total = 0.0
        self._started = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.total += time.perf_counter() - self._started


GC_CLOCK = _GcClock()


class Latencies:
    """Wall time per operation (the targets), the thread's CPU time, and the time it waited
    for a core while runnable: wall - wait is what the operation takes on a core of its own
    (its CPU plus any I/O), so a miss can be told apart from the machine's other load."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.own: list[float] = []
        self.gc: list[float] = []

    def measure(self, work: Callable[[], object]) -> float:
        w0, g0 = _runqueue_wait(), GC_CLOCK.total
        t0, c0 = time.perf_counter(), time.thread_time()
        work()
        wall = time.perf_counter() - t0
        cpu = time.thread_time() - c0
        waited = _runqueue_wait() - w0
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.own.append(max(cpu, wall - waited))
        self.gc.append(GC_CLOCK.total - g0)
        return wall

    def slowest(self, labels: list[tuple[str, str]], count: int = 5) -> list[dict]:
        order = sorted(range(len(self.wall)), key=lambda i: -self.wall[i])[:count]
        return [{"kind": labels[i][0], "what": labels[i][1], "wall": self.wall[i] * MS,
                 "own": self.own[i] * MS, "cpu": self.cpu[i] * MS, "gc": self.gc[i] * MS}
                for i in order]

    def p(self, q: float, kind: str = "wall") -> float:
        values = sorted(getattr(self, kind))
        return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))] * MS


# ---- the raw side ------------------------------------------------------------------------------
def raw_connection(path: Path) -> sqlite3.Connection:
    raw = sqlite3.connect(path, isolation_level=None)
    for pragma in RAW_PRAGMAS:  # the same settings the replica's connections get
        raw.execute(f"PRAGMA {pragma}")
    return raw


def raw_bootstrap(raw: sqlite3.Connection, data: Data) -> float:
    """One transaction, one executemany per chunk of pre-built rows; returns the time spent
    in SQLite (generation and row building excluded)."""
    spent = 0.0
    t0 = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    spent += time.perf_counter() - t0
    for collection in ORDER:
        spec = SPECS[collection]
        for chunk in data.chunks(collection):
            rows = [spec.to_row(r) for r in chunk]
            t0 = time.perf_counter()
            raw.executemany(spec.upsert_sql, rows)
            spent += time.perf_counter() - t0
    t0 = time.perf_counter()
    raw.execute("INSERT INTO sync_state (key, value) VALUES ('cursor', '1')")
    raw.execute("COMMIT")
    return spent + time.perf_counter() - t0


def raw_search(raw: sqlite3.Connection, query: str, *, bare: bool) -> None:
    """Per index, the newest whole-word matches, then the newest prefix matches unless the
    former filled the page: the same MATCH expressions, ORDER BY rowid DESC LIMIT and prefix
    indexes as ours. `bare`: the FTS5 lookups alone (rowids); else the very statements ours
    runs (the lookups joined to the rows a hit shows), fetched as tuples."""
    words, exact, phone = fts_query(query), whole_words_query(query), phone_fts_query(query)
    for index, first, then in (("messages_fts", exact, words),
                               ("contacts_fts", contacts_expression(exact, phone),
                                contacts_expression(words, phone))):
        if not first:
            continue
        sql = (f"SELECT rowid FROM {index} WHERE {index} MATCH ? ORDER BY rowid DESC LIMIT ?"
               if bare else SEARCH_SQL[index])
        found = raw.execute(sql, (first, PER_TIER)).fetchall()
        if then and then != first and len(found) < DEFAULT_LIMIT:
            raw.execute(sql, (then, PER_TIER)).fetchall()


def timed(work: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    work()
    return time.perf_counter() - t0


def raw_delta_apply(raw: sqlite3.Connection, changes: list[dict]) -> float:
    """One transaction, one executemany per collection of rows built before the clock runs."""
    by_run: dict[str, list[tuple]] = {}
    for change in changes:
        by_run.setdefault(change["collection"], []).append(
            SPECS[change["collection"]].to_row(change["record"]))
    t0 = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    for collection, run in by_run.items():
        raw.executemany(SPECS[collection].upsert_sql, run)
    raw.execute("UPDATE sync_state SET value = ? WHERE key = 'cursor'",
                (str(changes[-1]["cursor"]),))
    raw.execute("COMMIT")
    return time.perf_counter() - t0


_COLUMNS = ", ".join(c.name for c in Message.__table__.columns)
RAW_OPEN_SQL = (f"SELECT {_COLUMNS} FROM messages WHERE conversation_id = ? "
                f"ORDER BY created_at DESC, id DESC LIMIT {PAGE_SIZE + 1}")


def housekeeping(replica: Replica, raw: sqlite3.Connection) -> None:
    """What `Replica.optimize()` does, on both sides alike (not timed)."""
    replica.optimize()
    for index in ("messages_fts", "contacts_fts"):
        raw.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.execute("PRAGMA optimize")


# ---- the run -----------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "replica.md")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--changes", type=int, default=20_000)
    parser.add_argument("--threads", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3, help="whole runs; the bootstrap's first side alternates")
    args = parser.parse_args()
    reports = [measure(args, raw_bootstrap_first=k % 2 == 0) for k in range(args.runs)]
    middle = sorted(reports, key=lambda r: r["bootstrap_raw_s"] / r["bootstrap_ours_s"])[len(reports) // 2]
    lines = render(middle) + render_runs(reports, TARGETS)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    print(json.dumps(reports, indent=1))


def measure(args: argparse.Namespace, *, raw_bootstrap_first: bool) -> dict:
    """One whole run on fresh files; `raw_bootstrap_first`: which side's bootstrap goes first."""
    started = time.perf_counter()
    load_start = os.getloadavg()
    data = Data(args.scale)
    workdir = Path(tempfile.mkdtemp(prefix="bench-replica-"))
    ours_path, raw_path = workdir / "ours.sqlite3", workdir / "raw.sqlite3"
    Replica.open(raw_path).close()  # the identical schema, filled raw below
    total_rows = sum(data.n[c] for c in ORDER)
    mem: dict[str, Phase] = {}
    try:
        # ---- bootstrap apply (which side goes first alternates between runs) ----------------
        raw = raw_connection(raw_path)
        replica = Replica.open(ours_path)

        def raw_side() -> float:
            gc.collect()
            mem["raw_bootstrap"] = Phase()
            seconds = raw_bootstrap(raw, data)
            mem["raw_bootstrap"].end()
            print(f"raw bootstrap {seconds:.1f}s", flush=True)
            return seconds

        def our_side() -> float:
            feeds = {c: Feed(data, c) for c in ORDER}
            gc.collect()
            mem["bootstrap"] = Phase()
            t0 = time.perf_counter()
            replica.apply_bootstrap({"cursor": 1, **feeds})
            seconds = time.perf_counter() - t0 - sum(f.spent for f in feeds.values())
            mem["bootstrap"].end()
            print(f"our bootstrap {seconds:.1f}s", flush=True)
            return seconds

        if raw_bootstrap_first:
            raw_seconds, ours_seconds = raw_side(), our_side()
        else:
            ours_seconds, raw_seconds = our_side(), raw_side()

        # ---- delta apply (a catch-up, in two halves: each side goes first once) -----------
        changes = data.changes(max(100, int(args.changes * min(1.0, args.scale * 5))), 1)
        half = len(changes) // 2
        raw_delta = ours_delta = 0.0
        for batch, raw_first in ((changes[:half], True), (changes[half:], False)):
            sides = [lambda b=batch: raw_delta_apply(raw, b),
                     lambda b=batch: timed(lambda: replica.apply_changes(b))]
            first, second = sides if raw_first else sides[::-1]
            a, b = first(), second()
            raw_delta += a if raw_first else b
            ours_delta += b if raw_first else a

        t0 = time.perf_counter()
        housekeeping(replica, raw)
        optimize_seconds = time.perf_counter() - t0
        print(f"deltas and housekeeping done ({optimize_seconds:.1f}s)", flush=True)

        # ---- search --------------------------------------------------------------------------
        queries = data.queries(args.queries)
        for _, q in queries[:20]:  # warm both page caches alike
            raw_search(raw, q, bare=False)
            replica.store.search(q)
        gc.collect()
        mem["reads"] = Phase()
        search_bare, search_raw, search_ours = Latencies(), Latencies(), Latencies()
        by_kind: dict[str, list[float]] = collections.defaultdict(list)
        for i, (kind, q) in enumerate(queries):
            trio = [(search_bare, lambda q=q: raw_search(raw, q, bare=True)),
                    (search_raw, lambda q=q: raw_search(raw, q, bare=False)),
                    (search_ours, lambda q=q: replica.store.search(q))]
            for latencies, work in (trio if i % 2 else trio[::-1]):  # alternate who goes first
                latencies.measure(work)
            by_kind[kind].append(search_ours.wall[-1])
        slowest = {"search": search_ours.slowest(queries)}

        # ---- opening a conversation: its newest 50 messages ------------------------------------
        open_raw, open_ours = Latencies(), Latencies()
        threads = data.thread_ids(args.threads)
        for i, cid in enumerate(threads):
            pair = [(open_raw, lambda cid=cid: raw.execute(RAW_OPEN_SQL, (cid,)).fetchall()),
                    (open_ours, lambda cid=cid: ThreadModel(replica, cid).close())]
            for latencies, work in (pair if i % 2 else pair[::-1]):
                latencies.measure(work)
        mem["reads"].end()
        slowest["open"] = open_ours.slowest([("open", cid) for cid in threads])
        lengths = sorted(raw.execute(
            "SELECT count(*) FROM messages WHERE conversation_id = ?", (cid,)).fetchone()[0]
            for cid in threads)
        raw.close()
        replica.close()
        sizes = {name: sum(p.stat().st_size for p in workdir.glob(f"{name}.sqlite3*")) / 2**20
                 for name in ("ours", "raw")}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    report = {
        "args": vars(args) | {"out": str(args.out)}, "n": data.n, "changes": len(changes),
        "threads": len(threads), "thread_length_p50": lengths[len(lengths) // 2],
        "thread_length_max": lengths[-1], "bootstrap_rows": total_rows,
        "bootstrap_raw_s": raw_seconds, "bootstrap_ours_s": ours_seconds,
        "delta_raw_s": raw_delta, "delta_ours_s": ours_delta, "optimize_s": optimize_seconds,
        "search": {k: summary(v) for k, v in (("bare", search_bare), ("raw", search_raw),
                                               ("ours", search_ours))},
        "open": {k: summary(v) for k, v in (("raw", open_raw), ("ours", open_ours))},
        "search_by_kind_ms": {k: {"n": len(v), "p50": pct(v, 50), "max": max(v) * MS}
                              for k, v in by_kind.items()},
        "memory_mib": {k: {"before": m.before, "peak": m.peak, "anon_at_end": m.anon,
                           "file_at_end": m.file} for k, m in mem.items()},
        "slowest": slowest,
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "file_mib": sizes, "seconds": time.perf_counter() - started,
        "load": {"start": load_start, "end": os.getloadavg()},
        "versions": {"python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version},
        "raw_bootstrap_first": raw_bootstrap_first,
    }
    return report


def summary(lat: Latencies) -> dict[str, float]:
    return {"p50": lat.p(50), "p99": lat.p(99), "cpu_p50": lat.p(50, "cpu"),
            "cpu_p99": lat.p(99, "cpu"), "own_p50": lat.p(50, "own"),
            "own_p99": lat.p(99, "own"), "max": lat.p(100)}


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] * MS


def render(r: dict) -> list[str]:
    from benchmarks.replica_report import render_markdown
    return render_markdown(r, TARGETS, QUERY_MIX)


def render_runs(reports: list[dict], targets: dict[str, float]) -> list[str]:
    from benchmarks.replica_report import render_runs as every_run
    return every_run(reports, targets)


if __name__ == "__main__":
    main()
