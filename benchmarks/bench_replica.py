"""Replica benchmark: our apply, search and open paths as ratios to raw sqlite3 doing the same.

    .venv/bin/python benchmarks/bench_replica.py              # 100k conversations, 2M messages,
                                                              # 200k contacts (several minutes)
    .venv/bin/python benchmarks/bench_replica.py --scale 0.02 # a quick run

Two replica files with the identical schema (tables, indexes, FTS5 triggers) are filled from the
same generated records: one through `Replica` (what the app does: records -> rows, JSON
encoding, `extra`, derived phone fragments, executemany through SQLAlchemy's connection), one
by raw `sqlite3.executemany` of rows built before the clock starts. Results go to
benchmarks/results/replica.md.
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rvops_desktop.models import Replica, ThreadModel
from rvops_desktop.models.replica import CACHE_SIZE_KIB, MMAP_SIZE
from rvops_desktop.models.rows import SPECS
from rvops_desktop.models.search import CANDIDATES, fts_query, phone_fts_query

RAW_PRAGMAS = ("journal_mode = WAL", "synchronous = NORMAL", f"cache_size = -{CACHE_SIZE_KIB}",
               "temp_store = MEMORY", f"mmap_size = {MMAP_SIZE}")

FULL = {"conversations": 100_000, "messages": 2_000_000, "contacts": 200_000}
TARGETS = {"apply": 0.50, "search_ratio": 2.0, "search_ms": 50.0, "open_ms": 16.0}
SYLLABLES = ["ba", "be", "ca", "ção", "da", "de", "fa", "fi", "ga", "lo", "ma", "mé", "na", "nó",
             "pa", "pe", "ra", "ri", "sa", "são", "ta", "te", "va", "vi", "xa", "zu", "lã", "cí"]
FIRST = ["João", "Maria", "Conceição", "José", "Ana", "Luís", "Mônica", "Álvaro", "Érica", "Zé",
         "Bruna", "Caio", "Débora", "Fábio", "Gisele", "Heitor", "Íris", "Júlia", "Márcio", "Otávio"]
LAST = ["Silva", "Souza", "Araújo", "Conceição", "Pereira", "Gonçalves", "Lima", "Ribeiro",
        "Rocha", "Simões", "Antônio", "Brandão", "Falcão", "Mourão", "Sá", "Tavares"]
STOP = ["a", "o", "de", "que", "e", "é", "não", "um", "para", "com"]


def iso(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1_735_689_600 + seconds))


class Data:
    def __init__(self, scale: float, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.rng = rng
        self.vocab = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
                             for _ in range(6000)})
        n = {k: max(10, int(v * scale)) for k, v in FULL.items()}
        self.n = n
        self.contacts = [{
            "id": f"contact-{i:07d}", "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "phone": f"+55 {rng.randint(11, 99)} 9{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}",
            "email": f"cliente{i}@example.com.br", "owner_id": f"user-{i % 40}",
            "tags": ["vip"] if i % 17 == 0 else [], "properties": {"cidade": "São Paulo"},
            "created_at": iso(i), "updated_at": iso(i)} for i in range(n["contacts"])]
        self.conversations = [{
            "id": f"conv-{i:07d}", "contact_id": f"contact-{rng.randrange(n['contacts']):07d}",
            "channel": rng.choice(["whatsapp", "whatsapp", "instagram", "webchat"]),
            "status": "open" if i % 4 else "closed", "assignee_id": f"user-{i % 40}",
            "team_id": f"team-{i % 5}", "opened_at": iso(i * 10), "closed_at": None,
            "closed_by": None, "last_inbound_at": iso(i * 10 + 5),
            "last_message_at": iso(i * 10 + 5), "last_message_preview": "…",
            "unread": i % 3, "window_closed_by_provider": False} for i in range(n["conversations"])]
        # messages: a skewed number per conversation (a few long threads, many short ones)
        weights = [1 + (rng.random() ** 4) * 40 for _ in range(n["conversations"])]
        owners = rng.choices(range(n["conversations"]), weights=weights, k=n["messages"])
        self.messages = []
        for i, owner in enumerate(owners):
            words = rng.choices(self.vocab, k=rng.randint(3, 10)) + rng.choices(STOP, k=2)
            rng.shuffle(words)
            self.messages.append({
                "id": f"msg-{i:08d}", "conversation_id": f"conv-{owner:07d}",
                "direction": "inbound" if i % 2 else "outbound", "kind": "note" if i % 50 == 0
                else "text", "text": " ".join(words), "status": "read", "created_at": iso(i),
                "author_id": None if i % 2 else f"user-{i % 40}", "provider_id": f"wamid.{i}",
                "attachments": [], "reply_to_id": None})
        self.thread_ids = sorted({f"conv-{o:07d}" for o in owners[:: max(1, len(owners) // 2000)]})

    def changes(self, count: int, start_cursor: int) -> list[dict]:
        rng, out = self.rng, []
        base = len(self.messages)
        for i in range(count):
            roll = rng.random()
            if roll < 0.6:
                record = dict(self.messages[rng.randrange(len(self.messages))],
                              id=f"msg-new-{i:08d}", created_at=iso(base + i),
                              text=" ".join(rng.choices(self.vocab, k=6)))
                collection = "messages"
            elif roll < 0.8:
                record = dict(self.messages[rng.randrange(len(self.messages))], status="read")
                collection = "messages"
            else:
                record = dict(self.conversations[rng.randrange(len(self.conversations))],
                              last_message_at=iso(base + i), unread=1)
                collection = "conversations"
            out.append({"cursor": start_cursor + i + 1, "collection": collection, "op": "upsert",
                        "id": record["id"], "record": record})
        return out

    def queries(self, count: int) -> list[str]:
        rng, out = self.rng, []
        for i in range(count):
            kind = i % 6
            if kind in (0, 1):
                out.append(rng.choice(self.vocab))
            elif kind == 2:
                out.append(" ".join(rng.choices(self.vocab, k=2)))
            elif kind == 3:
                out.append(rng.choice(self.vocab)[:4])  # typing: a prefix
            elif kind == 4:
                out.append(f"{rng.choice(FIRST)} {rng.choice(LAST)}".lower().replace("ã", "a"))
            else:
                phone = rng.choice(self.contacts)["phone"]
                out.append(phone.split(" ")[2][:6])
        return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def raw_rows(collection: str, records: list[dict]) -> list[tuple]:
    return [SPECS[collection].to_row(r) for r in records]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "replica.md")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--changes", type=int, default=20_000)
    args = parser.parse_args()

    started = time.perf_counter()
    data = Data(args.scale)
    print(f"generated {data.n} in {time.perf_counter() - started:.1f}s", flush=True)
    workdir = Path(tempfile.mkdtemp(prefix="bench-replica-"))
    ours_path, raw_path = workdir / "ours.sqlite3", workdir / "raw.sqlite3"
    Replica.open(raw_path).close()  # the identical schema, filled raw below
    order = ("contacts", "conversations", "messages")
    payload = {"cursor": 1, **{c: getattr(data, c) for c in order}}
    total_rows = sum(len(payload[c]) for c in order)
    results: dict[str, float] = {}

    # ---- bootstrap apply -------------------------------------------------------------------
    rows = {c: raw_rows(c, payload[c]) for c in order}  # built before the raw clock starts
    raw = sqlite3.connect(raw_path, isolation_level=None)
    for pragma in RAW_PRAGMAS:  # the same settings the replica's connections get
        raw.execute(f"PRAGMA {pragma}")
    gc.collect()
    t0 = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    for collection in order:
        raw.executemany(SPECS[collection].upsert_sql, rows[collection])
    raw.execute("INSERT INTO sync_state (key, value) VALUES ('cursor', '1')")
    raw.execute("COMMIT")
    raw_bootstrap = time.perf_counter() - t0
    del rows
    print(f"raw bootstrap {raw_bootstrap:.1f}s", flush=True)

    rss_before_apply = maxrss_mib()
    replica = Replica.open(ours_path)
    gc.collect()
    t0 = time.perf_counter()
    replica.apply_bootstrap(payload)
    ours_bootstrap = time.perf_counter() - t0
    apply_peak_extra = max(0.0, maxrss_mib() - rss_before_apply)
    print(f"our bootstrap {ours_bootstrap:.1f}s", flush=True)
    results["bootstrap_raw_rps"] = total_rows / raw_bootstrap
    results["bootstrap_ours_rps"] = total_rows / ours_bootstrap

    # ---- delta apply -----------------------------------------------------------------------
    changes = data.changes(max(100, int(args.changes * min(1.0, args.scale * 5))), 1)
    by_run: dict[str, list[tuple]] = {}  # raw: one executemany per collection
    for change in changes:
        by_run.setdefault(change["collection"], []).append(
            SPECS[change["collection"]].to_row(change["record"]))
    t0 = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    for collection, run in by_run.items():
        raw.executemany(SPECS[collection].upsert_sql, run)
    raw.execute("UPDATE sync_state SET value = ? WHERE key = 'cursor'", (str(len(changes) + 1),))
    raw.execute("COMMIT")
    raw_delta = time.perf_counter() - t0
    t0 = time.perf_counter()
    replica.apply_changes(changes)
    ours_delta = time.perf_counter() - t0
    results["delta_raw_rps"] = len(changes) / raw_delta
    results["delta_ours_rps"] = len(changes) / ours_delta

    # ---- housekeeping after the bulk load (both sides alike; not timed) ------------------------
    replica.optimize()
    for index in ("messages_fts", "contacts_fts"):
        raw.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.execute("PRAGMA optimize")

    # ---- search ------------------------------------------------------------------------------
    queries = data.queries(args.queries)
    for q in queries[:20]:  # warm both page caches alike
        replica.store.search(q)
    raw_times, our_times = [], []
    for q in queries:
        words, phone = fts_query(q), phone_fts_query(q)
        contact_expr = " OR ".join(e for e in (
            f"{{name phone email}} : ({words})" if words else None, phone) if e)
        t0 = time.perf_counter()
        if words:
            raw.execute("SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? "
                        "ORDER BY rank LIMIT ?", (words, CANDIDATES)).fetchall()
        if contact_expr:
            raw.execute("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? "
                        "ORDER BY rank LIMIT ?", (contact_expr, CANDIDATES)).fetchall()
        raw_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        replica.store.search(q)
        our_times.append(time.perf_counter() - t0)

    # ---- opening a conversation: newest 50 messages ------------------------------------------
    raw_open, our_open = [], []
    threads = data.thread_ids[:500]
    for cid in threads:
        t0 = time.perf_counter()
        raw.execute("SELECT * FROM messages WHERE conversation_id = ? "
                    "ORDER BY created_at DESC, id DESC LIMIT 50", (cid,)).fetchall()
        raw_open.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        model = ThreadModel(replica, cid)
        our_open.append(time.perf_counter() - t0)
        model.close()
    raw.close()
    replica.close()
    size_mib = ours_path.stat().st_size / 2**20
    shutil.rmtree(workdir, ignore_errors=True)

    ms = 1000
    search = {"raw_p50": percentile(raw_times, 50) * ms, "raw_p99": percentile(raw_times, 99) * ms,
              "p50": percentile(our_times, 50) * ms, "p99": percentile(our_times, 99) * ms}
    opening = {"raw_p50": percentile(raw_open, 50) * ms, "raw_p99": percentile(raw_open, 99) * ms,
               "p50": percentile(our_open, 50) * ms, "p99": percentile(our_open, 99) * ms}
    apply_ratio = results["bootstrap_ours_rps"] / results["bootstrap_raw_rps"]
    delta_ratio = results["delta_ours_rps"] / results["delta_raw_rps"]

    def verdict(ok: bool) -> str:
        return "met" if ok else "**missed**"

    lines = [
        "# Replica benchmark",
        "",
        (f"`{' '.join(['.venv/bin/python', 'benchmarks/bench_replica.py', *sys.argv[1:]])}` — "
        f"{data.n['conversations']:,} conversations, {data.n['messages']:,} messages, "
        f"{data.n['contacts']:,} contacts (scale {args.scale}); {len(changes):,} changes; "
        f"{len(queries)} queries; {len(threads)} conversations opened. Python "
        f"{sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}. Replica file "
        f"{size_mib:,.0f} MiB. Run took {time.perf_counter() - started:,.0f} s."),
        "",
        ("Baseline: raw `sqlite3` on an identical schema (same indexes, FTS5 triggers and "
         "PRAGMAs), rows pre-built before its clock starts, one executemany per collection; "
         "search baseline = the bare FTS5 `MATCH … ORDER BY "
         f"rank LIMIT {CANDIDATES}` (as ours) on both indexes with the same expressions; "
         "open baseline = one `SELECT … ORDER BY created_at DESC LIMIT 50`."),
        "",
        "| measure | ours | raw sqlite3 | ratio (ours/raw) | target | |",
        "| --- | ---: | ---: | ---: | --- | --- |",
        (f"| bootstrap apply (rows/s) | {results['bootstrap_ours_rps']:,.0f} | "
        f"{results['bootstrap_raw_rps']:,.0f} | {apply_ratio:.2f} | ≥ 0.50 of raw | "
        f"{verdict(apply_ratio >= TARGETS['apply'])} |"),
        (f"| delta apply (changes/s) | {results['delta_ours_rps']:,.0f} | "
        f"{results['delta_raw_rps']:,.0f} | {delta_ratio:.2f} | ≥ 0.50 of raw | "
        f"{verdict(delta_ratio >= TARGETS['apply'])} |"),
        (f"| search p50 (ms) | {search['p50']:.2f} | {search['raw_p50']:.2f} | "
        f"{search['p50'] / search['raw_p50']:.2f} | | |"),
        (f"| search p99 (ms) | {search['p99']:.2f} | {search['raw_p99']:.2f} | "
        f"{search['p99'] / search['raw_p99']:.2f} | ≤ 2× raw and ≤ 50 ms | "
        f"{verdict(search['p99'] <= 2 * search['raw_p99'] and search['p99'] <= 50)} |"),
        (f"| open newest 50, p50 (ms) | {opening['p50']:.2f} | {opening['raw_p50']:.2f} | "
        f"{opening['p50'] / opening['raw_p50']:.2f} | | |"),
        (f"| open newest 50, p99 (ms) | {opening['p99']:.2f} | {opening['raw_p99']:.2f} | "
        f"{opening['p99'] / opening['raw_p99']:.2f} | ≤ 16 ms | "
        f"{verdict(opening['p99'] <= 16)} |"),
        f"| peak RSS (MiB), whole run | {maxrss_mib():,.0f} | | | reported | |",
        f"| peak RSS growth during our bootstrap (MiB) | {apply_peak_extra:,.0f} | | | reported | |",
        "",
        ("\"open\" is `ThreadModel(replica, id)`: the newest 50 as SQLModel rows plus the two "
        "probes for older/newer pages. Peak RSS includes the generated data set held in memory."),
        "",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    print(json.dumps({"search": search, "open": opening, **results}, indent=1))


if __name__ == "__main__":
    main()
