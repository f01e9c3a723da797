"""The SIP thread's pace (issue 14): every 1 ms while a call is up or events come, slowing to
every 20 ms while the softphone only waits for calls, back to 1 ms as soon as a call is placed.
No pjsua2 here: a scripted event source, and the thread's sleep recorded instead of slept."""
from __future__ import annotations

import threading

from rvops_desktop.voip.sip_thread import IDLE_S, RESTING_S, SipThread


class Source:
    """Events pending per turn (a script), calls up per turn, and `on_turn` hooks."""

    def __init__(self, events: list[int], calls: list[int]) -> None:
        self.events, self.call_counts, self.turn = events, calls, 0
        self.on_turn: dict[int, object] = {}

    def register_thread(self, name: str) -> None:
        self.name = name

    def handle_events(self) -> int:
        self.turn += 1
        hook = self.on_turn.get(self.turn)
        if callable(hook):
            hook()
        return self.events[self.turn - 1] if self.turn <= len(self.events) else 0

    @property
    def calls(self) -> list[object]:
        n = self.call_counts[self.turn - 1] if self.turn <= len(self.call_counts) else 0
        return [object()] * n


def run(source: Source, turns: int, thread_hooks=None) -> list[float]:
    """Run the thread for `turns` sleeps; the sleeps it asked for."""
    sleeps: list[float] = []
    done = threading.Event()
    thread: SipThread

    def wait(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) >= turns:
            thread._stopping.set()
            done.set()

    thread = SipThread(source, wait=wait)
    for turn, action in (thread_hooks or {}).items():
        source.on_turn[turn] = (lambda a=action: a(thread))
    thread.start()
    assert done.wait(10)
    thread.stop()
    return sleeps


def test_waiting_for_calls_it_slows_down_to_the_resting_pace():
    sleeps = run(Source(events=[], calls=[]), turns=8)
    assert sleeps[0] == 2 * IDLE_S and sleeps[-1] == RESTING_S
    assert sleeps == sorted(sleeps) and max(sleeps) == RESTING_S


def test_a_call_up_keeps_the_1_ms_pace():
    sleeps = run(Source(events=[], calls=[1] * 20), turns=10)
    assert set(sleeps) == {IDLE_S}


def test_events_bring_the_pace_back_and_are_handled_without_sleeping():
    events = [0] * 8 + [3, 2] + [0] * 10
    sleeps = run(Source(events=events, calls=[]), turns=12)
    # eight sleeps growing to RESTING_S; two busy turns without a sleep; then from 1 ms again
    assert sleeps[7] == RESTING_S and sleeps[8] == 2 * IDLE_S and len(sleeps) == 12


def test_a_wake_ends_the_resting_pace_at_once():
    sleeps = run(Source(events=[], calls=[]), turns=10, thread_hooks={8: SipThread.wake})
    assert sleeps[6] == RESTING_S and sleeps[7] == RESTING_S
    assert sleeps[8] == 2 * IDLE_S   # woken during turn 8: the next sleep starts from 1 ms again


def test_a_turn_that_handled_events_asks_the_owner_to_poll_now():
    asked: list[int] = []
    source = Source(events=[0, 2, 0, 1, 0], calls=[])
    sleeps: list[float] = []
    done = threading.Event()

    def wait(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) >= 3:
            thread._stopping.set()
            done.set()

    thread = SipThread(source, wait=wait, on_handled=lambda: asked.append(source.turn))
    thread.start()
    assert done.wait(10)
    thread.stop()
    assert asked == [2, 4]   # only the turns with events; never the idle ones
