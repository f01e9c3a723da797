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
import json, os, sys, time
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


def cold_start(kind: str, arg: str) -> dict:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, kind, arg, repr(t0), str(ROOT), json.dumps(ME)],
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


def frame_times(view, step: int, limit: int, before=None) -> list[float]:
    """Scroll `view` by `step` pixels until `limit` frames; each frame = setValue + repaint."""
    bar = view.verticalScrollBar()
    times = []
    for _ in range(limit):
        t = time.perf_counter()
        if before is not None:
            before()
        target = bar.value() + step
        bar.setValue(target)
        view.viewport().repaint()
        times.append((time.perf_counter() - t) * 1000)
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
    switch, base_switch = [], []
    thread_viewport = window.pane.thread.viewport()
    small = QStringListModel()
    base.setModel(small)
    for _ in range(60):
        cid = model.conversation_id(rng.randrange(model.rowCount()))
        t = time.perf_counter()
        window.list.select(cid)
        thread_viewport.repaint()
        switch.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        small.setStringList([f"mensagem {k}" for k in range(2)])
        base.viewport().repaint()
        base_switch.append((time.perf_counter() - t) * 1000)
    # the 10,000-message thread: open at the bottom, scroll to the very top (older pages load on the way)
    window.list.select(LONG_THREAD)
    app.processEvents()
    thread = window.pane.thread
    thread.scrollToBottom()
    app.processEvents()
    ours_thread = []
    bar = thread.verticalScrollBar()
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    for _ in range(20000):
        t = time.perf_counter()
        if bar.value() <= 0:  # at the top: the agent's wheel asks for the older page
            wheel = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120),
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                                False)
            QApplication.sendEvent(thread.viewport(), wheel)
        bar.setValue(max(0, bar.value() - 600))
        thread.viewport().repaint()
        app.processEvents()  # lets the scroll handler load the older page, as the event loop would
        ours_thread.append((time.perf_counter() - t) * 1000)
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
    args = parser.parse_args()
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
    cold = [cold_start("window", str(path)) for _ in range(3)]
    cold_base = [cold_start("baseline", str(conversations)) for _ in range(3)]
    measured = in_process(path, conversations)
    write_results(args.scale, conversations, thread_messages, cold, cold_base, measured)


def write_results(scale, conversations, thread_messages, cold, cold_base, m) -> None:
    ours_cold = sorted(c["first_paint"] for c in cold)[1]
    base_cold = sorted(c["first_paint"] for c in cold_base)[1]
    rows = []

    def row(name, ours, base, target, ok_value):
        ratio = f"{ours / base:.2f}" if base else ""
        verdict = "" if target is None else ("met" if ok_value <= 1 else "**missed**")
        rows.append(f"| {name} | {ours:,.2f} | {base:,.2f} | {ratio} | {'' if target is None else target} | {verdict} |")

    row("cold start → first painted inbox (s), median of 3", ours_cold, base_cold, "≤ 1.5 s", ours_cold / 1.5)
    s, sb = m["switch"]
    row("switch conversation → first paint, p50 (ms)", pct(s, 50), pct(sb, 50), None, 0)
    row("switch conversation → first paint, p99 (ms)", pct(s, 99), pct(sb, 99), "≤ 16 ms", pct(s, 99) / 16)
    lst, lb = m["list"]
    row("scroll conversation list, frame p50 (ms)", pct(lst, 50), pct(lb, 50), None, 0)
    row("scroll conversation list, frame p99 (ms)", pct(lst, 99), pct(lb, 99), "≤ 16 ms", pct(lst, 99) / 16)
    th, tb = m["thread"]
    row("scroll 10,000-message thread, frame p50 (ms)", pct(th, 50), pct(tb, 50), None, 0)
    row("scroll 10,000-message thread, frame p99 (ms)", pct(th, 99), pct(tb, 99), "≤ 16 ms", pct(th, 99) / 16)
    r = m["rss"]
    row("resident memory, window open on the replica (MB)", r["window"], r["bare_list"], "≤ 300 MB", r["window"] / 300)
    row("resident memory after the whole thread loaded (MB)", r["after_thread"], r["bare_list"], None, 0)
    text = "\n".join([
        "# UI benchmark", "",
        f"`.venv/bin/python benchmarks/bench_ui.py --scale {scale}` — {conversations:,} conversations "
        f"({m['rows']:,} in the agent's Mine view), {conversations * 2 + thread_messages:,} messages, one thread of "
        f"{thread_messages:,} ({m['thread_loaded']:,} loaded by scrolling to its top). Offscreen platform, "
        f"Python {sys.version.split()[0]}, 2 shared cores.", "",
        "Baseline (same run): a bare `QListView` over a `QStringListModel` with the same number of rows, "
        "no replica and no delegate; for cold start, a fresh interpreter importing PySide6 and painting it.", "",
        "| measure | ours | bare Qt | ratio | target | |", "| --- | ---: | ---: | ---: | --- | --- |", *rows, "",
        f"Memory: empty QApplication {r['empty_qt']:.0f} MB; with the bare 100k-row list {r['bare_list']:.0f} MB.",
        f"Frames measured: list {len(lst)}, thread {len(th)}, switches {len(s)}.", ""])
    out = ROOT / "benchmarks" / "results" / "ui.md"
    out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
