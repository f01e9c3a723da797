"""Snooze (issue 15 #16): the holder puts a conversation away until a time; the customer writing
wakes it; a time in the past or too far away is refused with a sentence; only who may write may."""
from datetime import timedelta

from rvops_contract.clock import to_iso
from tests.server.distribution.routing_kit import audit, conversation, customer_writes


def _record(client, conversation_id):
    return next(c for c in client.bootstrap()["conversations"] if c["id"] == conversation_id)


def test_the_holder_snoozes_until_a_time_and_the_customer_writing_wakes_it(live_server, fake_clock, ana):
    until = to_iso(fake_clock.now() + timedelta(hours=3))
    result = ana.mutate("snooze", conversation_id="cv_maria", until=until)
    assert result["status"] == "accepted" and result["data"] == {"snoozed_until": until}, result
    assert _record(ana, "cv_maria")["snoozed_until"] == until           # what the desk syncs
    assert audit(live_server, "cv_maria")[-1]["event"] == "snoozed"
    assert conversation(live_server, "cv_maria")["assignee_id"] == "u_ana"  # still hers
    customer_writes(live_server, sender="+5511987654321", text="Oi, alguma novidade?")
    assert conversation(live_server, "cv_maria")["snoozed_until"] is None
    assert _record(ana, "cv_maria")["snoozed_until"] is None


def test_waking_it_early_and_closing_it_clear_the_snooze(live_server, fake_clock, ana):
    until = to_iso(fake_clock.now() + timedelta(days=1))
    assert ana.mutate("snooze", conversation_id="cv_maria", until=until)["status"] == "accepted"
    assert ana.mutate("snooze", conversation_id="cv_maria", until=None)["status"] == "accepted"
    assert conversation(live_server, "cv_maria")["snoozed_until"] is None
    assert audit(live_server, "cv_maria")[-1]["event"] == "woken"
    assert ana.mutate("snooze", conversation_id="cv_maria", until=until)["status"] == "accepted"
    assert ana.mutate("close", conversation_id="cv_maria")["status"] == "accepted"
    assert conversation(live_server, "cv_maria")["snoozed_until"] is None


def test_a_time_past_or_too_far_is_refused_with_a_sentence(live_server, fake_clock, ana):
    past = ana.mutate("snooze", conversation_id="cv_maria", until=to_iso(fake_clock.now() - timedelta(minutes=1)))
    assert past["status"] == "refused" and past["reason"] == "invalid" and "passou" in past["message"]
    far = ana.mutate("snooze", conversation_id="cv_maria", until=to_iso(fake_clock.now() + timedelta(days=31)))
    assert far["status"] == "refused" and "30 dias" in far["message"]
    assert conversation(live_server, "cv_maria")["snoozed_until"] is None


def test_only_who_may_write_in_it_may_snooze_it(live_server, fake_clock, bruno):
    refused = bruno.mutate("snooze", conversation_id="cv_maria", until=to_iso(fake_clock.now() + timedelta(hours=1)))
    assert refused["status"] == "refused" and refused["reason"] in ("not_assigned", "forbidden")
    assert conversation(live_server, "cv_maria")["snoozed_until"] is None


def test_pending_until_the_customer_replies_is_accepted_and_their_message_ends_it(live_server, ana):
    from rvops_contract.snooze import UNTIL_REPLY_ISO
    result = ana.mutate("snooze", conversation_id="cv_maria", until=UNTIL_REPLY_ISO)
    assert result["status"] == "accepted", result
    assert _record(ana, "cv_maria")["snoozed_until"] == UNTIL_REPLY_ISO
    customer_writes(live_server, sender="+5511987654321", text="Pronto, enviei o comprovante")
    assert conversation(live_server, "cv_maria")["snoozed_until"] is None
