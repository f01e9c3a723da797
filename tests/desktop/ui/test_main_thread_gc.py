"""Qt objects dropped in a worker thread are freed on the GUI thread (services/main_thread_gc.py)."""
from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QObject, QTimer

from rvops_desktop.ui.services.main_thread_gc import (
    MainThreadGarbageCollector,
    keep_start_up_out_of_collections,
)

pytestmark = pytest.mark.gui


def test_a_qobject_cycle_dropped_in_a_worker_is_freed_on_the_gui_thread(qapp):
    was_enabled = gc.isenabled()
    collector = MainThreadGarbageCollector()
    freed_in: list[str] = []
    try:
        assert not gc.isenabled()

        gc.collect()                               # the cycle below starts in the youngest generation
        holder = QObject()                         # a GUI-thread object with a live timer, as the
        holder.timer = QTimer(holder)              # windows' models have
        holder.timer.start(60_000)
        holder.me = holder                         # a cycle: only the cycle collector frees it
        weakref.finalize(holder, lambda: freed_in.append(threading.current_thread().name))  # runs where freed
        kept = [holder]
        del holder

        def drop_it_and_allocate() -> None:       # what a worker does: the last reference goes there,
            kept.clear()                           # and its allocations would trigger a collection
            junk = [[] for _ in range(5_000)]      # (Python collects the young generation every 700)
            del junk
        worker = threading.Thread(target=drop_it_and_allocate, name="worker")
        worker.start()
        worker.join()
        assert freed_in == []                      # not freed in the worker
        gc.collect()                               # what collect_if_due does when due, on this thread
        qapp.processEvents()
        assert freed_in == [threading.main_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled() == was_enabled


def test_collect_if_due_follows_pythons_thresholds(qapp):
    collector = MainThreadGarbageCollector()
    try:
        gc.collect()
        assert collector.collect_if_due() == 0     # nothing due right after a collection
        garbage = []
        for _ in range(gc.get_threshold()[0] + 10):
            cycle = []
            cycle.append(cycle)
            garbage.append(cycle)
        del garbage, cycle
        assert collector.collect_if_due() > 0
    finally:
        collector.stop()


def test_stopping_frees_pending_garbage_at_once_so_no_collection_starts_inside_a_destructor(qapp):
    """A CI run hung in a module's teardown: the collector stopped with Qt garbage pending, and the
    first automatic collection started inside a QObject destructor, freeing a widget there."""
    collector = MainThreadGarbageCollector()
    freed: list[bool] = []
    holder = QObject()
    holder.me = holder                             # a cycle: only the cycle collector frees it
    weakref.finalize(holder, lambda: freed.append(True))
    del holder
    collector.stop()
    assert freed == [True]                         # freed by stop(), at a safe point
    assert gc.get_count()[0] < gc.get_threshold()[0]


def test_what_start_up_built_is_frozen_and_its_cyclic_garbage_collected_first():
    """The desk, once its window is shown: full collections no longer walk the start-up's objects
    (a frozen object is skipped), and cycles already dead are not frozen alive."""
    class Node:
        pass

    dead = Node()
    dead.me = dead  # a cycle: only the collector frees it
    gone = weakref.ref(dead)
    del dead
    kept = [Node() for _ in range(100)]
    gc.unfreeze()
    try:
        keep_start_up_out_of_collections()
        assert gone() is None
        assert gc.get_freeze_count() >= len(kept)
        old = gc.get_objects(generation=2)
        assert not any(any(o is k for o in old) for k in kept[:3])  # out of the oldest generation
    finally:
        gc.unfreeze()
