"""The paged bootstrap (GET /sync/snapshot, NDJSON) over real HTTP, on SQLite and PostgreSQL:
it sends exactly what the agent may see, in pages (conversations by latest activity); a client cut off mid-way resumes
with the last page's token and gets the rest, nothing twice; what changes meanwhile comes after
through /changes since the snapshot's cursor."""
from __future__ import annotations

import json

import httpx

from rvops_contract.wire import COLLECTIONS
from tests.support.servers import Agent


def frames(agent: Agent, **params) -> list[dict]:
    with agent.http.stream("GET", "/api/v1/sync/snapshot", params=params) as response:
        response.raise_for_status()
        assert response.headers["content-type"].startswith("application/x-ndjson")
        return [json.loads(line) for line in response.iter_lines() if line]


def records(pages: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {c: [] for c in COLLECTIONS}
    for frame in pages:
        if frame["type"] == "page":
            out[frame["collection"]].extend(frame["records"])
    return out


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in rows}


def test_pages_hold_exactly_what_the_agent_may_see_in_order(live_server, bruno, carla):
    for agent in (bruno, carla):  # an agent sees her own and her teams' queue; a supervisor sees all
        whole = agent.bootstrap()
        got = frames(agent, limit=3)
        begin, end = got[0], got[-1]
        assert begin["type"] == "begin" and end == {"type": "end", "cursor": begin["cursor"]}
        assert begin["cursor"] == whole["cursor"]
        paged = records(got)
        for collection in COLLECTIONS:
            ids = [r["id"] for r in paged[collection]]
            assert len(ids) == len(set(ids)), f"{collection}: a row sent twice"
            assert by_id(paged[collection]) == by_id(whole[collection]), collection
            assert begin["counts"][collection] == len(ids), collection
        assert all(len(f["records"]) <= 3 for f in got if f["type"] == "page" and f["collection"] != "presence")
        message_pages = sum(f["type"] == "page" and f["collection"] == "messages" for f in got)
        assert message_pages >= -(-len(paged["messages"]) // 3) and (agent is bruno or message_pages > 2)
        stamps = [m["created_at"] for m in paged["messages"]]
        assert stamps == sorted(stamps), "messages oldest first (the replica's search takes arrival for age)"
        activity = [c["last_message_at"] or c["opened_at"] for c in paged["conversations"]]
        assert activity == sorted(activity, reverse=True), "conversations by latest activity"
    seen = {a.email: {c["id"] for c in records(frames(a))["conversations"]} for a in (bruno, carla)}
    assert seen["bruno@demo.rvops"] < seen["carla@demo.rvops"]  # visibility is the bootstrap's rule


def test_a_snapshot_cut_off_mid_way_resumes_with_the_rest_and_nothing_twice(live_server, carla):
    whole = records(frames(carla, limit=2))
    first: list[dict] = []
    with carla.http.stream("GET", "/api/v1/sync/snapshot", params={"limit": 2}) as response:
        for line in response.iter_lines():  # the link drops after the third page of messages
            first.append(json.loads(line))
            if sum(f["type"] == "page" and f["collection"] == "messages" for f in first) == 3:
                break
    at, token = first[0]["cursor"], first[-1]["resume"]
    rest = frames(carla, at=at, resume=token, limit=2)
    assert rest[0]["cursor"] == at and rest[-1]["type"] == "end"
    before, after = records(first), records(rest)
    for collection in COLLECTIONS:
        ids = [r["id"] for r in before[collection] + after[collection]]
        assert len(ids) == len(set(ids)), f"{collection}: sent twice across the resume"
        assert set(ids) == {r["id"] for r in whole[collection]}, collection
    assert before["messages"] and after["messages"] and not after["conversations"]


def test_what_changes_while_the_pages_are_read_comes_through_changes_after_the_cursor(live_server, ana):
    with ana.http.stream("GET", "/api/v1/sync/snapshot", params={"limit": 2}) as response:
        lines = response.iter_lines()
        begin = json.loads(next(lines))
        sent = ana.mutate("send_message", conversation_id="cv_maria", text="enquanto baixava")
        rest = [json.loads(line) for line in lines if line]
    assert sent["status"] == "accepted" and rest[-1]["type"] == "end"
    message_id = sent["data"]["message_id"]
    delta = ana.changes(begin["cursor"])["changes"]
    assert any(c["id"] == message_id and c["record"]["text"] == "enquanto baixava" for c in delta)


def test_a_bad_resume_or_a_cursor_from_the_future_is_refused(live_server, ana):
    at = frames(ana)[0]["cursor"]
    for params in ({"at": at, "resume": "bm90LWEtdG9rZW4"}, {"at": at + 1000}, {"resume": "x"},
                   {"limit": 0}, {"at": -1}):
        response = ana.http.get("/api/v1/sync/snapshot", params=params)
        assert response.status_code == 422, (params, response.text)
    assert httpx.get(f"{live_server.url}/api/v1/sync/snapshot").status_code == 401
