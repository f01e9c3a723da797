"""Work-around: PySide6 6.12 on CPython 3.11 drops a reference to None on every void call.

Measured here (PySide6 6.12.0, Python 3.11.7): `QPainter.save()`, `QWidget.update()`,
`QRect.setWidth()`… each lower `sys.getrefcount(None)` by one, as does `QModelIndex.data()` when
the value is invalid. CPython 3.12+ makes None immortal, so the wheel's bindings are fine there;
on 3.11 the count reaches zero after some tens of thousands of calls (a few seconds of painting
a long list) and the interpreter aborts with "none_dealloc: deallocating None".

Until the dependency is pinned to a fixed PySide6 (or Python ≥ 3.12 is required), we do what
3.12 does: give None a reference count it can never exhaust. Only on CPython < 3.12.
"""
from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 60


def make_none_immortal() -> bool:
    """Raise the reference counts of None, True and False out of reach (3.12 makes all three
    immortal); True if it was needed (CPython < 3.12). True and False: an app run that ended with
    "bool_dealloc: deallocating True or False" while collecting garbage at exit, after the window
    had painted the emoji picker, reactions and the layout work of issue 15."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
    return True


make_none_immortal()
