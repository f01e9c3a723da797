"""The soak benchmark runs from the README's command (a tiny run), and its report says what it saw."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.postgres
def test_a_tiny_soak_reports_rss_and_latency_per_minute_with_nothing_lost(tmp_path):
    from tests.support.postgres import pg_bin
    if pg_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is required in CI (scripts/setup installs it)")
        pytest.skip("PostgreSQL is not installed: run scripts/setup")
    out = tmp_path / "soak.md"
    run = subprocess.run([sys.executable, "benchmarks/bench_soak.py", "--minutes", "2", "--bucket", "1",
                          "--rate", "20", "--agents", "3", "--customers", "5", "--new-every", "4",
                          "--baseline-minute", "1", "--sample", "0.2", "--out", str(out)],
                         check=False, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    report = out.read_text()
    rows = re.findall(r"^\| (\d+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| (\d+) \|$", report, re.MULTILINE)
    assert [int(r[0]) for r in rows] == [1, 2], report
    for _, rss, _, p50, p99, accepted in rows:
        assert float(rss) > 10 and 0 < float(p50) <= float(p99) and int(accepted) > 0, report
    assert "Sent 40, accepted 40, lost 0, duplicated 0." in report, report
    assert re.search(r"Pass line: RSS at the end within ±10% of the warm-up baseline.*\*\*(met|NOT met)\*\*", report)


def test_customers_are_returning_ones_with_a_new_one_every_n_th_message():
    import importlib.util
    spec = importlib.util.spec_from_file_location("bench_soak", ROOT / "benchmarks" / "bench_soak.py")
    bench_soak = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_soak)
    senders = [bench_soak.customer(i, pool=10, new_every=5) for i in range(100)]
    assert len({s for i, s in enumerate(senders) if i % 5 == 0}) == 20           # each one new
    assert len({s for i, s in enumerate(senders) if i % 5}) == 8   # from the pool of 10 (i % 10 never 0 or 5 here)
    assert bench_soak.rss_mib(os.getpid()) > 10
