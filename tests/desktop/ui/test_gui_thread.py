"""Worker threads reach the GUI thread through plain handles that keep no GUI object alive
(a QObject whose last reference is dropped on a worker thread is destroyed there: a segfault)."""
from __future__ import annotations

import gc
import threading
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread, QThreadPool
from PySide6.QtGui import QColor, QImage

from rvops_desktop.models.media import MediaCache
from rvops_desktop.ui.services.gui_thread import GuiThreadCall
from rvops_desktop.ui.services.thumbnails import Thumbnails

pytestmark = pytest.mark.gui


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[tuple[object, QThread]] = []

    def take(self, payload) -> None:
        self.got.append((payload, QThread.currentThread()))


def _from_a_worker(call, *payloads) -> None:
    worker = threading.Thread(target=lambda: [call(p) for p in payloads])
    worker.start()
    worker.join()


def test_a_workers_call_runs_on_the_gui_thread_later(qtbot):
    receiver = Receiver()
    call = GuiThreadCall(receiver.take)
    _from_a_worker(call, "a", "b")
    assert receiver.got == []                                     # posted, not run on the worker
    qtbot.waitUntil(lambda: len(receiver.got) == 2, timeout=2000)
    assert [p for p, _ in receiver.got] == ["a", "b"]
    assert all(thread is QThread.currentThread() for _, thread in receiver.got)


def test_the_handle_keeps_nothing_alive_and_a_gone_receiver_gets_nothing(qtbot):
    receiver = Receiver()
    call = GuiThreadCall(receiver.take)
    gone = weakref.ref(receiver)
    del receiver
    gc.collect()
    assert gone() is None                                         # the worker's handle held none of it
    assert not call.open                                          # and left the relay's table with it
    _from_a_worker(call, "late")
    qtbot.wait(50)                                                # nothing to deliver, nothing crashes


def test_a_receiver_whose_qt_object_was_deleted_gets_nothing(qtbot):
    receiver = Receiver()
    kept = receiver.got
    call = GuiThreadCall(receiver.take)
    _from_a_worker(call, "before")
    shiboken6.delete(receiver)                                    # Qt's side gone, the wrapper still here
    qtbot.wait(50)
    assert kept == []
    assert not call.open


def test_coalesced_calls_before_the_gui_thread_ran_are_one_and_close_drops_the_rest(qtbot):
    receiver = Receiver()
    call = GuiThreadCall(receiver.take, coalesce=True)
    _from_a_worker(call, 1, 2, 3)
    qtbot.waitUntil(lambda: bool(receiver.got), timeout=2000)
    qtbot.wait(30)
    assert [p for p, _ in receiver.got] == [1]
    _from_a_worker(call, 4)                                      # asked again after it ran: runs again
    qtbot.waitUntil(lambda: len(receiver.got) == 2, timeout=2000)
    call.close()
    _from_a_worker(call, 5)
    qtbot.wait(30)
    assert [p for p, _ in receiver.got] == [1, 4]


def test_thumbnails_let_go_while_their_picture_decodes_are_not_kept_by_the_pool(qtbot, tmp_path):
    """The crash CI saw: the pool's runnable closed over the Thumbnails, and freeing it on the
    pool thread destroyed the QObject there."""
    cache = MediaCache(tmp_path / "media")
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#2F80ED"))
    path = tmp_path / "blue.png"
    assert image.save(str(path))
    cache.put("att_blue", path.read_bytes(), ".png")
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    release = threading.Event()
    pool.start(lambda: release.wait(5))                           # the pool is busy: the decode waits
    thumbnails = Thumbnails(cache, pool=pool)
    assert thumbnails.pixmap({"id": "att_blue", "mime_type": "image/png"}) is None
    gone = weakref.ref(thumbnails)
    del thumbnails
    gc.collect()
    assert gone() is None                                         # the queued decode holds no reference
    release.set()
    assert pool.waitForDone(5000)
    qtbot.wait(50)                                                # its result finds no one: dropped
