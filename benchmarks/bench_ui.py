"""UI benchmark: the inbox window on a 100,000-conversation / 2,000,000-message replica, against a
bare PySide6 window measured in the same run, each in its own clean process.

    .venv/bin/python benchmarks/bench_ui.py                  # the full replica (built once, ~5 min)
    .venv/bin/python benchmarks/bench_ui.py --scale 0.02     # a quick run (2,000 conversations)
    .venv/bin/python benchmarks/bench_ui.py --before DIR     # also another checkout, same run

What is measured (benchmarks/ui_probe.py runs each in a fresh interpreter):
- cold start: interpreter start → the conversation list's first paint. Bare: a QListView over a
  QStringListModel with as many rows as the agent's Mine view. Pass line: ours ≤ 2× bare. Also
  when the whole view is read (ours reads its first rows before that paint, the rest after it).
- memory: VmRSS 2 s after that first paint (the window's background work done). Pass: ≤ 3× bare.
- switching conversations: the agent clicks an unread conversation of 20–500 messages shown in the
  list (scrolled into view beforehand, untimed) → the settled window
  (Qt's event queue empty: the thread painted, the contact panel filled, the read mark written);
  the first conversation opened after start (the pane's first layout) is reported on its own line.
  Bare: a second QListView given that many rows, settled. Pass: p99 ≤ 16 ms (one frame), over 200
  switches (nearest rank: the 3rd worst; the worst is its own line).
- scrolling: one frame = one step + a synchronous repaint, over the whole conversation list (a
  viewport per step) and over a 10,000-message thread from its bottom to its top (600 px per step,
  older pages loading on the way). Bare: the same views over QStringListModels. Pass: p99 ≤ 16 ms.
Each side's code is byte-compiled first, as `pip install` does with the wheel: an installed app
never compiles its modules at start-up (a checkout run with PYTHONDONTWRITEBYTECODE would, every time).
Repetitions (3; 8 cold starts, a few seconds each) alternate which side goes first; figures are
medians over them with (min–max).
The load average before and after is reported: the 2 cores are shared with other work.
Results go to benchmarks/results/ui.md.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from ui_replica import ME, at_schema, copy_of, ensure

PROBE = HERE / "ui_probe.py"
FRAME_MS = 16.0
RATIO_COLD, RATIO_RSS = 2.0, 3.0


def probe(mode: str, kind: str, arg: str, root: Path | None = None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if root is not None:
        env["RVOPS_BENCH_ROOT"] = str(root)
    extra = [repr(time.time())] if mode == "cold" else []
    out = subprocess.run([sys.executable, str(PROBE), mode, kind, arg, *extra], capture_output=True, text=True,
                         env=env, check=False)
    if out.returncode != 0:
        raise SystemExit(f"probe {mode} {kind} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def as_installed(root: Path) -> None:
    """Byte-compile a measured checkout's packages (and this harness) the way `pip install` does
    with a wheel, so the cold start counts what an agent's start counts and not the compiler."""
    for folder in (root / "rvops_contract", root / "rvops_desktop"):
        if not compileall.compile_dir(folder, quiet=1):
            raise SystemExit(f"{folder}: does not compile")
    compileall.compile_dir(HERE, maxlevels=0, quiet=1)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):,.2f} ({min(values):,.2f}–{max(values):,.2f})"


def mine_rows(path: Path) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute("SELECT count(*) FROM conversations WHERE assignee_id = ? AND status = 'open'",
                          (ME["id"],)).fetchone()[0]
    finally:
        db.close()


def measure(path: Path, reps: int, before: Path | None, cold_reps: int) -> dict:
    sides = ["bare", "ours"] + (["before"] if before else [])
    runs: dict[str, dict[str, list[dict]]] = {s: {"cold": [], "interact": []} for s in sides}
    rows = mine_rows(path)
    for root in [HERE.parent] + ([before] if before else []):
        as_installed(root)
    files = {"ours": at_schema(path, HERE.parent), "bare": path}
    if before:
        files["before"] = at_schema(path, before)
    for mode, count in (("cold", cold_reps), ("interact", reps)):
        for rep in range(count):
            order = sides if rep % 2 == 0 else sides[::-1]
            for side in order:
                kind = "bare" if side == "bare" else "ours"
                arg = str(rows) if (mode, kind) == ("cold", "bare") else str(path)
                if kind == "ours":  # the app writes to what it opens (read marks…): a private copy per run
                    arg = str(copy_of(files[side], path.with_name("run.sqlite3")))
                runs[side][mode].append(probe(mode, kind, arg, before if side == "before" else None))
                print(f"{mode} {side} run {rep + 1}/{count} done", flush=True)
    for leftover in path.parent.glob("run.sqlite3*"):
        leftover.unlink()
    return runs


def table(runs: dict, reps: int) -> tuple[list[str], list[str]]:
    sides = [s for s in ("before", "ours") if s in runs]
    head = ["measure", *sides, "bare Qt", "ours ÷ bare", "pass line", ""]
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join(["---"] + ["---:"] * (len(head) - 3) + ["---", "---"]) + " |"]
    verdicts: list[str] = []

    def add(label: str, values: dict[str, list[float]], line: str = "", ok: bool | None = None,
            ratio: bool = True) -> None:
        ratios = [o / b for o, b in zip(values["ours"], values["bare"], strict=True) if b] if ratio else []
        verdict = "" if ok is None else ("met" if ok else "**missed**")
        if ok is not None:
            verdicts.append(f"{label}: {verdict}")
        lines.append("| " + " | ".join([label, *(spread(values[s]) for s in sides), spread(values["bare"]),
                                         spread(ratios) if ratios else "", line, verdict]) + " |")

    every = (*sides, "bare")

    def cold(key: str) -> dict[str, list[float]]:
        return {s: [r[key] for r in runs[s]["cold"]] for s in every}

    def frames(name: str, p: float, key: str = "wall") -> dict[str, list[float]]:
        return {s: [pct(r[name][key], p) for r in runs[s]["interact"]] for s in every}

    first = cold("first_paint")
    add("cold start → first painted inbox (s)", first, f"ours ≤ {RATIO_COLD:g}× bare",
        statistics.median(a / b for a, b in zip(first["ours"], first["bare"], strict=True)) <= RATIO_COLD)
    add("cold start, process CPU at first paint (s)", cold("cpu"))
    add("cold start → the whole inbox view read (s)", cold("whole_view"))
    rss = cold("rss_settled")
    add("resident memory 2 s after first paint (MiB)", rss, f"ours ≤ {RATIO_RSS:g}× bare",
        statistics.median(a / b for a, b in zip(rss["ours"], rss["bare"], strict=True)) <= RATIO_RSS)
    add("first conversation opened after start, settled (ms)",
        {s: [r["first_open"] for r in runs[s]["interact"]] for s in every})
    for name, label in (("switch", "switch to an unread 20–500-message conversation, settled"),
                        ("list", "scroll the whole conversation list, frame"),
                        ("thread", "scroll the long thread to its top, frame")):
        for p in (50, 99):
            wall = frames(name, p)
            ok = statistics.median(wall["ours"]) <= FRAME_MS if p == 99 else None
            add(f"{label}, p{p} (ms)", wall, f"p99 ≤ {FRAME_MS:g} ms" if p == 99 else "", ok)
        add(f"{label}, p99 GUI-thread CPU (ms)", frames(name, 99, "cpu"))
        add(f"{label}, worst frame (ms)", {s: [max(r[name]["wall"]) for r in runs[s]["interact"]] for s in every})
    add("resident memory at the end of the interaction (MiB)",
        {s: [r["rss_end"] for r in runs[s]["interact"]] for s in every})
    return lines, verdicts


def write(path: Path, runs: dict, reps: int, scale: float, load: tuple, before: Path | None, out: Path,
          cold_reps: int) -> str:
    lines, verdicts = table(runs, reps)
    ours = runs["ours"]["interact"][0]
    counts = sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute(
        "SELECT (SELECT count(*) FROM conversations), (SELECT count(*) FROM messages)").fetchone()
    switch_sizes = sorted(ours["switch_messages"])
    loads = [", ".join(f"{x:.2f}" for x in avg) for avg in load]
    text = "\n".join([
        "# UI benchmark", "",
        f"`.venv/bin/python benchmarks/bench_ui.py --scale {scale:g} --reps {reps} --cold-reps {cold_reps}`"
        + (f" --before {before}" if before else "") + f" — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
        f"replica of {counts[0]:,} conversations and {counts[1]:,} messages ({ours['rows']:,} in the agent's Mine "
        f"view); offscreen platform, Python {sys.version.split()[0]}, 2 shared cores; "
        "each side byte-compiled first, as an installed wheel is.", "",
        f"Each cell: the median of {reps} runs (min–max; cold start and memory: of {cold_reps} runs, cheap and "
        "the most swayed by the shared cores); each run a clean process, sides alternating. "
        "\"bare Qt\": a bare QListView / QStringListModel doing the same thing in its own process (the "
        "floor Qt itself sets); the ratio is taken run by run. Switches: "
        f"{len(switch_sizes)} unread conversations of {switch_sizes[0]}–{switch_sizes[-1]} messages "
        f"(median {statistics.median(switch_sizes):.0f}); frames: list {len(ours['list']['wall']):,}, thread "
        f"{len(ours['thread']['wall']):,} ({ours['thread_loaded']:,} messages loaded by scrolling up)."
        + ("" if before is None else f" \"before\": the checkout at `{before}`, same runs."), "",
        *lines, "",
        "Verdicts (on the medians): " + "; ".join(verdicts) + ".", "",
        f"Load average (1, 5, 15 min) at the start: {loads[0]}; at the end: {loads[1]} (2 cores).", ""])
    out.write_text(text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 100k conversations, 2M messages")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--cold-reps", type=int, default=8, help="cold starts per side (a few seconds each)")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached replica")
    parser.add_argument("--before", type=Path, default=None, help="another checkout measured in the same runs")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "ui.md")
    parser.add_argument("--folder", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "rvops-bench-ui")
    args = parser.parse_args()
    path = ensure(args.folder, args.scale, args.fresh)
    load_before = os.getloadavg()
    runs = measure(path, args.reps, args.before, args.cold_reps)
    print(write(path, runs, args.reps, args.scale, (load_before, os.getloadavg()), args.before, args.out,
                args.cold_reps))


if __name__ == "__main__":
    main()
