"""Soak benchmark: signed WhatsApp webhooks at 200/s into one server instance on PostgreSQL for
30 minutes while 50 agents hold live streams; the server's RSS and the webhook → stream latency
are reported minute by minute.

    .venv/bin/python benchmarks/bench_soak.py                      # 30 minutes at 200/s
    .venv/bin/python benchmarks/bench_soak.py --minutes 3          # a quick run

The server, PostgreSQL, the sender and the streams' process are started the way bench_load.py does
(its helpers are reused). Customers are as in life: most messages come from a pool of returning
customers (--customers), and every --new-every-th message from a customer never seen before, so
conversations keep being created. Each message's text carries its index and the monotonic time it
was sent; the streams' process (CLOCK_MONOTONIC is one clock for the machine) turns every
(webhook, stream) arrival into a latency, bucketed by the minute the webhook was sent.

RSS is read from /proc every few seconds (the server process and its children, if any). The
baseline is the mean RSS of the warm-up minute (--baseline-minute, the 3rd by default: PostgreSQL
connections, caches and the allocator have reached their working size); the pass line is the mean
RSS of the last minute within ±10 % of it, with nothing lost or duplicated.
Results go to benchmarks/results/soak.md.
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
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_load import DRAIN_SECONDS, Poster, _until, percentile, write_tables
from tests.server.scale.rig import WHATSAPP_PATH, Cluster, Stream, inbound_text, make_agents, signed
from tests.support.postgres import PostgresCluster

TOLERANCE = 0.10
SAMPLE_SECONDS = 5.0


# ---- memory of a process tree, from /proc -------------------------------------------------------
def _children(pid: int) -> list[int]:
    out: list[int] = []
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(c) for c in f.read().split()]
    return out


def rss_mib(pid: int) -> float:
    """Resident memory of `pid` and all its descendants, in MiB (0 if it is gone)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        with contextlib.suppress(OSError), open(f"/proc/{current}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        todo += _children(current)
    return total / 1024


# ---- the streams' process ----------------------------------------------------------------------
class SoakStream(Stream):
    """A stream that keeps no per-message maps: a delivery count per message index (bytes) and
    the latencies of the current minutes (the soak sends hundreds of thousands of messages)."""

    def setup(self, total: int, start: float, bucket: float, latencies: dict[int, array]) -> None:
        self.counts = bytearray(total)
        self.unique = 0
        self.start, self.bucket, self.latencies = start, bucket, latencies

    def _take(self, frame: dict, received: float) -> None:
        for change in frame["changes"]:
            text = (change.get("record") or {}).get("text") if change["collection"] == "messages" else None
            if text and text.startswith("soak "):
                _, index, sent = text.split()
                i = int(index)
                if i < len(self.counts):
                    self.counts[i] = min(255, self.counts[i] + 1)
                    if self.counts[i] == 1:
                        self.unique += 1
                        minute = int((float(sent) - self.start) // self.bucket)
                        self.latencies.setdefault(minute, array("d")).append((received - float(sent)) * 1000)
            elif text:
                self.arrivals.setdefault(text, received)
        self.cursor = frame["cursor"]


def _receiver_main(urls: list[str], tokens: list[str], pipe) -> None:
    with contextlib.suppress(ImportError):
        import uvloop
        uvloop.install()
    asyncio.run(_receive(urls, tokens, pipe))


async def _receive(urls: list[str], tokens: list[str], pipe) -> None:
    latencies: dict[int, array] = {}
    streams = [SoakStream(urls[i % len(urls)], token, keep_frames=False) for i, token in enumerate(tokens)]
    await asyncio.gather(*(s.open() for s in streams))
    pipe.send("open")
    warmup, total, bucket = await asyncio.to_thread(pipe.recv)
    await _until(lambda: all(warmup in s.arrivals for s in streams), 60)
    pipe.send("live")
    start = await asyncio.to_thread(pipe.recv)  # the run's clock starts once every stream is live
    for s in streams:
        s.setup(total, start, bucket, latencies)
    summaries: dict[int, tuple[float, float, int]] = {}
    done = asyncio.create_task(asyncio.to_thread(pipe.recv))  # the accepted indices, once all is sent
    while not done.done():  # summarise each minute once its webhooks had time to arrive; drop them
        await asyncio.wait([done], timeout=1.0)
        ripe = time.monotonic() - start - DRAIN_SECONDS
        for minute in [m for m in latencies if (m + 1) * bucket < ripe]:
            summaries[minute] = _summary(latencies.pop(minute))
    accepted: bytes = done.result()
    expected = sum(accepted)
    await _until(lambda: all(s.unique >= expected for s in streams), DRAIN_SECONDS)
    for minute in list(latencies):
        summaries[minute] = _summary(latencies.pop(minute))
    lost = sum(1 for s in streams for i in range(total) if accepted[i] and not s.counts[i])
    duplicated = sum(max(0, c - 1) for s in streams for c in s.counts)
    pipe.send({"minutes": summaries, "lost": lost, "duplicated": duplicated})
    await asyncio.gather(*(s.close() for s in streams))


def _summary(values: array) -> tuple[float, float, int]:
    ordered = sorted(values)
    return percentile(ordered, 0.50), percentile(ordered, 0.99), len(ordered)


# ---- the run -----------------------------------------------------------------------------------
def customer(i: int, pool: int, new_every: int) -> str:
    """The WhatsApp id of message i's sender: a brand-new customer every new_every-th message,
    otherwise one of `pool` returning customers."""
    if new_every and i % new_every == 0:
        return f"5521{i:09d}"
    return f"55119{i % pool:08d}"


async def soak(url: str, pid: int, tokens: list[str], args) -> dict:
    ours, theirs = multiprocessing.get_context("spawn").Pipe()
    receiver = multiprocessing.get_context("spawn").Process(target=_receiver_main, args=([url], tokens, theirs))
    receiver.start()
    bucket, rate = args.bucket, args.rate
    total = int(rate * args.minutes * bucket)
    minutes = max(1, -(-total // int(rate * bucket)))
    accepted = bytearray(total)
    accepted_per_minute = [0] * minutes
    rss: list[tuple[float, float]] = []
    client = Poster(url)
    loop = asyncio.get_running_loop()
    try:
        assert await asyncio.to_thread(ours.recv) == "open"
        warmup = "soak-aquecimento"
        body, headers = signed(inbound_text("5511999990000", warmup))
        assert await client.post(client.request(WHATSAPP_PATH, body, headers)) == 200
        ours.send((warmup, total, bucket))
        assert await asyncio.to_thread(ours.recv) == "live"
        # the clock starts after the warm-up reached every stream (it may take seconds on a busy
        # machine): the buckets, the RSS samples and the latencies all count from here
        start = time.monotonic() + 0.5
        ours.send(start)
        start_loop = loop.time() + max(0.0, start - time.monotonic())

        async def send(i: int) -> None:
            text = f"soak {i:07d} {time.monotonic():.6f}"
            raw = client.request(WHATSAPP_PATH, *signed(inbound_text(customer(i, args.customers, args.new_every), text)))
            if await client.post(raw) == 200:
                accepted[i] = 1
                accepted_per_minute[min(minutes - 1, int(i / rate // bucket))] += 1

        async def sample() -> None:
            while True:
                rss.append((time.monotonic() - start, rss_mib(pid)))
                await asyncio.sleep(args.sample)

        sampler = asyncio.create_task(sample())
        tasks: set[asyncio.Task] = set()
        for i in range(total):
            delay = start_loop + i / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            task = asyncio.create_task(send(i))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            if i and i % int(rate * bucket) == 0:
                m = i // int(rate * bucket)
                print(f"  minute {m}: RSS {rss[-1][1]:.1f} MiB, accepted {accepted_per_minute[m - 1]}", flush=True)
        await asyncio.gather(*tasks)
        rss.append((time.monotonic() - start, rss_mib(pid)))
        sampler.cancel()
        ours.send(bytes(accepted))
        seen = await asyncio.to_thread(ours.recv)
    finally:
        await client.aclose()
        receiver.join(60)
    return {"total": total, "accepted": sum(accepted), "per_minute": accepted_per_minute, "rss": rss,
            "minutes": seen["minutes"], "lost": seen["lost"], "duplicated": seen["duplicated"], "bucket": bucket}


def minute_rss(rss: list[tuple[float, float]], minute: int, bucket: float) -> float:
    inside = [v for t, v in rss if minute * bucket <= t < (minute + 1) * bucket]
    return sum(inside) / len(inside) if inside else float("nan")


def report(r: dict, args, load: str) -> str:
    bucket, n = r["bucket"], len(r["per_minute"])
    unit = "minute" if bucket == 60 else f"{bucket:g} s bucket"
    base_minute = min(args.baseline_minute, n) - 1
    baseline = minute_rss(r["rss"], base_minute, bucket)
    end = minute_rss(r["rss"], n - 1, bucket)
    lines = [f"# Soak: {args.rate} webhooks/s for {args.minutes:g} × {bucket:g} s, {args.agents} agents streaming", "",
             (f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}, "
              f"load average at the start {load}. Command: `.venv/bin/python benchmarks/bench_soak.py --minutes "
              f"{args.minutes:g} --rate {args.rate} --agents {args.agents} --customers {args.customers} "
              f"--new-every {args.new_every}`."), "",
             f"| {unit} | RSS MiB (mean) | RSS × baseline | p50 ms | p99 ms | accepted /s |",
             "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for m in range(n):
        p50, p99, _ = r["minutes"].get(m, (float("nan"),) * 3)
        mean = minute_rss(r["rss"], m, bucket)
        lines.append(f"| {m + 1} | {mean:.1f} | {mean / baseline:.3f} | {p50:.1f} | {p99:.1f} | "
                     f"{r['per_minute'][m] / bucket:.0f} |")
    ok = abs(end / baseline - 1) <= TOLERANCE and not r["lost"] and not r["duplicated"]
    lines += ["", (f"Sent {r['total']}, accepted {r['accepted']}, lost {r['lost']}, duplicated {r['duplicated']}. "
                   f"Baseline (warm-up, {unit} {base_minute + 1}): {baseline:.1f} MiB; end ({unit} {n}): {end:.1f} MiB "
                   f"= {end / baseline:.3f} × baseline; RSS samples every {args.sample:g} s, from "
                   f"{min(v for _, v in r['rss']):.1f} to {max(v for _, v in r['rss']):.1f} MiB."), "",
              (f"Pass line: RSS at the end within ±{TOLERANCE:.0%} of the warm-up baseline, nothing lost or "
               f"duplicated: **{'met' if ok else 'NOT met'}**."), ""]
    return "\n".join(lines)


async def main_async(args) -> None:
    load = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    pg = PostgresCluster()
    logs = Path(tempfile.mkdtemp(prefix="rvops-bench-soak-"))
    try:
        url = pg.new_database()
        cluster = Cluster(url, logs)
        try:
            server = cluster.start(1)[0]
            tokens = [token for _, token in make_agents(url, args.agents, prefix="soak")]
            assert server.process is not None
            result = await soak(server.url, server.process.pid, tokens, args)
        finally:
            cluster.stop()
    finally:
        pg.stop()
    text = report(result, args, load)
    print(text)
    if args.out:  # only the tables between the markers: the commentary around them stays
        write_tables(Path(args.out), text, writer="bench_soak.py")
        print(f"written to {args.out}; server log in {logs}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", default=30.0, type=float, help="length of the soak")
    parser.add_argument("--rate", default=200, type=int, help="webhooks offered per second")
    parser.add_argument("--agents", default=50, type=int, help="agents holding streams")
    parser.add_argument("--customers", default=1000, type=int, help="returning customers")
    parser.add_argument("--new-every", default=20, type=int, help="every N-th message from a new customer (0: never)")
    parser.add_argument("--baseline-minute", default=3, type=int, help="the warm-up minute whose RSS is the baseline")
    parser.add_argument("--bucket", default=60.0, type=float, help=argparse.SUPPRESS)  # a 'minute' (the smoke test)
    parser.add_argument("--sample", default=SAMPLE_SECONDS, type=float, help="seconds between RSS samples")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "soak.md"),
                        help="the results file; only its tables are rewritten ('' to skip)")
    args = parser.parse_args()
    with contextlib.suppress(ImportError):
        import uvloop
        uvloop.install()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the clean-up: server, PostgreSQL
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
