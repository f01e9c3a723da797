"""The Qt user interface (the only package, with the app entry point, that imports Qt).

    window = build_main_window(engine, replica, softphone=None, me=user_record)

See docs/ui.md for what the entry point provides (QApplication, qasync loop, login).
"""
from .factory import MainWindow, build_main_window

__all__ = ["MainWindow", "build_main_window"]
