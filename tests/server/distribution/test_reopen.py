"""Reopen: a closed conversation comes back to the inbox of whoever reopens it; never a second
open conversation with the same contact on the same channel (the holder is named)."""
from tests.server.distribution.routing_kit import audit, conversation, customer_writes, sees


def test_a_closed_conversation_reopens_in_the_reopeners_inbox_with_a_line_in_the_thread(live_server, ana):
    assert ana.mutate("close", conversation_id="cv_maria")["status"] == "accepted"
    result = ana.mutate("reopen", conversation_id="cv_maria")
    assert result["status"] == "accepted" and result["data"]["assignee_id"] == "u_ana", result
    row = conversation(live_server, "cv_maria")
    assert (row["status"], row["assignee_id"], row["closed_at"], row["closed_by"], row["unread_count"]) == (
        "open", "u_ana", None, None, 0)
    assert audit(live_server, "cv_maria")[-2]["event"] == "reopened"
    lines = [m for m in ana.bootstrap()["messages"] if m["conversation_id"] == "cv_maria" and m["kind"] == "system"]
    assert [line["payload"]["event"] for line in lines].count("reopened") == 1
    assert ana.mutate("send_message", conversation_id="cv_maria", text="Voltei!")["status"] == "accepted"
    again = ana.mutate("reopen", conversation_id="cv_maria")  # already open: nothing to do
    assert again["status"] == "accepted" and again["data"]["already_open"] is True


def test_reopening_while_the_contact_is_in_another_open_conversation_names_its_holder(live_server, admin, ana, bruno):
    assert admin.mutate("set_distribution_method", method="manual")["status"] == "accepted"
    assert ana.mutate("close", conversation_id="cv_maria")["status"] == "accepted"
    newer = customer_writes(live_server, sender="+5511987654321", text="Oi de novo!")  # a new one, queued
    assert bruno.mutate("claim", conversation_id=newer.conversation_id)["status"] == "accepted"
    refused = ana.mutate("reopen", conversation_id="cv_maria")
    assert refused["status"] == "refused" and refused["reason"] == "conflict", refused
    assert "Bruno" in refused["message"] and refused["data"]["conversation_id"] == newer.conversation_id
    assert conversation(live_server, "cv_maria")["status"] == "closed"


def test_nobody_reopens_what_they_cannot_see(live_server, ana, bruno):
    assert ana.mutate("close", conversation_id="cv_maria")["status"] == "accepted"
    refused = bruno.mutate("reopen", conversation_id="cv_maria")
    assert refused["status"] == "refused" and refused["reason"] == "forbidden"
    assert not sees(bruno, "cv_maria") and conversation(live_server, "cv_maria")["status"] == "closed"
