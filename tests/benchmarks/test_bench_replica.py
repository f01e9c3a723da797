"""The replica benchmark runs from the README's command (a tiny run, two runs): each run's ratios,
alternating which side bootstraps first, with the owner's 0.70-of-raw line and verdicts on the medians."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_tiny_run_reports_every_run_with_the_bootstrap_order_alternated(tmp_path):
    out = tmp_path / "replica.md"
    run = subprocess.run([sys.executable, "benchmarks/bench_replica.py", "--scale", "0.005", "--runs", "2",
                          "--queries", "30", "--threads", "20", "--changes", "200", "--out", str(out)],
                         check=False, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    report = out.read_text()
    assert "| measure | run 1 (raw first) | run 2 (ours first) | median (min–max) | target | |" in report
    rows = dict(re.findall(r"^\| (bootstrap apply, ours/raw rows/s|delta apply, ours/raw changes/s) \|"
                           r" [\d.]+ \| [\d.]+ \| [\d.]+ \([\d.]+–[\d.]+\) \| (≥ 0\.70) \| (?:met|\*\*missed\*\*) \|$",
                           report, re.MULTILINE))
    assert set(rows) == {"bootstrap apply, ours/raw rows/s", "delta apply, ours/raw changes/s"}
    assert "≥ 0.70 of raw" in report  # the detailed table's line is the owner's too
