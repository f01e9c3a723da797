"""The same mutation_id posted by two clients at the same moment: applied once, both get the first result."""
import threading

import httpx

from tests.support.servers import login

ROUNDS = 8


def _post_together(url: str, token: str, body: dict) -> list[httpx.Response]:
    clients = [httpx.Client(base_url=url, headers={"authorization": f"Bearer {token}"}, timeout=30)
               for _ in range(2)]
    barrier = threading.Barrier(len(clients))
    answers: list = [None] * len(clients)

    def post(i: int) -> None:
        barrier.wait()
        answers[i] = clients[i].post("/api/v1/sync/mutations", json=body)

    threads = [threading.Thread(target=post, args=(i,)) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for client in clients:
        client.close()
    return answers


def test_a_concurrent_replay_is_applied_once_and_answered_alike(live_server):
    token = login(live_server.url, "ana@demo.rvops")
    for n in range(ROUNDS):
        text = f"nota simultânea {n}"
        body = {"mutations": [{"mutation_id": f"race-note-{n:04d}", "type": "add_note",
                               "args": {"conversation_id": "cv_maria", "text": text}}]}
        first, second = _post_together(live_server.url, token, body)
        assert first.status_code == 200, first.text
        assert second.status_code == 200, second.text
        assert first.json() == second.json()
        assert first.json()["results"][0]["status"] == "accepted"
        messages = httpx.get(f"{live_server.url}/api/v1/conversations/cv_maria/messages",
                             headers={"authorization": f"Bearer {token}"}, timeout=10).json()["messages"]
        assert [m["text"] for m in messages].count(text) == 1
