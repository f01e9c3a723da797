"""scripts/check_types.py: strict packages allow nothing, the rest only what the baseline records."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("check_types", ROOT / "scripts" / "check_types.py")
assert _spec and _spec.loader
check_types = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_types)


def test_a_finding_in_a_strict_package_fails_whatever_the_baseline_says() -> None:
    path = f"{check_types.STRICT[0]}/anything.py"
    failures, _ = check_types.judge({"mypy": Counter({path: 1})}, {"mypy": {path: 5}})
    assert failures == [f"mypy: {path} has 1 finding(s); {check_types.STRICT[0]} must have none"]


def test_elsewhere_the_baseline_is_a_ceiling_and_a_new_file_starts_at_zero() -> None:
    baseline = {"ruff": {"rvops_server/cli.py": 2}}
    assert check_types.judge({"ruff": Counter({"rvops_server/cli.py": 2})}, baseline) == ([], [])
    failures, _ = check_types.judge({"ruff": Counter({"rvops_server/cli.py": 3})}, baseline)
    assert failures == ["ruff: rvops_server/cli.py has 3 finding(s), the baseline allows 2"]
    failures, _ = check_types.judge({"ruff": Counter({"rvops_server/new.py": 1})}, baseline)
    assert failures == ["ruff: rvops_server/new.py has 1 finding(s), the baseline allows 0"]


def test_doing_better_passes_and_is_reported_so_the_baseline_can_shrink() -> None:
    failures, better = check_types.judge({"mypy": Counter()}, {"mypy": {"rvops_server/cli.py": 4}})
    assert failures == []
    assert better == ["mypy: rvops_server/cli.py 4 → 0"]


def test_the_committed_baseline_names_no_strict_package_and_only_files_that_exist() -> None:
    baseline = json.loads(check_types.BASELINE.read_text())
    for tool, counts in baseline.items():
        for path, n in counts.items():
            assert check_types._strict(path) is None, (tool, path)
            assert (ROOT / path).is_file(), f"{path} is gone: run scripts/check_types.py --update"
            assert n > 0
