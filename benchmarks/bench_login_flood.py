"""Login flood benchmark: webhook acknowledgement latency while 32 clients sign in non-stop, as a
ratio to the same webhooks without the flood, measured in the same run on the same server.

    .venv/bin/python benchmarks/bench_login_flood.py                       # SQLite and PostgreSQL, 3 runs
    .venv/bin/python benchmarks/bench_login_flood.py --databases sqlite --runs 1 --seconds 3   # a quick run

One `rvops-server serve` process per database (SQLite file / a throwaway PostgreSQL), demo
workspace. Each run has two phases of the same length, back to back: *quiet* (signed WhatsApp
webhooks at a fixed rate, open loop, each a new customer message) and *flood* (the same webhooks
while 32 clients each sign in again and again with the right password — the worst case for the
server: every attempt is a full argon2 verification, none is throttled). Measured: each webhook's
time from sent to its HTTP 200 (p50/p99), `/healthz` polled every 100 ms (p99), sign-ins per second.
The figure that matters is p99(flood) / p99(quiet); the target is ≤ 2. Results go to
benchmarks/results/login_flood.md (only the tables between the markers are rewritten).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_load import Poster, on_each_database, percentile

from tests.server.scale.rig import WHATSAPP_PATH, inbound_text, signed
from tests.support.servers import ServerProcess

FLOOD_CLIENTS = 32
DEMO_LOGINS = ["ana@demo.rvops", "bruno@demo.rvops", "carla@demo.rvops", "admin@demo.rvops"]
TARGET_RATIO = 2.0


async def _webhooks(poster: Poster, rate: int, seconds: float, tag: str) -> tuple[list[float], int]:
    """Open-loop webhooks at `rate`/s; (latencies in ms of those answered 200, how many were not)."""
    total = max(1, int(rate * seconds))
    requests = []
    for i in range(total):
        body, headers = signed(inbound_text(f"55119{i % 50:08d}", f"{tag} {i}"))
        requests.append(poster.request(WHATSAPP_PATH, body, {**headers, "Content-Type": "application/json"}))
    latencies: list[float] = []
    failed = 0

    async def one(raw: bytes) -> None:
        nonlocal failed
        sent = time.perf_counter()
        status = await poster.post(raw)
        if status == 200:
            latencies.append((time.perf_counter() - sent) * 1000)
        else:
            failed += 1
    start = time.perf_counter()
    tasks = []
    for i, raw in enumerate(requests):
        await asyncio.sleep(max(0.0, start + i / rate - time.perf_counter()))
        tasks.append(asyncio.create_task(one(raw)))
    await asyncio.gather(*tasks)
    return latencies, failed


async def _health(poster: Poster, stop: asyncio.Event) -> list[float]:
    raw = f"GET /healthz HTTP/1.1\r\nHost: {poster.host}:{poster.port}\r\n\r\n".encode()
    out = []
    while not stop.is_set():
        sent = time.perf_counter()
        if await poster.post(raw) == 200:
            out.append((time.perf_counter() - sent) * 1000)
        await asyncio.sleep(0.1)
    return out


async def _flood(poster: Poster, stop: asyncio.Event, counts: dict) -> None:
    async def client(n: int) -> None:
        while not stop.is_set():
            email = DEMO_LOGINS[n % len(DEMO_LOGINS)]
            body = json.dumps({"email": email, "password": "demo"}).encode()
            status = await poster.post(poster.request("/api/v1/auth/login", body, {"Content-Type": "application/json"}))
            counts[status] = counts.get(status, 0) + 1
    await asyncio.gather(*(client(n) for n in range(FLOOD_CLIENTS)))


async def phase(url: str, rate: int, seconds: float, flood: bool, tag: str) -> dict:
    hooks, health, logins = Poster(url), Poster(url, 1), Poster(url, FLOOD_CLIENTS)
    stop = asyncio.Event()
    counts: dict[int, int] = {}
    side = [asyncio.create_task(_health(health, stop))]
    if flood:
        side.append(asyncio.create_task(_flood(logins, stop, counts)))
        await asyncio.sleep(1.0)  # the flood is under way before the first webhook
    started = time.perf_counter()
    latencies, failed = await _webhooks(hooks, rate, seconds, tag)
    elapsed = time.perf_counter() - started
    stop.set()
    health_ms = (await asyncio.gather(*side))[0]
    for poster in (hooks, health, logins):
        await poster.aclose()
    return {"p50": percentile(latencies, 0.5), "p99": percentile(latencies, 0.99), "failed": failed,
            "health_p99": percentile(health_ms, 0.99), "logins_per_s": counts.get(200, 0) / elapsed,
            "login_other": sum(v for k, v in counts.items() if k != 200)}


async def bench_database(kind: str, url: str, args, logs: Path) -> list[dict]:
    server = ServerProcess(url, demo=True, log_path=logs / f"{kind}.log",
                           env={"RVOPS_GRAPH_API_URL": "http://127.0.0.1:9"})  # demo credentials, no Meta
    rows = []
    try:
        await phase(server.url, args.rate, 1.0, False, "warm-up")
        for run in range(1, args.runs + 1):
            quiet = await phase(server.url, args.rate, args.seconds, False, f"q{run}")
            flood = await phase(server.url, args.rate, args.seconds, True, f"f{run}")
            rows.append({"database": kind, "run": run, "quiet": quiet, "flood": flood,
                         "ratio": flood["p99"] / quiet["p99"] if quiet["p99"] > 0 else float("nan")})
            print(_row(rows[-1]), flush=True)
    finally:
        server.stop()
    return rows


HEADER = ("| database | run | quiet p50 ms | quiet p99 ms | flood p50 ms | flood p99 ms | **p99 flood ÷ quiet** | "
          "/healthz p99 quiet → flood ms | sign-ins /s | webhooks not 200 |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")


def _row(r: dict) -> str:
    q, f = r["quiet"], r["flood"]
    return (f"| {r['database']} | {r['run']} | {q['p50']:.1f} | {q['p99']:.1f} | {f['p50']:.1f} | {f['p99']:.1f} | "
            f"**{r['ratio']:.2f}** | {q['health_p99']:.1f} → {f['health_p99']:.1f} | {f['logins_per_s']:.1f} | "
            f"{q['failed'] + f['failed']} |")


def report(rows: list[dict], args) -> str:
    lines = [f"# Login flood: webhook ack p99 with {FLOOD_CLIENTS} clients signing in vs. without", "",
             (f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}. "
              f"Command: `.venv/bin/python benchmarks/bench_login_flood.py --databases {','.join(args.databases)} "
              f"--runs {args.runs} --seconds {args.seconds:g} --rate {args.rate}`."), "", HEADER]
    lines += [_row(r) for r in rows]
    lines.append("")
    for kind in args.databases:
        ratios = [r["ratio"] for r in rows if r["database"] == kind]
        if ratios:
            verdict = "met" if max(ratios) <= TARGET_RATIO else "NOT met"
            median = sorted(ratios)[len(ratios) // 2]
            lines.append(f"{kind}: p99 flood ÷ quiet {min(ratios):.2f}–{max(ratios):.2f} over {len(ratios)} runs "
                         f"(median {median:.2f}); target ≤ {TARGET_RATIO:g} in every run: **{verdict}**.")
    return "\n".join(lines) + "\n"


async def main_async(args) -> None:
    await on_each_database(args, bench_database, report, "rvops-bench-login-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--databases", default="sqlite,postgres", type=lambda s: s.split(","))
    parser.add_argument("--runs", default=3, type=int)
    parser.add_argument("--seconds", default=8.0, type=float, help="length of each phase")
    parser.add_argument("--rate", default=50, type=int, help="webhooks per second")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "login_flood.md"),
                        help="the results file; only its tables are rewritten ('' to skip)")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
