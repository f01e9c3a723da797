"""Helpers for the API tests (the signed-in people are in tests/server/conftest.py)."""
from tests.support.servers import Agent


def audit_trail(admin: Agent, **params) -> list[dict]:
    """GET /api/v1/admin/audit as `admin`: the events, newest first."""
    response = admin.http.get("/api/v1/admin/audit", params=params)
    assert response.status_code == 200, response.text
    return response.json()["events"]
