"""Softphone ↔ replica glue: matching a caller to a contact, and logging every call (S9)."""
from datetime import datetime, timezone

from rvops_contract.wire import Direction
from rvops_desktop.calls import contact_matcher, record_calls
from rvops_desktop.models import Replica
from rvops_desktop.sync import Actions
from rvops_desktop.voip.events import Signal
from rvops_desktop.voip.records import CallOutcome, CallRecord
from tests.desktop.models.replica_factories import contact, conversation, snapshot


def _replica():
    replica = Replica.open(None)
    replica.apply_bootstrap(snapshot(contacts=[contact("k1", name="Maria", phone="+5511987654321"),
                                               contact("k2", name="Sem Telefone", phone=None)],
                                     conversations=[conversation("c1", contact_id="k1")], messages=[]))
    return replica


def test_caller_is_matched_by_e164_or_by_its_national_digits():
    match = contact_matcher(_replica())
    assert match("+5511987654321").id == "k1"
    assert match("011 98765-4321").id == "k1"  # dialled nationally, with a carrier prefix
    assert match("+5521999990000") is None
    assert match("1234") is None  # an extension matches nobody


class FakePhone:
    def __init__(self):
        self.on_call_ended = Signal("call_ended")


def test_a_finished_call_is_queued_as_log_call_in_the_contacts_conversation():
    replica = _replica()
    phone = FakePhone()
    record_calls(phone, Actions(replica, "u1"), replica)
    phone.on_call_ended.emit(CallRecord(
        id="call-7", direction=Direction.OUTBOUND, number="+5511987654321", remote_uri="sip:+5511987654321@pbx",
        contact_id="k1", contact_name="Maria", started_at=datetime(2026, 1, 5, 12, tzinfo=timezone.utc),
        duration_seconds=42.5, outcome=CallOutcome.ANSWERED))
    pending = replica.outbox.peek()
    assert [(m.type, m.args["id"], m.args["conversation_id"], m.args["outcome"]) for m in pending] == [
        ("log_call", "call-7", "c1", "answered")]
    assert replica.store.contact_history("k1").calls[0].id == "call-7"
