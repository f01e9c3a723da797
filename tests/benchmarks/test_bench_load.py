"""The load benchmark runs from the README's command (a short run), and its report says what it saw."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.postgres
def test_a_short_load_run_reports_every_target_with_nothing_lost(tmp_path):
    from tests.support.postgres import pg_bin
    if pg_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is required in CI (scripts/setup installs it)")
        pytest.skip("PostgreSQL is not installed: run scripts/setup")
    out = tmp_path / "load.md"
    out.write_text("# Notes kept\n\n<!-- tables: written by bench_load.py -->\nold\n<!-- /tables -->\n\nMore notes.\n")
    run = subprocess.run([sys.executable, "benchmarks/bench_load.py", "--instances", "1", "--rates", "20",
                          "--seconds", "1", "--agents", "3", "--runs", "2", "--customers", "5",
                          "--out", str(out)],
                         check=False, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    report = out.read_text()
    assert report.startswith("# Notes kept") and report.rstrip().endswith("More notes.") and "\nold\n" not in report
    rows = {m.group(1): m.group(2).split(" | ") for m in re.finditer(r"^\| (bare uvicorn \(floor\)|1 instance) \| (.*) \|$",
                                                                     report, re.MULTILINE)}
    assert set(rows) == {"bare uvicorn (floor)", "1 instance"}
    _, _, refused, p50, p99, _, _, lost, duplicated = rows["1 instance"]
    assert (int(refused), int(lost), int(duplicated)) == (0, 0, 0), (  # which one, when it fails
        f"refused {refused}, lost {lost}, duplicated {duplicated}; report:\n{report}")
    assert 0 < float(p50.split("–")[0]) <= float(p99.split("–")[-1])
    assert "2 runs per point, order alternated" in report


def _bench_load():
    import importlib.util
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "benchmarks" / "bench_load.py")
    bench_load = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_load)
    return bench_load


async def test_every_point_runs_n_times_with_the_order_of_targets_reversed_every_other_run(monkeypatch):
    bench_load = _bench_load()
    order = []

    async def phase(urls, tokens, rate, seconds, tag):
        order.append((urls[0], rate))
        return {"rate": rate, "p50": 1.0, "p99": 2.0, "lost": 0}

    monkeypatch.setattr(bench_load, "run_phase", phase)
    targets = {"floor": (["f"], []), "1 instance": (["a"], []), "2 instances": (["b"], [])}
    results = await bench_load.bench(targets, [25, 200], 1.0, 3)
    assert order == [(u, r) for r in (25, 200) for u in ("f", "a", "b", "b", "a", "f", "f", "a", "b")]
    assert [r["rep"] for r in results[:9]] == [0, 0, 0, 1, 1, 1, 2, 2, 2]


def test_the_tables_show_ranges_over_the_runs_and_ratios_to_the_same_runs_floor():
    bench_load = _bench_load()
    base = {"offered_per_s": 200.0, "accepted_per_s": 199.0, "refused": 0, "lost": 0, "duplicated": 0}
    floors = [{**base, "target": bench_load.FLOOR, "rep": i, "p50": p, "p99": 2 * p} for i, p in enumerate((1.0, 2.0, 4.0))]
    runs = [{**base, "target": "1 instance", "rep": i, "p50": 4.0, "p99": 8.0, "duplicated": i} for i in range(3)]
    cells = bench_load._row(runs, floors).strip("| ").split(" | ")
    assert cells == ["1 instance", "200", "199", "0", "4.0", "8.0", "1.0–4.0", "1.0–4.0", "0", "3"]


async def test_the_load_generator_sends_again_when_the_server_closed_an_idle_kept_alive_connection():
    """uvicorn closes a keep-alive connection idle for 5 s; under CI load the warm-up can take that
    long, and the next webhook on that connection used to be counted as refused (status 0)."""
    import asyncio
    bench_load = _bench_load()
    requests = 0

    async def one_answer_then_close(reader, writer):   # as after a keep-alive timeout
        nonlocal requests
        while (await reader.readline()) not in (b"\r\n", b""):
            pass
        await reader.readexactly(2)
        requests += 1
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(one_answer_then_close, "127.0.0.1", 0)
    poster = bench_load.Poster(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}")
    raw = poster.request("/hook", b"{}", {})
    try:
        assert [await poster.post(raw), await poster.post(raw)] == [200, 200]
        assert requests == 2
    finally:
        await poster.aclose()
        server.close()
