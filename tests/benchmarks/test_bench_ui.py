"""The UI benchmark runs from the README's command (a small replica, one repetition): every figure
is paired with the bare-Qt baseline measured in its own process, with a ratio and a verdict."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


def test_a_short_run_measures_every_figure_against_bare_qt(tmp_path):
    out = tmp_path / "ui.md"
    run = subprocess.run([sys.executable, "benchmarks/bench_ui.py", "--scale", "0.001", "--reps", "1",
                          "--cold-reps", "1", "--folder", str(tmp_path / "replicas"), "--out", str(out)],
                         check=False, cwd=ROOT, capture_output=True, text=True, timeout=600,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-3000:]
    report = out.read_text()
    assert "replica of 101 conversations and 2,000 messages (91 in the agent's Mine view); offscreen" in report
    assert "each side byte-compiled first, as an installed wheel is" in report
    rows = {m[0]: m[1:] for m in re.findall(
        r"^\| ([^|]+) \| ([\d.,]+) \([\d.,–]+\) \| ([\d.,]+) \([\d.,–]+\) \| ([\d.,]*)[^|]* \| ([^|]*) \| ([^|]*) \|$",
        report, re.MULTILINE)}
    lines = {name: verdict for name, (_ours, _bare, _ratio, line, verdict) in rows.items() if line}
    assert lines.keys() == {"cold start → first painted inbox (s)", "resident memory 2 s after first paint (MiB)",
                            "switch to an unread 20–500-message conversation, settled, p99 (ms)",
                            "scroll the whole conversation list, frame, p99 (ms)",
                            "scroll the long thread to its top, frame, p99 (ms)"}
    assert set(lines.values()) <= {"met", "**missed**"}
    assert all(float(ours.replace(",", "")) > 0 and float(bare.replace(",", "")) > 0
               for ours, bare, *_ in rows.values())
    switched = re.search(r"Switches: (\d+) unread conversations of (\d+)–(\d+) messages", report)
    assert switched and int(switched[1]) > 0 and 20 <= int(switched[2]) <= int(switched[3]) <= 500


def test_each_measured_checkout_is_byte_compiled_first_as_an_installed_wheel_is(tmp_path):
    """Else a checkout run with PYTHONDONTWRITEBYTECODE compiles its modules at every cold start."""
    import importlib.util
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_ui import as_installed
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    sources = [tmp_path / "rvops_contract" / "wire.py", tmp_path / "rvops_desktop" / "ui" / "factory.py"]
    for source in sources:
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text("ANSWER = 42\n")
    as_installed(tmp_path)
    assert all(Path(importlib.util.cache_from_source(str(source))).is_file() for source in sources)
    (tmp_path / "rvops_desktop" / "broken.py").write_text("def (:\n")
    with pytest.raises(SystemExit, match="does not compile"):
        as_installed(tmp_path)


def test_each_side_opens_the_cached_replica_at_its_own_schema_never_migrating_in_a_run(tmp_path):
    """A cached replica older than the measured checkout: a copy brought forward once (the runs then
    time no migration); one newer than the checkout: a clear refusal, not a crash mid-run."""
    import sqlite3

    from rvops_desktop.models import SCHEMA_VERSION, Replica
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from ui_replica import at_schema
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    cached = tmp_path / "replica.sqlite3"
    Replica.open(cached).close()
    assert at_schema(cached, ROOT) == cached  # already at this checkout's schema
    db = sqlite3.connect(cached)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    db.commit()
    db.close()
    copy = at_schema(cached, ROOT)
    assert copy != cached and at_schema(cached, ROOT) == copy  # made once, then reused
    for path, version in ((cached, SCHEMA_VERSION - 1), (copy, SCHEMA_VERSION)):
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
        db.close()
    db = sqlite3.connect(cached)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(SystemExit, match="older than the cached"):
        at_schema(cached, ROOT)
