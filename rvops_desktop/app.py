"""The entry point: `rvops-desktop [--demo] [--language pt_BR|en] [tel:…|sip:…|callto:…]`.

Creates the QApplication and qasync's event loop, makes sure one instance runs per user profile
(a second launch hands its arguments over and exits 0), then runs the desk:

1. the session: the demo signs in as Ana; otherwise the saved session (server, account, and the
   token from the OS keychain) is resumed with no dialog, else the login dialog asks;
2. the inbox opens from the replica at once, whether or not the server answers, while the sync
   engine connects (and reconnects) in the background;
3. it stays up until the agent quits (File ▸ Quit, the tray, or closing the window when it does
   not close to the tray); "Sign out" revokes the token and a 401 (expired or revoked token)
   forgets it, and both lead back to the login dialog with the replica kept.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from contextlib import suppress
from pathlib import Path
from typing import NoReturn

from rvops_desktop.desk import QUIT, SIGN_OUT, Links, media_cache_beside, open_desk

log = logging.getLogger("rvops_desktop")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rvops-desktop", description="Rvops Desktop: the agent's inbox")
    parser.add_argument("links", nargs="*", metavar="LINK",
                        help="tel:NUMBER, callto:NUMBER or sip:URI to dial (in the running app if there is one)")
    parser.add_argument("--demo", action="store_true",
                        help="start the embedded demo (server, Meta stand-in, simulated customers) and sign in as Ana")
    parser.add_argument("--no-customers", action="store_true", help="with --demo: no simulated customers")
    parser.add_argument("--language", help="pt_BR (default) or en")
    parser.add_argument("--log-level", default="info")
    return parser.parse_args(argv)


def missing_parts(demo: bool) -> str | None:
    """What this install lacks to run as asked, as the pip command that adds it (None: nothing)."""
    from importlib.util import find_spec
    if find_spec("PySide6") is None or find_spec("qasync") is None:
        return "pip install 'rvops[desktop]'" if not demo else "pip install 'rvops[demo]'"
    if demo and (find_spec("fastapi") is None or find_spec("alembic") is None):
        return "pip install 'rvops[demo]'"
    return None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    missing = missing_parts(args.demo)
    if missing:  # e.g. `rvops-desktop` on a server-only install
        what = "the demo (desktop, server and Meta stand-in)" if args.demo else "the desktop app"
        print(f"rvops-desktop: {what} is not installed in this environment; add it with: {missing}",
              file=sys.stderr)
        return 2
    from rvops_desktop import logs
    log_file = logs.configure(args.log_level)
    _report_crashes()
    import qasync
    from PySide6.QtWidgets import QApplication

    from rvops_desktop.ui.services.qt_messages import route_to_log
    from rvops_desktop.ui.services.single_instance import SingleInstance, profile_key

    route_to_log()  # Qt's warnings become log records (the file, a time, a level), not bare stderr lines
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from rvops_desktop.ui.services.main_thread_gc import MainThreadGarbageCollector
    collector = MainThreadGarbageCollector(app)  # noqa: F841 - worker threads never free GUI objects
    app.setApplicationName("rvops-desktop")  # no space (the dash still bars it from D-Bus paths: ui/services/launcher_badge.py)
    app.setOrganizationName("Rvops")
    app.setDesktopFileName("rvops-desktop")
    instance = SingleInstance(profile_key(_profile_folder(), "demo" if args.demo else ""))
    if instance.forward(args.links):
        log.info("already running for this profile: handed over %s", args.links or "a request to show the window")
        return 0
    instance.listen()
    from rvops_desktop.updates import current_version
    log.info("Rvops Desktop %s starting; log file %s", current_version(), log_file)
    args.restart = []  # set to the new release's executable when an update was installed
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    quitting = asyncio.Event()
    # Qt never quits by itself (a closing login dialog is not the end of the app): quitting is set by
    # File ▸ Quit, the tray, closing the window when it does not close to the tray, or a signal.
    app.setQuitOnLastWindowClosed(False)
    _quit_on_signals(app, loop, quitting)
    try:
        with loop:
            code = loop.run_until_complete(run(app, args, quitting, instance))
    finally:
        instance.close()
        with suppress(Exception):
            import faulthandler
            faulthandler.cancel_dump_traceback_later()
    if args.restart:  # everything is shut (replica, outbox, demo stack): become the new release
        from rvops_desktop.updates import installed_app_dir, restart_into
        restart_into(args.restart[0], sys.argv[1:] if argv is None else list(argv), installed_app_dir())
    return code


def entry() -> NoReturn:
    """The `rvops-desktop` console script (and the frozen app): `main`, then the process ends at once.

    By the time `main` returns everything is closed and written (the replica, the outbox, the log,
    the softphone, the demo stack). What Python's interpreter shutdown would still do is tear down
    module globals in no set order: PySide6's and pjsua2's native objects freed after the modules
    they need were cleared. That crashed with SIGSEGV after "shut down" in a CI journey and in the
    call-audio test's agent, turning a clean Quit into exit code -11. So the process ends with the
    code `main` chose, its logs flushed, without that second teardown."""
    code = main()
    end_process(code)


def end_process(code: int) -> NoReturn:
    import logging
    logging.shutdown()  # flush and close every handler (the rotating log file)
    for stream in (sys.stdout, sys.stderr):
        with suppress(Exception):
            stream.flush()
    os._exit(code)


def _profile_folder() -> Path:
    import platformdirs
    return Path(platformdirs.user_config_dir("rvops-desktop", appauthor=False))


async def run(app, args, quitting: asyncio.Event, instance=None) -> int:
    from rvops_desktop.ui import i18n
    from rvops_desktop.ui.emoji_font import ensure_emoji_font
    from rvops_desktop.ui.look import dress
    app.setProperty("rvopsLanguage", i18n.install(app, args.language))
    dress(app)  # before the first window: the sign-in dialog looks like the inbox after it
    ensure_emoji_font()
    links = Links(args.links)
    if instance is not None:
        instance.received.connect(links.handed_over)
    from rvops_desktop.ui.services.url_open import UrlOpenFilter
    opened = UrlOpenFilter(links.handed_over, app)  # macOS hands clicked tel: links over as QFileOpenEvent
    app.installEventFilter(opened)
    softphone = None
    stack = None
    try:
        if args.demo:
            from rvops_desktop.demo import DEMO_AGENT_EMAIL, DEMO_PASSWORD, DemoStack
            from rvops_desktop.sync import Session
            stack = await asyncio.to_thread(DemoStack(simulate_customers=not args.no_customers).start)
            session = Session(stack.server_url)
            user = await session.login(DEMO_AGENT_EMAIL, DEMO_PASSWORD)
            softphone = _start_softphone()
            await open_desk(args, session, user, Path(stack.folder) / "replica.sqlite3", softphone, quitting, links)
            return 0
        from rvops_desktop.models import replica_path
        from rvops_desktop.sync import profile
        notice = None
        while True:
            saved = profile.load()
            session = profile.resume(saved)
            user = saved.user if session is not None else None
            if session is None:
                session, user = await _sign_in(notice, quitting)
                if session is None:
                    return 0
                profile.save(session.server_url, user)
            else:
                log.info("session resumed from the keychain for %s on %s", saved.email, saved.server_url)
            if softphone is None:
                softphone = _start_softphone()
            outcome = await open_desk(args, session, user, replica_path(session.server_url, user["id"]),
                                      softphone, quitting, links)
            if outcome == QUIT:
                return 0
            if outcome == SIGN_OUT:
                await session.logout()
                profile.forget()
                notice = None
                log.info("signed out %s", user.get("email"))
            else:  # EXPIRED: the replica stays; the token is gone
                session.forget()
                from PySide6.QtCore import QCoreApplication
                notice = QCoreApplication.translate(
                    "Desk", "Your session has expired or was ended on another device. Sign in again; "
                            "nothing you wrote is lost.")
                log.info("session of %s no longer valid: back to the login dialog", user.get("email"))
    finally:
        log.info("shutting down: softphone %s, demo stack %s", "on" if softphone else "off", "on" if stack else "off")
        if softphone is not None:
            with suppress(Exception):
                softphone.shutdown()
            if softphone.audio_bridge is not None:
                with suppress(Exception):
                    softphone.audio_bridge.close()
        if stack is not None:
            await asyncio.to_thread(stack.stop)
        log.info("shut down")


def _quit_on_signals(app, loop, quitting: asyncio.Event) -> None:
    """Ctrl+C or SIGTERM quit like File ▸ Quit: everything started is stopped."""
    import signal

    from PySide6.QtCore import QTimer
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: loop.call_soon_threadsafe(quitting.set))
    pulse = QTimer(app)  # lets the interpreter run its signal handlers while Qt waits
    pulse.start(250)
    pulse.timeout.connect(lambda: None)


async def _sign_in(notice: str | None, quitting: asyncio.Event):
    """The login dialog (remembers the server and account); (None, None) if the agent cancels."""
    from rvops_desktop.ui.dialogs.login import LoginDialog
    dialog = LoginDialog(notice=notice)
    done = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda code: done.done() or done.set_result(code))
    waiting_quit = asyncio.ensure_future(quitting.wait())
    waiting_quit.add_done_callback(lambda _f: done.done() or done.set_result(0))
    dialog.show()
    code = await done
    waiting_quit.cancel()
    dialog.close()
    if not code or dialog.session is None:
        return None, None
    return dialog.session, dialog.user


def _report_crashes() -> None:
    """A fatal signal in native code (Qt, pjsua2, an audio backend) prints every thread's Python
    stack on stderr before the process dies, so a crash says where it happened instead of ending
    the output mid-line."""
    import faulthandler
    if sys.stderr is not None:
        with suppress(Exception):
            faulthandler.enable(file=sys.stderr, all_threads=True)


def _start_softphone():
    """The softphone when pjsua2 is available; otherwise calls stay disabled and the UI says why.
    One per process (pjsua2 holds one endpoint): it outlives a sign-out and serves the next session."""
    from rvops_desktop.voip import Softphone, availability
    from rvops_desktop.voip.settings import load_settings
    if not availability().available:
        log.warning("calls disabled: %s", availability().reason)
        return None
    from rvops_desktop.ui.services.call_audio import QtCallAudio
    # The wheel's pjsua2 has no sound devices: the call's audio goes through the OS's devices
    # (the agent's headset) by QtMultimedia, on its own thread (docs/voip.md, "Call audio path").
    bridge = QtCallAudio()
    softphone = Softphone(load_settings(), audio_bridge=bridge)
    try:
        softphone.start()
    except Exception:
        log.exception("softphone failed to start: calls disabled")
        bridge.close()
        return None
    return softphone


__all__ = ["end_process", "entry", "main", "media_cache_beside", "parse_args", "run"]  # media_cache_beside: its old home

if __name__ == "__main__":
    entry()
