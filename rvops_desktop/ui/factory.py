"""`build_main_window(engine, replica, softphone=None, me=...)`: what app.py calls after login."""
from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtWidgets import QApplication

from rvops_contract.clock import SystemClock
from rvops_contract.phones import shown

from . import i18n
from .look import dress
from .services.session import SessionService
from .widgets.main_window import MainWindow

log = logging.getLogger(__name__)


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
    dress(app)  # the app's look (already on when the sign-in dialog came first)
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
        from .services.thumbnails import Thumbnails
        media = window.media
        window.pane.thread.set_thumbnails(Thumbnails(media_cache, lambda a: media.fetch(a, quiet=True), parent=window))
        _tell_visitors_the_agent_types(window, client, clock)
    if notifier is not None:
        notifier.setParent(window)
        notifier.activated.connect(lambda cid: _open(window, cid))
        notifier.showRequested.connect(window.bring_to_front)
        notifier.quitRequested.connect(window.quitRequested)
    if phone is not None:
        phone.incoming.connect(lambda call: _ringing(window, phone, notifier, call))
        phone.callEnded.connect(lambda _record: notifier is not None and notifier.native.call_over())
        phone.callChanged.connect(lambda call: notifier is not None and getattr(call, "state", None) is not None
                                  and str(call.state.value) != "ringing" and notifier.native.call_over())
    # what the agent's first action needs and the first paint does not, each on its own event-loop
    # turn after it: without a softphone, whether the SIP engine is missing (≈ 35 ms); the wire's
    # argument models (pydantic, ≈ 0.1 s), which the first read mark would otherwise load
    # mid-click; the replica's SQLAlchemy engine (≈ 0.15 s); its Store, with SQLModel and the table
    # classes (≈ 0.2 s); the statements opening a conversation runs, compiled (≈ 30 ms). The desk
    # puts its sync's start first (`window.after_first_paint.first`, ui/services/after_first_paint.py).
    # Once the whole inbox view is read: phonenumbers (≈ 13 ms), which the contact panel's call
    # button writes the number with (on the first conversation opened, it cost that open 13-18 ms).
    window.after_first_paint.add(
        window.calls.say_why_off,
        lambda: importlib.import_module("rvops_contract.wire.mutations"),
        lambda: replica.engine,
        lambda: replica.store,
        lambda: replica.store.warm())
    window.inbox_loading.when_loaded(lambda: window.after_first_paint.add(lambda: shown("+5511987654321")))
    return window


def _tell_visitors_the_agent_types(window: MainWindow, client, clock) -> None:
    """Keystrokes in the composer of a webchat conversation show "… is typing" in the visitor's widget."""
    import asyncio

    from rvops_desktop.sync.typing import TypingSignal
    typing = TypingSignal(client.typing, clock=lambda: clock.now().timestamp())
    window.typing = typing
    pane = window.pane

    def typed() -> None:
        conversation = pane.conversation
        if conversation is None or not pane.composer.edit.toPlainText().strip():
            return  # nothing written (a cleared composer after sending is not typing)
        pending = typing.keystroke(conversation.id, conversation.channel or "")
        if pending is not None:
            asyncio.ensure_future(pending)
    pane.composer.edit.textChanged.connect(typed)


def _ringing(window: MainWindow, phone, notifier, call) -> None:
    """An incoming call reaches the agent even with the window minimised or in the tray: the window
    comes up (taskbar attention) and a call notification offers Answer and Reject."""
    caller = call.contact_name or call.number or ""
    log.info("incoming call from %s: raising the window", caller)
    window.bring_to_front()
    if notifier is not None:
        # the buttons act on this ringing call, whatever call the window shows (one may be on hold)
        notifier.native.ringing(caller, answer=lambda: phone.answer(call.id), reject=lambda: phone.reject(call.id),
                                show=window.bring_to_front)


def _open(window: MainWindow, conversation_id: str) -> None:
    log.info("opening conversation %s from a notification", conversation_id)
    window.bring_to_front()
    window.inbox_views.reveal(conversation_id)


__all__ = ["MainWindow", "build_main_window"]
