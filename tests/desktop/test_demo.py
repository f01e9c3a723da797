"""The embedded demo stack: server, Meta stand-in and simulator, started and stopped together."""
import httpx

from rvops_desktop.demo import DEMO_AGENT_EMAIL, DEMO_PASSWORD, DemoStack


def test_demo_stack_serves_the_demo_workspace_and_stops(tmp_path):
    stack = DemoStack(simulate_customers=False, folder=tmp_path).start()
    try:
        assert httpx.get(f"{stack.server_url}/healthz").json()["status"] == "ok"
        login = httpx.post(f"{stack.server_url}/api/v1/auth/login",
                           json={"email": DEMO_AGENT_EMAIL, "password": DEMO_PASSWORD})
        assert login.status_code == 200
        assert (tmp_path / "server.sqlite3").exists()
    finally:
        stack.stop()
    try:
        httpx.get(f"{stack.server_url}/healthz", timeout=1)
        raise AssertionError("the server still answers after stop()")
    except httpx.HTTPError:
        pass
