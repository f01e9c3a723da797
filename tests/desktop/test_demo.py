"""The embedded demo stack: server, Meta stand-in and simulator, started and stopped together."""
import os

import httpx

from rvops_desktop.demo import DEMO_AGENT_EMAIL, DEMO_PASSWORD, DemoStack


def test_demo_stack_serves_the_demo_workspace_and_stops(tmp_path, monkeypatch):
    monkeypatch.delenv("RVOPS_DEMO", raising=False)
    environment = dict(os.environ)
    stack = DemoStack(simulate_customers=False, folder=tmp_path).start()
    assert dict(os.environ) == environment   # the demo is its settings: nothing for children to inherit
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


def test_the_demo_s_main_conversation_can_be_answered_meta_agrees_on_its_window(tmp_path):
    """Maria wrote 12 minutes before the demo began: Meta's stand-in knows it, so Ana's first reply
    is sent and delivered, not refused with 131047 (the window the header shows is the real one)."""
    from tests.support.servers import Agent
    from tests.support.waiting import wait_until
    stack = DemoStack(simulate_customers=False, folder=tmp_path).start()
    try:
        ana = Agent(stack.server_url, DEMO_AGENT_EMAIL)
        sent = ana.mutate("send_message", conversation_id="cv_maria", text="Segue a proposta, Maria!")
        assert sent["status"] == "accepted", sent

        def settled():
            row = next((m for m in ana.bootstrap()["messages"] if m["id"] == sent["data"]["message_id"]), {})
            return row if row.get("status") in ("read", "failed") else None  # Meta says read, or refuses
        row = wait_until(settled, 15, "the reply to be sent or refused by Meta")
        assert row["status"] != "failed", row
        cv = next(c for c in ana.bootstrap()["conversations"] if c["id"] == "cv_maria")
        assert not cv["window_closed_by_provider"]
    finally:
        stack.stop()
