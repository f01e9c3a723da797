"""Unknown fields, wrong types and oversized bodies are 4xx with a message, never 500."""
import httpx
import pytest

from tests.support.servers import Agent


@pytest.fixture
def ana(live_server):
    agent = Agent(live_server.url, "ana@demo.rvops")
    yield agent
    agent.close()


def test_unknown_field_in_login_is_422(live_server):
    r = httpx.post(f"{live_server.url}/api/v1/auth/login", json={"email": "a@b.c", "password": "x", "admin": True})
    assert r.status_code == 422 and r.json()["error"] == "invalid" and "admin" in r.json()["message"]


def test_malformed_json_is_422(live_server):
    r = httpx.post(f"{live_server.url}/api/v1/auth/login", content=b"{not json",
                   headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["message"]


def test_unknown_mutation_type_is_422(ana):
    r = ana.http.post("/api/v1/sync/mutations", json={"mutations": [
        {"mutation_id": "m-unknown-1", "type": "delete_everything", "args": {}}]})
    assert r.status_code == 422 and "type" in r.json()["message"]


def test_wrong_argument_types_are_refused_as_invalid(ana):
    result = ana.mutate("send_message", conversation_id="cv_maria", text=["not", "text"])
    assert result["status"] == "refused" and result["reason"] == "invalid"
    assert "text" in result["message"]
    result = ana.mutate("send_message", conversation_id="cv_maria", text="hi", sneaky=1)
    assert result["status"] == "refused" and result["reason"] == "invalid" and "sneaky" in result["message"]


def test_oversized_body_is_413(live_server, ana):
    big = "x" * (live_server.settings.max_body_bytes + 10)
    r = ana.http.post("/api/v1/sync/mutations", content=big.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"] == "too_large"


def test_changes_rejects_a_negative_cursor(ana):
    r = ana.http.get("/api/v1/sync/changes", params={"since": -5})
    assert r.status_code == 422


def test_openapi_describes_every_endpoint(live_server):
    spec = httpx.get(f"{live_server.url}/openapi.json").json()
    for path in ["/api/v1/auth/login", "/api/v1/auth/logout", "/api/v1/sync/bootstrap", "/api/v1/sync/changes",
                 "/api/v1/sync/mutations", "/api/v1/contacts/{contact_id}/history", "/healthz"]:
        assert path in spec["paths"], path


def test_healthz(live_server):
    body = httpx.get(f"{live_server.url}/healthz").json()
    assert body["status"] == "ok" and body["database"] == "ok" and body["cursor"] > 0


def test_a_refused_argument_is_said_in_the_agents_language(ana):
    def refusal(language: str) -> str:
        response = ana.http.post("/api/v1/sync/mutations", headers={"accept-language": language}, json={
            "mutations": [{"mutation_id": f"m-args-{language}", "type": "send_message",
                           "args": {"conversation_id": "cv_maria", "text": ["not", "text"]}}]})
        (result,) = response.raise_for_status().json()["results"]
        assert result["status"] == "refused" and result["reason"] == "invalid"
        return result["message"]
    assert refusal("pt-BR") == "O valor de “text” não é aceito: confira e tente de novo."
    assert refusal("en") == "The value of “text” is not accepted (Input should be a valid string): check it and try again."
