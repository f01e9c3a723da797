"""UI benchmark: the inbox window over a 100,000-conversation replica, as ratios to bare Qt.

    .venv/bin/python benchmarks/bench_ui.py                 # 100k conversations (builds the replica once)
    .venv/bin/python benchmarks/bench_ui.py --scale 0.05    # a quick run

Offscreen platform (QT_QPA_PLATFORM=offscreen), 2 shared cores. Every figure is paired with a
baseline measured in the same run: a bare QListView over a QStringListModel of the same row
count (no replica, no delegate) — the floor Qt itself sets on this machine.

- cold start: a fresh Python process imports the app, opens the replica, builds the window and
  shows it; the clock stops at the conversation list's first Paint event (target ≤ 1.5 s).
- switching conversations: list.select(id) → the thread view's first paint (target ≤ 16 ms).
- scrolling: frame time of one scroll step + synchronous repaint, over the whole conversation
  list and over a 10,000-message thread (loading older pages on the way; p99 ≤ 16 ms).
- resident memory with the replica open and the window shown (VmRSS; target ≤ 300 MB).
Every timed figure also has its CPU time (the process's for cold start, the GUI thread's for a
frame), since other engineers' test suites share the 2 cores: wall time includes waiting for a
core, CPU time does not. The load average before and after the run is reported.
`--before DIR`: also measure another checkout (e.g. `git archive <rev> | tar -x -C DIR`) in the
same run, on the same replica, as a "before" column.
Results go to benchmarks/results/ui.md.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ME = {"id": "u_bench", "name": "Bench Agent", "email": "bench@demo.rvops", "role": "agent",
      "team_ids": ["t_1", "t_2"], "permissions": {}}
LONG_THREAD = "conv-long"
TARGETS = {"cold_start_s": 1.5, "switch_ms": 16.0, "frame_p99_ms": 16.0, "rss_mb": 300.0}
WORDS = ("olá bom dia preciso de ajuda com meu pedido boleto entrega prazo valor plano proposta contrato "
         "obrigado pode me ligar amanhã cancelar trocar produto nota fiscal pix").split()


def iso(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1_767_000_000 + seconds))


def build_replica(path: Path, conversations: int, thread_messages: int) -> None:
    from rvops_desktop.models import Replica
    rng = random.Random(7)
    contacts = [{"id": f"ct-{i}", "name": f"Cliente {i:06d}", "phone": f"+55119{i:08d}", "tags": [],
                 "properties": {"cidade": "São Paulo"}} for i in range(conversations)]
    convs, messages = [], []
    for i in range(conversations):
        mine = i % 10 != 0
        convs.append({"id": f"conv-{i:06d}", "contact_id": f"ct-{i}", "channel": rng.choice(
            ["whatsapp", "whatsapp", "instagram", "webchat"]), "status": "open",
            "assignee_id": ME["id"] if mine else None, "team_id": "t_1" if not mine else None,
            "opened_at": iso(i * 5), "last_inbound_at": iso(i * 5 + 2), "last_message_at": iso(i * 5 + 3),
            "last_message_preview": " ".join(rng.choices(WORDS, k=8)), "unread": i % 3,
            "window_closed_by_provider": False})
        for k in range(2):
            messages.append({"id": f"m-{i}-{k}", "conversation_id": f"conv-{i:06d}", "kind": "text",
                             "direction": "inbound" if k == 0 else "outbound", "status": "read" if k else "received",
                             "text": " ".join(rng.choices(WORDS, k=rng.randint(3, 30))), "created_at": iso(i * 5 + k),
                             "attachments": []})
    convs.append({"id": LONG_THREAD, "contact_id": "ct-0", "channel": "whatsapp", "status": "open",
                  "assignee_id": ME["id"], "opened_at": iso(0), "last_inbound_at": iso(10**8),
                  "last_message_at": iso(10**8), "last_message_preview": "long", "unread": 0})
    for k in range(thread_messages):
        messages.append({"id": f"long-{k:06d}", "conversation_id": LONG_THREAD, "kind": "note" if k % 25 == 0
                         else "text", "direction": "inbound" if k % 2 else "outbound", "status": "read",
                         "text": " ".join(rng.choices(WORDS, k=rng.randint(2, 60))), "created_at": iso(k),
                         "attachments": []})
    users = [{"id": ME["id"], "name": ME["name"], "email": ME["email"], "role": "agent", "team_ids": ["t_1", "t_2"],
              "permissions": {}}]
    teams = [{"id": "t_1", "name": "Vendas", "member_ids": [ME["id"]]},
             {"id": "t_2", "name": "Suporte", "member_ids": [ME["id"]]}]
    replica = Replica.open(path)
    replica.apply_bootstrap({"cursor": 1, "users": users, "teams": teams, "contacts": contacts,
                             "conversations": convs, "messages": messages, "snippets": [], "templates": []})
    replica.close()


# ---- the child process: one cold start, measured from interpreter start -------------------------
CHILD = r'''
import json, os, resource, sys, time
T0 = float(sys.argv[3])
sys.path.insert(0, sys.argv[4])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
result = {}
class FirstPaint(QObject):
    def __init__(self, name): super().__init__(); self.name = name
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.name not in result:
            result[self.name] = time.time() - T0
            usage = resource.getrusage(resource.RUSAGE_SELF)
            result["cpu"] = usage.ru_utime + usage.ru_stime
            QTimer.singleShot(0, app.quit)
        return False
if sys.argv[1] == "baseline":
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QListView
    view = QListView(); view.setUniformItemSizes(True)
    view.setModel(QStringListModel([f"Cliente {i:06d}" for i in range(int(sys.argv[2]))]))
    spy = FirstPaint("first_paint"); view.viewport().installEventFilter(spy)
    view.resize(1280, 800); view.show()
else:
    from rvops_desktop.models import Replica
    from rvops_desktop.ui import build_main_window
    me = json.loads(sys.argv[5])
    replica = Replica.open(sys.argv[2])
    window = build_main_window(None, replica, me=me, language="pt_BR")
    spy = FirstPaint("first_paint"); window.list.view.viewport().installEventFilter(spy)
    window.resize(1280, 800); window.show()
    result["rows"] = window.inbox_model.rowCount()
app.exec()
print(json.dumps(result))
'''


def cold_start(kind: str, arg: str, root: Path = ROOT) -> dict:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, kind, arg, repr(t0), str(root), json.dumps(ME)],
                         capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Clock:
    """Wall, GUI-thread CPU and whole-process CPU milliseconds of each measured operation (the
    process's includes Qt's worker threads and the window's background unread count)."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.process: list[float] = []

    def start(self) -> None:
        self._t, self._c, self._p = time.perf_counter(), time.thread_time(), time.process_time()

    def stop(self) -> None:
        self.wall.append((time.perf_counter() - self._t) * 1000)
        self.cpu.append((time.thread_time() - self._c) * 1000)
        self.process.append((time.process_time() - self._p) * 1000)

    def __len__(self) -> int:
        return len(self.wall)


def frame_times(view, step: int, limit: int, before=None) -> Clock:
    """Scroll `view` by `step` pixels until `limit` frames; each frame = setValue + repaint."""
    bar = view.verticalScrollBar()
    times = Clock()
    for _ in range(limit):
        times.start()
        if before is not None:
            before()
        target = bar.value() + step
        bar.setValue(target)
        view.viewport().repaint()
        times.stop()
        if (step > 0 and bar.value() >= bar.maximum()) or (step < 0 and bar.value() <= 0 and before is None):
            break
    return times


def in_process(replica_path: Path, conversations: int) -> dict:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView

    from rvops_desktop.models import Replica
    from rvops_desktop.ui import build_main_window
    app = QApplication.instance() or QApplication([])
    rss_empty = rss_mb()
    base = QListView()
    base.setUniformItemSizes(True)
    base.setModel(QStringListModel([f"Cliente {i:06d}" for i in range(conversations)]))
    base.resize(330, 800)
    base.show()
    app.processEvents()
    base_list = frame_times(base, 68 * 3, 400)
    rss_base = rss_mb()
    replica = Replica.open(replica_path)
    window = build_main_window(None, replica, me=ME, language="pt_BR", notifications=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    rss_window = rss_mb()
    ours_list = frame_times(window.list.view, 68 * 3, 400)
    # switching conversations: select → the thread's first paint
    model = window.inbox_model
    rng = random.Random(3)
    switch, base_switch = Clock(), Clock()
    thread_viewport = window.pane.thread.viewport()
    small = QStringListModel()
    base.setModel(small)
    for _ in range(60):
        cid = model.conversation_id(rng.randrange(model.rowCount()))
        switch.start()
        window.list.select(cid)
        thread_viewport.repaint()
        switch.stop()
        base_switch.start()
        small.setStringList([f"mensagem {k}" for k in range(2)])
        base.viewport().repaint()
        base_switch.stop()
    # the 10,000-message thread: open at the bottom, scroll to the very top (older pages load on the way)
    window.list.select(LONG_THREAD)
    app.processEvents()
    thread = window.pane.thread
    thread.scrollToBottom()
    app.processEvents()
    ours_thread = Clock()
    bar = thread.verticalScrollBar()
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    for _ in range(20000):
        ours_thread.start()
        if bar.value() <= 0:  # at the top: the agent's wheel asks for the older page
            wheel = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120),
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                                False)
            QApplication.sendEvent(thread.viewport(), wheel)
        bar.setValue(max(0, bar.value() - 600))
        thread.viewport().repaint()
        app.processEvents()  # lets the scroll handler load the older page, as the event loop would
        ours_thread.stop()
        if bar.value() <= 0 and not window.pane.thread_model.thread_model.has_older:
            break
    loaded = window.pane.thread_model.rowCount()
    big = QStringListModel([f"mensagem {k}" for k in range(loaded)])
    base.setModel(big)
    base.scrollToBottom()
    base_thread = frame_times(base, -600, len(ours_thread))
    rss_loaded = rss_mb()
    window.close()
    replica.close()
    return {"list": (ours_list, base_list), "switch": (switch, base_switch), "thread": (ours_thread, base_thread),
            "thread_loaded": loaded, "rss": {"empty_qt": rss_empty, "bare_list": rss_base, "window": rss_window,
                                             "after_thread": rss_loaded}, "rows": model.rowCount()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--before", type=Path, default=None,
                        help="another checkout (e.g. the previous commit's files) measured in the same run")
    args = parser.parse_args()
    load_before = os.getloadavg()
    conversations = max(100, int(100_000 * args.scale))
    thread_messages = 10_000
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / "rvops-bench-ui"
    folder.mkdir(exist_ok=True)
    path = folder / f"replica-{conversations}.sqlite3"
    if args.fresh or not path.exists():
        for stale in folder.glob(f"replica-{conversations}.sqlite3*"):
            stale.unlink()
        t = time.perf_counter()
        build_replica(path, conversations, thread_messages)
        print(f"built {path} in {time.perf_counter() - t:.1f}s", flush=True)
    before = None
    if args.before is not None:  # first, in a fresh interpreter, so neither run warms the other
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--scale", str(args.scale),
                              "--measure-only", str(args.before)], capture_output=True, text=True, check=True)
        before = json.loads(out.stdout.strip().splitlines()[-1])
    cold = [cold_start("window", str(path)) for _ in range(3)]
    cold_base = [cold_start("baseline", str(conversations)) for _ in range(3)]
    measured = in_process(path, conversations)
    load = (load_before, os.getloadavg())
    write_results(args.scale, conversations, thread_messages, cold, cold_base, measured, before, load)


def measure_only(scale: float, root: Path) -> None:
    """The `--before` run: the same measures with `root`'s rvops_desktop, printed as JSON."""
    sys.path.insert(0, str(root))
    for name in [m for m in sys.modules if m == "rvops_desktop" or m.startswith("rvops_desktop.")]:
        del sys.modules[name]
    conversations = max(100, int(100_000 * scale))
    path = Path(os.environ.get("TMPDIR", "/tmp")) / "rvops-bench-ui" / f"replica-{conversations}.sqlite3"
    cold = [cold_start("window", str(path), root) for _ in range(3)]
    m = in_process(path, conversations)
    result = {"cold": cold, "rss": m["rss"], "rows": m["rows"]}
    for name in ("list", "switch", "thread"):
        ours = m[name][0]
        result[name] = {"wall": ours.wall, "cpu": ours.cpu, "process": ours.process}
    print(json.dumps(result))


def write_results(scale, conversations, thread_messages, cold, cold_base, m, before=None, load=None) -> None:
    ours_cold = sorted(c["first_paint"] for c in cold)[1]
    ours_cold_cpu = sorted(c["cpu"] for c in cold)[1]
    base_cold = sorted(c["first_paint"] for c in cold_base)[1]
    base_cold_cpu = sorted(c["cpu"] for c in cold_base)[1]
    rows = []

    def fmt(value) -> str:
        return "" if value is None else f"{value:,.2f}"

    def row(name, ours, base, target, ok_value, cpu=None, base_cpu=None, prior=None, process=None):
        ratio = f"{ours / base:.2f}" if base else ""
        verdict = "" if target is None else ("met" if ok_value <= 1 else "**missed**")
        cells = [name, fmt(prior), fmt(ours), fmt(base), ratio, fmt(cpu), fmt(process), fmt(base_cpu),
                 "" if target is None else target, verdict]
        if before is None:
            del cells[1]
        rows.append("| " + " | ".join(cells) + " |")

    def prior(name, p=None, key="wall"):
        if before is None:
            return None
        if name == "cold":
            return sorted(c["first_paint" if key == "wall" else "cpu"] for c in before["cold"])[1]
        if name == "rss":
            return before["rss"][p]
        return pct(before[name][key], p)

    row("cold start → first painted inbox (s), median of 3", ours_cold, base_cold, "≤ 1.5 s", ours_cold / 1.5,
        None, base_cold_cpu, prior("cold"), ours_cold_cpu)
    for key, label, target in (("switch", "switch conversation → first paint", "≤ 16 ms"),
                               ("list", "scroll conversation list, frame", "≤ 16 ms"),
                               ("thread", "scroll 10,000-message thread, frame", "≤ 16 ms")):
        ours, base = m[key]
        if key == "thread":
            label = label.replace("10,000", f"{thread_messages:,}")
        for p in (50, 99):
            value = pct(ours.wall, p)
            row(f"{label}, p{p} (ms)", value, pct(base.wall, p), target if p == 99 else None,
                value / 16 if p == 99 else 0, pct(ours.cpu, p), pct(base.cpu, p), prior(key, p),
                pct(ours.process, p))
    r = m["rss"]
    row("resident memory, window open on the replica (MB)", r["window"], r["bare_list"], "≤ 300 MB",
        r["window"] / 300, prior=prior("rss", "window"))
    row("resident memory after the whole thread loaded (MB)", r["after_thread"], r["bare_list"], None, 0,
        prior=prior("rss", "after_thread"))
    head = ["measure", "before", "ours", "bare Qt", "ratio", "ours GUI-thread CPU", "ours process CPU",
            "bare Qt CPU", "target", ""]
    if before is None:
        del head[1]
    loads = "" if load is None else (
        f"Load average (1, 5, 15 min) at the start: {', '.join(f'{x:.2f}' for x in load[0])}; at the end: "
        f"{', '.join(f'{x:.2f}' for x in load[1])} (2 cores).")
    lst, th, s = m["list"][0], m["thread"][0], m["switch"][0]
    text = "\n".join([
        "# UI benchmark", "",
        f"`.venv/bin/python benchmarks/bench_ui.py --scale {scale}` — {conversations:,} conversations "
        f"({m['rows']:,} in the agent's Mine view), {conversations * 2 + thread_messages:,} messages, one thread of "
        f"{thread_messages:,} ({m['thread_loaded']:,} loaded by scrolling to its top). Offscreen platform, "
        f"Python {sys.version.split()[0]}, 2 shared cores.", "",
        "Baseline (same run): a bare `QListView` over a `QStringListModel` with the same number of rows, "
        "no replica and no delegate; for cold start, a fresh interpreter importing PySide6 and painting it.",
        *([] if before is None else [
            "\"before\": the same measures, same run and replica, of the code before this change "
            "(`--before`; its percentiles over its own frames)."]), "",
        "Wall time is what the agent waits. CPU time leaves out the waiting for a core while other engineers' "
        "tests run on the same 2 cores: the GUI thread's (what the operation itself costs) and the whole "
        "process's (adds Qt's worker threads and the window's background unread count, which competes with "
        "the GUI thread for the GIL); for cold start, the process's CPU at the first paint.", "",
        "| " + " | ".join(head) + " |", "| " + " | ".join(["---"] + ["---:"] * (len(head) - 3) + ["---", "---"]) + " |",
        *rows, "",
        f"Memory: empty QApplication {r['empty_qt']:.0f} MB; with the bare {conversations:,}-row list {r['bare_list']:.0f} MB.",
        f"Frames measured: list {len(lst)}, thread {len(th)}, switches {len(s)}.", loads, ""])
    out = ROOT / "benchmarks" / "results" / "ui.md"
    out.write_text(text)
    print(text)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[3] == "--measure-only":
        measure_only(float(sys.argv[2]), Path(sys.argv[4]))
    else:
        main()
