"""The softphone's own SIP thread: pjsua2's events are handled here, never on the GUI thread
(issue 14: the SIP stack never waits on a relayout or a paint).

It loops `Softphone.handle_events()` (one `libHandleEvents(0)` batch under the softphone's
lock), and sleeps `IDLE_S` outside the lock when nothing was pending, so a GUI-thread command
(dial, answer, hang up) waits at most one batch for the lock. The pjsua2 callbacks run here
and only queue their observer emissions; the GUI thread runs them in `Softphone.poll()`.
(`libHandleEvents(timeout)` does release the GIL — measured — but holding the lock for a
blocking wait would stall the GUI's commands, and waiting without it would let pjsua2
callbacks take the lock while the GUI holds pjsua's own: a lock-order deadlock.)
"""
from __future__ import annotations

import logging
import threading
from typing import Protocol

log = logging.getLogger(__name__)

IDLE_S = 0.001   # nothing pending: look again in 1 ms (≈ 1,000 short wake-ups a second)


class EventSource(Protocol):
    def handle_events(self) -> int: ...

    def register_thread(self, name: str) -> None: ...


class SipThread:
    """A plain-Python thread that handles a softphone's SIP events until `stop()`."""

    def __init__(self, source: EventSource, *, idle_s: float = IDLE_S) -> None:
        self._source, self._idle_s = source, idle_s
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sip", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Stop handling events and wait for the thread (before `libDestroy`)."""
        self._stopping.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    def _run(self) -> None:
        try:
            self._source.register_thread("sip")
        except Exception:  # pjsua2 refused the thread: the GUI's poll() keeps handling events
            log.exception("the SIP thread could not register with pjsua2")
            return
        while not self._stopping.is_set():
            try:
                busy = self._source.handle_events()
            except Exception:  # keep handling SIP
                log.exception("SIP event handling failed")
                busy = 0
            if not busy:
                self._stopping.wait(self._idle_s)
