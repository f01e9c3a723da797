"""The bootstrap benchmark runs from the README's command (a short run): both clients sign in
against the real server process, and the report has its row with the figures it measured."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_short_bootstrap_run_reports_both_clients(tmp_path):
    out = tmp_path / "bootstrap.md"
    run = subprocess.run([sys.executable, "benchmarks/bench_bootstrap.py", "--sizes", "1500", "--runs", "1",
                          "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    row = re.search(r"^\| 1,500 \| (.*) \|$", out.read_text(), re.M)
    assert row, out.read_text()
    shown, complete, baseline, ratio, client_mib, server_mib = row.group(1).split(" | ")
    assert 0 < float(shown) <= float(complete) and float(baseline) > 0 and float(ratio) > 0
    assert float(client_mib) > 0 and "/" in server_mib
