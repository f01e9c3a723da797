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


# ---- OpenConversation: what is open, kept current from the replica --------------------------------
def test_the_open_conversation_follows_the_replica_and_says_what_changed(tmp_path):
    from rvops_desktop.models import Replica
    from rvops_desktop.models.open_conversation import ContactChanged, ConversationChanged, Opened, OpenConversation

    from .replica_factories import contact
    replica = Replica.open(tmp_path / "r.sqlite3")
    try:
        row = {"id": "c1", "contact_id": "k1", "channel": "whatsapp", "status": "open", "assignee_id": "u1",
               "opened_at": "2026-01-05T09:00:00Z"}
        replica.apply_bootstrap({"cursor": 1, "contacts": [contact("k1", name="Maria")], "conversations": [row]})
        model, events = OpenConversation(replica), []
        model.events.connect(events.append)
        replica.subscribe(model.apply)
        assert model.open("c1") and model.contact.name == "Maria" and events == [Opened("c1")]
        assert not model.open("c1")                                   # the same one: no event
        replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": "c1",
                                "record": {**row, "status": "closed"}}])
        assert model.conversation.status == "closed" and events[-1] == ConversationChanged("c1", gone=False)
        replica.apply_changes([{"cursor": 3, "collection": "contacts", "op": "upsert", "id": "k1",
                                "record": contact("k1", name="Maria Oliveira")}])
        assert model.contact.name == "Maria Oliveira" and events[-1] == ContactChanged("k1")
        count = len(events)
        replica.apply_changes([{"cursor": 4, "collection": "contacts", "op": "upsert", "id": "k2",
                                "record": contact("k2", name="Outra")}])
        assert len(events) == count                                    # someone else's contact
        replica.apply_changes([{"cursor": 5, "collection": "conversations", "op": "delete", "id": "c1"}])
        assert events[-1] == ConversationChanged("c1", gone=True) and model.conversation is None
        assert model.contact is None
    finally:
        replica.close()
