"""The softphone's own SIP thread: pjsua2's events are handled here, never on the GUI thread
(issue 14: the SIP stack never waits on a relayout or a paint).

It loops `Softphone.handle_events()` (one `libHandleEvents(0)` batch under the softphone's
lock), and sleeps outside the lock when nothing was pending, so a GUI-thread command (dial,
answer, hang up) waits at most one batch for the lock. The sleep is `IDLE_S` while a call is up
or something just happened, and doubles up to `RESTING_S` while the softphone only waits for
calls: ≈ 1,000 wake-ups a second cost 2.8 % of a core for nothing (bench_call_setup). A call
placed or ended (`wake()`) brings it back to `IDLE_S` at once; an incoming INVITE waits at most
`RESTING_S`. The pjsua2 callbacks run here and only queue their observer emissions; the GUI
thread runs them in `Softphone.poll()`.
(`libHandleEvents(timeout)` does release the GIL — measured — but holding the lock for a
blocking wait would stall the GUI's commands, and waiting without it would let pjsua2
callbacks take the lock while the GUI holds pjsua's own: a lock-order deadlock.)
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

log = logging.getLogger(__name__)

IDLE_S = 0.001      # a call up, nothing pending: look again in 1 ms
RESTING_S = 0.020   # no call for a while: every 20 ms (the GUI thread's poll interval)


class EventSource(Protocol):
    def handle_events(self) -> int: ...

    def register_thread(self, name: str) -> None: ...

    @property
    def calls(self) -> list[Any]: ...


class SipThread:
    """A plain-Python thread that handles a softphone's SIP events until `stop()`."""

    def __init__(self, source: EventSource, *, idle_s: float = IDLE_S, resting_s: float = RESTING_S,
                 wait: Callable[[float], object] | None = None,
                 on_handled: Callable[[], object] | None = None) -> None:
        """`wait(seconds)`: the sleep between turns (default: until `wake()`, `stop()` or the time).
        `on_handled()`, called here after a turn that handled events: their observer calls are
        queued, the owner may `poll()` now rather than at its next tick (the app asks its GUI
        thread to, so a call's new state shows at once, not up to 20 ms later)."""
        self._source, self._idle_s, self._resting_s = source, idle_s, resting_s
        self.on_handled = on_handled   # (the owner may set it later: the window that polls now)
        self._stopping = threading.Event()
        self._woken = threading.Event()   # set by stop() and wake(): the sleep ends now
        self._wait = wait or self._woken.wait
        self._thread = threading.Thread(target=self._run, name="sip", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Stop handling events and wait for the thread (before `libDestroy`)."""
        self._stopping.set()
        self._woken.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    def wake(self) -> None:
        """Something is about to happen (a call placed): handle events every `IDLE_S` again."""
        self._woken.set()

    def _run(self) -> None:
        try:
            self._source.register_thread("sip")
        except Exception:  # pjsua2 refused the thread: the GUI's poll() keeps handling events
            log.exception("the SIP thread could not register with pjsua2")
            return
        sleep = self._idle_s
        while not self._stopping.is_set():
            try:
                busy = self._source.handle_events()
                if busy and (on_handled := self.on_handled) is not None:
                    on_handled()
            except Exception:  # keep handling SIP
                log.exception("SIP event handling failed")
                busy = 0
            if busy or self._source.calls:
                sleep = self._idle_s
            else:
                sleep = min(2 * sleep, self._resting_s)
            if not busy:
                self._wait(sleep)
                if self._woken.is_set():
                    self._woken.clear()
                    sleep = self._idle_s
