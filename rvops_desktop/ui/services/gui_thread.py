"""Calls from worker threads to the GUI thread that hold no GUI object alive.

A worker thread that keeps a reference to a QObject of limited lifetime — a lambda closing over
`self`, a bound method, a bound signal's `emit` — may drop the last reference to it: the object is
then destroyed on the worker thread while the GUI thread delivers that object's queued events. The
process crashes (seen in CI: `Thumbnails` decoded a picture on Qt's thread pool; the pool's
runnable, freed on the pool thread after the test had let go of the object, took the object with
it, and the GUI thread segfaulted in its next event loop turn).

So a worker holds only a `GuiThreadCall`: a plain-Python handle with a number, posted through one
relay QObject that lives as long as the process. The GUI thread looks the number up and calls the
receiver's method if the receiver is still there (a weak reference, and Qt's own object still
alive); otherwise the call is dropped. Build handles on the GUI thread; call them from anywhere.
"""
from __future__ import annotations

import itertools
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot


class _Relay(QObject):
    _posted = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.calls: dict[int, GuiThreadCall] = {}
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def post(self, token: int, payload: object) -> None:
        self._posted.emit(token, payload)

    @Slot(int, object)
    def _deliver(self, token: int, payload: object) -> None:
        call = self.calls.get(token)
        if call is not None:
            call.deliver(payload)


_relay: _Relay | None = None
_tokens = itertools.count(1)
_lock = threading.Lock()


def _the_relay() -> _Relay:
    global _relay
    with _lock:
        if _relay is None:
            app = QCoreApplication.instance()
            if app is None or QThread.currentThread() is not app.thread():
                raise RuntimeError("GuiThreadCall handles are made on the GUI thread")
            _relay = _Relay()
        return _relay


class GuiThreadCall:
    """`call(payload)` from any thread runs `method(payload)` on the GUI thread, later, if the
    method's object is still alive and `close()` was not called. With `coalesce`, calls made
    before the GUI thread ran the last one are one call (a "look again" request, say)."""

    def __init__(self, method: Callable[[Any], object], *, coalesce: bool = False) -> None:
        self._relay = _the_relay()
        self._method = weakref.WeakMethod(method)
        self._coalesce, self._waiting = coalesce, False
        self._token = next(_tokens)
        self._relay.calls[self._token] = self
        # the owner gone without close(): its handle leaves the relay's table with it
        weakref.finalize(method.__self__, self._relay.calls.pop, self._token, None)  # type: ignore[attr-defined]

    def __call__(self, payload: object = None) -> None:
        if self._coalesce:
            if self._waiting:
                return
            self._waiting = True
        self._relay.post(self._token, payload)

    def deliver(self, payload: object) -> None:
        """(On the GUI thread.)"""
        self._waiting = False
        method = self._method()
        owner = getattr(method, "__self__", None)
        if method is None or (isinstance(owner, QObject) and not shiboken6.isValid(owner)):
            self.close()
            return
        method(payload)

    def close(self) -> None:
        """No more calls reach the method (calls already posted are dropped)."""
        self._relay.calls.pop(self._token, None)

    @property
    def open(self) -> bool:
        return self._token in self._relay.calls


__all__ = ["GuiThreadCall"]
