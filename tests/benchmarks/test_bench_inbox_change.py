"""The one-change benchmark runs from the README's command (a short run) and reports every size,
kind and pass line it measured."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


def test_a_short_run_reports_each_size_against_the_list_without_a_view(tmp_path):
    out = tmp_path / "inbox_change.md"
    run = subprocess.run([sys.executable, "benchmarks/bench_inbox_change.py", "--sizes", "60", "600",
                          "--rounds", "1", "--out", str(out)],
                         check=False, cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    report = out.read_text()
    rows = re.findall(r"^\| (60|600) \| (inbound|read) (p50|p99) \| ([\d.]+) .*\| ([\d.]+) \|$", report, re.MULTILINE)
    assert {(size, step, p) for size, step, p, *_ in rows} == {
        (size, step, p) for size in ("60", "600") for step in ("inbound", "read") for p in ("p50", "p99")}
    assert all(float(no_view) > 0 for *_, no_view, _ in rows)
    verdicts = re.findall(r"^\| (.+) \| ([\d.]+) \| (met|NOT met|) \|$", report, re.MULTILINE)
    assert any("cost independent of size" in name for name, *_ in verdicts)
    assert len([v for v in verdicts if v[2]]) == 6  # 2 sizes × 2 steps frame lines + 2 growth lines
