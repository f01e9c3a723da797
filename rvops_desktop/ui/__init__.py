"""The Qt user interface (the only package, with the app entry point, that imports Qt).

    window = build_main_window(engine, replica, softphone=None, me=user_record)

See docs/ui.md for what the entry point provides (QApplication, qasync loop, login).
"""
from . import _none_refcount  # noqa: F401  (first: PySide6 6.12 on CPython 3.11, see the module)
from .factory import MainWindow, build_main_window

__all__ = ["MainWindow", "build_main_window"]
