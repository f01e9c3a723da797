"""The sync contract over real HTTP and WebSocket: bootstrap, changes, stream, mutations."""
import json

import pytest
from websockets.sync.client import connect

from rvops_contract.wire import COLLECTIONS
from rvops_server.domain.inbound import Inbound, ingest
from tests.support.servers import Agent


def customer_writes(server, phone="+5511900000001", text="Olá!", provider_id="wamid.T1", name="Cliente"):
    with server.services.store.write() as uow:
        return ingest(uow, server.services.router,
                      Inbound(channel="whatsapp", sender=phone, provider_id=provider_id, text=text,
                              profile_name=name), server.services.clock.now())


def ws_url(server, token, since):
    return f"ws://127.0.0.1:{server.port}/api/v1/sync/stream?since={since}&token={token}"


def test_bootstrap_has_every_collection_and_a_cursor(ana):
    snapshot = ana.bootstrap()
    assert isinstance(snapshot["cursor"], int) and snapshot["cursor"] > 0
    for name in COLLECTIONS:
        assert isinstance(snapshot[name], list), name
        assert all("id" in record for record in snapshot[name]), name
    conv = next(c for c in snapshot["conversations"] if c["id"] == "cv_maria")
    for field in ("id", "contact_id", "channel", "status", "assignee_id", "team_id"):
        assert field in conv
    msg = snapshot["messages"][0]
    for field in ("id", "conversation_id", "direction", "kind", "text", "status"):
        assert field in msg
    contact = snapshot["contacts"][0]
    for field in ("id", "name", "phone", "owner_id"):
        assert field in contact


def test_changes_after_a_cursor_in_order(live_server, ana):
    cursor = ana.bootstrap()["cursor"]
    assert ana.changes(cursor)["changes"] == []
    first = ana.mutate("send_message", conversation_id="cv_maria", text="primeira")
    second = ana.mutate("send_message", conversation_id="cv_maria", text="segunda")
    delta = ana.changes(cursor)
    cursors = [c["cursor"] for c in delta["changes"]]
    assert cursors == sorted(cursors) and delta["cursor"] >= cursors[-1]
    texts = [c["record"]["text"] for c in delta["changes"] if c["collection"] == "messages"]
    # each record once, at its latest change: the send queue may fail "primeira" (no channel is
    # configured here) after "segunda" was written, moving it behind
    assert sorted(texts) == ["primeira", "segunda"]
    ids = {c["id"] for c in delta["changes"]}
    assert first["data"]["message_id"] in ids and second["data"]["message_id"] in ids
    later = ana.changes(delta["cursor"])["changes"]  # only our messages' later delivery statuses
    assert all(c["id"] in ids for c in later), later


def test_an_accepted_result_names_the_cursor_of_its_changes(live_server, ana):
    cursor = ana.bootstrap()["cursor"]
    result = ana.mutate("update_contact", contact_id="c_maria", fields={"cidade": "Campinas"})
    assert result["status"] == "accepted" and result["cursor"] > cursor
    mine = [c for c in ana.changes(cursor)["changes"] if c["cursor"] <= result["cursor"]]
    assert any(c["id"] == "c_maria" and c["record"]["properties"]["cidade"] == "Campinas" for c in mine)
    refused = ana.mutate("send_message", conversation_id="cv_joao", text="tarde demais")
    assert refused["status"] == "refused" and refused["cursor"] is None
    assert ana.mutate("close", conversation_id="cv_maria")["cursor"] > result["cursor"]
    no_op = ana.mutate("close", conversation_id="cv_maria")  # already closed: accepted, nothing changed
    assert no_op["status"] == "accepted" and no_op["cursor"] == 0


def test_the_stream_pushes_changes_live(live_server, ana):
    cursor = ana.bootstrap()["cursor"]
    with connect(ws_url(live_server, ana.token, cursor), open_timeout=10) as ws:
        assert json.loads(ws.recv(timeout=10))["type"] == "hello"
        ana.mutate("send_message", conversation_id="cv_maria", text="ao vivo")
        seen = []
        while not any(c["collection"] == "messages" and c["record"]["text"] == "ao vivo" for c in seen):
            frame = json.loads(ws.recv(timeout=10))
            assert frame["type"] == "changes"
            seen.extend(frame["changes"])


def test_stream_refuses_a_bad_token(live_server):
    from websockets.exceptions import ConnectionClosed, InvalidStatus
    with pytest.raises((ConnectionClosed, InvalidStatus)):
        with connect(ws_url(live_server, "forged", 0), open_timeout=10) as ws:
            ws.recv(timeout=10)


def test_a_replayed_mutation_returns_the_first_result_and_applies_once(live_server, ana):
    first = ana.mutate("send_message", mutation_id="replay-0001", conversation_id="cv_maria", text="uma vez")
    again = ana.mutate("send_message", mutation_id="replay-0001", conversation_id="cv_maria", text="uma vez")
    assert first == again and first["status"] == "accepted"
    texts = [m["text"] for m in ana.bootstrap()["messages"] if m["conversation_id"] == "cv_maria"]
    assert texts.count("uma vez") == 1


def test_a_replayed_refusal_stays_refused(ana):
    first = ana.mutate("send_message", mutation_id="replay-0002", conversation_id="cv_joao", text="tarde demais")
    again = ana.mutate("send_message", mutation_id="replay-0002", conversation_id="cv_joao", text="tarde demais")
    assert first == again and first["reason"] == "window_closed"


def test_refusal_reasons(live_server, ana, bruno):
    closed = ana.mutate("send_message", conversation_id="cv_joao", text="oi")
    assert closed["reason"] == "window_closed" and "24 horas" in closed["message"] and closed["data"]["closes_at"]
    queued = ana.mutate("send_message", conversation_id="cv_lucia", text="oi")
    assert queued["reason"] == "not_assigned" and "fila" in queued["message"]
    other = bruno.mutate("send_message", conversation_id="cv_maria", text="oi")
    assert other["reason"] in ("not_assigned", "forbidden")
    forbidden = bruno.mutate("set_distribution_method", method="random")
    assert forbidden["reason"] == "forbidden" and "permissão" in forbidden["message"]
    assert ana.mutate("claim", conversation_id="cv_lucia")["status"] == "accepted"
    conflict = bruno.mutate("claim", conversation_id="cv_lucia")
    assert conflict["reason"] == "conflict" and "Ana Souza" in conflict["message"]
    missing = ana.mutate("close", conversation_id="does-not-exist")
    assert missing["reason"] == "not_found"
    invalid = ana.mutate("update_contact", contact_id="c_maria", fields={"phone": "123"})
    assert invalid["reason"] == "invalid" and "DDD" in invalid["message"]  # the phone rule: rvops_contract.phones


def test_english_sentences_on_request(live_server, ana):
    r = ana.http.post("/api/v1/sync/mutations", headers={"accept-language": "en-US"}, json={"mutations": [
        {"mutation_id": "english-001", "type": "send_message", "args": {"conversation_id": "cv_joao", "text": "x"}}]})
    assert "24-hour window closed" in r.json()["results"][0]["message"]


def test_every_mutation_type_is_accepted_when_allowed(live_server, ana):
    admin = Agent(live_server.url, "admin@demo.rvops")
    try:
        calls = [
            (ana, "send_message", dict(conversation_id="cv_maria", text="oi")),
            (ana, "add_note", dict(conversation_id="cv_maria", text="nota interna")),
            (ana, "update_contact", dict(contact_id="c_maria", fields={"cidade": "Campinas", "nps": 10})),
            (ana, "create_deal", dict(contact_id="c_maria", title="Renovação", value=500)),
            (ana, "create_company", dict(contact_id="c_maria", name="Maria ME")),
            (ana, "create_task", dict(contact_id="c_maria", title="Retornar", due_at="2026-02-01T12:00:00Z")),
            (ana, "mark_read", dict(conversation_id="cv_maria")),
            (ana, "set_status", dict(status="away")),
            (ana, "upsert_snippet", dict(shortcut="teste", title="Teste", body="Corpo")),
            (ana, "resume", dict(conversation_id="cv_joao", template_name="retomar_atendimento", language="pt_BR",
                                 variables=["João", "seu boleto"])),
            (ana, "claim", dict(conversation_id="cv_lucia")),
            (ana, "transfer", dict(conversation_id="cv_lucia", to_team_id="t_suporte", note="para o suporte")),
            (ana, "close", dict(conversation_id="cv_maria")),
            (ana, "log_call", dict(id="call-1", contact_id="c_maria", conversation_id="cv_maria", direction="outbound",
                                   number="+5511987654321", started_at="2026-01-05T11:00:00Z",
                                   duration_seconds=42, outcome="answered")),
            (admin, "set_distribution_method", dict(method="least_busy")),
        ]
        for agent, kind, args in calls:
            result = agent.mutate(kind, **args)
            assert result["status"] == "accepted", (kind, result)
        snippet_id = next(s["id"] for s in ana.bootstrap()["snippets"] if s["shortcut"] == "teste")
        assert ana.mutate("delete_snippet", id=snippet_id)["status"] == "accepted"
        assert snippet_id not in {s["id"] for s in ana.bootstrap()["snippets"]}
    finally:
        admin.close()


def test_agents_never_receive_conversations_they_may_not_see(live_server, ana, bruno):
    """Bootstrap, changes and the stream all hide other agents' conversations."""
    assert "cv_maria" in ana.conversation_ids()
    assert "cv_maria" not in bruno.conversation_ids()
    bruno_cursor = bruno.bootstrap()["cursor"]
    ana.mutate("send_message", conversation_id="cv_maria", text="só para a Ana")
    delta = bruno.changes(bruno_cursor)
    # at most a bare tombstone (so a client that had it in its queue drops it): never its content
    about_maria = [c for c in delta["changes"]
                   if c["id"] == "cv_maria" or (c["record"] or {}).get("conversation_id") == "cv_maria"]
    assert all(c["collection"] == "conversations" and c["op"] == "delete" and c["record"] is None
               for c in about_maria), about_maria
    assert all(m["conversation_id"] != "cv_maria" for m in bruno.bootstrap()["messages"])
    r = bruno.http.get("/api/v1/conversations/cv_maria/messages")
    assert r.status_code == 403 and r.json()["error"] == "forbidden"
    with connect(ws_url(live_server, bruno.token, bruno_cursor), open_timeout=10) as ws:
        assert json.loads(ws.recv(timeout=10))["type"] == "hello"
        frame = json.loads(ws.recv(timeout=10))
        assert all((c["record"] or {}).get("conversation_id") != "cv_maria" for c in frame["changes"])
        assert all(c["record"] is None for c in frame["changes"] if c["id"] == "cv_maria")


def test_a_transfer_away_arrives_as_a_delete_and_the_receiver_gets_the_history(live_server, ana, bruno):
    ana_cursor = ana.bootstrap()["cursor"]
    bruno_cursor = bruno.bootstrap()["cursor"]
    assert ana.mutate("transfer", conversation_id="cv_maria", to_user_id="u_bruno")["status"] == "accepted"
    ana_delta = ana.changes(ana_cursor)["changes"]
    assert {"collection": "conversations", "op": "delete", "id": "cv_maria"}.items() <= next(
        c for c in ana_delta if c["id"] == "cv_maria").items()
    bruno_delta = bruno.changes(bruno_cursor)["changes"]
    conv = next(c for c in bruno_delta if c["id"] == "cv_maria")
    assert conv["op"] == "upsert" and conv["record"]["assignee_id"] == "u_bruno" and conv["record"]["unread"] >= 1
    history = [c for c in bruno_delta if c["collection"] == "messages"
               and c["record"]["conversation_id"] == "cv_maria"]
    assert len(history) >= 3  # the whole previous thread followed the conversation


def test_a_transfer_to_someone_who_does_not_answer_conversations_is_refused_and_changes_nothing(
        live_server, ana):
    """An administrator is not in the routing: a conversation handed to one would wait on nobody."""
    cursor = ana.bootstrap()["cursor"]
    refused = ana.mutate("transfer", conversation_id="cv_maria", to_user_id="u_admin")
    assert refused["status"] == "refused" and refused["reason"] == "invalid"
    assert "Admin Demo" in refused["message"] and (refused.get("data") or {}).get("field") == "to_user_id"
    assert not [c for c in ana.changes(cursor)["changes"] if c["id"] == "cv_maria"]  # still Ana's, untouched


def test_contact_history_is_visible_only_to_who_serves_the_contact(live_server, ana, bruno):
    history = ana.http.get("/api/v1/contacts/c_maria/history").json()
    assert {c["id"] for c in history["conversations"]} >= {"cv_maria", "cv_maria_old"}
    assert bruno.http.get("/api/v1/contacts/c_maria/history").status_code == 403
    assert ana.http.get("/api/v1/contacts/nope/history").status_code == 404


def test_new_inbound_conversation_reaches_the_queue_of_everyone(live_server, ana, bruno):
    cursor = bruno.bootstrap()["cursor"]
    ingested = customer_writes(live_server, text="Quero comprar")
    delta = bruno.changes(cursor)["changes"]
    conv = next(c for c in delta if c["id"] == ingested.conversation_id)
    assert conv["record"]["assignee_id"] is None and conv["record"]["status"] == "open"
    assert ingested.conversation_id in ana.conversation_ids()
    again = customer_writes(live_server, text="Quero comprar")  # Meta's retry of the same wamid
    assert again.message_id is None and again.conversation_id == ingested.conversation_id


def test_logout_closes_an_open_stream(live_server, ana):
    from websockets.exceptions import ConnectionClosed
    cursor = ana.bootstrap()["cursor"]
    with connect(ws_url(live_server, ana.token, cursor), open_timeout=10) as ws:
        assert json.loads(ws.recv(timeout=10))["type"] == "hello"
        assert ana.http.post("/api/v1/auth/logout").status_code == 204
        Agent(live_server.url, "bruno@demo.rvops").mutate("set_status", status="away")  # wakes every stream
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                ws.recv(timeout=10)
        assert closed.value.rcvd.code == 4401
