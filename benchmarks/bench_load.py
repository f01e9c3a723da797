"""Load benchmark: signed WhatsApp webhooks at a fixed rate into 1, 2 and 3 server instances on one
PostgreSQL while 50 agents hold live streams; beside each, a bare uvicorn endpoint as the floor.

    .venv/bin/python benchmarks/bench_load.py                      # 1,2,3 instances × 25,50,200,400/s
    .venv/bin/python benchmarks/bench_load.py --instances 1 --rates 200 --seconds 5   # a quick run

For every (target, rate) phase: webhooks are sent open-loop on a fixed schedule, round-robin over
the instances (as a load balancer would), each a new customer message (500 customers by default, so 500 queued
conversations, which the manual distribution method offers to every agent: each of the 50 streams
receives every message). Every point runs 3 times (--runs); the targets' order is reversed every
other run, and the tables show ranges (min–max) over the runs, ratios to the same run's floor. Measured: webhooks/s accepted (HTTP 200), and the latency from the moment
a webhook is sent to the moment its message arrives on each agent's stream (p50/p99 over all
webhook × stream pairs), messages lost (never arrived on a stream within the drain time) and
duplicated (a message record arriving twice on one stream).

The floor (benchmarks/load_floor.py) is a bare uvicorn ASGI app (no framework, no database) in its own process that checks the
signature, parses the JSON and pushes each message to the 50 WebSocket streams: the cost of
uvicorn + HTTP + WebSocket + this load generator on this machine, measured in the same run.
The server's instances, PostgreSQL, the floor and the load generator share the machine's 2 cores.
Results go to benchmarks/results/load.md.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import os
import platform
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


from benchmarks.load_floor import Floor
from tests.server.scale.rig import WHATSAPP_PATH, Cluster, Stream, inbound_text, make_agents, signed
from tests.support.postgres import PostgresCluster

AGENTS = 50
CUSTOMERS = 500
DRAIN_SECONDS = 15.0
TARGET_P99_MS, TARGET_RATE = 50.0, 200


# ---- one phase: a fixed rate for a fixed time ---------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# ---- the sender: lean HTTP/1.1 over keep-alive connections ------------------------------------
class Poster:
    """POSTs pre-built requests over a pool of keep-alive connections to one server, the lightest way
    asyncio can: the load generator shares the 2 cores with what it measures, and a general-purpose
    client (httpx) burned most of a core at 200/s once answers lagged, starving the server."""

    def __init__(self, url: str, max_connections: int = 200) -> None:
        host, port = url.split("://", 1)[1].rsplit(":", 1)
        self.host, self.port, self.max = host, int(port), max_connections
        self._idle: asyncio.Queue = asyncio.Queue()
        self._open = 0
        self._all: list = []

    def request(self, path: str, body: bytes, headers: dict[str, str]) -> bytes:
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        return (f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Length: {len(body)}\r\n"
                f"{head}\r\n").encode() + body

    async def _connection(self, reuse: bool = True):
        if reuse:
            with contextlib.suppress(asyncio.QueueEmpty):
                return self._idle.get_nowait()
        if self._open < self.max or not reuse:
            self._open += 1
            try:
                connection = await asyncio.open_connection(self.host, self.port)
            except OSError:
                self._open -= 1
                raise
            self._all.append(connection[1])
            return connection
        return await self._idle.get()

    async def post(self, raw: bytes, reuse: bool = True) -> int:
        """The answer's status code (0: the connection failed; it is dropped). A kept-alive connection
        the server closed while it sat idle (uvicorn's keep-alive timeout: a slow warm-up under load)
        answers nothing; like any HTTP client, the request then goes again on a new connection."""
        reader, writer = connection = await self._connection(reuse)
        try:
            writer.write(raw)
            try:
                first = await reader.readline()
            except OSError:   # reset: the same stale connection
                first = b""
            if not first and reuse:
                writer.close()
                self._open -= 1
                return await self.post(raw, reuse=False)
            status = int(first.split()[1])
            length, chunked = 0, False
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
                elif name.lower() == "transfer-encoding" and "chunked" in value.lower():
                    chunked = True
            if chunked:
                while (size := int((await reader.readline()).strip() or b"0", 16)) > 0:
                    await reader.readexactly(size + 2)
                await reader.readline()
            else:
                await reader.readexactly(length)
        except (OSError, ValueError, IndexError, asyncio.IncompleteReadError):
            writer.close()
            self._open -= 1
            return 0
        self._idle.put_nowait(connection)
        return status

    async def aclose(self) -> None:
        for writer in self._all:
            writer.close()


# The 50 streams run in a process of their own (RECEIVERS), so parsing their frames does not
# delay the sender's schedule; both read CLOCK_MONOTONIC, which is one clock for the whole machine.
def _receiver_main(urls: list[str], tokens: list[str], pipe) -> None:
    with contextlib.suppress(ImportError):
        import uvloop
        uvloop.install()
    asyncio.run(_receive(urls, tokens, pipe))


async def _receive(urls: list[str], tokens: list[str], pipe) -> None:
    streams = [Stream(urls[i % len(urls)], token, keep_frames=False) for i, token in enumerate(tokens)]
    await asyncio.gather(*(s.open() for s in streams))
    pipe.send("open")
    warmup = await asyncio.to_thread(pipe.recv)
    await _until(lambda: all(warmup in s.arrivals for s in streams), 60)
    pipe.send("live")
    texts = await asyncio.to_thread(pipe.recv)  # once everything is sent
    await _until(lambda: all(all(t in s.arrivals for t in texts) for s in streams), DRAIN_SECONDS)
    pipe.send([{t: (s.arrivals.get(t), s.deliveries[t]) for t in texts} for s in streams])
    await asyncio.gather(*(s.close() for s in streams))


async def _until(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


async def run_phase(urls: list[str], tokens: list[str], rate: int, seconds: float, tag: str) -> dict:
    ours, theirs = multiprocessing.get_context("spawn").Pipe()
    receiver = multiprocessing.get_context("spawn").Process(target=_receiver_main, args=(urls, tokens, theirs))
    receiver.start()
    total = int(rate * seconds)
    texts = [f"{tag} {i:06d}" for i in range(total)]
    sent: dict[str, float] = {}
    answered: list[float] = []
    statuses: dict[str, int] = {}
    clients = [Poster(u) for u in urls]
    try:
        assert await asyncio.to_thread(ours.recv) == "open"
        warmup = f"{tag} aquecimento"  # one message through every stream: all live, past the seed
        body, headers = signed(inbound_text("5511999990000", warmup))
        assert await clients[0].post(clients[0].request(WHATSAPP_PATH, body, headers)) == 200
        ours.send(warmup)
        assert await asyncio.to_thread(ours.recv) == "live"
        requests = [clients[i % len(clients)].request(WHATSAPP_PATH, *signed(
            inbound_text(f"55119{i % CUSTOMERS:08d}", text))) for i, text in enumerate(texts)]

        async def send(i: int) -> None:
            sent[texts[i]] = time.monotonic()
            statuses[texts[i]] = await clients[i % len(clients)].post(requests[i])
            answered.append(time.monotonic())

        loop = asyncio.get_running_loop()
        start = loop.time() + 0.05
        tasks = []
        for i in range(total):
            delay = start + i / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(send(i)))
        send_span = loop.time() - start
        await asyncio.gather(*tasks)
        ours.send(texts)
        seen = await asyncio.to_thread(ours.recv)
    finally:
        for client in clients:
            await client.aclose()
        receiver.join(30)

    first = min(sent.values())
    latencies, lost, duplicated = [], 0, 0
    for stream in seen:
        for text in texts:
            arrived, count = stream[text]
            if arrived is None:
                lost += statuses[text] == 200  # accepted, yet never seen; a refused one Meta would retry
                continue
            latencies.append((arrived - sent[text]) * 1000)
            duplicated += max(0, count - 1)
    accepted = sum(1 for code in statuses.values() if code == 200)
    if accepted < total:
        print(f"  {tag}: answers other than 200: {Counter(c for c in statuses.values() if c != 200)}", flush=True)
    return {"rate": rate, "sent": total, "accepted": accepted, "refused": total - accepted,
            "offered_per_s": total / max(send_span, 1e-9),
            "accepted_per_s": accepted / max(max(answered) - first, 1e-9), "p50": percentile(latencies, 0.50),
            "p99": percentile(latencies, 0.99), "lost": lost, "duplicated": duplicated}


# ---- the run: every target started once, phases alternated over repetitions ------------------
async def start_targets(pg: PostgresCluster, instances: list[int], logs: Path, stack: contextlib.ExitStack) -> dict:
    """name → (urls, tokens): the floor, then one cluster of n instances on its own database per n."""
    floor = Floor()
    stack.callback(floor.stop)
    targets = {FLOOR: ([floor.url], ["-"] * AGENTS)}
    for n in instances:
        url = pg.new_database()
        cluster = Cluster(url, logs / f"{n}")
        stack.callback(cluster.stop)
        (logs / f"{n}").mkdir(parents=True, exist_ok=True)
        cluster.start(n)
        targets[f"{n} instance{'s' if n > 1 else ''}"] = (cluster.urls, [t for _, t in make_agents(url, AGENTS, prefix=f"bench{n}")])
    return targets


async def bench(targets: dict, rates: list[int], seconds: float, runs: int) -> list[dict]:
    """Each rate, `runs` repetitions; the targets' order is reversed every other repetition, so none
    always runs first (a warmer cache) or last (a fuller database)."""
    out = []
    for rate in rates:
        for rep in range(runs):
            for name in (list(targets) if rep % 2 == 0 else list(reversed(targets))):
                urls, tokens = targets[name]
                result = await run_phase(urls, tokens, rate, seconds, f"{name.split()[0]}r{rate}x{rep}")
                out.append({"target": name, "rep": rep, **result})
                print(f"  run {rep + 1}: {name}, {rate}/s: p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms, "
                      f"lost {result['lost']}", flush=True)
    return out


FLOOR = "bare uvicorn (floor)"
HEADER = ("| target | offered /s | accepted /s | not 200 | p50 ms | p99 ms | p50 × floor | p99 × floor | lost | duplicated |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")


def _span(values: list[float], digits: int = 1) -> str:
    low, high = min(values), max(values)
    return f"{low:.{digits}f}" if f"{low:.{digits}f}" == f"{high:.{digits}f}" else f"{low:.{digits}f}–{high:.{digits}f}"


def _row(runs: list[dict], floors: list[dict]) -> str:
    """One target at one rate over its repetitions: ranges (min–max); ratios to the same repetition's floor."""
    floor = {f["rep"]: f for f in floors}
    ratio = {q: [r[q] / floor[r["rep"]][q] if floor[r["rep"]][q] > 0 else float("nan") for r in runs] for q in ("p50", "p99")}
    return (f"| {runs[0]['target']} | {_span([r['offered_per_s'] for r in runs], 0)} | "
            f"{_span([r['accepted_per_s'] for r in runs], 0)} | {sum(r['refused'] for r in runs)} | "
            f"{_span([r['p50'] for r in runs])} | {_span([r['p99'] for r in runs])} | {_span(ratio['p50'])} | "
            f"{_span(ratio['p99'])} | {sum(r['lost'] for r in runs)} | {sum(r['duplicated'] for r in runs)} |")


def report(results: list[dict], args) -> str:
    lines = [(f"# Load benchmark: webhooks → agent streams ({AGENTS} agents, {CUSTOMERS} customers, "
              f"{args.seconds:g} s per phase, {args.runs} runs per point, order alternated)"), "",
             (f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"{time.strftime('%Y-%m-%d %H:%M')}, load average at the start {args.load}. Command: "
              f"`.venv/bin/python benchmarks/bench_load.py --instances {','.join(map(str, args.instances))} "
              f"--rates {','.join(map(str, args.rates))} --seconds {args.seconds:g} --runs {args.runs} "
              f"--customers {CUSTOMERS}`. Figures are ranges (min–max) over the runs; not 200, lost and "
              "duplicated are totals."), ""]
    for rate in args.rates:
        at = [r for r in results if r["rate"] == rate]
        floors = [r for r in at if r["target"] == FLOOR]
        lines += [f"## {rate} webhooks/s offered", "", HEADER]
        lines += [_row([r for r in at if r["target"] == name], floors) for name in dict.fromkeys(r["target"] for r in at)]
        lines.append("")
    target = [r for r in results if r["rate"] == TARGET_RATE and r["target"] == "1 instance"]
    if target:
        worst = max(r["p99"] for r in target)
        clean = not any(r["lost"] or r["duplicated"] for r in target)
        lines += [(f"Target (1 instance, {TARGET_RATE}/s: p99 ≤ {TARGET_P99_MS:g} ms in every run, nothing lost or "
                   f"duplicated): **{'met' if worst <= TARGET_P99_MS and clean else 'NOT met'}** (worst p99 {worst:.1f} ms)."), ""]
    return "\n".join(lines)


async def main_async(args) -> None:
    args.load = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    pg = PostgresCluster()
    logs = Path(tempfile.mkdtemp(prefix="rvops-bench-load-"))
    try:
        with contextlib.ExitStack() as stack:
            results = await bench(await start_targets(pg, args.instances, logs, stack), args.rates, args.seconds, args.runs)
    finally:
        pg.stop()
    text = report(results, args)
    print(text)
    if args.out:
        write_tables(Path(args.out), text)
        print(f"written to {args.out}; server logs in {logs}")


async def on_each_database(args, bench_database, report, prefix: str) -> None:
    """`bench_database(kind, url, args, logs)` on a SQLite file and/or a throwaway PostgreSQL
    (`args.databases`), in that order; `report(rows, args)` of all their rows printed and written
    into `args.out`'s tables."""
    logs = Path(tempfile.mkdtemp(prefix=prefix))
    rows: list[dict] = []
    for kind in args.databases:
        if kind == "sqlite":
            rows += await bench_database(kind, f"sqlite:///{logs / 'bench.sqlite3'}", args, logs)
        else:
            from tests.support.postgres import PostgresCluster
            pg = PostgresCluster()
            try:
                rows += await bench_database(kind, pg.new_database(), args, logs)
            finally:
                pg.stop()
    text = report(rows, args)
    print(text)
    if args.out:
        write_tables(Path(args.out), text)
        print(f"written to {args.out}; server logs in {logs}")


def write_tables(path: Path, text: str, writer: str = "bench_load.py") -> None:
    """Replace the measured tables between the markers, keeping the commentary around them."""
    begin, end = f"<!-- tables: written by {writer} -->", "<!-- /tables -->"
    old = path.read_text() if path.exists() else ""
    if begin in old and end in old:
        head, rest = old.split(begin, 1)
        text = head + begin + "\n" + text + "\n" + end + rest.split(end, 1)[1]
    else:
        text = begin + "\n" + text + "\n" + end + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def main() -> None:
    global AGENTS, CUSTOMERS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", default="1,2,3", type=lambda s: [int(x) for x in s.split(",")])
    parser.add_argument("--rates", default="25,50,200,400", type=lambda s: [int(x) for x in s.split(",")])
    parser.add_argument("--agents", default=50, type=int, help="agents holding streams")
    parser.add_argument("--runs", default=3, type=int, help="repetitions of every point (order alternated)")
    parser.add_argument("--customers", default=500, type=int, help="distinct customers sending")
    parser.add_argument("--seconds", default=10.0, type=float, help="length of each phase")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "load.md"),
                        help="the results file; only its tables are rewritten ('' to skip)")
    args = parser.parse_args()
    AGENTS, CUSTOMERS = args.agents, args.customers
    with contextlib.suppress(ImportError):
        import uvloop
        uvloop.install()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the clean-up: servers, PostgreSQL
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
