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
                          "--seconds", "1", "--agents", "3", "--out", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    report = out.read_text()
    assert report.startswith("# Notes kept") and report.rstrip().endswith("More notes.") and "\nold\n" not in report
    rows = {m.group(1): m.group(2).split(" | ") for m in re.finditer(r"^\| (bare uvicorn \(floor\)|1 instance) \| (.*) \|$",
                                                                     report, re.M)}
    assert set(rows) == {"bare uvicorn (floor)", "1 instance"}
    offered, accepted, refused, p50, p99, _, _, lost, duplicated = rows["1 instance"]
    assert (int(refused), int(lost), int(duplicated)) == (0, 0, 0), (  # which one, when it fails
        f"refused {refused}, lost {lost}, duplicated {duplicated}; report:\n{report}")
    assert 0 < float(p50) <= float(p99)
