"""`build_main_window(engine, replica, softphone=None, me=...)`: what app.py calls after login."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from rvops_contract.clock import SystemClock

from . import i18n
from .services.session import SessionService
from .theme import ThemeWatcher
from .widgets.main_window import MainWindow


def _me(replica, engine, me) -> dict[str, Any]:
    if isinstance(me, dict):
        return me
    user_id = me or getattr(engine, "user_id", None)
    user = replica.store.user(user_id) if user_id else None
    if user is None:
        raise ValueError("build_main_window needs the signed-in user (me=user record or id)")
    return user.model_dump()


def build_main_window(engine, replica, softphone=None, *, me=None, clock=None, language: str | None = None,
                      notifications: bool = True, media_cache=None) -> MainWindow:
    """The inbox window over a running SyncEngine and its replica (see docs/ui.md)."""
    app = QApplication.instance()
    if app.property("rvopsLanguage") is None:
        app.setProperty("rvopsLanguage", i18n.install(app, language))
    if getattr(app, "_rvops_theme", None) is None:
        app._rvops_theme = ThemeWatcher(parent=app)
    clock = clock or getattr(replica, "clock", None) or SystemClock()
    session = SessionService(replica, engine, _me(replica, engine, me), clock=clock)
    notifier = None
    if notifications:
        from .services.notifications import Notifier
        notifier = Notifier(session)
    phone = None
    if softphone is not None:
        from .services.softphone import SoftphoneService
        phone = SoftphoneService(softphone, session.actions, replica)
    window = MainWindow(session, softphone=phone, notifier=notifier)
    session.setParent(window)
    client = getattr(engine, "client", None)
    if client is not None:
        from .services.media import MediaService
        window.uploads = window.media = MediaService(session, client, media_cache, parent=window)
        window.media.failed.connect(lambda sentence: window.statusBar().showMessage(sentence, 15000))
    if notifier is not None:
        notifier.setParent(window)
        notifier.activated.connect(lambda cid: _open(window, cid))
    return window


def _open(window: MainWindow, conversation_id: str) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if not window.list.select(conversation_id):
        window.open_conversation(conversation_id)


__all__ = ["MainWindow", "build_main_window"]
