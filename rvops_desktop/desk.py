"""One signed-in session's desk, for the entry point (app.py): the replica, the sync engine and
the inbox window until the agent quits, signs out or the session expires; the links to dial in
it; the media cache beside the replica; updates offered while it is open."""
from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from rvops_desktop.models import MediaCache
    from rvops_desktop.sync import Session
    from rvops_desktop.ui.widgets.main_window import MainWindow
    from rvops_desktop.voip import Softphone

log = logging.getLogger("rvops_desktop")
FIRST_SYNC_TIMEOUT_SECONDS = 30
SHUTDOWN_REPORT_AFTER_S = 20

QUIT, SIGN_OUT, EXPIRED = "quit", "sign_out", "expired"


async def open_desk(args: argparse.Namespace, session: Session, user: dict[str, Any], path: Path,
                    softphone: Softphone | None, quitting: asyncio.Event, links: Links) -> str:
    """The inbox for one session, until the agent quits, signs out or the session expires."""
    from rvops_desktop.calls import contact_matcher
    from rvops_desktop.models import Replica
    from rvops_desktop.sync import SyncEngine
    from rvops_desktop.sync.state import ConnectionState, SyncStatus
    from rvops_desktop.ui import build_main_window
    from rvops_desktop.ui.services.main_thread_gc import keep_start_up_out_of_collections

    replica = Replica.open(path)
    started: list[Callable[[], object]] = [replica.close]  # what to stop, in reverse (coroutines awaited)
    ended: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    def end(outcome: str) -> None:
        if not ended.done():
            ended.set_result(outcome)

    window = None
    try:
        first_sync = replica.cursor is None
        engine = SyncEngine(replica, session.client)
        started.append(engine.stop)
        told = [""]  # the connection's last line: a status that changes only what arrives is not logged again

        def heard(status: SyncStatus) -> None:
            line = f"{status.state} ({status.pending} waiting)"
            if line != told[0]:
                told[0] = line
                log.info("connection: %s", line)
            if status.state is ConnectionState.SIGNED_OUT:
                end(EXPIRED)
        started.append(engine.subscribe(heard))
        if first_sync:  # a first sign-in shows the inbox once its conversations start to arrive (the rest
            # keeps coming, counted in the status bar), or once the link drops
            engine.start()
            with suppress(asyncio.TimeoutError, TimeoutError):
                await engine.wait_for(lambda s: (s.state is ConnectionState.ONLINE and s.pending == 0)
                                      or s.inbox_arriving
                                      or s.state in (ConnectionState.OFFLINE, ConnectionState.SIGNED_OUT),
                                      FIRST_SYNC_TIMEOUT_SECONDS)
        if softphone is not None:
            softphone.contact_matcher = cast(Any, contact_matcher)(replica)  # calls.py is not annotated yet
        media = media_cache_beside(path)  # opened files are kept under a size cap, not left in /tmp
        started.append(media.close)
        window = build_main_window(engine, replica, softphone, me=user, language=args.language, media_cache=media)
        window.managed = True  # closing it goes to the tray or quits through `end`, not behind our back
        window.signOutRequested.connect(lambda: end(SIGN_OUT))
        window.quitRequested.connect(lambda: end(QUIT))
        def painted() -> None:  # the first step after the window's first paint
            since = seconds_since_process_start()
            log.info("inbox painted %s after the process started; the replica's engine %s",
                     f"{since:.2f} s" if since is not None else "(unknown)",
                     "made" if replica.has_engine else "not made yet")
            if not first_sync:  # a returning agent's inbox paints from the replica, then syncs
                engine.start()
        window.after_first_paint.first(painted)
        window.show()
        links.deliver_to(window)
        def whole() -> None:  # the start-up's objects leave the collector's walks once the view is whole
            log.info("inbox view read: %d conversations; chunks read after the first paint: %d",
                     len(window.inbox), window.inbox_loading.steps)
            keep_start_up_out_of_collections()
        window.inbox_loading.when_loaded(whole)
        log.info("inbox window shown for %s on %s", user["email"], session.server_url)
        checking = offer_updates(window, softphone, args, end)
        if checking is not None:
            started.append(checking.cancel)
        waiting_quit = asyncio.ensure_future(quitting.wait())
        waiting_quit.add_done_callback(lambda _f: end(QUIT))
        outcome = await ended
        waiting_quit.cancel()
        log.info("desk closing: %s", outcome)
        watch_shutdown()
        return outcome
    finally:
        links.deliver_to(None)
        if window is not None:
            window.shut()
        for stop in reversed(started):
            with suppress(Exception):
                result = stop()
                if asyncio.iscoroutine(result):
                    await result
        gc.unfreeze()


def media_cache_beside(replica_path: Path) -> MediaCache:
    """The downloaded attachments of one account, next to its replica (LRU, capped at 500 MB)."""
    from rvops_desktop.models import MediaCache
    replica_path = Path(replica_path)
    return MediaCache(replica_path.with_name(replica_path.stem + "-media"))


class Links:
    """The links the app was started with or handed over by later launches: each dials in the
    window (matching the contact by number); waiting ones go to the next window that opens."""

    def __init__(self, arguments: list[str]) -> None:
        self.window: MainWindow | None = None
        self.waiting: list[str] = list(arguments)

    def handed_over(self, arguments: list[str]) -> None:
        self.waiting.extend(arguments)
        if self.window is not None:
            self.window.bring_to_front()
        self._deliver()

    def deliver_to(self, window: MainWindow | None) -> None:
        self.window = window
        self._deliver()

    def _deliver(self) -> None:
        from rvops_desktop.links import dial_request
        while self.window is not None and self.waiting:
            argument = self.waiting.pop(0)
            target = dial_request(argument)
            if target is None:
                log.warning("ignored an argument that is not a tel:, callto: or sip: link: %r", argument)
                continue
            log.info("dial request %s -> %s", argument, target)
            self.window.dial_link(target)


def seconds_since_process_start() -> float | None:
    """How long ago this process started (Linux's /proc; None elsewhere)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])  # field 22
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return None


def watch_shutdown() -> None:
    """Closing (replica, sync, softphone, demo stack) takes a second or two: if it takes longer, the
    log gets every thread's stack, so a stuck step is named rather than guessed."""
    import faulthandler
    with suppress(Exception):
        faulthandler.dump_traceback_later(SHUTDOWN_REPORT_AFTER_S, repeat=False, file=sys.stderr)


def offer_updates(window: MainWindow, softphone: Softphone | None, args: argparse.Namespace,
                  end: Callable[[str], None]) -> asyncio.Future[None] | None:
    """In a packaged app whose operator publishes updates: look for a newer release off the GUI
    thread and, if there is one, offer it; the agent chooses when (never during a call), then the
    desk closes as on Quit and the process restarts into the new release (`main`)."""
    from rvops_desktop import updates
    app_dir = updates.installed_app_dir()
    if app_dir is None:
        return None
    updates.clean_previous(app_dir)
    source = updates.UpdateSource.beside(app_dir)
    if source is None:
        log.info("updates: this installation has no update repository configured")
        return None
    import platformdirs
    cache = Path(platformdirs.user_cache_dir("rvops-desktop", appauthor=False)) / "updates"
    updater = updates.Updater(source, app_dir, cache)

    def blocked() -> str | None:
        return updates.may_install_now(len(softphone.calls) if softphone is not None else 0, app_dir)

    async def check() -> None:
        try:
            offer = await asyncio.to_thread(updater.check)
        except Exception as exc:  # noqa: BLE001 - offline, or a repository that does not verify: log it only
            log.warning("updates: the repository could not be read or trusted: %s", exc)
            return
        if offer is None:
            log.info("updates: %s is the newest release", updater.current)
            return
        log.info("updates: %s offered (running %s)", offer.version, updater.current)
        from rvops_desktop.ui.dialogs.update import UpdateDialog
        dialog = UpdateDialog(offer, updater.current, blocked, updater.install, window)

        def installed(executable: str) -> None:
            args.restart[:] = [executable]
            end(QUIT)
        dialog.installed.connect(installed)
        dialog.show()

    return asyncio.ensure_future(check())
