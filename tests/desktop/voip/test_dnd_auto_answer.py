"""Do not disturb and auto-answer (issue 13 #3), against real callers on the loopback rig."""
from __future__ import annotations

import pytest
import siprig
from voip_helpers import pump

from rvops_contract.wire import Direction
from rvops_desktop.voip import CallOutcome, CallState

pytestmark = [pytest.mark.sip, pytest.mark.timeout(60)]


@pytest.fixture
def settings_restored(phone):
    before = phone.settings
    yield phone
    phone.apply_settings(before)


def test_do_not_disturb_declines_without_ringing_and_keeps_the_call_in_the_log(settings_restored, events):
    phone = settings_restored
    phone.apply_settings(phone.settings.with_changes(do_not_disturb=True))
    siprig.baresip_command("/dial sip:alice@127.0.0.1:5060")
    pump(phone, lambda: events.ended)
    assert events.incoming == [] and not phone.ringing   # the agent is not interrupted
    record = events.ended[0]
    assert record.direction is Direction.INBOUND and record.outcome is CallOutcome.REJECTED
    assert record.reason == "486 Busy Here" and record.number == "bob"


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_auto_answer_picks_up_after_the_chosen_delay_by_the_clock(settings_restored, events, rig_dir, monkeypatch):
    phone = settings_restored
    clock = _Clock()
    monkeypatch.setattr(phone, "_clock", clock)
    phone.apply_settings(phone.settings.with_changes(auto_answer=True, auto_answer_after_s=3))
    caller = siprig.start_sipp_caller(rig_dir, callee="alice", caller="11987654321")
    try:
        pump(phone, lambda: events.incoming)
        [call] = events.incoming
        for _ in range(20):   # time stands still: it keeps ringing
            phone.poll(10)
        assert call.state is CallState.RINGING and phone.ringing
        clock.now += 3.0      # the delay has passed
        pump(phone, lambda: call.state is CallState.CONNECTED)
        assert not phone.ringing
        pump(phone, lambda: not call.is_active)   # SIPp hangs up after its talk
        assert caller.wait(10) == 0, caller.tail()
    finally:
        caller.stop()
    assert events.ended[0].outcome is CallOutcome.ANSWERED
