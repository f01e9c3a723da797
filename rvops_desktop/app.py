"""The entry point: `rvops-desktop [--demo] [--language pt_BR|en]`.

Creates the QApplication and qasync's event loop, signs in (the demo signs in as Ana; otherwise the
login dialog), opens the account's replica, starts the sync engine and the softphone, and shows the
inbox window. Closing the window stops everything this process started, the demo stack included.
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
from contextlib import suppress
from pathlib import Path

log = logging.getLogger("rvops_desktop")
FIRST_SYNC_TIMEOUT_SECONDS = 30


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rvops-desktop", description="Rvops Desktop: the agent's inbox")
    parser.add_argument("--demo", action="store_true",
                        help="start the embedded demo (server, Meta stand-in, simulated customers) and sign in as Ana")
    parser.add_argument("--no-customers", action="store_true", help="with --demo: no simulated customers")
    parser.add_argument("--language", help="pt_BR (default) or en")
    parser.add_argument("--log-level", default="info")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Rvops Desktop")
    app.setOrganizationName("Rvops")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    quitting = asyncio.Event()
    # Qt must not stop the loop by itself: closing the last window (or a signal) sets `quitting`,
    # and run() stops the engine, the softphone and the demo before the loop ends.
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(quitting.set)
    _quit_on_signals(app, loop, quitting)
    with loop:
        return loop.run_until_complete(run(app, args, quitting))


async def run(app, args, quitting: asyncio.Event) -> int:
    from rvops_desktop.models import Replica, replica_path
    from rvops_desktop.sync import SyncEngine
    from rvops_desktop.ui import build_main_window, i18n

    app.setProperty("rvopsLanguage", i18n.install(app, args.language))
    stack = None
    started: list = []
    try:
        if args.demo:
            from rvops_desktop.demo import DEMO_AGENT_EMAIL, DEMO_PASSWORD, DemoStack
            from rvops_desktop.sync import Session
            stack = await asyncio.to_thread(DemoStack(simulate_customers=not args.no_customers).start)
            session = Session(stack.server_url)
            user = await session.login(DEMO_AGENT_EMAIL, DEMO_PASSWORD)
            path = Path(stack.folder) / "replica.sqlite3"
        else:
            session, user = await _sign_in()
            if session is None:
                return 0
            path = replica_path(session.server_url, user["id"])
        replica = Replica.open(path)
        started.append(replica.close)
        first_sync = replica.cursor is None
        engine = SyncEngine(replica, session.client)
        engine.start()
        started.append(engine.stop)
        if first_sync:  # a first login has nothing to show until the bootstrap lands
            with suppress(asyncio.TimeoutError, TimeoutError):
                await engine.wait_idle(FIRST_SYNC_TIMEOUT_SECONDS)
        softphone = _start_softphone(replica)  # the window logs its finished calls (ui/services/softphone.py)
        if softphone is not None:
            started.append(softphone.shutdown)
        window = build_main_window(engine, replica, softphone, me=user, language=args.language)
        window.show()
        # what start-up built (modules, the inbox's summaries) lives as long as the window: keep the
        # collector from walking it again, where a full collection froze scrolling for 130-200 ms
        gc.collect()
        gc.freeze()
        log.info("inbox window shown for %s on %s", user["email"], session.server_url)
        await quitting.wait()
        return 0
    finally:
        for stop in reversed(started):
            with suppress(Exception):
                result = stop()
                if asyncio.iscoroutine(result):
                    await result
        if stack is not None:
            await asyncio.to_thread(stack.stop)


def _quit_on_signals(app, loop, quitting: asyncio.Event) -> None:
    """Ctrl+C or SIGTERM quit like closing the window: everything started is stopped."""
    import signal

    from PySide6.QtCore import QTimer
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: loop.call_soon_threadsafe(quitting.set))
    pulse = QTimer(app)  # lets the interpreter run its signal handlers while Qt waits
    pulse.start(250)
    pulse.timeout.connect(lambda: None)


async def _sign_in():
    """The login dialog (remembers the server and account); (None, None) if the agent cancels."""
    from rvops_desktop.ui.dialogs.login import LoginDialog
    dialog = LoginDialog()
    done = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda code: done.done() or done.set_result(code))
    dialog.show()
    if not await done or dialog.session is None:
        return None, None
    return dialog.session, dialog.user


def _start_softphone(replica):
    """The softphone when pjsua2 is available; otherwise calls stay disabled and the UI says why."""
    from rvops_desktop.calls import contact_matcher
    from rvops_desktop.voip import Softphone, availability
    from rvops_desktop.voip.settings import load_settings
    if not availability().available:
        log.warning("calls disabled: %s", availability().reason)
        return None
    softphone = Softphone(load_settings(), contact_matcher=contact_matcher(replica))
    try:
        softphone.start()
    except Exception:
        log.exception("softphone failed to start: calls disabled")
        return None
    return softphone


if __name__ == "__main__":
    sys.exit(main())
