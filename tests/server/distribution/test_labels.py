"""Labels (issue 15 #16): whoever may write in a conversation sets its labels, normalised, synced
to the desk; too long or too many are refused with a sentence; others may not."""
from tests.server.distribution.routing_kit import audit, conversation, customer_writes


def _record(client, conversation_id):
    return next(c for c in client.bootstrap()["conversations"] if c["id"] == conversation_id)


def test_the_holder_labels_a_conversation_and_the_desk_gets_the_labels(live_server, ana):
    result = ana.mutate("set_labels", conversation_id="cv_maria", labels=[" VIP ", "Boleto", "vip"])
    assert result["status"] == "accepted" and result["data"] == {"labels": ["vip", "boleto"]}, result
    assert conversation(live_server, "cv_maria")["labels"] == ["vip", "boleto"]
    assert _record(ana, "cv_maria")["labels"] == ["vip", "boleto"]
    assert audit(live_server, "cv_maria")[-1]["event"] == "labelled"
    assert ana.mutate("close", conversation_id="cv_maria")["status"] == "accepted"   # a closed one too
    assert ana.mutate("set_labels", conversation_id="cv_maria", labels=[])["status"] == "accepted"
    assert conversation(live_server, "cv_maria")["labels"] == []


def test_a_new_conversation_has_no_labels(live_server):
    new = customer_writes(live_server, text="Oi")
    assert conversation(live_server, new.conversation_id)["labels"] == []


def test_too_long_or_too_many_labels_are_refused_and_others_may_not_label(live_server, ana, bruno):
    long = ana.mutate("set_labels", conversation_id="cv_maria", labels=["x" * 31])
    assert long["status"] == "refused" and long["reason"] == "invalid" and "30 caracteres" in long["message"]
    many = ana.mutate("set_labels", conversation_id="cv_maria", labels=[f"l{i}" for i in range(11)])
    assert many["status"] == "refused" and "10 etiquetas" in many["message"]
    other = bruno.mutate("set_labels", conversation_id="cv_maria", labels=["x"])
    assert other["status"] == "refused"
    assert conversation(live_server, "cv_maria")["labels"] == []
