"""Claim burst benchmark: 1000 agents claim one queued conversation at the same instant, against
1000 concurrent `GET /healthz` on the same server in the same run (issue 14, item 4).

    .venv/bin/python benchmarks/bench_claims.py                                  # SQLite and PostgreSQL, 3 runs
    .venv/bin/python benchmarks/bench_claims.py --databases sqlite --runs 1 --claims 50   # a quick run

One `rvops-server serve --demo` process per database (a SQLite file / a throwaway PostgreSQL).
N agents are written into the database with a live session each (as tests/server/scale does:
N argon2 sign-ins would cost minutes of the two cores and test nothing here); every claim is a
real `POST /api/v1/sync/mutations` over real HTTP with the agent's bearer token and a mutation id
of its own. Each connection is opened (and used once) before the start line, then all N requests
are written at once; a request's latency runs from its write to its answer. Each run resets the
demo's queued conversation (cv_lucia) to the queue, then bursts claims and healthz, in alternating
order; it checks exactly one winner and N-1 `conflict` refusals naming the winner. A request whose
kept-alive connection the server closed just then goes again on a new one (counted: "re-sent").
Pass lines: PostgreSQL claims p99 ≤ 100 ms; SQLite claims p99 ≤ 3 × healthz p99 of the same run.
Results go to benchmarks/results/claims.md (only the tables between the markers are rewritten).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_load import Poster, on_each_database, percentile

from rvops_server.store import schema as t
from tests.server.scale.rig import make_agents
from tests.support.servers import ServerProcess

TARGET = "cv_lucia"  # the demo's queued conversation
PG_P99_MS = 100.0
SQLITE_RATIO = 3.0


def _raise_fd_limit(n: int) -> None:
    """Both ends hold n sockets at once; the server process inherits the limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, max(soft, 2 * n + 256))
    resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def _requeue(database_url: str) -> None:
    engine = sa.create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(t.conversations.update().where(t.conversations.c.id == TARGET).values(
            assignee_id=None, status="open", closed_at=None, snoozed_until=None))
    engine.dispose()


async def _ready(poster: Poster, n: int) -> list:
    """n open connections: the pool's, less those the server closed while they sat idle (uvicorn's
    5 s keep-alive: a slow burst leaves the first ones idle that long), topped up with new ones."""
    kept = []
    while not poster._idle.empty():
        reader, writer = poster._idle.get_nowait()
        if reader.at_eof():
            writer.close()
            poster._open -= 1
        else:
            kept.append((reader, writer))
    fresh = await asyncio.gather(*(poster._connection(reuse=False) for _ in range(n - len(kept))))
    if fresh:
        await asyncio.sleep(0.5)  # the server has accepted them all before the start line
    return kept + list(fresh)


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes) -> tuple[int, bytes]:
    """(status, body); status 0 when the server had closed (or reset) the connection."""
    try:
        writer.write(raw)
        status_line = await reader.readline()
    except OSError:
        return 0, b""
    if not status_line:
        return 0, b""
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        if name.lower() == "content-length":
            length = int(value)
    return int(status_line.split()[1]), await reader.readexactly(length)


async def _burst(poster: Poster, requests: list[bytes]) -> tuple[list[float], list[tuple[int, bytes]], int]:
    """Writes every request at once, each on its own already-open connection; (latencies ms,
    answers, how many went again on a new connection because the server had just closed theirs)."""
    connections = await _ready(poster, len(requests))
    latencies = [0.0] * len(requests)
    answers: list[tuple[int, bytes]] = [(0, b"")] * len(requests)
    again = 0

    async def one(i: int) -> None:
        nonlocal again
        sent = time.perf_counter()
        answers[i] = await _exchange(*connections[i], requests[i])
        if answers[i][0] == 0:  # closed under us: like any client, once more on a new connection
            again += 1
            connections[i][1].close()
            connections[i] = await poster._connection(reuse=False)
            answers[i] = await _exchange(*connections[i], requests[i])
        latencies[i] = (time.perf_counter() - sent) * 1000
    await asyncio.gather(*(one(i) for i in range(len(requests))))
    for connection in connections:
        poster._idle.put_nowait(connection)
    return latencies, answers, again


def _claim_requests(poster: Poster, agents: list[tuple[str, str]], run: str) -> list[bytes]:
    out = []
    for user_id, token in agents:
        body = json.dumps({"mutations": [{"mutation_id": f"bench-{run}-{user_id}", "type": "claim",
                                          "args": {"conversation_id": TARGET}}]}).encode()
        out.append(poster.request("/api/v1/sync/mutations", body, {
            "Content-Type": "application/json", "Authorization": f"Bearer {token}"}))
    return out


def _check_claims(answers: list[tuple[int, bytes]], agents: list[tuple[str, str]]) -> dict:
    results = [json.loads(body)["results"][0] if status == 200 else {"status": f"http {status}"}
               for status, body in answers]
    winners = [agents[i][0] for i, r in enumerate(results) if r["status"] == "accepted"]
    refused = [r for r in results if r["status"] == "refused" and r["reason"] == "conflict"
               and len(winners) == 1 and r["data"]["assignee_id"] == winners[0]]
    ok = len(winners) == 1 and len(refused) == len(agents) - 1
    return {"winners": len(winners), "refused": len(refused), "ok": ok}


async def one_run(poster: Poster, agents: list[tuple[str, str]], database_url: str, run: int,
                  claims_first: bool) -> dict:
    _requeue(database_url)
    health = [f"GET /healthz HTTP/1.1\r\nHost: {poster.host}:{poster.port}\r\n\r\n".encode()] * len(agents)
    claims = _claim_requests(poster, agents, f"{run}-{time.time_ns()}")
    out: dict = {"run": run, "order": "claims → healthz" if claims_first else "healthz → claims"}
    for what in (["claims", "healthz"] if claims_first else ["healthz", "claims"]):
        latencies, answers, again = await _burst(poster, claims if what == "claims" else health)
        out["again"] = out.get("again", 0) + again
        out[what] = {"p50": percentile(latencies, 0.5), "p99": percentile(latencies, 0.99), "max": max(latencies)}
        if what == "claims":
            out.update(_check_claims(answers, agents))
        else:
            out["health_not_200"] = sum(1 for status, _ in answers if status != 200)
        await asyncio.sleep(0.5)  # let the server settle between bursts
    out["ratio"] = out["claims"]["p99"] / out["healthz"]["p99"]
    out["load"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return out


async def bench_database(kind: str, url: str, args, logs: Path) -> list[dict]:
    server = ServerProcess(url, demo=True, log_path=logs / f"{kind}.log",
                           env={"RVOPS_GRAPH_API_URL": "http://127.0.0.1:9"})
    poster = Poster(server.url, args.claims)
    rows = []
    try:
        agents = make_agents(url, args.claims, prefix="burst")
        await one_run(poster, agents, url, 0, True)  # warm-up: connections open, caches warm
        for run in range(1, args.runs + 1):
            row = {"database": kind, **await one_run(poster, agents, url, run, claims_first=run % 2 == 1)}
            rows.append(row)
            print(_row(row), flush=True)
            if not row["ok"]:
                raise SystemExit(f"{kind} run {run}: {row['winners']} winners, {row['refused']} conflict refusals")
    finally:
        await poster.aclose()
        server.stop()
    return rows


HEADER = ("| database | run | order | claims p50 ms | **claims p99 ms** | claims max ms | healthz p50 ms | "
          "healthz p99 ms | **p99 claims ÷ healthz** | winners | conflict refusals | re-sent | load avg |\n"
          "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")


def _row(r: dict) -> str:
    c, h = r["claims"], r["healthz"]
    return (f"| {r['database']} | {r['run']} | {r['order']} | {c['p50']:.1f} | **{c['p99']:.1f}** | {c['max']:.1f} | "
            f"{h['p50']:.1f} | {h['p99']:.1f} | **{r['ratio']:.2f}** | {r['winners']} | {r['refused']} | "
            f"{r['again']} | {r['load']} |")


def _verdicts(rows: list[dict], kinds: list[str]) -> list[str]:
    lines = []
    for kind in kinds:
        mine = [r for r in rows if r["database"] == kind]
        if not mine:
            continue
        p99s, ratios = [r["claims"]["p99"] for r in mine], [r["ratio"] for r in mine]
        health = [r["healthz"]["p99"] for r in mine]
        span = (f"{kind}: claims p99 {min(p99s):.1f}–{max(p99s):.1f} ms, healthz p99 {min(health):.1f}–"
                f"{max(health):.1f} ms, ratio {min(ratios):.2f}–{max(ratios):.2f} over {len(mine)} runs; ")
        if kind == "postgres":
            verdict = "met" if max(p99s) <= PG_P99_MS else "NOT met"
            lines.append(span + f"target claims p99 ≤ {PG_P99_MS:g} ms in every run: **{verdict}**.")
        else:
            verdict = "met" if max(ratios) <= SQLITE_RATIO else "NOT met"
            lines.append(span + f"target claims p99 ≤ {SQLITE_RATIO:g} × healthz p99 in every run: **{verdict}**.")
        lines.append("")
    return lines


def report(rows: list[dict], args) -> str:
    lines = [f"## Figures ({args.claims} concurrent claims vs {args.claims} concurrent /healthz)", "",
             (f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}. "
              f"Command: `.venv/bin/python benchmarks/bench_claims.py --databases {','.join(args.databases)} "
              f"--runs {args.runs} --claims {args.claims}`."), "", HEADER]
    lines += [_row(r) for r in rows]
    lines.append("")
    lines += _verdicts(rows, args.databases)
    return "\n".join(lines).rstrip() + "\n"


async def main_async(args) -> None:
    _raise_fd_limit(args.claims)
    await on_each_database(args, bench_database, report, "rvops-bench-claims-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--databases", default="sqlite,postgres", type=lambda s: s.split(","))
    parser.add_argument("--runs", default=3, type=int)
    parser.add_argument("--claims", default=1000, type=int, help="agents claiming at once (and healthz at once)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "claims.md"),
                        help="the results file; only its tables are rewritten ('' to skip)")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
