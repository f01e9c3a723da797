"""What the open conversation allows (models/open_conversation.py): decided without Qt from the
replica's row, the contact, the agent and the clock."""
from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from rvops_desktop.models.open_conversation import ComposerLock, conversation_state

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def _conversation(**fields):
    base = dict(status="open", channel="whatsapp", assignee_id="u_ana", last_inbound_at="2026-01-05T11:00:00Z",
                window_closed_by_provider=False, snoozed_until=None)
    return SimpleNamespace(**{**base, **fields})


def _state(conversation, *, me="u_ana", can_act=True, phone="+5511987654321"):
    return conversation_state(conversation, SimpleNamespace(phone=phone), me=me, can_act=can_act, now=NOW)


def test_mine_open_and_in_the_window_allows_everything():
    state = _state(_conversation())
    assert (state.lock, state.can_act, state.can_claim, state.claim_first) == (ComposerLock.NONE, True, False, False)
    assert state.minutes_left == 23 * 60 and state.reactions_allowed and state.can_call


@pytest.mark.parametrize(("channel", "lock", "can_resume"), [
    ("whatsapp", ComposerLock.WINDOW_RESUMABLE, True), ("instagram", ComposerLock.WINDOW_WAIT, False)])
def test_past_the_window_the_composer_locks_with_the_channels_way_back(channel, lock, can_resume):
    state = _state(_conversation(channel=channel, last_inbound_at="2026-01-04T11:00:00Z"))
    assert state.lock is lock and state.can_resume is can_resume
    assert state.minutes_left is None and not state.reactions_allowed
    assert not _state(_conversation(last_inbound_at="2026-01-04T11:00:00Z"), can_act=False).can_resume


def test_closed_locks_the_composer_and_offers_no_claim():
    state = _state(_conversation(status="closed", assignee_id=None))
    assert state.lock is ComposerLock.CLOSED and not state.can_claim and not state.claim_first
    assert not state.reactions_allowed


def test_a_queued_or_a_colleagues_conversation_asks_to_claim_first():
    queued = _state(_conversation(assignee_id=None), can_act=False)
    assert queued.can_claim and queued.claim_first and not queued.reactions_allowed
    supervisor = _state(_conversation(assignee_id="u_bruno"), can_act=True)   # may act on anyone's
    assert not supervisor.claim_first and not supervisor.can_claim


def test_snoozed_is_said_only_while_it_sleeps_and_no_phone_means_no_call():
    assert _state(_conversation(snoozed_until="2026-01-05T13:00:00Z")).snoozed_until == "2026-01-05T13:00:00Z"
    assert _state(_conversation(snoozed_until="2026-01-05T11:00:00Z")).snoozed_until is None
    assert not _state(_conversation(), phone=None).can_call
