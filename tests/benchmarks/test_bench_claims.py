"""The claim-burst benchmark runs from its documented command (a short run, SQLite): one winner,
every other claim refused as a conflict, claims and /healthz both timed, the notes kept."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = 30


def test_a_short_claim_burst_reports_one_winner_and_the_healthz_baseline(tmp_path):
    out = tmp_path / "claims.md"
    out.write_text("# Notes kept\n\n<!-- tables: written by bench_load.py -->\nold\n<!-- /tables -->\n\nMore.\n")
    run = subprocess.run([sys.executable, "benchmarks/bench_claims.py", "--databases", "sqlite", "--runs", "2",
                          "--claims", str(CLAIMS), "--out", str(out)],
                         check=False, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    report = out.read_text()
    assert report.startswith("# Notes kept") and report.rstrip().endswith("More.") and "\nold\n" not in report
    rows = re.findall(r"^\| sqlite \| (\d) \| (.*) \|$", report, re.MULTILINE)
    assert [run for run, _ in rows] == ["1", "2"]
    orders = []
    for _, row in rows:
        order, c50, c99, cmax, h50, h99, ratio, winners, refused, again, _load = [c.strip("* ") for c in row.split(" | ")]
        orders.append(order)
        assert (int(winners), int(refused)) == (1, CLAIMS - 1) and int(again) >= 0
        assert 0 < float(c50) <= float(c99) <= float(cmax) and 0 < float(h50) <= float(h99)
        assert abs(float(ratio) - float(c99) / float(h99)) <= 0.05 * float(ratio) + 0.01
    assert orders == ["claims → healthz", "healthz → claims"]
    assert "sqlite: claims p99" in report and "target claims p99 ≤ 3 × healthz p99" in report
