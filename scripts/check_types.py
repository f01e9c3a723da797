#!/usr/bin/env python3
"""Lint and type checks with a baseline that only shrinks (issue 17).

Runs ruff (the project's config) and ``mypy --strict`` over every product package, then judges
the findings file by file:

* packages named in ``STRICT`` must have **zero** findings;
* every other file may have at most the findings the committed baseline
  (``scripts/check_types.baseline.json``) records for it — a new file starts at zero.

When a file does better than its baseline the check passes and says so; ``--update`` rewrites
the baseline from the current findings (it refuses to raise any count), so it can only shrink.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PACKAGES = ("rvops_contract", "rvops_desktop", "rvops_server", "rvops_meta_standin")
STRICT = (
    "rvops_contract",
    "rvops_desktop/models",
    "rvops_desktop/sync",
    "rvops_desktop/voip",
    "rvops_server/domain",
)
BASELINE = ROOT / "scripts" / "check_types.baseline.json"
_MYPY_LINE = re.compile(r"^(?P<path>[^:\s]+\.py):\d+: error: ")
_RUFF_LINE = re.compile(r"^(?P<path>[^:\s]+\.py):\d+:\d+: ")


def _run(argv: list[str]) -> str:
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def _count(output: str, pattern: re.Pattern[str]) -> Counter[str]:
    found: Counter[str] = Counter()
    for line in output.splitlines():
        if match := pattern.match(line):
            found[match["path"]] += 1
    return found


def findings() -> dict[str, Counter[str]]:
    mypy = _run([str(BIN / "mypy"), "--strict", *PACKAGES])
    if "error: " not in mypy and "Success" not in mypy:
        raise SystemExit(f"mypy did not run:\n{mypy}")
    ruff = _run([str(BIN / "ruff"), "check", "--output-format=concise", *PACKAGES])
    return {"mypy": _count(mypy, _MYPY_LINE), "ruff": _count(ruff, _RUFF_LINE)}


def _strict(path: str) -> str | None:
    """The strict package ``path`` belongs to, if any."""
    return next((pkg for pkg in STRICT if path == pkg or path.startswith(pkg + "/")), None)


def judge(current: dict[str, Counter[str]], baseline: dict[str, dict[str, int]]) -> tuple[list[str], list[str]]:
    """The failures (a strict file with findings, a file above its baseline) and the improvements."""
    failures: list[str] = []
    better: list[str] = []
    for tool, counts in current.items():
        allowed = baseline.get(tool, {})
        for path, n in sorted(counts.items()):
            if package := _strict(path):
                failures.append(f"{tool}: {path} has {n} finding(s); {package} must have none")
            elif n > allowed.get(path, 0):
                failures.append(f"{tool}: {path} has {n} finding(s), the baseline allows {allowed.get(path, 0)}")
        for path, n in sorted(allowed.items()):
            if counts.get(path, 0) < n:
                better.append(f"{tool}: {path} {n} → {counts.get(path, 0)}")
    return failures, better


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="shrink the baseline to the current findings")
    args = parser.parse_args()
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    current = findings()
    failures, better = judge(current, baseline)
    for tool, counts in current.items():
        print(f"{tool}: {sum(counts.values())} finding(s) in {len(counts)} file(s), "
              f"baseline {sum(baseline.get(tool, {}).values())}")
    if args.update:
        if failures and BASELINE.exists():
            print("\n".join(failures), file=sys.stderr)
            print("refusing to raise the baseline; fix the findings above", file=sys.stderr)
            return 1
        kept = {tool: {p: n for p, n in sorted(c.items()) if not _strict(p)} for tool, c in current.items()}
        BASELINE.write_text(json.dumps(kept,
                                       indent=1, ensure_ascii=False) + "\n")
        print(f"baseline written: {BASELINE.relative_to(ROOT)}")
        return 0
    if better:
        print("better than the baseline (run scripts/check_types.py --update to lock it in):\n  "
              + "\n  ".join(better))
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    print(f"strict (zero findings): {', '.join(STRICT)}; everything else within the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
