"""One measured process of the UI benchmark (bench_ui.py starts it; each run is a clean interpreter).

    ui_probe.py cold bare ROWS T0          # a bare QListView of ROWS rows: first paint, memory
    ui_probe.py cold ours REPLICA T0       # the inbox window on the replica: the same
    ui_probe.py interact bare REPLICA      # bare Qt doing the same switches and scrolls
    ui_probe.py interact ours REPLICA      # the window: switch to the settled window, scroll everything

Prints one JSON object. T0 is the parent's `time.time()` just before it started this process, so
cold start counts the interpreter's own start-up too. "Settled" means Qt's event queue is empty:
every posted event, zero-delay timer (the contact panel, the read mark) and repaint is done —
what the agent sees once the window stops moving.
"""
from __future__ import annotations

import json
import os
import random
import resource
import sqlite3
import sys
import time
from pathlib import Path
from typing import Self

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the product measured: this checkout, or another one (bench_ui.py --before DIR)
sys.path.insert(0, os.environ.get("RVOPS_BENCH_ROOT") or str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SIZE = (1280, 800)
# the first opens the pane (timed on its own line); 200 more give a p99 that is a p99 (the 3rd
# worst): of 60, it was the 2nd worst, and one stall of the shared machine decided it
SWITCHES = 201


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def settle(app) -> None:
    """Run Qt's event loop until nothing is left to do right now."""
    from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop
    dispatcher = QAbstractEventDispatcher.instance()
    for _ in range(10_000):
        app.sendPostedEvents()
        if not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            break


class Clock:
    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self) -> Self:
        self._t, self._c = time.perf_counter(), time.thread_time()
        return self

    def __exit__(self, *_exc) -> None:
        self.wall.append((time.perf_counter() - self._t) * 1000)
        self.cpu.append((time.thread_time() - self._c) * 1000)

    def as_dict(self) -> dict:
        return {"wall": self.wall, "cpu": self.cpu}


def bare_list(rows: list[str]):
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QListView
    view = QListView()
    view.setUniformItemSizes(True)
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)  # as ours: steps are pixels
    view.setModel(QStringListModel(rows))
    return view


def open_window(replica_path: str):
    from ui_replica import ME

    from rvops_desktop.models import Replica
    from rvops_desktop.ui import build_main_window
    replica = Replica.open(replica_path)
    window = build_main_window(None, replica, me=ME, language="pt_BR", notifications=False)
    return window, window.list.view


def cold(kind: str, arg: str, t0: float) -> dict:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    result: dict = {}

    class FirstPaint(QObject):
        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint" not in result:
                result.update(first_paint=time.time() - t0, cpu=cpu_s(), rss_first_paint=rss_mb())
                QTimer.singleShot(2000, settled)  # the window's background work done
            return False

    def settled() -> None:
        result["rss_settled"] = rss_mb()
        result["whole_view"] = max(result.get("whole_view", 0.0), result["first_paint"])  # whole at paint
        app.quit()

    if kind == "bare":
        window = view = bare_list([f"Cliente {i:06d}" for i in range(int(arg))])
    else:
        window, view = open_window(arg)
    spy = FirstPaint()
    view.viewport().installEventFilter(spy)
    # the whole inbox view read (ours reads the rest after the first paint; bare and older: at once)
    loading = getattr(window, "inbox_loading", None)
    if loading is not None:
        loading.when_loaded(lambda: result.update(whole_view=time.time() - t0))
    window.resize(*SIZE)
    window.show()
    app.exec()
    return result


def switch_targets(replica_path: str, me: str, count: int) -> list[tuple[str, int]]:
    """Unread conversations of the agent's Mine view with 20–500 messages (random, fixed seed)."""
    db = sqlite3.connect(f"file:{replica_path}?mode=ro", uri=True)
    rows = db.execute("SELECT c.id, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS n "
                      "FROM conversations c WHERE c.assignee_id = ? AND c.status = 'open' AND c.unread > 0 "
                      "AND c.id LIKE 'conv-0%' ORDER BY c.id LIMIT 20000", (me,)).fetchall()
    db.close()
    fitting = [(cid, n) for cid, n in rows if 20 <= n <= 500]
    return random.Random(3).sample(fitting, min(count, len(fitting)))


def scroll_to_end(app, view, step: int, clock: Clock, up: bool = False, until=None) -> None:
    """One frame per step (value + repaint) over the whole range; with `until`, a thread that loads
    older pages at its top (the agent's wheel there asks for them)."""
    bar = view.verticalScrollBar()
    for _ in range(1_000_000):
        with clock:
            if until is not None and bar.value() <= 0:
                wheel_up(view)
            bar.setValue(bar.value() + (-step if up else step))
            view.viewport().repaint()
            if until is not None:
                app.processEvents()  # the thread's scroll handler loads older pages as the loop would
        if until is not None:
            if until():
                break
        elif (bar.value() <= 0) if up else (bar.value() >= bar.maximum()):
            break


def wheel_up(view) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication
    QApplication.sendEvent(view.viewport(), QWheelEvent(
        QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))


def interact(kind: str, replica_path: str) -> dict:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication
    from ui_replica import LONG_THREAD, ME
    app = QApplication([])
    targets = switch_targets(replica_path, ME["id"], SWITCHES)
    db = sqlite3.connect(f"file:{replica_path}?mode=ro", uri=True)
    rows, long_thread = db.execute(
        "SELECT (SELECT count(*) FROM conversations WHERE assignee_id = ? AND status = 'open'), "
        "(SELECT count(*) FROM messages WHERE conversation_id = ?)", (ME["id"], LONG_THREAD)).fetchone()
    db.close()
    switch, listing, thread, opening = Clock(), Clock(), Clock(), Clock()
    if kind == "bare":
        view = bare_list([f"Cliente {i:06d}" for i in range(rows)])
        view.resize(*SIZE)
        view.show()
        settle(app)
        other = QStringListModel()
        pane = bare_list([])
        pane.setModel(other)
        pane.resize(*SIZE)
        pane.show()
        for k, (_cid, n) in enumerate(targets):
            with switch if k else opening:
                other.setStringList([f"mensagem {k}" for k in range(n)])
                pane.scrollToBottom()
                settle(app)
        scroll_to_end(app, view, SIZE[1], listing)
        pane.setModel(QStringListModel([f"mensagem {k}" for k in range(long_thread)]))
        pane.scrollToBottom()
        settle(app)
        scroll_to_end(app, pane, 600, thread, up=True)
        loaded = long_thread
    else:
        try:
            from rvops_desktop.ui.services.main_thread_gc import keep_start_up_out_of_collections
        except ImportError:  # an older checkout (--before), whose desk did the same inline
            import gc

            def keep_start_up_out_of_collections() -> None:
                gc.collect()
                gc.freeze()
        window, view = open_window(replica_path)
        window.resize(*SIZE)
        window.show()
        loading = getattr(window, "inbox_loading", None)   # as the app's desk does once its window
        if loading is not None:                            # is shown and its inbox view whole
            loading.when_loaded(keep_start_up_out_of_collections)
        else:   # an older checkout (--before): its view was whole when shown
            keep_start_up_out_of_collections()
        settle(app)
        assert loading is None or not window.inbox.partial
        rows = window.inbox_model.rowCount()
        model = window.inbox_model
        first, *targets = targets
        view.scrollTo(model.index(model.row_of(first[0])))
        settle(app)
        with opening:  # the first conversation opened since start: the pane's first layout, its own line
            window.list.select(first[0])
            settle(app)
        for cid, _n in targets:
            view.scrollTo(model.index(model.row_of(cid)))  # the agent scrolled to it: untimed
            settle(app)
            with switch:  # the click
                window.list.select(cid)
                settle(app)
        view.scrollToTop()
        settle(app)
        scroll_to_end(app, view, view.viewport().height(), listing)
        window.list.select(LONG_THREAD)
        settle(app)
        pane = window.pane.thread
        pane.scrollToBottom()
        settle(app)
        thread_model = window.pane.thread_model
        bar = pane.verticalScrollBar()
        scroll_to_end(app, pane, 600, thread, up=True,
                      until=lambda: bar.value() <= 0 and not thread_model.thread_model.has_older)
        loaded = thread_model.rowCount()
    return {"rows": rows, "switch": switch.as_dict(), "first_open": opening.wall[0], "list": listing.as_dict(), "thread": thread.as_dict(),
            "switch_messages": [n for _cid, n in targets], "thread_loaded": loaded, "rss_end": rss_mb()}


if __name__ == "__main__":
    mode, kind, arg = sys.argv[1:4]
    out = cold(kind, arg, float(sys.argv[4])) if mode == "cold" else interact(kind, arg)
    if kind == "ours":
        out["product"] = str(Path(sys.modules["rvops_desktop"].__file__).parents[1])
    print(json.dumps(out), flush=True)
    os._exit(0)  # skip interpreter teardown: PySide6 can crash freeing a big QStringListModel there
