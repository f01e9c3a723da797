"""The Qt user interface (the only package, with the app entry point, that imports Qt).

    window = build_main_window(engine, replica, softphone=None, me=user_record)

See docs/ui.md for what the entry point provides (QApplication, qasync loop, login). The window's
modules load on first use (PEP 562), so a second launch that only hands its arguments to the
running instance (services/single_instance.py) exits without importing them.
"""
from . import _none_refcount  # noqa: F401  (first: PySide6 6.12 on CPython 3.11, see the module)

__all__ = ["MainWindow", "build_main_window"]


def __getattr__(name: str):
    if name in __all__:
        from . import factory
        return getattr(factory, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
