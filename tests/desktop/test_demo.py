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


def test_demo_customers_write_in_on_every_channel(tmp_path):
    from tests.support.servers import Agent
    from tests.support.waiting import wait_until
    stack = DemoStack(simulate_customers=True, folder=tmp_path).start()
    try:
        carla = Agent(stack.server_url, "carla@demo.rvops")  # a supervisor sees every conversation
        def channels_written_in():  # the seed's conversations have ids cv_…; the simulated ones don't
            fresh = [c for c in carla.bootstrap()["conversations"] if not c["id"].startswith("cv_")]
            return {c["channel"] for c in fresh} >= {"webchat"} and len(fresh) >= 2
        wait_until(channels_written_in, 30, "new simulated conversations on webchat and a Meta channel")
    finally:
        stack.stop()
