"""Error bodies as documented: a cursor past a bigint is a 422 with a sentence (not a 500), and the
OpenAPI's 422 schema is the body the server really sends."""
from __future__ import annotations

import httpx
import pytest

from tests.support.servers import Agent


@pytest.fixture
def ana(live_server):
    agent = Agent(live_server.url, "ana@demo.rvops")
    yield agent
    agent.close()


@pytest.mark.parametrize("since", [2**63, 2**64 + 5, 10**30])
def test_a_cursor_past_a_bigint_is_refused_with_a_sentence(ana, since):
    answer = ana.http.get("/api/v1/sync/changes", params={"since": since})
    assert answer.status_code == 422
    body = answer.json()
    assert body["error"] == "invalid" and "since" in body["message"] and "9223372036854775807" in body["message"]
    assert ana.http.get("/api/v1/sync/changes", params={"since": 2**63 - 1}).status_code == 200


def _resolve(spec: dict, schema: dict) -> dict:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _conforms(spec: dict, schema: dict, value) -> bool:
    schema = _resolve(spec, schema)
    if "anyOf" in schema:
        return any(_conforms(spec, option, value) for option in schema["anyOf"])
    kind = schema.get("type")
    if kind == "object":
        return (isinstance(value, dict) and set(schema.get("required", [])) <= set(value)
                and all(_conforms(spec, schema["properties"][k], v) for k, v in value.items()
                        if k in schema.get("properties", {}))
                and (schema.get("additionalProperties", True) is not False or set(value) <= set(schema["properties"])))
    if kind == "array":
        return isinstance(value, list) and all(_conforms(spec, schema.get("items", {}), v) for v in value)
    return {"string": isinstance(value, str), "integer": isinstance(value, int), "null": value is None,
            None: True}.get(kind, True)


def test_the_documented_422_is_the_body_sent(live_server, ana):
    spec = httpx.get(f"{live_server.url}/openapi.json").json()
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    cases = [("post", "/api/v1/auth/login", lambda: httpx.post(f"{live_server.url}/api/v1/auth/login",
                                                                json={"email": "a@b.c", "password": "x", "admin": 1})),
             ("get", "/api/v1/sync/changes", lambda: ana.http.get("/api/v1/sync/changes", params={"since": -1})),
             ("post", "/api/v1/sync/mutations", lambda: ana.http.post("/api/v1/sync/mutations", json={"nope": 1}))]
    for method, path, request in cases:
        documented = spec["paths"][path][method]["responses"]["422"]["content"]["application/json"]["schema"]
        answer = request()
        assert answer.status_code == 422
        assert _conforms(spec, documented, answer.json()), (path, answer.json(), _resolve(spec, documented))
        assert set(_resolve(spec, documented)["required"]) == {"error", "message", "detail", "errors"}
