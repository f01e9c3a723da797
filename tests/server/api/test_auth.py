"""Login, logout and token checks over real HTTP against the server on loopback."""
import httpx


def test_login_returns_token_and_user(live_server):
    r = httpx.post(f"{live_server.url}/api/v1/auth/login", json={"email": "ana@demo.rvops", "password": "demo"})
    assert r.status_code == 200
    body = r.json()
    assert body["token"] and body["user"]["email"] == "ana@demo.rvops"
    assert "password_hash" not in body["user"]
    me = httpx.get(f"{live_server.url}/api/v1/auth/me", headers={"authorization": f"Bearer {body['token']}"})
    assert me.status_code == 200 and me.json()["id"] == body["user"]["id"]


def test_wrong_password_is_401_with_a_sentence(live_server):
    r = httpx.post(f"{live_server.url}/api/v1/auth/login", json={"email": "ana@demo.rvops", "password": "nope"})
    assert r.status_code == 401
    assert r.json()["error"] == "invalid_credentials"
    assert "senha" in r.json()["message"].lower()
    assert "Traceback" not in r.text


def test_unknown_user_gets_the_same_answer(live_server):
    r = httpx.post(f"{live_server.url}/api/v1/auth/login", json={"email": "who@demo.rvops", "password": "demo"})
    assert r.status_code == 401 and r.json()["error"] == "invalid_credentials"


def test_logout_revokes_the_token(live_server):
    token = httpx.post(f"{live_server.url}/api/v1/auth/login",
                       json={"email": "bruno@demo.rvops", "password": "demo"}).json()["token"]
    h = {"authorization": f"Bearer {token}"}
    assert httpx.post(f"{live_server.url}/api/v1/auth/logout", headers=h).status_code == 204
    r = httpx.get(f"{live_server.url}/api/v1/sync/bootstrap", headers=h)
    assert r.status_code == 401 and r.json()["error"] == "unauthorized"


def test_token_expires_with_the_clock(live_server, fake_clock):
    token = httpx.post(f"{live_server.url}/api/v1/auth/login",
                       json={"email": "carla@demo.rvops", "password": "demo"}).json()["token"]
    h = {"authorization": f"Bearer {token}"}
    assert httpx.get(f"{live_server.url}/api/v1/auth/me", headers=h).status_code == 200
    fake_clock.advance(hours=live_server.settings.token_ttl_hours + 1)
    assert httpx.get(f"{live_server.url}/api/v1/auth/me", headers=h).status_code == 401


def test_every_agent_endpoint_requires_a_token(live_server):
    for method, path in [("GET", "/api/v1/sync/bootstrap"), ("GET", "/api/v1/sync/changes?since=0"),
                         ("POST", "/api/v1/sync/mutations"), ("GET", "/api/v1/auth/me"),
                         ("GET", "/api/v1/contacts/c_maria/history"),
                         ("GET", "/api/v1/conversations/cv_maria/messages"), ("GET", "/api/v1/media/x")]:
        r = httpx.request(method, f"{live_server.url}{path}", json={"mutations": []} if method == "POST" else None,
                          headers={"authorization": "Bearer forged-token"})
        assert r.status_code == 401, (method, path, r.status_code)
