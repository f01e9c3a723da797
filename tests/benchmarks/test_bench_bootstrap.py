"""The bootstrap benchmark runs from the README's command (a short run): both clients sign in
against the real server process, and the report has its row with the figures it measured."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Before the snapshot was paged a 200k bootstrap cost the server 773 MiB and the client +420 MiB
# (issue 14); paged, both stay near their resting size. The bounds leave room for SQLite's page
# cache on the client and are far below what one whole-workspace body would need.
SERVER_PEAK_MIB = 200
CLIENT_PEAK_MIB = 300


def _bench_row(tmp_path: Path, size: int) -> tuple[list[str], str]:
    """Run the benchmark at one size; its row's cells and the whole report."""
    out = tmp_path / "bootstrap.md"
    run = subprocess.run([sys.executable, "benchmarks/bench_bootstrap.py", "--sizes", str(size), "--runs", "1",
                          "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    report = out.read_text()
    row = re.search(rf"^\| {size:,} \| (.*) \|$", report, re.MULTILINE)
    assert row, report
    return row.group(1).split(" | "), report


def test_a_short_bootstrap_run_reports_both_clients(tmp_path):
    (shown, complete, baseline, ratio, client_mib, server_mib), _ = _bench_row(tmp_path, 1500)
    assert 0 < float(shown) <= float(complete) and float(baseline) > 0 and float(ratio) > 0
    assert float(client_mib) > 0 and "/" in server_mib


def test_a_200k_message_bootstrap_stays_within_memory_bounds_on_both_sides(tmp_path):
    (*_, client_mib, server_mib), report = _bench_row(tmp_path, 200_000)
    ours, bare_wire = (float(x) for x in server_mib.split(" / "))
    assert float(client_mib) <= CLIENT_PEAK_MIB, report
    assert max(ours, bare_wire) <= SERVER_PEAK_MIB, report
