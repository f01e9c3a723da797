"""A tiny observer list: the plain-Python "signal" the Qt layer binds to; the task queue
that runs the emissions later.

The softphone never calls observers from inside a pjsua2 callback; it queues the
emission and runs it from `Softphone.poll()`, so an observer may freely call back
into the softphone (answer, hang up, ...).
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class Signal(Generic[T]):
    """An ordered list of callbacks taking one argument."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._observers: list[Callable[[T], object]] = []

    def connect(self, observer: Callable[[T], object]) -> Callable[[T], object]:
        """Add an observer (usable as a decorator); returns it for `disconnect`."""
        self._observers.append(observer)
        return observer

    def disconnect(self, observer: Callable[[T], object]) -> None:
        self._observers.remove(observer)

    def emit(self, value: T) -> None:
        """Call every observer; one failing observer does not starve the others."""
        for observer in list(self._observers):
            try:
                observer(value)
            except Exception:  # an observer bug must not kill the SIP loop
                log.exception("observer of %s failed", self.name)

    def __len__(self) -> int:
        return len(self._observers)


class TaskQueue:
    """Calls to make later, outside any pjsua2 callback (`Softphone.poll()` runs them)."""

    def __init__(self) -> None:
        self._tasks: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()

    def later(self, fn: Callable[..., Any], *args: Any) -> None:
        self._tasks.append((fn, args))

    def run(self) -> None:
        """Run every queued call (and those they queue); one failing does not stop the rest."""
        while self._tasks:
            fn, args = self._tasks.popleft()
            try:
                fn(*args)
            except Exception:  # keep the loop alive
                log.exception("softphone task %s failed", getattr(fn, "__qualname__", fn))

    def clear(self) -> None:
        self._tasks.clear()
