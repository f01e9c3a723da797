"""First sign-in of a big workspace: time and peak memory on both sides (issue 14 #2).

    .venv/bin/python benchmarks/bench_bootstrap.py [--sizes 50000,200000,2000000] [--runs 3]
                                                   [--out benchmarks/results/bootstrap.md]

For each size, a server database (SQLite file) holds the demo workspace plus `size` messages in
size/20 conversations, all visible to the supervisor who signs in (carla). The real server runs as
its own process (`rvops_server.cli serve`). Per run, in alternating order, two fresh client
processes sign in:
- ours: the desktop's sync engine on a fresh replica file (SyncEngine.sync_once: the paged snapshot
  written page by page, then /changes): time to the first conversations shown, time to the end,
  peak RSS of the client, peak RSS of the server during it;
- baseline: the same snapshot read over the same HTTP and thrown away (the wire and the server's
  floor: what no client can beat), same measures.
The ratio ours/baseline is the client's cost on top of the wire. Before paging, 500k messages never
completed (a 30 s timeout before the first byte, ~1.8 GB per try on the server).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SERVER_ENV = {"RVOPS_GRAPH_API_URL": "http://127.0.0.1:9"}  # nothing leaves loopback
EMAIL = "carla@demo.rvops"  # a supervisor: sees every conversation


# ---- the workspace -----------------------------------------------------------------------------
def build_database(path: Path, size: int) -> str:
    import sqlite3

    from tests.support.seeding import RowCopies
    from tests.support.servers import ServerProcess
    url = f"sqlite:///{path}"
    ServerProcess(url, env=SERVER_ENV).stop()  # migrated and seeded with the demo
    conversations = max(1, size // 20)
    start = datetime(2026, 1, 1)
    db = sqlite3.connect(path)
    try:
        copies = RowCopies(db)
        with db:
            contact = copies.template("contacts", "c_maria")
            copies.insert("contacts", ({**contact, "id": f"bc{i:07d}", "name": f"Cliente {i}",
                                        "phone": f"+55119{i:08d}", "email": None} for i in range(conversations)))
            conversation = copies.template("conversations", "cv_maria")
            copies.insert("conversations", (
                {**conversation, "id": f"bv{i:07d}", "contact_id": f"bc{i:07d}", "address": f"+55119{i:08d}",
                 "last_message_at": str(start + timedelta(seconds=size + i)), "status": "closed"}
                for i in range(conversations)))
            first = db.execute("SELECT id FROM messages WHERE conversation_id = 'cv_maria' LIMIT 1").fetchone()[0]
            message = copies.template("messages", first)
            copies.insert("messages", (
                {**message, "id": f"bm{i:08d}", "conversation_id": f"bv{i % conversations:07d}",
                 "text": f"mensagem número {i} do histórico, com algum texto como os clientes escrevem",
                 "provider_id": f"bench.{i}", "created_at": str(start + timedelta(seconds=i)),
                 "updated_at": str(start + timedelta(seconds=i))} for i in range(size)))
    finally:
        db.close()
    return url


# ---- the two clients (each in its own process) ---------------------------------------------------
def client_ours(url: str, token: str, db: str) -> dict:
    import asyncio

    from rvops_desktop.models import Replica
    from rvops_desktop.sync.engine import SyncEngine
    from rvops_desktop.sync.transport import SyncClient

    async def run() -> dict:
        replica = Replica.open(db)
        client = SyncClient(url, token)
        engine = SyncEngine(replica, client)
        shown: list[float] = []
        t0 = time.perf_counter()
        engine.subscribe(lambda s: shown.append(time.perf_counter() - t0) if s.inbox_arriving and not shown else None)
        await engine.sync_once()
        total = time.perf_counter() - t0
        with replica.read() as conn:
            messages = conn.exec_driver_sql("SELECT count(*) FROM messages").scalar()
        await client.aclose()
        replica.close()
        return {"seconds": total, "first_seconds": shown[0] if shown else total, "messages": messages}
    return asyncio.run(run())


def client_baseline(url: str, token: str, _db: str) -> dict:
    import httpx
    t0, first, size = time.perf_counter(), None, 0
    with httpx.Client(base_url=url, timeout=120) as http, http.stream(
            "GET", "/api/v1/sync/snapshot", headers={"authorization": f"Bearer {token}"}) as response:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if first is None and b'"collection":"conversations"' in chunk:
                first = time.perf_counter() - t0
    total = time.perf_counter() - t0
    return {"seconds": total, "first_seconds": first or total, "bytes": size}


CLIENTS = {"ours": client_ours, "baseline": client_baseline}


def run_client(kind: str, url: str, token: str, folder: Path, server_pid: int) -> dict:
    _reset_peak(server_pid)
    db = folder / f"{kind}-{time.monotonic_ns()}.sqlite3"
    done = subprocess.run([sys.executable, __file__, "--client", kind, url, token, str(db)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["server_peak_mib"] = _peak_mib(server_pid)
    for leftover in folder.glob(f"{db.name}*"):
        leftover.unlink()
    return result


def _reset_peak(pid: int) -> None:
    with open(f"/proc/{pid}/clear_refs", "w", encoding="ascii") as clear:
        clear.write("5")


def _peak_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# ---- the report ---------------------------------------------------------------------------------
def _range(values: list[float], fmt: str = "{:.2f}") -> str:
    low, high = min(values), max(values)
    return fmt.format(low) if abs(high - low) < 1e-9 else f"{fmt.format(low)}–{fmt.format(high)}"


def report(results: dict[int, dict[str, list[dict]]], runs: int, command: str) -> str:
    lines = ["# Bootstrap benchmark (first sign-in)", "",
             (f"`{command}` — {runs} run(s) per size, alternating which client goes first; "
              f"{os.cpu_count()} cores; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}."), "",
             ("Baseline: the same `/sync/snapshot` read over the same HTTP and thrown away (the wire and "
              "the server: no client can be faster). Ours: the desktop's sync engine on a fresh replica "
              "file, to the end of the snapshot and the catch-up. Ranges over the runs."), "",
             ("| visible messages | ours: inbox shown (s) | ours: complete (s) | baseline: complete (s) | "
              "ratio ours/baseline | client peak RSS (MiB) | server peak RSS ours / baseline (MiB) |"),
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for size, by_kind in sorted(results.items()):
        ours, base = by_kind["ours"], by_kind["baseline"]
        ratios = [o["seconds"] / b["seconds"] for o, b in zip(ours, base)]
        lines.append(
            f"| {size:,} | {_range([o['first_seconds'] for o in ours])} | {_range([o['seconds'] for o in ours])} | "
            f"{_range([b['seconds'] for b in base])} | {_range(ratios)} | "
            f"{_range([o['client_peak_mib'] for o in ours], '{:.0f}')} | "
            f"{_range([o['server_peak_mib'] for o in ours], '{:.0f}')} / "
            f"{_range([b['server_peak_mib'] for b in base], '{:.0f}')} |")
    lines += ["", ("Every run checks that the replica holds every message the server sent "
                   "(the benchmark fails otherwise).")]
    return "\n".join(lines) + "\n"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        kind, url, token, db = sys.argv[2:6]
        _reset_peak(os.getpid())  # a forked child starts with its parent's high-water mark
        result = CLIENTS[kind](url, token, db)
        result["client_peak_mib"] = _peak_mib(os.getpid())
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="50000,200000,2000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "bootstrap.md")
    args = parser.parse_args()
    from tests.support.servers import ServerProcess, login
    results: dict[int, dict[str, list[dict]]] = {}
    with tempfile.TemporaryDirectory(prefix="rvops-bench-bootstrap-") as tmp:
        folder = Path(tmp)
        for size in (int(s) for s in args.sizes.split(",")):
            t0 = time.perf_counter()
            url = build_database(folder / f"server-{size}.sqlite3", size)
            print(f"{size:,} messages: database built in {time.perf_counter() - t0:.0f} s", flush=True)
            server = ServerProcess(url, env=SERVER_ENV, demo=False)
            try:
                token = login(server.url, EMAIL)
                by_kind: dict[str, list[dict]] = {"ours": [], "baseline": []}
                for run in range(args.runs):
                    for kind in (("ours", "baseline") if run % 2 == 0 else ("baseline", "ours")):
                        result = run_client(kind, server.url, token, folder, server.process.pid)
                        if kind == "ours" and result["messages"] < size:
                            raise SystemExit(f"only {result['messages']} of {size} messages arrived")
                        by_kind[kind].append(result)
                        print(f"  {kind}: {result}", flush=True)
                results[size] = by_kind
            finally:
                server.stop()
    text = report(results, args.runs, "benchmarks/bench_bootstrap.py " + " ".join(sys.argv[1:]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
