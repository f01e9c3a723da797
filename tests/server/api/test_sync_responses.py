"""Every sync endpoint answers in the shape its model in rvops_contract.wire.responses declares —
the models the desk validates with (tests/desktop/sync/test_malformed_answers.py) — over real HTTP
and WebSocket, with deletions, refusals and every snapshot frame included."""
import json

from pydantic import ValidationError
from websockets.sync.client import connect

from rvops_contract.wire import ChangeOp
from rvops_contract.wire import responses as answer


def test_changes_and_mutation_results_match_their_models(live_server, ana):
    cursor = ana.bootstrap()["cursor"]
    accepted = ana.http.post("/api/v1/sync/mutations", json={"mutations": [
        {"mutation_id": "m-responses-1", "type": "send_message", "args": {"conversation_id": "cv_maria", "text": "oi"}},
        {"mutation_id": "m-responses-2", "type": "send_message", "args": {"conversation_id": "cv_joao", "text": "x"}},
        {"mutation_id": "m-responses-3", "type": "add_note", "args": {"conversation_id": "cv_maria", "text": "n"}},
    ]})
    results = answer.MutationResults.model_validate_json(accepted.content).results
    assert [r.status for r in results] == ["accepted", "refused", "accepted"]

    page = answer.ChangesPage.model_validate_json(ana.http.get("/api/v1/sync/changes", params={"since": cursor}).content)
    assert page.changes and page.cursor >= page.changes[-1]["cursor"] and page.has_more is False
    assert {c["op"] for c in page.changes} <= set(ChangeOp)

    transferred = ana.mutate("transfer", conversation_id="cv_maria", to_user_id="u_bruno")  # leaves ana's sight
    assert transferred["status"] == "accepted"
    gone = answer.ChangesPage.model_validate_json(ana.http.get("/api/v1/sync/changes", params={"since": page.cursor}).content)
    assert any(c["op"] == ChangeOp.DELETE and c["record"] is None for c in gone.changes)


def test_every_snapshot_frame_and_the_bootstrap_match_their_models(ana):
    lines = ana.http.get("/api/v1/sync/snapshot", params={"limit": 3}).text.splitlines()
    frames = [answer.SNAPSHOT_FRAME.validate_json(line) for line in lines]
    assert isinstance(frames[0], answer.SnapshotBegin) and isinstance(frames[-1], answer.SnapshotEnd)
    pages = frames[1:-1]
    assert pages and all(isinstance(f, answer.SnapshotPage) for f in pages)
    assert sum(len(p.records) for p in pages) == sum(frames[0].counts.values())
    assert all(p.resume for p in pages[:-1])
    bootstrap = answer.Bootstrap.model_validate_json(ana.http.get("/api/v1/sync/bootstrap").content)
    assert bootstrap.cursor == frames[0].cursor and bootstrap.records("conversations")


def test_stream_messages_match_their_models(live_server, ana):
    cursor = ana.bootstrap()["cursor"]
    url = f"ws://127.0.0.1:{live_server.port}/api/v1/sync/stream?since={cursor}&token={ana.token}"
    with connect(url, open_timeout=10) as ws:
        hello = answer.STREAM_MESSAGE.validate_json(ws.recv(timeout=10))
        assert isinstance(hello, answer.StreamHello) and hello.cursor == cursor and hello.user_id == "u_ana"
        ws.send(json.dumps({"type": "ping"}))
        ana.mutate("send_message", conversation_id="cv_maria", text="ao vivo")
        seen = []  # the pong, and changes frames (presence, the message) in whatever order they come
        while not (any(isinstance(m, answer.StreamPong) for m in seen) and any(
                c["collection"] == "messages" and (c["record"] or {}).get("text") == "ao vivo"
                for m in seen if isinstance(m, answer.StreamChanges) for c in m.changes)):
            seen.append(answer.STREAM_MESSAGE.validate_json(ws.recv(timeout=10)))
        assert all(isinstance(m, (answer.StreamPong, answer.StreamChanges)) for m in seen)


def test_the_models_refuse_what_the_contract_does_not_say():
    for bad in ('{"cursor": -1, "changes": [], "has_more": false}',
                '{"cursor": 3, "changes": [{"cursor": 1, "collection": "x", "op": "merge", "id": "a", "record": null}],'
                ' "has_more": false}',
                '{"cursor": 3, "changes": [], "has_more": false, "extra": 1}'):
        try:
            answer.ChangesPage.model_validate_json(bad)
        except ValidationError:
            continue
        raise AssertionError(f"accepted {bad}")


def test_the_api_description_names_the_answer_models(live_server):
    import httpx
    described = httpx.get(f"{live_server.url}/openapi.json", timeout=10).json()
    answers = {path: described["paths"][path][method]["responses"]["200"]
               for path, method in (("/api/v1/sync/changes", "get"), ("/api/v1/sync/mutations", "post"))}
    assert answers["/api/v1/sync/changes"]["content"]["application/json"]["schema"]["$ref"].endswith("/ChangesPage")
    assert answers["/api/v1/sync/mutations"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/MutationResults")
    assert {"ChangesPage", "MutationResults", "MutationResult"} <= set(described["components"]["schemas"])
